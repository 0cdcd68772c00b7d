// Pure parsers of test runners' machine-readable reports into one shape.
import { XMLParser } from 'fast-xml-parser';
import { Parser as TapParser } from 'tap-parser';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Names of failing tests (suite path included where the runner gives one). */
  failures: string[];
}

export const REPORT_FORMATS = ['jest-json', 'mocha-json', 'tap', 'junit', 'go-json', 'libtest', 'summary'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

function empty(): TestCounts {
  return { passed: 0, failed: 0, skipped: 0, failures: [] };
}

/** Jest's `--json` report, which vitest's json reporter also writes. */
export function parseJestJson(text: string): TestCounts {
  const report = JSON.parse(text) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: Array<{ name?: string; message?: string; status?: string; assertionResults?: Array<{ fullName?: string; title?: string; status?: string }> }>;
  };
  const counts: TestCounts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures: [],
  };
  for (const file of report.testResults ?? []) {
    const failing = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    counts.failures.push(...failing.map((a) => a.fullName || a.title || '(unnamed test)'));
    // A file that fails to load has no assertions but counts as a failure of its own.
    if (file.status === 'failed' && failing.length === 0) {
      counts.failed++;
      counts.failures.push(`${file.name ?? 'test file'} (failed to run)`);
    }
  }
  return counts;
}

export function parseMochaJson(text: string): TestCounts {
  const report = JSON.parse(text) as {
    stats?: { passes?: number; failures?: number; pending?: number };
    failures?: Array<{ fullTitle?: string; title?: string }>;
  };
  return {
    passed: report.stats?.passes ?? 0,
    failed: report.stats?.failures ?? 0,
    skipped: report.stats?.pending ?? 0,
    failures: (report.failures ?? []).map((f) => f.fullTitle || f.title || '(unnamed test)'),
  };
}

type TapEvent = [string, unknown];
interface TapAssert {
  ok: boolean;
  skip: boolean | string;
  todo: boolean | string;
  fullname?: string;
  name?: string;
  closingTestPoint?: boolean;
}

/**
 * Node's runner reports a test file that declares no tests as one passing point named after the file;
 * that is a file that loaded, not a test.
 */
const FILE_POINT = /\.[cm]?[jt]sx?$/;

/** TAP (node's runner, ava --tap): counts leaf test points; subtest parents only summarise their children. */
export function parseTap(text: string): TestCounts {
  const counts = empty();
  const walk = (events: TapEvent[]): void => {
    for (const [kind, payload] of events) {
      if (kind === 'child') walk(payload as TapEvent[]);
      if (kind !== 'assert') continue;
      const point = payload as TapAssert;
      if (point.closingTestPoint) continue;
      if (point.ok && FILE_POINT.test(point.name ?? '')) continue;
      if (point.skip || point.todo) counts.skipped++;
      else if (point.ok) counts.passed++;
      else {
        counts.failed++;
        counts.failures.push(point.fullname || point.name || '(unnamed test)');
      }
    }
  };
  walk(TapParser.parse(text) as TapEvent[]);
  return counts;
}

interface JunitCase {
  '@_name'?: string;
  '@_classname'?: string;
  failure?: unknown;
  error?: unknown;
  skipped?: unknown;
}

/** JUnit XML (pytest --junitxml, and most other runners). */
export function parseJunit(text: string): TestCounts {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  const doc = parser.parse(text) as { testsuites?: { testsuite?: Array<{ testcase?: JunitCase[] }> }; testsuite?: Array<{ testcase?: JunitCase[] }> };
  const suites = doc.testsuites?.testsuite ?? doc.testsuite ?? [];
  const counts = empty();
  for (const suite of suites) {
    for (const testcase of suite.testcase ?? []) {
      const name = [testcase['@_classname'], testcase['@_name']].filter(Boolean).join('::') || '(unnamed test)';
      if (testcase.failure !== undefined || testcase.error !== undefined) {
        counts.failed++;
        counts.failures.push(name);
      } else if (testcase.skipped !== undefined) counts.skipped++;
      else counts.passed++;
    }
  }
  return counts;
}

