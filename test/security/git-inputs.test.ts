// Git-level inputs that must never lead to a wrong verdict or a misleading error: repository-selecting
// variables, ownership refusal, malformed config in the environment, corrupt objects, no git at all,
// ambiguous bases, bad arguments. Each is exit 3 (or the right verdict) with valid evidence written.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, type CliRun } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';
import { heldoutFile } from '../probes/heldout/heldout-file.js';
import { gate, project } from './scenario.js';

afterAll(cleanupTempDirs);

const FAILING_TEST = `const test = require('node:test');\nconst assert = require('node:assert');\ntest('fails', () => assert.equal(1, 2));\n`;

function expectError(run: CliRun): string {
  expect(run.code).toBe(3);
  expect(run.evidence?.verdict).toBe('ERROR');
  expect(run.evidence?.exit_code).toBe(3);
  const error = run.evidence?.error ?? '';
  expect(error).not.toMatch(/internal error|^$/);
  expect(error).not.toContain('\n');
  return error;
}

describe('git inputs', () => {
  it('GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE naming another repository are ignored: the repository at the cwd is verified', () => {
    const judged = project({ test: 'node --test' }, { 'broken.test.js': FAILING_TEST });
    const other = project({ test: 'node --test' });
    const env = cleanEnv({ GIT_DIR: join(other.dir, '.git'), GIT_WORK_TREE: other.dir, GIT_INDEX_FILE: join(other.dir, '.git/index'), GIT_OBJECT_DIRECTORY: join(other.dir, '.git/objects') });

    const run = gate(judged.dir, ['main', '--only', 'test'], env);

    expect(run.code).toBe(2);
    expect(run.evidence?.diff.head_sha).toBe(judged.head());
    expect(run.stderr).toMatch(/GIT_DIR/); // the log says the variables were ignored
  });

  it('a core.worktree the PR writes into .git/config cannot point the gate\'s git at another tree', () => {
    const decoy = tempDir('loki-decoy-');
    const plant = `require('fs').appendFileSync('.git/config', '[core]\\n\\tworktree = ${decoy}\\n');\n`;
    const repo = project({ build: 'node plant.js', test: 'node --test' }, { 'plant.js': plant });
    // The held-out item edits a tracked file: the tree snapshot must see it in the real working tree.
    const heldout = heldoutFile([{ id: 'edits', title: 'edits a tracked file', run: 'echo changed >> README.md' }]);

    const run = gate(repo.dir, ['main', '--only', 'build,heldout', '--heldout', heldout]);

    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ probe: 'heldout', blocking: true, message: expect.stringContaining('README.md') })]);
  });

  it('a repository owned by another user (safe.directory refusal): exit 3 naming the fix, evidence written', () => {
    if (process.getuid?.() !== 0) return; // only root can hand the repository to another user
    const repo = project({ test: 'node --test' });
    execFileSync('chown', ['-R', '65534:65534', repo.dir]);
    const env = cleanEnv({ HOME: tempDir('loki-home-'), GIT_CONFIG_NOSYSTEM: '1' });
    expect(expectError(gate(repo.dir, ['main'], env))).toMatch(/safe\.directory/);
    chownSync(repo.dir, 0, 0);
  });

  it('a malformed GIT_CONFIG_PARAMETERS: exit 3 naming the variable, evidence written', () => {
    const repo = project({ test: 'node --test' });
    expect(expectError(gate(repo.dir, ['main'], cleanEnv({ GIT_CONFIG_PARAMETERS: "'unterminated" })))).toMatch(/GIT_CONFIG_PARAMETERS/);
  });

  it('a corrupt object in the diff: exit 3 saying the repository is damaged, evidence written', () => {
    const repo = project({ test: 'node --test' }, { 'data.txt': 'some content to corrupt\n' });
    const blob = repo.git('rev-parse', 'HEAD:data.txt').trim();
    const path = join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(path, 0o644);
    writeFileSync(path, 'not zlib data');
    expect(expectError(gate(repo.dir, ['main', '--only', 'secrets']))).toMatch(/fsck/);
  });

  it('no git on PATH: exit 3 saying git is missing, evidence written', () => {
    const repo = project({ test: 'node --test' });
    const empty = tempDir('loki-path-');
    expect(expectError(gate(repo.dir, ['main'], cleanEnv({ PATH: empty })))).toMatch(/git is not installed/);
  });

  it('an ambiguous short sha as BASE: exit 3 listing the candidates', () => {
    const repo = TestRepo.init();
    repo.commit('initial', { 'a.txt': 'a\n' });
    // Enough commits that two share a four-digit prefix (birthday bound over 16^4), made in one process.
    const stream = Array.from({ length: 1500 }, (_, i) => `commit refs/heads/many\ncommitter T <t@example.test> ${1700000000 + i} +0000\ndata <<END\nc${i}\nEND\n${i === 0 ? 'from refs/heads/main\n' : ''}\n`).join('');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    const shas = repo.git('rev-list', 'many').trim().split('\n');
    const byPrefix = new Map<string, string[]>();
    for (const sha of shas) byPrefix.set(sha.slice(0, 4), [...(byPrefix.get(sha.slice(0, 4)) ?? []), sha]);
    const [prefix, clash] = [...byPrefix.entries()].find(([, list]) => list.length > 1)!;
    repo.checkout('feature', true);
    repo.commit('change', { 'b.txt': 'b\n' });

    const error = expectError(gate(repo.dir, [prefix, '--only', 'secrets']));
    expect(error).toMatch(/ambiguous/);
    for (const sha of clash) expect(error).toContain(sha);
  });

  it('--config naming a directory: exit 3, evidence written', () => {
    const repo = project({ test: 'node --test' });
    const dir = tempDir('loki-config-');
    mkdirSync(join(dir, 'verify.yml'));
    expect(expectError(gate(repo.dir, ['main', '--config', join(dir, 'verify.yml')]))).toMatch(/directory/);
  });

  it('an unknown option or probe id: exit 3 with ERROR evidence where --out asks', () => {
    const repo = project({ test: 'node --test' });
    expectError(gate(repo.dir, ['main', '--bogus']));
    expectError(gate(repo.dir, ['main', '--only', 'tests']));
  });

  it('an interrupted run leaves no temporary folders of its own in TMPDIR, and evidence of the interruption', async () => {
    const tmp = tempDir('loki-tmpdir-');
    const started = join(tmp, 'started');
    const slow = `const test = require('node:test');\ntest('slow', async () => { require('fs').writeFileSync(${JSON.stringify(started)}, ''); await new Promise((r) => setTimeout(r, 60000)); });\n`;
    const repo = project({ test: 'node --test' }, { 'slow.test.js': slow });
    const out = tempDir('loki-out-');
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    const child = spawn(process.execPath, [BIN, 'main', '--only', 'test', '--out', out], { cwd: repo.dir, env: cleanEnv({ TMPDIR: tmp }), stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 300 && !readdirSync(tmp).includes('started'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(tmp).some((name) => name.startsWith('loki-verify-test-'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    rmSync(started);
    expect(readdirSync(tmp).filter((name) => name.startsWith('loki-verify-'))).toEqual([]);
    expect(readdirSync(out)).toContain('evidence.json');
  });
});
