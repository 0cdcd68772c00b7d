import { describe, expect, it } from 'vitest';
import {
  judgeAntiPlacebo,
  newOrChangedTests,
  preexistingFinding,
  splitPreexisting,
  type AntiPlaceboInput,
  type BaseResult,
} from '../../../../src/probes/test/base/judge.js';

describe('splitPreexisting: a head failure that fails on the base too is not the PR’s', () => {
  const base: BaseResult[] = [
    { name: 'math adds', file: 'test/math.test.js', status: 'failed' },
    { name: 'math subtracts', file: 'test/math.test.js', status: 'passed' },
    { name: 'suite > deep', titlePath: ['suite', 'deep'], file: 'test/b.test.js', status: 'failed' },
    { name: 'test/c.test.js (failed to run)', file: 'test/c.test.js', status: 'failed', loadError: true },
  ];

  it('matches by name and file, by suite path, and a file that could not load by its file', () => {
    const split = splitPreexisting(
      [
        { name: 'math adds', file: 'test/math.test.js', runner: 'vitest' },
        { name: 'math subtracts', file: 'test/math.test.js', runner: 'vitest' },
        { name: 'suite deep', titlePath: ['suite', 'deep'], runner: 'node:test' },
        { name: 'test/c.test.js (failed to run)', file: 'test/c.test.js', runner: 'vitest' },
        { name: 'brand new', file: 'test/new.test.js', runner: 'vitest' },
      ],
      base,
    );
    expect(split.preexisting.map((f) => f.name)).toEqual(['math adds', 'suite deep', 'test/c.test.js (failed to run)']);
    expect(split.introduced.map((f) => f.name)).toEqual(['math subtracts', 'brand new']);
  });

  it('matches a pytest JUnit name with its node id', () => {
    const split = splitPreexisting([{ name: 'tests.test_a.TestK::test_bad', runner: 'pytest' }], [{ name: 'tests/test_a.py::TestK::test_bad', file: 'tests/test_a.py', status: 'failed' }]);
    expect(split.preexisting).toHaveLength(1);
  });

  it('never matches the same name in another file', () => {
    const split = splitPreexisting([{ name: 'math adds', file: 'test/other.test.js', runner: 'vitest' }], base);
    expect(split.preexisting).toEqual([]);
  });

  it('preexistingFinding: medium and advisory by default, the original blocking finding with `block`; both say so', () => {
    const original = { rule: 'test-failed', severity: 'high' as const, blocking: true, message: 'failing test: math adds', file: 'test/math.test.js', line: 7, fingerprint: 'f1', details: { test: 'math adds' } };
    const failure = { name: 'math adds', file: 'test/math.test.js', runner: 'vitest' };
    expect(preexistingFinding(failure, 'concern', original)).toMatchObject({
      rule: 'preexisting-failure', severity: 'medium', blocking: false, file: 'test/math.test.js', line: 7,
      message: 'failing test: math adds (also fails on the base)', details: { test: 'math adds', also_fails_on_base: true },
    });
    expect(preexistingFinding(failure, 'block', original)).toMatchObject({ rule: 'test-failed', severity: 'high', blocking: true, fingerprint: 'f1', message: 'failing test: math adds (also fails on the base)' });
  });
});

describe('newOrChangedTests: the test cases a PR adds or changes in a changed test file', () => {
  const results: BaseResult[] = [
    { name: 'a', titlePath: ['a'], file: 't.test.js', line: 3, status: 'passed' },
    { name: 'b', titlePath: ['b'], file: 't.test.js', line: 8, status: 'passed' },
    { name: 'c', titlePath: ['c'], file: 't.test.js', line: 14, status: 'passed' },
  ];

  it('every test of a new file', () => {
    expect(newOrChangedTests({ file: 't.test.js', addedRanges: [{ start: 1, end: 20 }] }, results)).toHaveLength(3);
  });

  it('with lines: the tests whose body (up to the next test) has added lines', () => {
    const picked = newOrChangedTests({ file: 't.test.js', baseText: 'x', addedRanges: [{ start: 10, end: 11 }, { start: 20, end: 22 }] }, results);
    expect(picked.map((r) => r.name)).toEqual(['b', 'c']);
  });

  it('added blank lines between two tests change neither', () => {
    const headText = ['', '', 'a', '', '', '', '', 'b', '', '', '', '', '', 'c'].join('\n');
    expect(newOrChangedTests({ file: 't.test.js', baseText: 'x', headText, addedRanges: [{ start: 4, end: 5 }] }, results)).toEqual([]);
    expect(newOrChangedTests({ file: 't.test.js', baseText: 'x', headText, addedRanges: [{ start: 3, end: 5 }] }, results).map((r) => r.name)).toEqual(['a']);
  });

  it('without lines: the tests whose title the base version does not contain (parameters ignored)', () => {
    const unlocated: BaseResult[] = [
      { name: 'tests/test_x.py::test_old[1]', titlePath: ['test_old[1]'], file: 'tests/test_x.py', status: 'passed' },
      { name: 'tests/test_x.py::test_new', titlePath: ['test_new'], file: 'tests/test_x.py', status: 'passed' },
    ];
    const picked = newOrChangedTests({ file: 'tests/test_x.py', baseText: 'def test_old(x):\n    pass\n', addedRanges: [] }, unlocated);
    expect(picked.map((r) => r.name)).toEqual(['tests/test_x.py::test_new']);
  });
});

