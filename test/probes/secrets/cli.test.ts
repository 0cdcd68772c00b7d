// End to end through the real CLI (bin/loki-verify.js, run from lib/: build with `npx tsc -p tsconfig.json`
// first): exit codes, and no secret anywhere in evidence.json, report.md, stdout or stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityHash } from '../../../src/evidence/canonical.js';
import { evidenceViolations } from '../../../src/evidence/validate.js';
import { runCli, type CliRun } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../../helpers/repo.js';
import { placeholders, samples } from './samples.js';

afterAll(cleanupTempDirs);

interface GateRun extends CliRun {
  /** evidence.json exactly as written. */
  evidenceText: string;
}

function gate(repo: TestRepo, extra: string[] = []): GateRun {
  const out = tempDir('loki-secrets-out-');
  const run = runCli(['main', '--only', 'secrets', ...extra], { cwd: repo.dir, out });
  expect(run.evidence, run.stderr).toBeDefined();
  expect(evidenceViolations(run.evidence!)).toBeUndefined();
  expect(integrityHash(run.evidence!)).toBe(run.evidence!.integrity.sha256);
  return { ...run, evidenceText: readFileSync(join(out, 'evidence.json'), 'utf8') };
}

function expectNoSecret(run: GateRun, secret: string, label: string): void {
  for (const [where, text] of Object.entries({ evidence: run.evidenceText, report: run.report ?? '', stdout: run.stdout, stderr: run.stderr })) {
    expect(text.includes(secret), `${label} in ${where}`).toBe(false);
  }
}

function featureRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n' });
  repo.checkout('feature', true);
  return repo;
}

function configFile(text: string): string {
  const path = join(tempDir('loki-secrets-config-'), 'verify.yml');
  writeFileSync(path, text);
  return path;
}

