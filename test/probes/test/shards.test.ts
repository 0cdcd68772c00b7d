// Acceptance (issue 18): a repository's tests run as shards 1/3, 2/3, 3/3 and merged give the same verdict,
// counts and failures as one unsharded run; a red test in shard 2 gives BLOCKED after the merge.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence, EvidenceProbe } from '../../../src/evidence/types.js';
import { hashSlice } from '../../../src/probes/test/slice.js';
import { PROJECT_ROOT, runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const HAS_PYTEST = spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

function repository(files: Files, linkNodeModules: boolean): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { '.gitignore': 'node_modules\n', 'README.md': '# app\n' });
  if (linkNodeModules) symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
  repo.checkout('feature', true);
  repo.commit('tests', files);
  return repo;
}

function gate(repo: TestRepo, extra: string[] = []): { code: number | null; evidence: Evidence; path: string } {
  const out = tempDir('loki-shard-acceptance-');
  const run = runCli(['main', '--only', 'test', ...extra], { cwd: repo.dir, out });
  expect(run.evidence, run.stderr).toBeDefined();
  return { code: run.code, evidence: run.evidence!, path: join(out, 'evidence.json') };
}

function testProbe(evidence: Evidence): EvidenceProbe {
  return evidence.probes.find((p) => p.id === 'test')!;
}

/** Shards 1..3 of the repository, merged through the CLI; also returns each shard's test probe. */
function sharded(repo: TestRepo) {
  const shards = [1, 2, 3].map((index) => gate(repo, ['--shard', `${index}/3`]));
  const out = tempDir('loki-shard-merged-');
  const merge = runCli(['merge', ...shards.map((s) => s.path)], { cwd: repo.dir, out });
  expect(merge.evidence, merge.stderr).toBeDefined();
  return { code: merge.code, merged: merge.evidence!, shards: shards.map((s) => testProbe(s.evidence)) };
}

function sameAsUnsharded(repo: TestRepo): ReturnType<typeof sharded> {
  const whole = gate(repo);
  const result = sharded(repo);
  const [one, all] = [testProbe(whole.evidence), testProbe(result.merged)];
  expect(result.merged.verdict).toBe(whole.evidence.verdict);
  expect(result.code).toBe(whole.code);
  expect(all.status).toBe(one.status);
  for (const key of ['passed', 'failed']) expect(all.details[key], key).toBe(one.details[key]);
  const failures = (probe: EvidenceProbe) => ((probe.details.failures as unknown[] | undefined) ?? []).map((f) => JSON.stringify(f)).sort();
  expect(failures(all)).toEqual(failures(one));
  expect(result.merged.findings.map((f) => f.fingerprint).sort()).toEqual(whole.evidence.findings.map((f) => f.fingerprint).sort());
  return result;
}

const vitestFile = (name: string, red = false) =>
  `import { it, expect } from 'vitest';\nit('${name} adds', () => expect(1 + 1).toBe(2));\nit('${name} multiplies', () => expect(2 * 3).toBe(${red ? 7 : 6}));\n`;
const nodeFile = (name: string, red = false) =>
  `const test = require('node:test');\nconst assert = require('node:assert');\ntest('${name} adds', () => assert.equal(1 + 1, 2));\ntest('${name} multiplies', () => assert.equal(2 * 3, ${red ? 7 : 6}));\n`;

