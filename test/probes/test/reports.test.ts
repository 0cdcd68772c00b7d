// Report parsers on real reports (captured from the runners, the checkout path replaced by /repo).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresInOutput, lineInFile, messageHead, parseGoJson, parseJestJson, parseLibtest, parseLokiJson, parseSummary, parseTap } from '../../../src/probes/test/reports.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/test-reports/${name}`, import.meta.url), 'utf8');

describe('runner reports: counts, and each failing test with file, line and message', () => {
  it('vitest json reporter (jest format)', () => {
    expect(parseJestJson(fixture('vitest.json'))).toMatchObject({ passed: 1, failed: 1, skipped: 1, failures: [{ name: 'math subtracts', titlePath: ['math', 'subtracts'], message: 'AssertionError: expected 1 to be 3 // Object.is equality' }] });
  });

  it('jest --json --testLocationInResults: the failing assertion line from the stack, the message without it', () => {
    const counts = parseJestJson(fixture('jest.json'));
    expect(counts).toMatchObject({ passed: 1, failed: 1, skipped: 0 });
    expect(counts.failures).toEqual([
      { name: 'math subs', titlePath: ['math', 'subs'], file: '/repo/test/a.test.js', line: 6, message: 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 3\nReceived: 0' },
    ]);
  });

  it('jest: a suite that fails to load counts as a failure of its own', () => {
    const report = JSON.stringify({ numPassedTests: 2, numFailedTests: 0, testResults: [{ name: '/repo/a.test.js', status: 'failed', message: "Cannot find module './gone' from 'a.test.js'\n    at /repo/a.test.js:1:1", assertionResults: [] }] });
    expect(parseJestJson(report)).toEqual({ passed: 2, failed: 1, skipped: 0, failures: [{ name: '/repo/a.test.js (failed to run)', file: '/repo/a.test.js', line: 1, message: "Cannot find module './gone' from 'a.test.js'" }] });
  });

  it('node:test, through our reporter: the assertion line from the stack (file URL), not the declaration', () => {
    expect(parseLokiJson(fixture('node-test.json'))).toEqual({
      passed: 3,
      failed: 1,
      skipped: 0,
      failures: [{ name: 'math > subs', titlePath: ['math', 'subs'], file: '/repo/test/a.test.js', line: 6, message: 'Expected values to be strictly equal:\n\n0 !== 3' }],
    });
  });

  it('mocha, through our reporter: a stack with a relative path still gives the line', () => {
    expect(parseLokiJson(fixture('mocha-loki.json')).failures).toEqual([{ name: 'math subs', titlePath: ['math', 'subs'], file: '/repo/test/a.test.js', line: 5, message: '0 == 3' }]);
  });

  it('pytest, through our plugin: node id, assertion line', () => {
    expect(parseLokiJson(fixture('pytest.json'))).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      failures: [{ name: 'tests/test_calc.py::TestMore::test_wrong', id: 'tests/test_calc.py::TestMore::test_wrong', file: '/repo/tests/test_calc.py', line: 11, message: 'assert 2 == 3' }],
    });
  });

  it("ava's TAP: the assertion and its diff, no location (ava reports its own frame)", () => {
    expect(parseTap(fixture('ava.tap'))).toEqual({ passed: 1, failed: 1, skipped: 0, failures: [{ name: 'subs', message: "t.is() failed\nDifference (- actual, + expected): - 0\n+ 3" }] });
  });

  it("ava's TAP `at` in the code under test is not the test's place", () => {
    const tap = "TAP version 13\nnot ok 1 - map works\n  ---\n    name: TypeError\n    message: boom\n    at: 'file:///repo/index.js:108:5'\n  ...\nnot ok 2 - other\n  ---\n    message: x\n    at: 'file:///repo/test/a.test.js:4:3'\n  ...\n1..2\n";
    expect(parseTap(tap).failures).toEqual([{ name: 'map works', message: 'boom' }, { name: 'other', file: '/repo/test/a.test.js', line: 4, message: 'x' }]);
  });

  it("node's TAP: leaves only, suite path in names, location from the diagnostic", () => {
    expect(parseTap(fixture('node-test.tap'))).toMatchObject({ passed: 1, failed: 1, skipped: 1, failures: [{ name: 'suite > fails inner' }] });
  });

  it('go test -json: the t.Errorf line inside the package folder, subtests over parents, packages that fail to build', () => {
    expect(parseGoJson(fixture('go-test.jsonl'), 'example.com')).toEqual({
      passed: 1,
      failed: 2,
      skipped: 1,
      failures: [
        { name: 'example.com/calc.TestTable/negative', id: 'example.com/calc.TestTable/negative', titlePath: ['TestTable', 'negative'], file: 'calc/calc_test.go', line: 21, message: 'got -1, want 1' },
        { name: 'example.com/broken (package failed)', id: 'example.com/broken' },
      ],
    });
  });

  it('cargo test (libtest): the panic location and message', () => {
    expect(parseLibtest(fixture('cargo-test.txt'))).toEqual({ passed: 1, failed: 1, skipped: 1, failures: [{ name: 'tests::subtracts', id: 'tests::subtracts', file: 'src/lib.rs', line: 12, message: 'assertion `left == right` failed' }] });
    const newer = "test tests::adds ... FAILED\n---- tests::adds stdout ----\nthread 'tests::adds' (30377) panicked at src/lib.rs:7:9:\nboom\nnote: run with `RUST_BACKTRACE=1`\n";
    expect(parseLibtest(newer).failures).toEqual([{ name: 'tests::adds', id: 'tests::adds', file: 'src/lib.rs', line: 7, message: 'boom' }]);
    const older = "test it ... FAILED\nthread 'it' panicked at 'length was 1', tests/it.rs:4:5\n";
    expect(parseLibtest(older).failures).toEqual([{ name: 'it', id: 'it', file: 'tests/it.rs', line: 4, message: 'length was 1' }]);
  });
});

