import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoJson, parseJestJson, parseJunit, parseLibtest, parseMochaJson, parseSummary, parseTap } from '../../../src/probes/test/reports.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/test-reports/${name}`, import.meta.url), 'utf8');

describe('test report parsers', () => {
  it('vitest json reporter (jest format)', () => {
    expect(parseJestJson(fixture('vitest.json'))).toEqual({ passed: 1, failed: 1, skipped: 1, failures: ['math subtracts'] });
  });

  it('jest: a suite that fails to load counts as a failure', () => {
    const report = JSON.stringify({ numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, testResults: [{ name: '/repo/a.test.js', status: 'failed', message: 'Cannot find module', assertionResults: [] }] });
    expect(parseJestJson(report)).toEqual({ passed: 2, failed: 1, skipped: 0, failures: ['/repo/a.test.js (failed to run)'] });
  });

  it('mocha json reporter', () => {
    expect(parseMochaJson(fixture('mocha.json'))).toEqual({ passed: 1, failed: 1, skipped: 1, failures: ['math subtracts'] });
  });

  it('node test runner TAP: leaves only, suite path in names, file-only points are not tests', () => {
    expect(parseTap(fixture('node-test.tap'))).toEqual({ passed: 1, failed: 1, skipped: 1, failures: ['suite > fails inner'] });
  });

  it('pytest junit xml', () => {
    expect(parseJunit(fixture('pytest-junit.xml'))).toEqual({ passed: 2, failed: 1, skipped: 1, failures: ['test_calc::test_sub'] });
  });

  it('go test -json: subtests, skips and packages that fail to build', () => {
    expect(parseGoJson(fixture('go-test.jsonl'))).toEqual({
      passed: 1,
      failed: 4,
      skipped: 1,
      failures: ['example.com/calc.TestTable/negative', 'example.com/calc (package failed)', 'example.com/broken (package failed)'],
    });
  });

  it('cargo test (libtest) output', () => {
    expect(parseLibtest(fixture('cargo-test.txt'))).toEqual({ passed: 1, failed: 1, skipped: 1, failures: ['tests::subtracts'] });
  });

  it('closing summary lines of common runners', () => {
    expect(parseSummary('Tests:       1 failed, 4 passed, 5 total')).toMatchObject({ passed: 4, failed: 1 });
    expect(parseSummary(' Tests  2 failed | 3 passed (5)')).toMatchObject({ passed: 3, failed: 2 });
    expect(parseSummary('===== 1 failed, 2 passed, 1 skipped in 0.12s =====')).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(parseSummary('\n  3 passing (5ms)\n  1 failing\n')).toMatchObject({ passed: 3, failed: 1 });
    expect(parseSummary(fixture('cargo-test.txt'))).toMatchObject({ passed: 1, failed: 1, skipped: 1, failures: ['tests::subtracts'] });
    expect(parseSummary('result: 7 passed, 0 failed, 2 skipped')).toMatchObject({ passed: 7, failed: 0, skipped: 2 });
    expect(parseSummary('all good')).toBeUndefined();
  });
});
