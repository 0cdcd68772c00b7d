// mergeEvidence as a pure function over shard documents built the way the gate builds them.
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/build.js';
import { integrityHash } from '../../src/evidence/canonical.js';
import { createRedactor } from '../../src/evidence/redact.js';
import type { Evidence } from '../../src/evidence/types.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { ELSEWHERE_REASON, EMPTY_SLICE_REASON, mergedDocument, mergeEvidence, type ShardDocument } from '../../src/merge/merge.js';
import type { Finding, ProbeResult, ProbeStatus } from '../../src/types.js';
import type { DiffResult } from '../../src/types.js';
import { decideVerdict } from '../../src/verdict/verdict.js';

const HEAD = 'a'.repeat(40);
const MERGE_BASE = 'b'.repeat(40);

const diff: DiffResult = {
  baseRef: 'main', baseSha: MERGE_BASE, mergeBase: MERGE_BASE, headSha: HEAD, commits: [HEAD],
  files: [{ path: 'src/a.ts', status: 'modified', binary: false, added: 1, removed: 0, addedRanges: [{ start: 1, end: 1 }] }],
  linesAdded: 1, linesRemoved: 0, shallow: false, dirty: [],
};

function probe(id: string, status: ProbeStatus, summary: string, details: Record<string, unknown> = {}, findings: Finding[] = []): ProbeResult {
  return { id, title: id, status, summary, duration_ms: 10, details, findings };
}

function failing(name: string): Finding {
  return { probe: 'test', rule: 'test-failed', severity: 'high', blocking: true, message: `failing test: ${name}`, file: 'test/x.test.js', line: 3, fingerprint: `fingerprint-${name}` };
}

const SECRET: Finding = { probe: 'secrets', rule: 'github-pat', severity: 'critical', blocking: true, message: 'GitHub token', file: 'a.env', line: 1, fingerprint: 'fp-secret' };

/** The evidence of shard `index` of `total`, as runGate would write it. */
function shard(index: number, total: number, test: ProbeResult, options: { head?: string; others?: ProbeResult[] } = {}): Evidence {
  const others = options.others ?? (index === 1
    ? [probe('secrets', 'pass', 'no secrets'), probe('build', 'pass', 'built')]
    : [probe('secrets', 'skipped', ELSEWHERE_REASON), probe('build', 'skipped', ELSEWHERE_REASON)]);
  const probes = [others[1]!, test, others[0]!];
  const policy = { blockOn: ['critical', 'high', 'medium', 'low'] as const, required: new Set(['test']), deselected: new Set<string>() };
  return buildEvidence({
    toolVersion: '0.2.0',
    runId: '77-1',
    createdAt: new Date('2026-12-01T00:00:00Z'),
    verdict: decideVerdict({ probes, emptyDiff: false }, policy),
    diff: { ...diff, headSha: options.head ?? HEAD },
    probes,
    findings: probes.flatMap((p) => p.findings),
    config: { source: 'defaults' },
    shard: { index, total },
    policy: { block_on: [...policy.blockOn], required: ['test'], deselected: [] },
    redact: createRedactor(),
  });
}

const passing = (passed: number) => probe('test', 'pass', `${passed} passed`, { passed, failed: 0, skipped: 0, command: 'node --test' });
const docs = (...evidence: Evidence[]): ShardDocument[] => evidence.map((document, i) => ({ name: `shard-${i + 1}/evidence.json`, document }));

