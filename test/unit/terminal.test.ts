import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHeartbeat } from '../../src/render/heartbeat.js';
import { findingLines, heartbeatLine, interruptedLine, painter, probeLine, useColour } from '../../src/render/terminal.js';
import { LastLine } from '../../src/process/last-line.js';
import type { ProbeResult } from '../../src/types.js';
import { finding } from '../action/evidence-fixture.js';

const plain = painter(false);
const build: ProbeResult = { id: 'build', title: 'Build', status: 'pass', summary: '`npm run build` succeeded', duration_ms: 1234, findings: [], details: {} };

describe('colour', () => {
  it('follows FORCE_COLOR both ways, else a TTY without NO_COLOR or TERM=dumb', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    for (const on of ['1', '2', '3', 'true', '']) expect(useColour({ isTTY: false }, { FORCE_COLOR: on, NO_COLOR: '1' }), on).toBe(true);
    for (const off of ['0', 'false', 'FALSE']) expect(useColour({ isTTY: true }, { FORCE_COLOR: off }), off).toBe(false);
  });

  it('paints probe lines only when asked', () => {
    expect(probeLine(build, plain)).toBe('  build        pass         `npm run build` succeeded (1.2 s)');
    expect(probeLine(build, painter(true))).toContain('\u001b[32mpass');
  });
});

describe('findingLines', () => {
  const findings = [
    finding({ probe: 'secrets', rule: 'github', severity: 'critical', message: 'GitHub token in src/config.ts:3 (ghp_****)', file: 'src/config.ts', line: 3, column: 17 }),
    finding({ probe: 'static', rule: 'TS2322', severity: 'high', message: "Type 'string' is not assignable to type 'number'.\n  more detail", file: 'src/config.ts', line: 12 }),
    finding({ probe: 'dependencies', rule: 'dependencies/vulnerable-dependency', severity: 'high', message: 'lodash 4.17.20 (npm) has GHSA-35jh-r3h4-6jhm', file: 'package-lock.json', line: 40, details: { vulnerability: 'GHSA-35jh-r3h4-6jhm' } }),
    finding({ probe: 'secrets', rule: 'aws', severity: 'critical', message: 'AWS key in the message of commit 0123456789ab', file: undefined, line: undefined, commit: '0123456789abcdef' }),
    finding({ probe: 'build', rule: 'build-failed', severity: 'high', message: '`npm run build` exited with 2', file: undefined, line: undefined }),
    finding({ probe: 'static', rule: 'no-console', severity: 'low', blocking: false, file: 'src/app.ts', line: 9 }),
    finding({ probe: 'dependencies', rule: 'dependencies/pre-existing-vulnerability', severity: 'info', blocking: false, file: 'package-lock.json' }),
  ];

  it('groups the blocking findings by file (most severe first), stylish-like, names the rule once, then counts the others', () => {
    expect(findingLines(findings, plain).join('\n')).toBe(
      [
        '',
        'commit 0123456789ab',
        '  critical  AWS key in the message of commit 0123456789ab  secrets/aws',
        '',
        'src/config.ts',
        '  3:17  critical  GitHub token in src/config.ts:3 (ghp_****)  secrets/github',
        "  12    high      Type 'string' is not assignable to type 'number'.  static/TS2322",
        '',
        '(no file)',
        '  high  `npm run build` exited with 2  build/build-failed',
        '',
        'package-lock.json',
        '  40  high  lodash 4.17.20 (npm) has GHSA-35jh-r3h4-6jhm  dependencies/GHSA-35jh-r3h4-6jhm',
        '',
        '✖ 5 blocking findings, 2 non-blocking findings (1 low, 1 info) listed in report.md',
      ].join('\n'),
    );
  });

  it('colours file names, severities and rules on a terminal', () => {
    const lines = findingLines(findings.slice(0, 1), painter(true));
    expect(lines[1]).toBe('\u001b[4msrc/config.ts\u001b[0m');
    expect(lines[2]).toBe('  \u001b[90m3:17\u001b[0m  \u001b[31mcritical\u001b[0m  GitHub token in src/config.ts:3 (ghp_****)  \u001b[90msecrets/github\u001b[0m');
  });

  it('lists at most a page and counts the rest; says nothing without findings', () => {
    const many = Array.from({ length: 7 }, (_, i) => finding({ line: i + 1 }));
    const lines = findingLines(many, plain, 5);
    expect(lines.filter((l) => l.startsWith('  ') && l.includes('static/TS2322'))).toHaveLength(5);
    expect(lines).toContain('  …and 2 more blocking findings in report.md');
    expect(lines.at(-1)).toBe('✖ 7 blocking findings');
    expect(findingLines([], plain)).toEqual([]);
    expect(findingLines(findings.slice(5), plain).at(-1)).toBe('! no blocking findings, 2 non-blocking findings (1 low, 1 info) listed in report.md');
  });
});

describe('heartbeat', () => {
  afterEach(() => void vi.useRealTimers());

  it('prints each running probe every interval with its elapsed time and last output line, until it finishes', () => {
    vi.useFakeTimers();
    let clock = 0;
    const printed: string[] = [];
    const heartbeat = startHeartbeat({ print: (l) => printed.push(l), paint: plain, intervalMs: 15_000, now: () => clock });
    heartbeat.started('test');
    heartbeat.started('secrets');
    clock = 15_000;
    vi.advanceTimersByTime(15_000);
    heartbeat.output('test', ' ✓ src/a.test.ts (3 tests)');
    heartbeat.finished('secrets');
    clock = 30_400;
    vi.advanceTimersByTime(15_000);
    heartbeat.finished('test');
    vi.advanceTimersByTime(15_000);
    heartbeat.stop();
    expect(printed).toEqual([
      '  test         running      15.0 s',
      '  secrets      running      15.0 s',
      '  test         running      30.0 s ·  ✓ src/a.test.ts (3 tests)',
    ]);
  });

  it('cuts a long output line', () => {
    expect(heartbeatLine('build', 65_000, 'x'.repeat(300), plain)).toBe(`  build        running      1 min 5 s · ${'x'.repeat(119)}…`);
  });

  it('takes the last non-empty line of the output so far, across chunks and carriage-return redraws', () => {
    const last = new LastLine();
    expect(last.push('')).toBeUndefined();
    expect(last.push('compiling a\ncompil')).toBe('compil');
    expect(last.push('ing b\n\n')).toBe('compiling b');
    expect(last.push('\u001b[32m 40%\u001b[0m\r 80%\r')).toBe('80%');
  });
});

describe('interruptedLine', () => {
  it('says what was written, or that nothing could be', () => {
    expect(interruptedLine('SIGINT', { evidence: '/o/evidence.json', report: '/o/report.md' })).toBe(
      'loki-verify: interrupted by SIGINT; wrote what the finished probes had found (verdict ERROR) to /o/evidence.json, /o/report.md',
    );
    expect(interruptedLine('SIGTERM', {})).toBe('loki-verify: interrupted by SIGTERM; could not write the evidence of the probes that had finished');
  });
});