describe('sharded test runs merged', () => {
  it('vitest (its own --shard): merged equals the unsharded run; a red test makes the merge BLOCKED', () => {
    const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
    const files: Files = { 'package.json': JSON.stringify({ name: 'v', type: 'module', scripts: { test: 'vitest run' } }) };
    for (const name of names) files[`src/${name}.test.js`] = vitestFile(name, name === 'delta');
    const repo = repository(files, true);

    const { merged, shards } = sameAsUnsharded(repo);
    expect(merged.verdict).toBe('BLOCKED');
    expect(testProbe(merged).details).toMatchObject({ passed: 11, failed: 1, failures: [expect.objectContaining({ name: expect.stringContaining('delta multiplies'), file: 'src/delta.test.js' })] });
    // Each shard ran its own slice with vitest's flag, and says so in its details.
    expect(shards.map((p) => p.details.command)).toEqual([1, 2, 3].map((i) => expect.stringContaining(`--shard=${i}/3 --passWithNoTests`)));
    expect(shards.map((p) => p.details.shard)).toEqual([1, 2, 3].map((index) => ({ index, total: 3 })));
    expect(shards.reduce((n, p) => n + Number(p.details.passed ?? 0) + Number(p.details.failed ?? 0), 0)).toBe(12);
    expect(shards.filter((p) => p.status === 'fail')).toHaveLength(1);
  });

  it('node:test (files split by path hash): green merges VERIFIED like the unsharded run; a red test in shard 2 is BLOCKED', () => {
    const names = ['one', 'two', 'three', 'four', 'five'];
    const paths = names.map((n) => `test/${n}.test.js`);
    const green: Files = {};
    for (const [i, path] of paths.entries()) green[path] = nodeFile(names[i]!);
    const greenRun = sameAsUnsharded(repository(green, false));
    expect(greenRun.merged.verdict).toBe('VERIFIED');
    expect(testProbe(greenRun.merged).details).toMatchObject({ passed: 10, failed: 0 });
    // Each slice names its own files on the command line: together, all of them, once.
    const listed = greenRun.shards.flatMap((p) => String(p.details.command).split(' ').filter((w) => w.endsWith('.test.js')));
    expect(listed.sort()).toEqual([...paths].sort());

    // The red test goes in a file of shard 2's slice.
    const [inShard2] = hashSlice(paths, { index: 2, total: 3 });
    const red: Files = { ...green, [inShard2!]: nodeFile(names[paths.indexOf(inShard2!)]!, true) };
    const redRun = sameAsUnsharded(repository(red, false));
    expect(redRun.merged.verdict).toBe('BLOCKED');
    expect(redRun.code).toBe(2);
    expect(redRun.shards.map((p) => p.status)).toEqual(['pass', 'fail', 'pass']);
  });

  it('more shards than test files: the empty slice is skipped as "empty slice" and the merge is unchanged', () => {
    const repo = repository({ 'test/only.test.js': nodeFile('only') }, false);
    const { merged, shards } = sameAsUnsharded(repo);
    expect(merged.verdict).toBe('VERIFIED');
    expect(shards.filter((p) => p.status === 'skipped').map((p) => p.summary)).toEqual(['empty slice', 'empty slice']);
    expect(testProbe(merged)).toMatchObject({ status: 'pass', details: { passed: 2 } });
  });

  it.skipIf(!HAS_PYTEST)('pytest (the files it collects, split by path hash): merged equals the unsharded run', () => {
    const names = ['alpha', 'beta', 'gamma', 'delta'];
    const paths = names.map((n) => `tests/test_${n}.py`);
    const [inShard2] = hashSlice(paths, { index: 2, total: 3 });
    const files: Files = { '.gitignore': 'node_modules\n__pycache__/\n.pytest_cache/\n' };
    for (const [i, path] of paths.entries()) {
      const red = path === inShard2;
      files[path] = `def test_${names[i]}_adds():\n    assert 1 + 1 == 2\n\ndef test_${names[i]}_multiplies():\n    assert 2 * 3 == ${red ? 7 : 6}\n`;
    }
    const { merged, shards } = sameAsUnsharded(repository(files, false));
    expect(merged.verdict).toBe('BLOCKED');
    expect(testProbe(merged).details).toMatchObject({ passed: 7, failed: 1 });
    expect(shards.map((p) => p.status)).toEqual(['pass', 'fail', 'pass']);
    expect(String(shards[1]!.details.command)).toContain(inShard2!);
  });
});
