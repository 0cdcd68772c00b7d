// Files the PR controls cannot block or blow up the gate's reads: a FIFO, a link out of the repository
// or to /dev/zero, an oversized file, an oversized config. Each run ends in bounded time and memory with
// valid evidence and a verdict that is never VERIFIED.
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/types.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { BIN, cleanEnv, runCli, type CliRun } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const PASSING_TEST = `require('node:test')('ok', () => {});\n`;

/** A package on `main` (with `base` files: policy is read from the merge-base) and a `feature` branch. */
function project(scripts: Record<string, string> = { test: 'node --test' }, base: Record<string, string> = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', scripts }), 'a.test.js': PASSING_TEST, ...base });
  repo.checkout('feature', true);
  return repo;
}

function gate(repo: TestRepo, args: string[]): CliRun & { evidence: Evidence } {
  const run = runCli(['main', ...args], { cwd: repo.dir, out: tempDir('loki-out-'), timeoutMs: 60_000 });
  expect(run.code, run.stderr).not.toBeNull(); // not killed by the timeout: it never blocked
  expect(run.evidence).toBeDefined();
  expect(evidenceViolations(run.evidence)).toBeUndefined();
  return run as CliRun & { evidence: Evidence };
}

describe('hostile files in the tree', () => {
  it('package.json replaced by a FIFO while the gate runs: no hang, the test probe inconclusive naming it', () => {
    const repo = project({ build: 'rm package.json && mkfifo package.json', test: 'node --test' });
    repo.commit('change', { 'b.txt': 'b\n' });
    const run = gate(repo, ['--only', 'build,test']);
    const test = run.evidence.probes.find((p) => p.id === 'test');
    expect(test).toMatchObject({ status: 'inconclusive', summary: expect.stringMatching(/^package\.json is not a regular file/) });
    // Replacing a tracked file is itself tampering: blocked, named on the build.
    expect(run.code).toBe(2);
    expect(run.evidence.findings).toContainEqual(expect.objectContaining({ probe: 'build', rule: 'tree-modified', file: 'package.json' }));
  });

  it('a committed yarn.lock linked to /dev/zero: bounded, inconclusive naming the file', () => {
    const repo = project({ build: 'node -e 0', test: 'node --test' });
    symlinkSync('/dev/zero', join(repo.dir, 'yarn.lock'));
    repo.commit('link the lockfile', {});
    const run = gate(repo, ['--only', 'build,test']);
    expect(run.code).toBe(1);
    expect(run.evidence.probes.find((p) => p.id === 'build')).toMatchObject({ status: 'inconclusive', summary: expect.stringMatching(/^yarn\.lock links outside the repository/) });
  });

  it('a committed package.json linked to a file outside the repository is not read', () => {
    const outside = join(tempDir('loki-home-'), 'secret.json');
    writeFileSync(outside, JSON.stringify({ scripts: { test: 'echo leaked' } }));
    const repo = TestRepo.init();
    symlinkSync(outside, join(repo.dir, 'package.json'));
    repo.commit('initial', { 'a.test.js': PASSING_TEST });
    repo.checkout('feature', true);
    repo.commit('change', { 'b.txt': 'b\n' });
    const run = gate(repo, ['--only', 'test']);
    expect(run.code).toBe(1);
    expect(run.evidence.probes.find((p) => p.id === 'test')).toMatchObject({ status: 'inconclusive', summary: expect.stringMatching(/^package\.json links outside the repository/) });
    expect(JSON.stringify(run.evidence)).not.toContain('leaked');
  });

  it('an oversized package.json: inconclusive naming the file and the limit', () => {
    const repo = project();
    repo.commit('huge manifest', { 'package.json': JSON.stringify({ name: 'fixture', scripts: { test: 'node --test' }, padding: 'x'.repeat(5 * 1024 * 1024) }) });
    const run = gate(repo, ['--only', 'test']);
    expect(run.code).toBe(1);
    expect(run.evidence.probes.find((p) => p.id === 'test')?.summary).toMatch(/^package\.json is larger than the 4 MiB/);
  });

  it('a test that swaps its own report for a FIFO: no hang, never VERIFIED', () => {
    const repo = project({ test: 'jest' });
    // A stand-in runner named jest: where the gate asks for its JSON report, it leaves a FIFO.
    const runner = `const out = process.argv.find((a) => a.startsWith('--outputFile='))?.slice(13);
if (out) require('child_process').execFileSync('mkfifo', [out]);`;
    repo.commit('runner', { 'node_modules/.bin/jest': `#!/usr/bin/env node\n${runner}\n` });
    spawnSync('chmod', ['+x', join(repo.dir, 'node_modules/.bin/jest')]);
    const run = gate(repo, ['--only', 'test']);
    expect(run.evidence.verdict).not.toBe('VERIFIED');
  });
});

describe('hostile config size', () => {
  it('a 10 MB config with 250k globs: ERROR naming the limit, under a memory limit, peak RSS under 500 MB', () => {
    const globs = Array.from({ length: 250_000 }, (_, i) => `    - "src/generated/module-${i}/**/*.ts"`).join('\n');
    const repo = project(undefined, { '.loki/verify.yml': `static:\n  paths_ignore:\n${globs}\n` });
    repo.commit('change', { 'b.txt': 'b\n' });
    const rssFile = join(tempDir('loki-rss-'), 'rss');
    const preload = join(tempDir('loki-rss-'), 'rss.mjs');
    writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nconst pid = process.pid;\nprocess.on('exit', () => { if (process.pid === pid && process.env.LOKI_RSS_FILE) writeFileSync(process.env.LOKI_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`);
    const out = tempDir('loki-out-');
    const result = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', preload, BIN, 'main', '--out', out], {
      cwd: repo.dir,
      env: cleanEnv({ LOKI_RSS_FILE: rssFile }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/config \.loki\/verify\.yml.* is larger than 1 MiB/);
    const evidence = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')) as Evidence;
    expect(evidenceViolations(evidence)).toBeUndefined();
    expect(evidence.verdict).toBe('ERROR');
    expect(Number(readFileSync(rssFile, 'utf8')) / 1024).toBeLessThan(500);
  });

  it('a config under the size limit with more globs than a list may hold: ERROR naming the key', () => {
    const globs = Array.from({ length: 1001 }, (_, i) => `    - "m${i}/**"`).join('\n');
    const repo = project(undefined, { '.loki/verify.yml': `secrets:\n  paths_ignore:\n${globs}\n` });
    repo.commit('change', { 'b.txt': 'b\n' });
    const run = gate(repo, []);
    expect(run.code).toBe(3);
    expect(run.evidence.error).toMatch(/secrets\.paths_ignore/);
  });

  it('nested glob lists (perimeter rules) count together: ERROR naming the config', () => {
    const rule = (i: number) => `    - paths: [${Array.from({ length: 300 }, (_, j) => `"r${i}/g${j}/**"`).join(', ')}]`;
    const repo = project(undefined, { '.loki/verify.yml': `perimeter:\n  protected:\n${Array.from({ length: 20 }, (_, i) => rule(i)).join('\n')}\n` });
    repo.commit('change', { 'b.txt': 'b\n' });
    const run = gate(repo, []);
    expect(run.code).toBe(3);
    expect(run.evidence.error).toMatch(/holds 6020 list entries, more than the 5000/);
  });
});