describe('mergeEvidence', () => {
  it('three green shards: VERIFIED, counts summed, the other probes from shard 1', () => {
    const merged = mergeEvidence(docs(shard(1, 3, passing(4)), shard(2, 3, passing(5)), shard(3, 3, passing(6))));
    expect(merged.verdict.verdict).toBe('VERIFIED');
    const test = merged.probes.find((p) => p.id === 'test')!;
    expect(test).toMatchObject({ status: 'pass', summary: '15 passed over 3 shards', details: { passed: 15, failed: 0, skipped: 0 } });
    expect((test.details.shards as unknown[]).length).toBe(3);
    expect(merged.probes.find((p) => p.id === 'secrets')).toMatchObject({ status: 'pass', summary: 'no secrets' });
    const document = mergedDocument(merged, new Date('2026-12-01T01:00:00Z'));
    expect(evidenceViolations(document)).toBeUndefined();
    expect(integrityHash(document)).toBe(document.integrity.sha256);
    expect(document.shard).toBeUndefined();
    expect(document.merged?.total).toBe(3);
  });

  it('given in any order, the result is the same', () => {
    const [a, b, c] = [shard(1, 3, passing(1)), shard(2, 3, passing(2)), shard(3, 3, passing(3))];
    const one = mergedDocument(mergeEvidence(docs(a, b, c)), new Date(0));
    const two = mergedDocument(mergeEvidence(docs(c, a, b)), new Date(0));
    expect(two.integrity).toEqual(one.integrity);
  });

  it('one red test in shard 2: BLOCKED, the failure listed once, the probe status the worst of its shards', () => {
    const red = probe('test', 'fail', '1 failed, 3 passed', { passed: 3, failed: 1, failures: [{ name: 'adds' }] }, [failing('adds')]);
    const merged = mergeEvidence(docs(shard(1, 3, passing(4)), shard(2, 3, red), shard(3, 3, passing(2))));
    expect(merged.verdict.verdict).toBe('BLOCKED');
    expect(merged.probes.find((p) => p.id === 'test')).toMatchObject({ status: 'fail', details: { passed: 9, failed: 1, failures: [{ name: 'adds' }] } });
    expect(merged.findings.filter((f) => f.rule === 'test-failed')).toHaveLength(1);
  });

  it('the judgement against the merge-base survives: new tests listed once, the anti-placebo state of the shard that checked, each shard\'s base details', () => {
    const newTest = { name: 'detects the fix', file: 'test/fix.test.js', fails_on_base: true };
    const checked = probe('test', 'pass', '4 passed', { passed: 4, failed: 0, new_tests: [newTest], anti_placebo: 'checked', base: { duration_ms: 300 } });
    const other = probe('test', 'pass', '5 passed', { passed: 5, failed: 0, anti_placebo: 'other-shard', base: { preexisting_check: 'no failing test' } });
    const test = mergeEvidence(docs(shard(1, 2, checked), shard(2, 2, other))).probes.find((p) => p.id === 'test')!;
    expect(test.details).toMatchObject({ passed: 9, new_tests: [newTest], anti_placebo: 'checked' });
    expect(test.details.shards).toEqual([
      expect.objectContaining({ index: 1, base: { duration_ms: 300 } }),
      expect.objectContaining({ index: 2, base: { preexisting_check: 'no failing test' } }),
    ]);
  });

  it('findings seen by several shards are listed once (by probe, rule and fingerprint)', () => {
    const withSecret = (index: number) => shard(index, 2, passing(1), { others: [probe('secrets', 'fail', '1 secret', {}, [SECRET]), probe('build', 'pass', 'built')] });
    const merged = mergeEvidence(docs(withSecret(1), withSecret(2)));
    expect(merged.findings).toEqual([expect.objectContaining({ fingerprint: 'fp-secret' })]);
    expect(merged.verdict.verdict).toBe('BLOCKED');
  });

  it('an empty slice does not lower the verdict; all slices empty leaves the test skipped (required: CONCERNS)', () => {
    const empty = probe('test', 'skipped', EMPTY_SLICE_REASON);
    expect(mergeEvidence(docs(shard(1, 2, passing(3)), shard(2, 2, empty))).verdict.verdict).toBe('VERIFIED');
    expect(mergeEvidence(docs(shard(1, 2, empty), shard(2, 2, empty))).verdict.verdict).toBe('CONCERNS');
  });

  it.each([
    ['a missing shard', () => docs(shard(1, 3, passing(1)), shard(3, 3, passing(1))), /shard 2\/3 missing/],
    ['a shard given twice', () => docs(shard(1, 2, passing(1)), shard(1, 2, passing(1)), shard(2, 2, passing(1))), /shard 1\/2 given twice \(shard-1\/evidence.json and shard-2\/evidence.json\)/],
    ['two head commits', () => docs(shard(1, 2, passing(1)), shard(2, 2, passing(1), { head: 'c'.repeat(40) })), /shard-2\/evidence.json has a different head commit/],
    ['two totals', () => docs(shard(1, 2, passing(1)), shard(2, 3, passing(1))), /shard-2\/evidence.json has a different shard total/],
  ])('%s: ERROR naming the file', (_name, input, message) => {
    expect(() => mergeEvidence(input())).toThrow(message);
  });

  it('a tampered shard (integrity hash does not recompute): ERROR naming the file', () => {
    const tampered = shard(2, 2, probe('test', 'fail', '1 failed', { passed: 0, failed: 1 }, [failing('x')]));
    const edited = { ...tampered, verdict: 'VERIFIED', exit_code: 0, findings: [] };
    expect(() => mergeEvidence(docs(shard(1, 2, passing(1)), edited as Evidence))).toThrow(/shard-2\/evidence.json: integrity hash does not recompute/);
  });

  it('a document that is not evidence, or not a shard: ERROR naming the file', () => {
    expect(() => mergeEvidence([{ name: 'x.json', document: { hello: 1 } }])).toThrow(/x.json is not loki-verify evidence/);
    const { shard: _shard, integrity: _integrity, ...rest } = shard(1, 1, passing(1));
    const unsharded = { ...rest, integrity: { algorithm: 'sha256' as const, sha256: integrityHash(rest) } };
    expect(() => mergeEvidence([{ name: 'plain.json', document: unsharded }])).toThrow(/plain.json is not a shard's evidence/);
  });
});
