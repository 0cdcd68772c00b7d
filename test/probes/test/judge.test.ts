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

  it('tests whose error shows a missing browser are inconclusive with the fix; a real failure among them still blocks', () => {
    const launch = "browserType.launch: Executable doesn't exist at /root/.cache/ms-playwright/chromium-1140/chrome-linux/chrome\n║ Looks like Playwright Test or Playwright was just installed or updated. ║\n║     npx playwright install ║";
    const browser = (name: string) => ({ name, file: 'test/browser.ts', line: 9, message: `Rejected promise returned by test\nRejected promise returned by test. Reason: Error { message: \`${launch}\` }` });
    const all = judgeTestRun(facts([['ava', { passed: 10, failed: 2, skipped: 0, failures: [browser('chromium - works'), browser('firefox - works')] }]], { exitCode: 1 }));
    expect(all).toMatchObject({ status: 'inconclusive', details: { environment: { cause: expect.stringMatching(/^Playwright browsers are not installed \(.*Executable doesn't exist at/), fix: 'run `npx playwright install --with-deps` before the gate' }, environment_failures: 2 } });
    expect(all.summary).toMatch(/^2 tests could not run: Playwright browsers are not installed .*fix: run `npx playwright install --with-deps`/);
    expect(all.findings).toBeUndefined();

    const real = { name: 'parses', file: 'test/parse.ts', line: 4, message: 'Difference (- actual, + expected): 2 / 3' };
    const mixed = judgeTestRun(facts([['ava', { passed: 10, failed: 3, skipped: 0, failures: [browser('chromium - works'), real, browser('firefox - works')] }]], { exitCode: 1 }));
    expect(mixed).toMatchObject({ status: 'fail', details: { failed: 3, environment_failures: 2 } });
    expect(mixed.findings?.map((f) => f.details?.test)).toEqual(['parses']);
    expect(mixed.summary).toMatch(/^1 failed, 10 passed: parses .*\(2 more failed because the browser they drive is not installed\)/);
  });

  it('failures with no error of their own are read with the run output; a generic error is not', () => {
    const browser = { cause: 'the browser Puppeteer drives is not installed (Could not find Chrome (ver. 131.0.6778.204))', fix: 'run `npx puppeteer browsers install chrome` before the gate' };
    const bare = { name: 'renders', file: 'test/page.test.js' };
    expect(judgeTestRun(facts([['jest', { passed: 0, failed: 1, skipped: 0, failures: [bare] }]], { exitCode: 1, browser })).status).toBe('inconclusive');
    const generic = { ...bare, message: 'Rejected promise returned by test' };
    expect(judgeTestRun(facts([['ava', { passed: 0, failed: 1, skipped: 0, failures: [generic] }]], { exitCode: 1, browser })).status).toBe('fail');
    // Counted but unnamed failures (a summary line) with the browser missing in the output: inconclusive, never a pass.
    expect(judgeTestRun(facts([['vitest', { passed: 3, failed: 2, skipped: 0, failures: [] }]], { exitCode: 1, browser, collectedFrom: 'summary' }))).toMatchObject({ status: 'inconclusive', details: { environment: browser } });
    expect(judgeTestRun(facts([['vitest', { passed: 3, failed: 2, skipped: 0, failures: [] }]], { exitCode: 1, collectedFrom: 'summary' })).status).toBe('fail');
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
