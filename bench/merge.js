#!/usr/bin/env node
// Shard merge benchmark: 32 shards of one run, each with 5,000 findings (half of them seen by every
// shard, as a secret in the shared history would be), merged with the library's pure mergeEvidence and
// written back as one document. Prints the median of several runs. Target: < 1 s.
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SHARDS = Number(process.env.BENCH_SHARDS ?? 32);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const { buildEvidence } = await import(join(ROOT, 'lib/src/evidence/build.js'));
const { createRedactor } = await import(join(ROOT, 'lib/src/evidence/redact.js'));
const { mergeEvidence, mergedDocument } = await import(join(ROOT, 'lib/src/merge/merge.js'));

const HEAD = 'a'.repeat(40);
const diff = { baseRef: 'main', baseSha: 'b'.repeat(40), mergeBase: 'b'.repeat(40), headSha: HEAD, commits: [HEAD], files: [], linesAdded: 0, linesRemoved: 0, shallow: false, dirty: [] };
const finding = (shard, i) => {
  const shared = i % 2 === 0;
  return {
    probe: 'test', rule: 'test-failed', severity: 'high', blocking: true,
    message: `failing test number ${i}${shared ? '' : ` of shard ${shard}`}`,
    file: `test/file${i % 400}.test.js`, line: (i % 90) + 1,
    fingerprint: shared ? `shared-${i}`.padEnd(16, '0') : `shard${shard}-${i}`.padEnd(16, '0'),
  };
};
const documents = Array.from({ length: SHARDS }, (_, s) => {
  const findings = Array.from({ length: FINDINGS }, (_, i) => finding(s + 1, i));
  const test = { id: 'test', title: 'Tests', status: 'fail', summary: 'red', duration_ms: 1, details: { passed: 100, failed: FINDINGS }, findings };
  return {
    name: `shard-${s + 1}.json`,
    document: JSON.parse(JSON.stringify(buildEvidence({
      toolVersion: '0.2.0', runId: 'bench', createdAt: new Date(0),
      verdict: { verdict: 'BLOCKED', exitCode: 2, reasons: ['red'] },
      diff, probes: [test], findings, config: { source: 'defaults' },
      shard: { index: s + 1, total: SHARDS }, policy: { block_on: ['critical', 'high', 'medium', 'low'], required: ['test'], deselected: [] },
      redact: createRedactor(),
    }))),
  };
});

const samples = [];
let merged;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  merged = mergedDocument(mergeEvidence(documents), new Date(0));
  JSON.stringify(merged);
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
console.log(`merge: ${SHARDS} shards x ${FINDINGS} findings -> ${merged.findings.length} findings, verdict ${merged.verdict}, ${RUNS} runs`);
console.log(`  median: ${samples[Math.floor(RUNS / 2)].toFixed(0)} ms (min ${samples[0].toFixed(0)}, max ${samples[RUNS - 1].toFixed(0)})`);
console.log('  target: < 1000 ms');
