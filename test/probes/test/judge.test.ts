// The test probe's verdict from what the command did: pure, no runner involved.
import { describe, expect, it } from 'vitest';
import { judgeTestRun, type TestRunFacts } from '../../../src/probes/test/judge.js';
import type { TestCounts } from '../../../src/probes/test/reports.js';

function facts(runs: Array<[string, TestCounts]>, extra: Partial<TestRunFacts> = {}): TestRunFacts {
  return {
    runner: 'vitest',
    source: 'package.json test script',
    command: 'npm run test',
    exitCode: 0,
    signal: null,
    runs: runs.map(([runner, counts]) => ({ runner, counts })),
    collectedFrom: 'reports',
    unreadable: [],
    customCommand: false,
    outputTail: '',
    ...extra,
  };
}

const green = (passed: number, skipped = 0): TestCounts => ({ passed, failed: 0, skipped, failures: [] });

describe('judgeTestRun', () => {
  it('sums every invocation (a workspace with 3 + 40 tests is 43)', () => {
    const outcome = judgeTestRun(facts([['vitest', green(3)], ['vitest', green(40, 2)]]));
    expect(outcome).toMatchObject({ status: 'pass', summary: '43 passed, 2 skipped (vitest, 2 runs)', details: { passed: 43, skipped: 2, total: 45, invocations: 2 } });
  });

  it('one finding per failing test, at file and line, fingerprint from file and name only', () => {
    const red = (line: number): TestCounts => ({ passed: 1, failed: 1, skipped: 0, failures: [{ name: 'math adds', titlePath: ['math', 'adds'], file: 'test/a.test.js', line, message: 'AssertionError: expected 2 to be 3\n\n- 3\n+ 2' }] });
    const outcome = judgeTestRun(facts([['vitest', red(5)], ['jest', green(2)]], { exitCode: 1 }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 failed, 3 passed: math adds (test/a.test.js:5)');
    expect(outcome.findings).toEqual([
      {
        rule: 'test-failed',
        severity: 'high',
        blocking: true,
        message: 'failing test: math adds: AssertionError: expected 2 to be 3',
        file: 'test/a.test.js',
        line: 5,
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        details: { test: 'math adds', runner: 'vitest', title_path: ['math', 'adds'], assertion: 'AssertionError: expected 2 to be 3\n\n- 3\n+ 2' },
      },
    ]);
    // Unrelated lines moved: same finding identity.
    expect(judgeTestRun(facts([['vitest', red(9)]], { exitCode: 1 })).findings?.[0]?.fingerprint).toBe(outcome.findings?.[0]?.fingerprint);
  });

  it('a red exit with no test named: the environment explains it (inconclusive) or it is the PR’s (blocking)', () => {
    const environment = { cause: 'pytest is not installed', fix: 'run `pip install pytest` before the gate' };
    expect(judgeTestRun(facts([], { exitCode: 1, collectedFrom: 'none', environment }))).toMatchObject({ status: 'inconclusive', details: { environment } });
    const crash = judgeTestRun(facts([], { exitCode: 1, collectedFrom: 'none' }));
    expect(crash).toMatchObject({ status: 'fail', findings: [{ rule: 'test-run-failed', blocking: true }] });
    // A summary that counted a failed test is red even if the output also says something looks missing.
    expect(judgeTestRun(facts([['summary', { passed: 3, failed: 1, skipped: 0, failures: [] }]], { exitCode: 1, collectedFrom: 'summary', environment })).status).toBe('fail');
  });

  it('tests that failed only on the network are inconclusive; one real failure among them blocks', () => {
    const network = { name: 'fetches', file: 'test/api.test.js', line: 3, message: 'Error: getaddrinfo ENOTFOUND api.example.com' };
    expect(judgeTestRun(facts([['jest', { passed: 1, failed: 1, skipped: 0, failures: [network] }]], { exitCode: 1 })).status).toBe('inconclusive');
    const real = { name: 'adds', file: 'test/a.test.js', line: 4, message: 'expected 2 to be 3' };
    expect(judgeTestRun(facts([['jest', { passed: 1, failed: 2, skipped: 0, failures: [network, real] }]], { exitCode: 1 })).findings).toHaveLength(2);
  });

  it('zero tests, no report, or a custom command without counts', () => {
    expect(judgeTestRun(facts([['vitest', green(0, 3)]])).status).toBe('inconclusive');
    expect(judgeTestRun(facts([], { collectedFrom: 'none' })).summary).toMatch(/no runner report or test summary was found/);
    expect(judgeTestRun(facts([], { collectedFrom: 'none', customCommand: true })).status).toBe('pass');
  });
});
