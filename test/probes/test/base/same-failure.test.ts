import { describe, expect, it } from 'vitest';
import { judgeWholeCommand, locations, normalizedLines, sameFailure, type CommandRun } from '../../../../src/probes/test/base/same-failure.js';

const head = (output: string, exitCode: number | null = 1): CommandRun => ({ output, exitCode, dir: '/work/repo', aliases: ['/real/work/repo'] });
const base = (output: string, exitCode: number | null = 1): CommandRun => ({ output, exitCode, dir: '/tmp/loki-verify-base-x1', aliases: ['/private/tmp/loki-verify-base-x1'] });

// xo's output for ky #867: the same error in an untouched file on both sides.
const XO = (root: string): string =>
  `\n> ky@1.8.0 test\n> xo && npm run build && ava\n\n  ${root}/test/http-error.ts:218:3\n  ✖  218:3  Unsafe assignment of an any value.  @typescript-eslint/no-unsafe-assignment\n\n  1 error\nnpm error Lifecycle script \`test\` failed with error:\nnpm error code 1\nnpm error path ${root}\nnpm error command failed\nnpm error command sh -c xo && npm run build && ava\n`;
// eslint's default (stylish) format: the file on a line of its own, its errors under it.
const STYLISH = (root: string, errors: string[]): string => `\n${root}/src/a.ts\n${errors.map((e) => `  ${e}  error  'x' is defined but never used  no-unused-vars`).join('\n')}\n\n✖ ${errors.length} problems (${errors.length} errors, 0 warnings)\n`;

describe('normalizedLines: the output as two runs of the same failure print it alike', () => {
  it('makes the run folder relative, drops package-manager lines, times and blank lines', () => {
    expect(normalizedLines(head('/work/repo/src/a.js:1:1 error\n\nnpm error path /work/repo\n ELIFECYCLE  Command failed.\nerror Command failed with exit code 1.\ndone in 1.52s at 2026-12-01T06:40:00.123Z\n/real/work/repo/b.js:2\n'))).toEqual([
      'src/a.js:1:1 error',
      'done in <time> at <time>',
      'b.js:2',
    ]);
  });
});

describe('locations: every file:line an output names', () => {
  it('reads path:line[:col], TypeScript path(line,col), and eslint stylish reports under a file header', () => {
    const lines = ['src/a.ts:12:5 - error TS2322', 'src/b.ts(7,3): error TS1005', 'src/c.ts', '  3:1  error  no-var', '  ✖  9:2  error  x', '', 'at Object.<anonymous> (node:internal/x:1:2)'].filter(Boolean);
    expect([...locations(lines)].sort()).toEqual(['src/a.ts:12', 'src/b.ts:7', 'src/c.ts:3', 'src/c.ts:9']);
    expect([...locations(['/elsewhere/x.js', '  4:2  error  no-var'])]).toEqual(['/elsewhere/x.js:4']);
  });
});