describe('judgeAntiPlacebo: do the PR’s new tests detect its change?', () => {
  const input = (over: Partial<AntiPlaceboInput>): AntiPlaceboInput => ({
    mode: 'concern',
    sourceChanged: true,
    changes: [{ file: 'test/add.test.js', addedRanges: [{ start: 1, end: 9 }] }],
    unsupported: [],
    results: [],
    notLoaded: [],
    headFailures: [],
    ...over,
  });

  it('a new test that fails on the base detects the change: no finding, fails_on_base true', () => {
    const verdict = judgeAntiPlacebo(input({ results: [{ name: 'adds', file: 'test/add.test.js', line: 3, status: 'failed' }] }));
    expect(verdict).toEqual({ state: 'checked', newTests: [{ name: 'adds', file: 'test/add.test.js', line: 3, fails_on_base: true }] });
  });

  it('new tests that all pass on the base: placebo-tests naming them, blocking with `block`', () => {
    const results: BaseResult[] = [{ name: 'adds', file: 'test/add.test.js', line: 3, status: 'passed' }];
    const verdict = judgeAntiPlacebo(input({ results }));
    expect(verdict.newTests).toEqual([{ name: 'adds', file: 'test/add.test.js', line: 3, fails_on_base: false }]);
    expect(verdict.finding).toMatchObject({ rule: 'placebo-tests', severity: 'medium', blocking: false, file: 'test/add.test.js', line: 3 });
    expect(verdict.finding?.message).toContain('adds (test/add.test.js)');
    expect(judgeAntiPlacebo(input({ results, mode: 'block' })).finding?.blocking).toBe(true);
    expect(judgeAntiPlacebo(input({ results, mode: 'off' }))).toEqual({ state: 'off', newTests: [] });
  });

  it('a test file that cannot load on the base counts as failing there', () => {
    const verdict = judgeAntiPlacebo(input({ notLoaded: ['test/add.test.js'] }));
    expect(verdict).toEqual({ state: 'checked', newTests: [{ name: 'test/add.test.js (could not load on the base)', file: 'test/add.test.js', fails_on_base: true }] });
  });

  it('no finding when the PR changes only tests, or adds no test case, or a runner could not check some files', () => {
    const results: BaseResult[] = [{ name: 'adds', file: 'test/add.test.js', status: 'passed' }];
    expect(judgeAntiPlacebo(input({ results, sourceChanged: false })).finding).toBeUndefined();
    expect(judgeAntiPlacebo(input({ results, sourceChanged: false }))).toMatchObject({ state: 'not-applicable', reason: 'the PR changes no code outside its tests' });
    expect(judgeAntiPlacebo(input({ changes: [] }))).toEqual({ state: 'not-applicable', reason: 'the PR adds or changes no test cases', newTests: [] });
    expect(judgeAntiPlacebo(input({ changes: [], unsupported: ['src/lib.rs'] }))).toEqual({ state: 'unsupported', reason: 'the runner of src/lib.rs cannot run tests on the base', newTests: [] });
    const partly = judgeAntiPlacebo(input({ results, unsupported: ['x.test.js'] }));
    expect(partly).toMatchObject({ state: 'partly-unsupported', reason: 'x.test.js not run on the base' });
    expect(partly.finding).toBeUndefined();
  });

  it('a test failing at head as well tells nothing about the change', () => {
    const results: BaseResult[] = [{ name: 'adds', file: 'test/add.test.js', status: 'failed' }];
    const verdict = judgeAntiPlacebo(input({ results, headFailures: [{ name: 'adds', file: 'test/add.test.js', runner: 'vitest' }] }));
    expect(verdict.newTests).toEqual([]);
    expect(verdict.finding).toBeUndefined();
  });
});