describe('stack and message helpers', () => {
  it('finds the first frame in the test file, whatever the frame shape', () => {
    expect(lineInFile('Error\n    at f (/repo/node_modules/x.js:1:1)\n    at /repo/test/a.test.js:9:3', '/repo/test/a.test.js')).toBe(9);
    expect(lineInFile('Error\n    at file:///repo/test/a%20b.test.js:4:2', '/repo/test/a b.test.js')).toBe(4);
    expect(lineInFile('Error\n    at Context.<anonymous> (test/a.test.js:5:12)', '/repo/test/a.test.js')).toBe(5);
    expect(lineInFile('Error: no frames', '/repo/test/a.test.js')).toBeUndefined();
  });

  it('keeps the first lines of a message, without its stack or colours', () => {
    expect(messageHead('\u001b[31mError: x\u001b[39m\n\nExpected: 1\n    at a (b.js:1:1)')).toBe('Error: x\n\nExpected: 1');
    expect(messageHead('a\nb\nc\nd\ne\nf\ng\nh')).toBe('a\nb\nc\nd\ne\nf');
    expect(messageHead('x'.repeat(700))).toHaveLength(601);
  });
});

describe('closing summary lines, the last fallback: every summary in the output, summed', () => {
  it('one runner', () => {
    expect(parseSummary('Tests:       1 failed, 4 passed, 5 total')).toMatchObject({ passed: 4, failed: 1 });
    // node-tap 18+ closes with an object line, per run.
    expect(parseSummary('# { total: 191, pass: 190, skip: 1 }\n')).toMatchObject({ passed: 190, failed: 0, skipped: 1 });
    expect(parseSummary('ok 1 - a\n# { total: 4, pass: 2, fail: 1, todo: 1 }\n')).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(parseSummary(' Tests  2 failed | 3 passed (5)')).toMatchObject({ passed: 3, failed: 2 });
    expect(parseSummary('===== 1 failed, 2 passed, 1 skipped in 0.12s =====')).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(parseSummary('\n  3 passing (5ms)\n  1 failing\n')).toMatchObject({ passed: 3, failed: 1 });
    expect(parseSummary('ℹ tests 4\nℹ pass 3\nℹ fail 1\nℹ skipped 0\n')).toMatchObject({ passed: 3, failed: 1 });
    expect(parseSummary(fixture('cargo-test.txt'))).toMatchObject({ passed: 1, failed: 1, skipped: 1, failures: [{ name: 'tests::subtracts' }] });
    expect(parseSummary('result: 7 passed, 0 failed, 2 skipped')).toMatchObject({ passed: 7, failed: 0, skipped: 2 });
    expect(parseSummary('all good')).toBeUndefined();
  });

  it('failing tests named in the output when no report was written (vitest, jest, pytest, libtest)', () => {
    const output = [
      'packages/b test:  FAIL  test/b.test.js > math > adds',
      'packages/b test: AssertionError: expected 2 to be 5 // Object.is equality',
      'packages/b test:  ❯ test/b.test.js:4:13',
      '  ● parser › reads a number',
      '  ● Console',
      'FAILED tests/test_calc.py::TestMore::test_twice - assert 2 == 3',
      'test tests::adds ... FAILED',
      '      Tests  1 failed | 1 passed (2)',
    ].join('\n');
    expect(failuresInOutput(output)).toEqual([
      { name: 'math adds', titlePath: ['math', 'adds'], file: 'test/b.test.js', line: 4 },
      { name: 'parser reads a number', titlePath: ['parser', 'reads a number'] },
      { name: 'tests/test_calc.py::TestMore::test_twice', id: 'tests/test_calc.py::TestMore::test_twice', file: 'tests/test_calc.py', message: 'assert 2 == 3' },
      { name: 'tests::adds', id: 'tests::adds' },
    ]);
    expect(parseSummary(output)?.failures).toHaveLength(4);
  });

  it('several invocations (workspaces, a && b, two runners): all summed, "Test Files" lines not counted', () => {
    const output = [
      'packages/a test:  Test Files  1 passed (1)',
      'packages/a test:       Tests  3 passed (3)',
      ' Test Files  2 passed (2)',
      '      Tests  40 passed | 2 skipped (42)',
      'Tests:       1 failed, 9 passed, 10 total',
      '  5 passing (20ms)',
      'web:test: Tests:       4 passed, 4 total',
      '[api]: ℹ pass 6',
    ].join('\n');
    expect(parseSummary(output)).toMatchObject({ passed: 3 + 40 + 9 + 4 + 5 + 6, failed: 1, skipped: 2 });
  });
});
