// Pure: every test's result from the report of a re-run on the base (passing ones included, which the
// head run's reports need not carry), in one shape whatever the runner.
import { XMLParser } from 'fast-xml-parser';

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  /** The name the head run's reports give the same test (suite path and title; pytest node id; go package.Test). */
  name: string;
  titlePath?: string[];
  /** As the report gives it: absolute, or relative to the folder the runner ran in. */
  file?: string;
  /** The test's declaration line where the report has it. */
  line?: number;
  status: TestStatus;
  /** The file could not even load (an import of code the base lacks, a syntax error): no test in it ran. */
  loadError?: boolean;
}

/** Formats of the reports the re-run commands write (see ./filter.ts). */
export type ResultFormat = 'jest-json' | 'mocha-json' | 'node-junit' | 'pytest-junit' | 'go-json';

interface JestAssertion {
  fullName?: string;
  title?: string;
  ancestorTitles?: string[];
  status?: string;
  location?: { line?: number } | null;
}

/** Jest's `--json` report, which vitest's json reporter also writes. */
function jestResults(text: string): TestResult[] {
  const report = JSON.parse(text) as { testResults?: Array<{ name?: string; status?: string; assertionResults?: JestAssertion[] }> };
  const results: TestResult[] = [];
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    for (const a of assertions) {
      const titlePath = [...(a.ancestorTitles ?? []), a.title ?? ''];
      results.push({
        name: a.fullName || titlePath.filter(Boolean).join(' '),
        titlePath,
        ...(file.name ? { file: file.name } : {}),
        ...(a.location?.line ? { line: a.location.line } : {}),
        status: a.status === 'passed' ? 'passed' : a.status === 'failed' ? 'failed' : 'skipped',
      });
    }
    if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      results.push({ name: `${file.name ?? 'test file'} (failed to run)`, ...(file.name ? { file: file.name } : {}), status: 'failed', loadError: true });
    }
  }
  return results;
}

interface MochaTest {
  title?: string;
  fullTitle?: string;
  file?: string;
}

/** Mocha's built-in `json` reporter. */
function mochaResults(text: string): TestResult[] {
  // Mocha prints its JSON after anything the tests wrote to stdout when no output file is honoured.
  const report = JSON.parse(text.slice(text.indexOf('{'))) as { passes?: MochaTest[]; failures?: MochaTest[]; pending?: MochaTest[] };
  const entry = (test: MochaTest, status: TestStatus): TestResult => ({
    name: test.fullTitle || test.title || '(unnamed test)',
    ...(test.file ? { file: test.file } : {}),
    status,
  });
  return [
    ...(report.passes ?? []).map((t) => entry(t, 'passed')),
    ...(report.failures ?? []).map((t) => entry(t, 'failed')),
    ...(report.pending ?? []).map((t) => entry(t, 'skipped')),
  ];
}

interface JunitCase {
  '@_name'?: string;
  '@_classname'?: string;
  '@_file'?: string;
  '@_line'?: string;
  failure?: unknown;
  error?: unknown;
  skipped?: unknown;
}
interface JunitSuite {
  '@_name'?: string;
  testcase?: JunitCase[];
  testsuite?: JunitSuite[];
}

function parseJunitTree(text: string): JunitSuite {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  const doc = parser.parse(text) as { testsuites?: JunitSuite; testsuite?: JunitSuite[] };
  return doc.testsuites ?? { testsuite: doc.testsuite ?? [] };
}

function junitStatus(testcase: JunitCase): TestStatus {
  if (testcase.failure !== undefined || testcase.error !== undefined) return 'failed';
  return testcase.skipped !== undefined ? 'skipped' : 'passed';
}

/** node's junit reporter: `describe` blocks are nested suites; names are joined the way node:test's failures are named (` > `). */
function nodeJunitResults(text: string): TestResult[] {
  const results: TestResult[] = [];
  const walk = (suite: JunitSuite, path: string[]): void => {
    for (const testcase of suite.testcase ?? []) {
      const title = testcase['@_name'] ?? '(unnamed test)';
      const file = testcase['@_file'];
      const titlePath = [...path, title];
      // A file that fails to load is reported as one test named after the file.
      const loadError = path.length === 0 && file !== undefined && (title === file || file.endsWith(`/${title}`));
      results.push({ name: titlePath.join(' > '), titlePath, ...(file ? { file } : {}), status: junitStatus(testcase), ...(loadError ? { loadError } : {}) });
    }
    for (const child of suite.testsuite ?? []) walk(child, [...path, child['@_name'] ?? '']);
  };
  walk(parseJunitTree(text), []);
  return results;
}

/**
 * pytest's JUnit XML in the xunit1 family (it carries `file` and `line`), named by pytest node id
 * (`tests/test_x.py::TestClass::test_name[param]`) as the head run names failures.
 */
function pytestJunitResults(text: string): TestResult[] {
  const results: TestResult[] = [];
  const walk = (suite: JunitSuite): void => {
    for (const testcase of suite.testcase ?? []) {
      const file = testcase['@_file'];
      const classname = testcase['@_classname'] ?? '';
      const title = testcase['@_name'] ?? '(unnamed test)';
      if (!classname) {
        // A collection error: the case is named after the module that could not be imported.
        const path = file ?? `${title.replaceAll('.', '/')}.py`;
        results.push({ name: `${path} (failed to run)`, file: path, status: 'failed', loadError: true });
        continue;
      }
      const module = (file ?? '').replace(/\.py$/, '').replaceAll('/', '.');
      const classes = file && classname.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : file ? [] : classname.split('.');
      const path = file ?? `${classname.split('.').join('/')}.py`;
      const line = Number(testcase['@_line']);
      results.push({
        name: [path, ...classes, title].join('::'),
        titlePath: [...classes, title],
        file: path,
        // pytest writes the 0-based line of the definition.
        ...(Number.isInteger(line) && testcase['@_line'] !== undefined ? { line: line + 1 } : {}),
        status: junitStatus(testcase),
      });
    }
    for (const child of suite.testsuite ?? []) walk(child);
  };
  walk(parseJunitTree(text));
  return results;
}

/** `go test -json`: a test's last action; a package that fails with no test run failed to build. */
function goResults(text: string): TestResult[] {
  const tests = new Map<string, TestResult>();
  const failedPackages = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: { Action?: string; Test?: string; Package?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    const pkg = event.Package ?? '';
    if (!event.Test) {
      if (event.Action === 'fail') failedPackages.add(pkg);
      continue;
    }
    if (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip') continue;
    const status: TestStatus = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
    tests.set(`${pkg}.${event.Test}`, { name: `${pkg}.${event.Test}`, titlePath: event.Test.split('/'), status });
  }
  const results = [...tests.values()];
  for (const pkg of failedPackages) {
    if (!results.some((r) => r.name.startsWith(`${pkg}.`))) results.push({ name: `${pkg} (package failed)`, status: 'failed', loadError: true });
  }
  return results;
}

const PARSERS: Record<ResultFormat, (text: string) => TestResult[]> = {
  'jest-json': jestResults,
  'mocha-json': mochaResults,
  'node-junit': nodeJunitResults,
  'pytest-junit': pytestJunitResults,
  'go-json': goResults,
};

/** Every test in a re-run's report; throws when the report is not in the expected format. */
export function parseResults(format: ResultFormat, text: string): TestResult[] {
  return PARSERS[format](text);
}
