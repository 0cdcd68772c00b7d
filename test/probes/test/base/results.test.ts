import { describe, expect, it } from 'vitest';
import { parseResults } from '../../../../src/probes/test/base/results.js';

describe('parseResults: every test of a re-run, passing ones included', () => {
  it('jest-json (vitest and jest): names, files, lines, a file that could not load', () => {
    const report = JSON.stringify({
      testResults: [
        {
          name: '/w/test/a.test.js',
          status: 'failed',
          assertionResults: [
            { fullName: 'suite one adds', title: 'adds', ancestorTitles: ['suite one'], status: 'failed', location: { line: 2, column: 31 } },
            { fullName: 'suite one other', title: 'other', ancestorTitles: ['suite one'], status: 'passed', location: { line: 3 } },
            { fullName: 'top', title: 'top', ancestorTitles: [], status: 'pending' },
          ],
        },
        { name: '/w/test/b.test.js', status: 'failed', message: 'Cannot find module ../src/new.js', assertionResults: [] },
      ],
    });
    expect(parseResults('jest-json', report)).toEqual([
      { name: 'suite one adds', titlePath: ['suite one', 'adds'], file: '/w/test/a.test.js', line: 2, status: 'failed' },
      { name: 'suite one other', titlePath: ['suite one', 'other'], file: '/w/test/a.test.js', line: 3, status: 'passed' },
      { name: 'top', titlePath: ['top'], file: '/w/test/a.test.js', status: 'skipped' },
      { name: '/w/test/b.test.js (failed to run)', file: '/w/test/b.test.js', status: 'failed', loadError: true },
    ]);
  });

  it("node's junit reporter: describe blocks nest, names joined with ' > ', a file that could not load", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
  <testcase name="top ok" time="0.008" classname="test" file="/w/test/a.test.js"/>
  <testsuite name="suite" tests="2" failures="1">
    <testcase name="inner fails" classname="suite" file="/w/test/a.test.js" failure="1 == 2"><failure type="testCodeFailure" message="1 == 2">x</failure></testcase>
    <testcase name="inner skipped" classname="suite" file="/w/test/a.test.js"><skipped type="skipped" message="#SKIP"/></testcase>
  </testsuite>
  <testcase name="/w/test/b.test.js" classname="test" file="/w/test/b.test.js" failure="Cannot find module"><failure message="Cannot find module">y</failure></testcase>
</testsuites>`;
    expect(parseResults('node-junit', xml)).toEqual([
      { name: 'top ok', titlePath: ['top ok'], file: '/w/test/a.test.js', status: 'passed' },
      { name: '/w/test/b.test.js', titlePath: ['/w/test/b.test.js'], file: '/w/test/b.test.js', status: 'failed', loadError: true },
      { name: 'suite > inner fails', titlePath: ['suite', 'inner fails'], file: '/w/test/a.test.js', status: 'failed' },
      { name: 'suite > inner skipped', titlePath: ['suite', 'inner skipped'], file: '/w/test/a.test.js', status: 'skipped' },
    ]);
  });

  it('pytest junit (xunit1): node ids with classes and parameters, 1-based lines, collection errors', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1">
<testcase classname="" name="tests.test_b" file="tests/test_b.py" time="0.000"><error message="collection failure">ImportError</error></testcase>
<testcase classname="tests.test_a.TestK" name="test_bad" file="tests/test_a.py" line="3" time="0.000"><failure message="assert 1 == 2">x</failure></testcase>
<testcase classname="tests.test_a" name="test_p[2]" file="tests/test_a.py" line="4" time="0.000"/>
<testcase classname="tests.test_a" name="test_s" file="tests/test_a.py" line="9" time="0.000"><skipped message="no"/></testcase>
</testsuite></testsuites>`;
    expect(parseResults('pytest-junit', xml)).toEqual([
      { name: 'tests/test_b.py (failed to run)', file: 'tests/test_b.py', status: 'failed', loadError: true },
      { name: 'tests/test_a.py::TestK::test_bad', titlePath: ['TestK', 'test_bad'], file: 'tests/test_a.py', line: 4, status: 'failed' },
      { name: 'tests/test_a.py::test_p[2]', titlePath: ['test_p[2]'], file: 'tests/test_a.py', line: 5, status: 'passed' },
      { name: 'tests/test_a.py::test_s', titlePath: ['test_s'], file: 'tests/test_a.py', line: 10, status: 'skipped' },
    ]);
  });

  it("mocha's json reporter: passes, failures and pending by full title", () => {
    const json = JSON.stringify({
      passes: [{ title: 'adds', fullTitle: 'calc adds', file: '/w/test/calc.js' }],
      failures: [{ title: 'subtracts', fullTitle: 'calc subtracts', file: '/w/test/calc.js', err: { message: 'x' } }],
      pending: [{ title: 'later', fullTitle: 'calc later', file: '/w/test/calc.js' }],
    });
    expect(parseResults('mocha-json', `noise a test printed\n${json}`)).toEqual([
      { name: 'calc adds', file: '/w/test/calc.js', status: 'passed' },
      { name: 'calc subtracts', file: '/w/test/calc.js', status: 'failed' },
      { name: 'calc later', file: '/w/test/calc.js', status: 'skipped' },
    ]);
  });

  it('go test -json: the last action of each test and subtest; a package that failed to build', () => {
    const events = [
      { Action: 'run', Package: 'ex.com/m/calc', Test: 'TestAdd' },
      { Action: 'output', Package: 'ex.com/m/calc', Test: 'TestAdd', Output: 'calc_test.go:9: want 3\n' },
      { Action: 'fail', Package: 'ex.com/m/calc', Test: 'TestAdd/neg' },
      { Action: 'fail', Package: 'ex.com/m/calc', Test: 'TestAdd' },
      { Action: 'pass', Package: 'ex.com/m/calc', Test: 'TestMul' },
      { Action: 'fail', Package: 'ex.com/m/calc' },
      { Action: 'fail', Package: 'ex.com/m/broken' },
    ].map((e) => JSON.stringify(e)).join('\n');
    expect(parseResults('go-json', `# ex.com/m/broken\nsyntax error\n${events}\n`)).toEqual([
      { name: 'ex.com/m/calc.TestAdd/neg', titlePath: ['TestAdd', 'neg'], status: 'failed' },
      { name: 'ex.com/m/calc.TestAdd', titlePath: ['TestAdd'], status: 'failed' },
      { name: 'ex.com/m/calc.TestMul', titlePath: ['TestMul'], status: 'passed' },
      { name: 'ex.com/m/broken (package failed)', status: 'failed', loadError: true },
    ]);
  });

  it('throws on a report that is not the expected format', () => {
    expect(() => parseResults('jest-json', 'not json')).toThrow();
  });
});
