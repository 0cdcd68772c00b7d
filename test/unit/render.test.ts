import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/evidence/build.js';
import { createRedactor } from '../../src/evidence/redact.js';
import { renderReport } from '../../src/render/report.js';
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

describe('renderReport with the repository known', () => {
  const head = 'c'.repeat(40);
  const linked = buildEvidence({
    toolVersion: '0.1.0',
    runId: 'fixed-run',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    verdict: { verdict: 'BLOCKED', exitCode: 2, reasons: ['secrets: 2 blocking findings (2 secrets added by 1 commit)', 'dependencies: 1 non-blocking finding'] },
    diff: { baseRef: 'origin/main', baseSha: 'a'.repeat(40), mergeBase: 'b'.repeat(40), headSha: head, commits: [head], files: [], linesAdded: 12, linesRemoved: 0, shallow: true, dirty: ['notes.txt'] },
    probes,
    findings: [
      { probe: 'dependencies', rule: 'dependencies/vulnerable-dependency', severity: 'medium', blocking: false, message: 'lodash 4.17.20 (npm) has GHSA-35jh-r3h4-6jhm', file: 'package-lock.json', line: 40, fingerprint: 'f3'.repeat(8), details: { vulnerability: 'GHSA-35jh-r3h4-6jhm' } },
      { probe: 'secrets', rule: 'github', severity: 'critical', blocking: true, message: 'GitHub token in src/a b.ts:3 (ghp_****)', file: 'src/a b.ts', line: 3, commit: 'd'.repeat(40), fingerprint: 'f4'.repeat(8) },
      { probe: 'secrets', rule: 'aws', severity: 'critical', blocking: true, message: 'AWS key in the message of commit dddddddddddd', commit: 'd'.repeat(40), fingerprint: 'f5'.repeat(8) },
      // A test name is the PR's text: it must not format, link or hide anything in the report.
      { probe: 'test', rule: 'test-failed', severity: 'high', blocking: true, message: 'failing test: [click](https://evil.example) <img src=x> **bold** | `code`', file: 'test/a.test.ts', line: 7, fingerprint: 'f6'.repeat(8) },
    ],
    config: {},
    redact: createRedactor(),
  });
  const repository = { serverUrl: 'https://github.example.com', repository: 'o/r' };

  it('matches the stored report: findings first, linked to the file at its commit and to OSV; diff in one line; probes folded', () => {
    const text = renderReport(linked, { repository });
    if (process.env.UPDATE_GOLDEN) writeFileSync(new URL('../../fixtures/report/linked.md', import.meta.url), text);
    expect(text).toBe(readFileSync(new URL('../../fixtures/report/linked.md', import.meta.url), 'utf8'));
    expect(text.indexOf('## Findings')).toBeLessThan(text.indexOf('**Diff:**'));
    expect(text.indexOf('**Diff:**')).toBeLessThan(text.indexOf('<details>'));
    expect(text).toContain(`[\`src/a b.ts:3\`](https://github.example.com/o/r/blob/${'d'.repeat(40)}/src/a%20b.ts#L3)`);
    expect(text).toContain(`[\`test/a.test.ts:7\`](https://github.example.com/o/r/blob/${head}/test/a.test.ts#L7)`);
    expect(text).toContain('[`dependencies/GHSA-35jh-r3h4-6jhm`](https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm)');
    expect(text).toContain('\\[click\\](https://evil.example)'); // escaped: shown as text, never a link with other words
    expect(text).not.toContain('<img');
  });

  it('has no links without the repository', () => {
    expect(renderReport(linked)).not.toContain('github.example.com');
  });
});