/** `go test -json` event stream: one JSON object per line. */
export function parseGoJson(text: string): TestCounts {
  const counts = empty();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: { Action?: string; Test?: string; Package?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    if (!event.Test) {
      // A package that fails to build reports a package-level failure with no tests.
      if (event.Action === 'fail' && event.Package) {
        counts.failed++;
        counts.failures.push(`${event.Package} (package failed)`);
      }
      continue;
    }
    if (event.Action === 'pass') counts.passed++;
    else if (event.Action === 'skip') counts.skipped++;
    else if (event.Action === 'fail') {
      counts.failed++;
      counts.failures.push(`${event.Package ? `${event.Package}.` : ''}${event.Test}`);
    }
  }
  // A failing subtest also fails its parent: report the parent only when none of its subtests failed.
  counts.failures = counts.failures.filter((name, _i, all) => !all.some((other) => other.startsWith(`${name}/`)));
  return counts;
}

/** Rust's libtest output (`cargo test`): `test name ... ok|FAILED|ignored` lines. */
export function parseLibtest(text: string): TestCounts {
  const counts = empty();
  for (const match of text.matchAll(/^test (.+?) \.\.\. (ok|FAILED|ignored)/gm)) {
    if (match[2] === 'ok') counts.passed++;
    else if (match[2] === 'ignored') counts.skipped++;
    else {
      counts.failed++;
      counts.failures.push(match[1]!);
    }
  }
  return counts;
}

/**
 * Best effort for runners without a machine-readable report (a custom `test.run`): the closing
 * summary lines of common runners. Undefined when no summary is recognised.
 */
export function parseSummary(text: string): TestCounts | undefined {
  const num = (re: RegExp): number | undefined => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const candidates: Array<[number | undefined, number | undefined, number | undefined]> = [
    // jest / vitest: "Tests:  1 failed, 2 passed, 3 total" / "Tests  2 failed | 3 passed (5)"
    [num(/Tests:?\s+(?:.*?)(\d+) passed/), num(/Tests:?\s+(?:.*?)(\d+) failed/), num(/Tests:?\s+(?:.*?)(\d+) (?:skipped|pending|todo)/)],
    // pytest: "== 1 failed, 2 passed, 1 skipped in 0.12s =="
    [num(/=+ .*?(\d+) passed.* in [\d.]+s/), num(/=+ .*?(\d+) failed.* in [\d.]+s/), num(/=+ .*?(\d+) skipped.* in [\d.]+s/)],
    // mocha: "3 passing", "1 failing", "2 pending"
    [num(/^\s*(\d+) passing/m), num(/^\s*(\d+) failing/m), num(/^\s*(\d+) pending/m)],
    // node:test / TAP trailers: "# pass 3", "# fail 1"
    [num(/^[#ℹ] pass (\d+)/m), num(/^[#ℹ] fail (\d+)/m), num(/^[#ℹ] skipped (\d+)/m)],
    // libtest: "test result: ok. 3 passed; 0 failed; 1 ignored"
    [sumAll(text, /test result: \w+\. (\d+) passed/g), sumAll(text, /test result: \w+\. \d+ passed; (\d+) failed/g), sumAll(text, /; (\d+) ignored/g)],
    // the plain form "N passed, N failed[, N skipped]"
    [num(/^(?:\w+: )?(\d+) passed, \d+ failed/m), num(/^(?:\w+: )?\d+ passed, (\d+) failed/m), num(/^(?:\w+: )?\d+ passed, \d+ failed, (\d+) skipped/m)],
  ];
  for (const [passed, failed, skipped] of candidates) {
    if (passed === undefined && failed === undefined) continue;
    const counts: TestCounts = { passed: passed ?? 0, failed: failed ?? 0, skipped: skipped ?? 0, failures: [] };
    if (counts.failed) counts.failures = parseLibtest(text).failures;
    return counts;
  }
  return undefined;
}

function sumAll(text: string, re: RegExp): number | undefined {
  let total: number | undefined;
  for (const m of text.matchAll(re)) total = (total ?? 0) + Number(m[1]);
  return total;
}

export function parseReport(format: ReportFormat, text: string): TestCounts | undefined {
  switch (format) {
    case 'jest-json':
      return parseJestJson(text);
    case 'mocha-json':
      return parseMochaJson(text);
    case 'tap':
      return parseTap(text);
    case 'junit':
      return parseJunit(text);
    case 'go-json':
      return parseGoJson(text);
    case 'libtest':
      return parseLibtest(text);
    case 'summary':
      return parseSummary(text);
  }
}