describe('sameFailure: the head failure is the base’s only when nothing the head reports is new', () => {
  it('xo failing on the same untouched line on both sides (different folders, npm lines): the same', () => {
    expect(sameFailure(head(XO('/work/repo')), base(XO('/tmp/loki-verify-base-x1')))).toEqual({ same: true });
  });

  it('the base reporting more errors than the head (the PR fixed one) is still the same failing step', () => {
    const both = '/repo/src/a.ts:3:1 error no-var\n/repo/src/b.ts:4:1 error no-var\n';
    expect(sameFailure(head('/repo/src/b.ts:4:1 error no-var\nlint failed'), base(`${both}lint failed`))).toEqual({ same: true });
  });

  it('an error at a place the base does not report: different, naming it', () => {
    expect(sameFailure(head(STYLISH('/work/repo', ['3:1', '9:4'])), base(STYLISH('/tmp/loki-verify-base-x1', ['3:1'])))).toEqual({ same: false, reason: "the head's output names src/a.ts:9, which the base's does not" });
    expect(sameFailure(head(STYLISH('/work/repo', ['3:1'])), base(STYLISH('/tmp/loki-verify-base-x1', ['3:1', '9:4'])))).toEqual({ same: true });
    // Above the tail: only the location list tells them apart.
    expect(sameFailure(head('src/a.ts:3:1 error\nsrc/a.ts:9:4 error\nx\ny\nz\nw\nv\n'), base('src/a.ts:3:1 error\nx\ny\nz\nw\nv\n'))).toEqual({ same: false, reason: "the head's output names src/a.ts:9, which the base's does not" });
  });

  it('another exit code, a passing base, or a silent head where the base reports something: different', () => {
    expect(sameFailure(head('boom'), base('boom', 2))).toEqual({ same: false, reason: 'it exits with 1 at head but 2 on the base' });
    expect(sameFailure(head('boom'), base('', 0))).toEqual({ same: false, reason: 'it passes on the base' });
    expect(sameFailure(head('npm error code 1'), base('config missing'))).toMatchObject({ same: false, reason: expect.stringContaining('prints nothing at head') });
    expect(sameFailure(head(''), base(''))).toEqual({ same: true });
  });

  it('warnings are no failure: a warning the PR moved is not a new error, unless the tool fails on warnings', () => {
    // xo on ky #867: the PR added tests to test/retry.ts, so its max-lines warning moved; the error is the base's.
    const xo = (root: string, retryLine: number, extra = ''): string =>
      `  ${root}/test/retry.ts:${retryLine}:1\n  ⚠  ${retryLine}:1   File has too many lines (2274). Maximum allowed is 1500.  max-lines\n\n  ${root}/test/http-error.ts:218:4\n  ✖   218:4   void operator is useless here  @typescript-eslint/no-meaningless-void-operator\n\n  1 warning\n  1 error\n${extra}`;
    expect(sameFailure(head(xo('/work/repo', 1538)), base(xo('/tmp/loki-verify-base-x1', 1535)), ['test/retry.ts', 'source/core/Ky.ts'])).toEqual({ same: true });
    const stylish = (root: string, warning: string): string => `${root}/src/a.js\n  ${warning}  warning  Unexpected console statement  no-console\n  1:1  error  Unexpected var  no-var\n\n✖ 2 problems (1 error, 1 warning)\nESLint found too many warnings (maximum: 0).\n`;
    expect(sameFailure(head(stylish('/work/repo', '7:3')), base(stylish('/tmp/loki-verify-base-x1', '5:3')))).toEqual({ same: false, reason: "the head's output names src/a.js:7, which the base's does not" });
  });

  it('a line naming a file the PR changed that the base does not print: different, also above the last lines', () => {
    const prettier = (files: string[]): string => `${files.map((f) => `[warn] ${f}`).join('\n')}\n[warn] Code style issues found in ${files.length} files. Run Prettier with --write to fix.\n`;
    const old = ['src/b.ts', 'src/c.ts', 'src/d.ts', 'src/e.ts', 'src/f.ts', 'src/g.ts'];
    expect(sameFailure(head(prettier(['src/a.ts', ...old])), base(prettier(old)), ['src/a.ts'])).toEqual({
      same: false,
      reason: "the head's output names a file the PR changed in a line the base's does not have: [warn] src/a.ts",
    });
    // Without the PR's file list, the formatter's new complaint is above the compared tail: only `touched` catches it.
    expect(sameFailure(head(prettier(['src/a.ts', ...old])), base(prettier(old)))).toEqual({ same: true });
    expect(sameFailure(head(prettier(old)), base(prettier(old)), ['src/a.ts', 'src/b.ts'])).toEqual({ same: true });
  });

  it('a last line that differs (another failing step) is not the same failure', () => {
    expect(sameFailure(head('Error: Cannot find module ./dist/index.js'), base('Error: config file missing'))).toMatchObject({ same: false, reason: expect.stringContaining('Cannot find module') });
    // Counts and timings aside: node --test passed one more test at head, then the same lint step failed.
    const run = (pass: number, ms: string): string => `ℹ tests ${pass}\nℹ pass ${pass}\nℹ fail 0\nℹ duration_ms ${ms}\nsrc/legacy.js:1:1  error  Unexpected var\n`;
    expect(sameFailure(head(run(5, '61.2')), base(run(4, '58.9')))).toEqual({ same: true });
  });
});

describe('judgeWholeCommand', () => {
  const failing = { ...base(XO('/tmp/loki-verify-base-x1')), failedTests: false };
  it('same, passes, differs (tests named on the base), or not made (the base could not run it)', () => {
    expect(judgeWholeCommand(head(XO('/work/repo')), failing, ['source/core.ts'])).toEqual({ state: 'same' });
    expect(judgeWholeCommand(head(XO('/work/repo')), { ...failing, exitCode: 0 }, [])).toEqual({ state: 'passes' });
    expect(judgeWholeCommand(head(XO('/work/repo')), { ...failing, failedTests: true }, [])).toMatchObject({ state: 'differs' });
    expect(judgeWholeCommand(head(XO('/work/repo')), { ...failing, exitCode: null, unjudged: 'the test runner was stopped before it finished' }, [])).toEqual({ state: 'not-made', reason: 'the test runner was stopped before it finished' });
  });
});
