// Policy comes from the base (contract, 0.2): the gate's configuration is read from the merge-base
// commit, so a pull request cannot loosen the gate that judges it. Real repositories, the real CLI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { cleanEnv, runCli, type CliRun } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

// Built at run time so this file does not itself hold a token-shaped string.
const TOKEN = ['ghp', '_', 'R7hK2mQ9xW4vB8nT1pL6sD3fG5jZ0cY2aE8u'].join('');
const DISABLE_SECRETS = 'secrets:\n  enabled: false\n';

/** A repository whose base commit holds `baseFiles`, on a `feature` branch. */
function repoWith(baseFiles: Files = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n', ...baseFiles });
  repo.checkout('feature', true);
  return repo;
}

function gate(repo: TestRepo, args: string[] = [], cwd = repo.dir): CliRun {
  const run = runCli(['main', '--only', 'secrets,perimeter', ...args], { cwd, out: tempDir('loki-policy-out-'), env: cleanEnv() });
  expect(run.evidence, run.stderr).toBeDefined();
  expect(evidenceViolations(run.evidence!)).toBeUndefined();
  return run;
}

function secretsStatus(run: CliRun): string | undefined {
  return run.evidence?.probes.find((p) => p.id === 'secrets')?.status;
}

describe('policy read from the merge-base', () => {
  it('a PR that adds a token and switches the secrets probe off in a new policy: BLOCKED, defaults applied', () => {
    const repo = repoWith();
    repo.commit('leak and hide it', { 'app.env': `TOKEN=${TOKEN}\n`, '.loki/verify.yml': DISABLE_SECRETS });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(secretsStatus(run)).toBe('fail');
    expect(run.evidence?.config).toMatchObject({ source: 'defaults', sha256: null, pr_changes_policy: true });
    expect(run.evidence?.findings).toContainEqual(expect.objectContaining({ probe: 'perimeter', rule: 'policy-changed', file: '.loki/verify.yml', blocking: true }));
    expect(run.stderr).toMatch(/not in the merge-base commit, so the defaults apply/);
    expect(run.report).toContain("This PR changes the gate's policy");
  });

  it('a PR that edits the base policy to switch the secrets probe off: the base policy applies', () => {
    const repo = repoWith({ '.loki/verify.yml': 'test:\n  required: false\n' });
    repo.commit('leak and loosen', { 'app.env': `TOKEN=${TOKEN}\n`, '.loki/verify.yml': DISABLE_SECRETS });
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(secretsStatus(run)).toBe('fail');
    expect(run.evidence?.config).toMatchObject({ source: 'merge-base', path: '.loki/verify.yml', pr_changes_policy: true });
    expect(run.evidence?.config.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a PR that deletes the base policy is still judged by it', () => {
    const repo = repoWith({ '.loki/verify.yml': DISABLE_SECRETS });
    repo.commit('drop the policy', { '.loki/verify.yml': null, 'app.env': `TOKEN=${TOKEN}\n` });
    const run = gate(repo);
    expect(secretsStatus(run)).toBe('skipped');
    expect(run.evidence?.config).toMatchObject({ source: 'merge-base', pr_changes_policy: true });
  });

  it('a PR that leaves the policy alone is not flagged', () => {
    const repo = repoWith({ '.loki/verify.yml': 'test:\n  required: false\n' });
    repo.commit('feature', { 'src/a.js': 'export const a = 1;\n' });
    const run = gate(repo);
    expect(run.evidence?.config).toMatchObject({ source: 'merge-base', pr_changes_policy: false });
    expect(run.evidence?.findings.filter((f) => f.probe === 'perimeter')).toEqual([]);
    expect(run.report).not.toContain("changes the gate's policy");
  });

  it('an invalid policy at the merge-base is an ERROR naming the commit side; a PR cannot fix it by editing', () => {
    const repo = repoWith({ '.loki/verify.yml': 'secrets:\n  enabeld: false\n' });
    repo.commit('fix typo', { '.loki/verify.yml': DISABLE_SECRETS });
    const run = gate(repo);
    expect(run.code).toBe(3);
    expect(run.evidence?.error).toMatch(/\.loki\/verify\.yml \(at the merge-base\).*secrets\.enabeld/);
  });

  it('--policy-from head applies the working tree policy and the evidence says so', () => {
    const repo = repoWith();
    repo.commit('leak and hide it', { 'app.env': `TOKEN=${TOKEN}\n`, '.loki/verify.yml': DISABLE_SECRETS });
    const run = gate(repo, ['--policy-from', 'head']);
    expect(secretsStatus(run)).toBe('skipped');
    expect(run.evidence?.config).toMatchObject({ source: 'head', path: '.loki/verify.yml', pr_changes_policy: true });
    expect(run.report).toContain("the PR's own policy was applied");
  });

  it('--policy-from with a bad value: exit 3 naming the choices', () => {
    const repo = repoWith();
    const run = runCli(['main', '--policy-from', 'pr'], { cwd: repo.dir, out: tempDir('loki-policy-out-'), env: cleanEnv() });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/--policy-from: expected merge-base or head/);
  });
});

