// `loki-verify --shard I/N` and `loki-verify merge` through the real CLI on a real repository.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityHash } from '../../src/evidence/canonical.js';
import type { Evidence } from '../../src/evidence/types.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { cleanEnv, runCli } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

// Built at run time so this file does not itself hold a token-shaped string.
const TOKEN = ['ghp', '_', 'Q2wE4rT6yU8iO0pA1sD3fG5hJ7kL9zX2cV4b'].join('');

function leakyRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n' });
  repo.checkout('feature', true);
  repo.commit('leak', { 'app.env': `TOKEN=${TOKEN}\n` });
  return repo;
}

/** Runs shard I of N and returns the path of its evidence. */
function runShard(repo: TestRepo, index: number, total: number): { path: string; code: number | null; evidence: Evidence } {
  const out = tempDir('loki-shard-out-');
  const run = runCli(['main', '--only', 'secrets,perimeter', '--shard', `${index}/${total}`], { cwd: repo.dir, out, env: cleanEnv() });
  expect(run.evidence, run.stderr).toBeDefined();
  return { path: join(out, 'evidence.json'), code: run.code, evidence: run.evidence! };
}

function merge(args: string[]) {
  const out = tempDir('loki-merge-out-');
  return { out, ...runCli(['merge', ...args], { cwd: tempDir('loki-merge-cwd-'), out, env: cleanEnv() }) };
}

describe('sharded runs and merge', () => {
  it('probes other than the sharded ones run on shard 1 only; the merge of all shards has the verdict of the whole', () => {
    const repo = leakyRepo();
    const shards = [1, 2, 3].map((i) => runShard(repo, i, 3));
    expect(shards[0]!.evidence.shard).toEqual({ index: 1, total: 3 });
    expect(shards[0]!.code).toBe(2);
    expect(shards[1]!.evidence.probes.find((p) => p.id === 'secrets')).toMatchObject({ status: 'skipped', summary: 'runs on shard 1' });

    const sarifPath = join(tempDir('loki-merge-sarif-'), 'out/merged.sarif');
    const merged = merge([...shards.map((s) => s.path).reverse(), '--sarif', sarifPath]);
    expect(merged.code, merged.stderr).toBe(2);
    const evidence = merged.evidence!;
    expect(evidenceViolations(evidence)).toBeUndefined();
    expect(integrityHash(evidence)).toBe(evidence.integrity.sha256);
    expect(evidence).toMatchObject({ verdict: 'BLOCKED', merged: { total: 3 } });
    expect(evidence.probes.find((p) => p.id === 'secrets')?.status).toBe('fail');
    expect(evidence.findings.filter((f) => f.probe === 'secrets')).toHaveLength(1);
    expect(merged.report).toContain('BLOCKED');
    expect(readFileSync(join(merged.out, 'evidence.json'), 'utf8')).not.toContain(TOKEN);
    // --sarif: the merged findings once, at their file and line, never the secret in clear.
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['app.env']);
    expect(readFileSync(sarifPath, 'utf8')).not.toContain(TOKEN);
    expect(merged.stderr).toContain(`SARIF: ${sarifPath}`);
  });

  it('a missing shard, a shard twice, a tampered shard: ERROR (exit 3) naming the file, evidence still written', () => {
    const repo = leakyRepo();
    const [one, two] = [runShard(repo, 1, 2), runShard(repo, 2, 2)];

    const missing = merge([one.path]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/shard 2\/2 missing/);
    expect(missing.evidence?.verdict).toBe('ERROR');
    expect(evidenceViolations(missing.evidence)).toBeUndefined();

    const twice = merge([one.path, two.path, one.path]);
    expect(twice.code).toBe(3);
    expect(twice.stderr).toMatch(/given twice/);

    const document = JSON.parse(readFileSync(two.path, 'utf8')) as Evidence;
    writeFileSync(two.path, JSON.stringify({ ...document, verdict: 'VERIFIED' }));
    const tampered = merge([one.path, two.path]);
    expect(tampered.code).toBe(3);
    expect(tampered.evidence?.error).toContain(`${two.path}: integrity hash does not recompute`);
  });

  it('merge --sarif naming a folder: exit 3 with the fix', () => {
    const folder = tempDir('loki-merge-sarif-folder-');
    const run = merge(['x.json', '--sarif', folder]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`--sarif ${folder} is a folder; name the file to write`);
  });

  it('--shard with a bad value: exit 3 naming the form', () => {
    const run = runCli(['main', '--shard', '3/2'], { cwd: leakyRepo().dir, out: tempDir(), env: cleanEnv() });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/--shard: '3\/2' is not a shard I\/N with 1 <= I <= N/);
  });
});
