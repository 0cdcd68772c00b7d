import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/build.js';
import { createRedactor } from '../../src/evidence/redact.js';
import { renderReport } from '../../src/render/report.js';
import { painter, probeLine, useColour } from '../../src/render/terminal.js';
import type { ProbeResult } from '../../src/types.js';

const probes: ProbeResult[] = [
  { id: 'build', title: 'Build', status: 'pass', summary: '`npm run build` succeeded', duration_ms: 1234, findings: [], details: {} },
  { id: 'test', title: 'Tests', status: 'fail', summary: '1 failed, 3 passed', duration_ms: 65_000, findings: [], details: {} },
  { id: 'static', title: 'Static', status: 'skipped', summary: 'no JS/TS | nothing configured', duration_ms: 0, findings: [], details: {} },
];

const evidence = buildEvidence({
  toolVersion: '0.1.0',
  runId: 'fixed-run',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  verdict: { verdict: 'BLOCKED', exitCode: 2, reasons: ['test: 1 blocking finding (1 failed, 3 passed)'] },
  diff: {
    baseRef: 'origin/main',
    baseSha: 'a'.repeat(40),
    mergeBase: 'b'.repeat(40),
    headSha: 'c'.repeat(40),
    commits: ['c'.repeat(40)],
    files: [{ path: 'src/a.ts', status: 'modified', binary: false, added: 3, removed: 1, addedRanges: [{ start: 1, end: 3 }] }],
    linesAdded: 3,
    linesRemoved: 1,
    shallow: false,
    dirty: [],
  },
  probes,
  findings: [
    { probe: 'static', rule: 'no-unused-vars', severity: 'low', blocking: false, message: "'x' is unused", file: 'src/a.ts', line: 2, fingerprint: 'f2'.repeat(8) },
    { probe: 'test', rule: 'test-failed', severity: 'high', blocking: true, message: 'failing test: math > subtracts', fingerprint: 'f1'.repeat(8) },
  ],
  config: { source: 'merge-base', path: '.loki/verify.yml', sha256: 'd'.repeat(64) },
  redact: createRedactor(),
});

describe('renderReport', () => {
  it('matches the stored report (banner, diff summary, probe table, findings by severity)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(new URL('../../fixtures/report/blocked.md', import.meta.url), renderReport(evidence));
    const expected = readFileSync(new URL('../../fixtures/report/blocked.md', import.meta.url), 'utf8');
    expect(renderReport(evidence)).toBe(expected);
  });

  it('truncates findings with a count and a pointer', () => {
    const text = renderReport(evidence, { maxFindings: 1, fullListHint: 'see the loki-verify-evidence artifact' });
    expect(text).toContain('…and 1 more finding: see the loki-verify-evidence artifact.');
    expect(text).not.toContain('no-unused-vars');
  });
});

describe('terminal', () => {
  it('colours only on a TTY without NO_COLOR', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(probeLine(probes[0]!, painter(false))).toBe('  build        pass         `npm run build` succeeded (1.2 s)');
    expect(probeLine(probes[0]!, painter(true))).toContain('\u001b[32mpass');
  });
});