describe('--config', () => {
  it('a path inside the repository is read from the merge-base by its repository path', () => {
    const repo = repoWith({ 'ci/gate.yml': 'test:\n  required: false\n' });
    repo.commit('loosen', { 'ci/gate.yml': DISABLE_SECRETS, 'app.env': `TOKEN=${TOKEN}\n`, 'ci/note.txt': 'n\n' });
    // Relative to where the user stands.
    const run = gate(repo, ['--config', 'gate.yml'], join(repo.dir, 'ci'));
    expect(run.code).toBe(2);
    expect(run.evidence?.config).toMatchObject({ source: 'merge-base', path: 'ci/gate.yml', pr_changes_policy: true });
  });

  it('a path outside the repository is read from disk as given', () => {
    const repo = repoWith();
    repo.commit('leak', { 'app.env': `TOKEN=${TOKEN}\n` });
    const dir = tempDir('loki-policy-file-');
    const file = join(dir, 'team-policy.yml');
    writeFileSync(file, DISABLE_SECRETS);
    const run = gate(repo, ['--config', file]);
    expect(secretsStatus(run)).toBe('skipped');
    expect(run.evidence?.config).toMatchObject({ source: 'file', path: file, pr_changes_policy: false });
  });

  it('a path that exists neither at the merge-base nor on disk: exit 3, evidence written', () => {
    const repo = repoWith();
    repo.commit('x', { 'a.txt': 'a\n' });
    const run = gate(repo, ['--config', 'nope.yml']);
    expect(run.code).toBe(3);
    expect(run.evidence?.error).toMatch(/config file nope\.yml does not exist/);
  });

  it('a path naming a directory: exit 3 with the fix', () => {
    const repo = repoWith();
    repo.commit('x', { 'a.txt': 'a\n' });
    const dir = tempDir('loki-policy-dir-');
    mkdirSync(join(dir, 'sub'));
    const run = gate(repo, ['--config', join(dir, 'sub')]);
    expect(run.code).toBe(3);
    expect(run.evidence?.error).toMatch(/is a directory: pass the policy file itself/);
  });
});

describe('held-out checks inside the repository', () => {
  const CHECKS = 'items:\n  - id: needs-feature\n    title: the feature file exists\n    run: "test -f feature.txt"\n';

  function heldout(repo: TestRepo, args: string[] = []): CliRun {
    const run = runCli(['main', '--only', 'heldout', '--heldout', 'ci/heldout.yml', ...args], { cwd: repo.dir, out: tempDir('loki-policy-out-'), env: cleanEnv() });
    expect(run.evidence, run.stderr).toBeDefined();
    return run;
  }

  it('are read at the merge-base: a PR that weakens them is judged by the base version', () => {
    const repo = repoWith({ 'ci/heldout.yml': CHECKS });
    repo.commit('weaken the check', { 'ci/heldout.yml': CHECKS.replace('test -f feature.txt', 'true') });
    const run = heldout(repo);
    expect(run.code).toBe(2);
    expect(run.evidence?.probes.find((p) => p.id === 'heldout')?.status).toBe('fail');
  });

  it('a held-out file the PR adds is not used; --policy-from head reads the working tree', () => {
    const repo = repoWith();
    repo.commit('bring my own checks', { 'ci/heldout.yml': CHECKS.replace('test -f feature.txt', 'true') });
    const run = heldout(repo);
    expect(run.evidence?.probes.find((p) => p.id === 'heldout')).toMatchObject({ status: 'error', summary: expect.stringMatching(/not in the merge-base commit/) });
    expect(run.code).toBe(3);
    expect(heldout(repo, ['--policy-from', 'head']).evidence?.probes.find((p) => p.id === 'heldout')?.status).toBe('pass');
  });
});