describe('secrets through the CLI', () => {
  const all = samples();
  let repo: TestRepo;
  let first: string;
  let run: GateRun;

  beforeAll(() => {
    repo = featureRepo();
    all.forEach((sample, i) => repo.commit(`add ${sample.family}`, { [`families/${i}/${sample.file}`]: `${sample.line}\n` }));
    // Added, then deleted: still in the pushed history.
    const leaked = all.find((s) => s.rule === 'stripe-access-token')!;
    first = repo.commit('add billing config', { 'billing.env': `STRIPE_KEY=${leaked.secret}\n` });
    repo.commit('remove billing config', { 'billing.env': null });
    run = gate(repo);
  });

  it('blocks (exit 2) with a critical blocking finding per family', () => {
    expect(run.code).toBe(2);
    expect(run.evidence!.verdict).toBe('BLOCKED');
    const findings = run.evidence!.findings.filter((f) => f.probe === 'secrets');
    expect(findings).toHaveLength(all.length + 1);
    expect(findings.every((f) => f.severity === 'critical' && f.blocking)).toBe(true);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set([...all.map((s) => s.rule)]));
    expect(findings.find((f) => f.file === 'billing.env')).toMatchObject({ rule: 'stripe-access-token', commit: first });
  });

  it('writes no secret to evidence.json, report.md, stdout or stderr', () => {
    for (const sample of all) expectNoSecret(run, sample.secret, sample.family);
  });

  it('keeps the secret out of stdout with --json too', () => {
    const json = gate(repo, ['--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).verdict).toBe('BLOCKED');
    for (const sample of all) expectNoSecret(json, sample.secret, sample.family);
  });
});

describe('secrets allow-list and placeholders through the CLI', () => {
  const npm = samples().find((s) => s.rule === 'npm-access-token')!;
  let repo: TestRepo;
  let fingerprint: string;

  beforeAll(() => {
    repo = featureRepo();
    repo.commit('ci token', { '.npmrc': `//registry.npmjs.org/:_authToken=${npm.secret}\n` });
    const blocked = gate(repo);
    expect(blocked.code).toBe(2);
    fingerprint = blocked.evidence!.findings.find((f) => f.probe === 'secrets')!.fingerprint;
  });

  it('passes (exit 0) when the fingerprint is allowed until a future date', () => {
    const config = configFile(`secrets:\n  allow:\n    - fingerprint: ${fingerprint}\n      reason: token revoked on 2026-01-02\n      until: 2999-12-31\n`);
    const run = gate(repo, ['--config', config]);
    expect(run.code).toBe(0);
    expect(run.evidence!.probes.find((p) => p.id === 'secrets')).toMatchObject({ status: 'pass', details: { allowed_findings: 1 } });
    expectNoSecret(run, npm.secret, 'npm token');
  });

  it('blocks again (exit 2) once the allowance has expired', () => {
    const config = configFile(`secrets:\n  allow:\n    - fingerprint: ${fingerprint}\n      reason: token revoked\n      until: 2020-01-01\n`);
    const run = gate(repo, ['--config', config]);
    expect(run.code).toBe(2);
    expect(run.evidence!.findings.find((f) => f.probe === 'secrets')!.message).toContain('expired on 2020-01-01');
    expectNoSecret(run, npm.secret, 'npm token');
  });

  it('passes (exit 0) on placeholders', () => {
    const docs = featureRepo();
    docs.commit('docs', { 'docs/configuration.md': placeholders().join('\n') + '\n' });
    const run = gate(docs);
    expect(run.code).toBe(0);
    expect(run.evidence!.probes.find((p) => p.id === 'secrets')!.status).toBe('pass');
  });
});

describe('gitleaks files are policy', () => {
  const github = () => samples().find((s) => s.rule === 'github-pat')!;

  it('are read where the run reads its policy: the merge-base, or the working tree with --policy-from head', () => {
    const repo = featureRepo();
    repo.commit('token and its waiver', { 'src/b.ts': `x\n${github().line}\n`, '.gitleaksignore': 'src/b.ts:github-pat:2\n' });
    expect(gate(repo).code).toBe(2);
    const head = gate(repo, ['--policy-from', 'head']);
    expect(head.code).toBe(0);
    expect(head.evidence!.probes.find((p) => p.id === 'secrets')!.details).toMatchObject({ gitleaks_files: ['.gitleaksignore'], gitleaks_ignored: 1 });
  });

  it('a PR changing .gitleaks.toml or .gitleaksignore gets policy-changed, unless the secrets probe is disabled', () => {
    const repo = featureRepo();
    repo.commit('waive', { '.gitleaksignore': 'src/b.ts:github-pat:2\n', '.gitleaks.toml': '[extend]\nuseDefault = true\n' });
    const run = runCli(['main', '--only', 'perimeter'], { cwd: repo.dir, out: tempDir('loki-secrets-out-') });
    expect(run.code).toBe(2);
    const changed = run.evidence!.findings.filter((f) => f.rule === 'policy-changed').map((f) => f.file).sort();
    expect(changed).toEqual(['.gitleaks.toml', '.gitleaksignore']);
    expect(run.evidence!.probes.find((p) => p.id === 'perimeter')!.details).toMatchObject({ policy_paths: expect.arrayContaining(['.gitleaks.toml', '.gitleaksignore']) });

    const off = TestRepo.init();
    off.commit('base', { '.loki/verify.yml': 'secrets:\n  enabled: false\n' });
    off.checkout('feature', true);
    off.commit('waive', { '.gitleaksignore': 'src/b.ts:github-pat:2\n' });
    const disabled = runCli(['main', '--only', 'perimeter'], { cwd: off.dir, out: tempDir('loki-secrets-out-') });
    expect(disabled.evidence!.findings.filter((f) => f.rule === 'policy-changed')).toEqual([]);
  });
});

describe('found secrets are masked in everything the run writes', () => {
  it("keeps a found secret out of other probes' output: a failing test that prints it", () => {
    // A generic password: no fixed token format the run's own redaction would know.
    const sample = samples().find((s) => s.family === 'Generic password assignment')!;
    const repo = featureRepo();
    repo.commit('settings and a test that prints them', {
      'settings.py': `${sample.line}\n`,
      'print-settings.js': `const text = require('fs').readFileSync('settings.py', 'utf8');\nconsole.log(text);\nconsole.error(text);\nprocess.exit(1);\n`,
    });
    const out = tempDir('loki-secrets-out-');
    const config = configFile('test:\n  run: node print-settings.js\n');
    const run = runCli(['main', '--only', 'secrets,test', '--config', config], { cwd: repo.dir, out });
    expect(run.evidence, run.stderr).toBeDefined();
    const test = run.evidence!.probes.find((p) => p.id === 'test')!;
    expect(test.status).toBe('fail');
    // The output tail is there, the secret is not.
    expect(JSON.stringify(test)).toContain('DB_PASSWORD');
    expectNoSecret({ ...run, evidenceText: readFileSync(join(out, 'evidence.json'), 'utf8') }, sample.secret, 'generic password');
  });
});
