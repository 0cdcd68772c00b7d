// Pure parsers of test runners' machine-readable reports into one shape: counts, and each failing test
// with its file, line and assertion message where the report carries them.
import { Parser as TapParser } from 'tap-parser';
import { stripAnsi } from '../../core/text.js';

export interface FailedTest {
  /** Full name: the suite path and the title, as the runner prints it. */
  name: string;
  /** Suite path and title separately, for the runner's own name filter (`-t`, `--grep`, `--test-name-pattern`). */
  titlePath?: string[];
  /** The test file as the report gives it: absolute, or relative to the repository root. */
  file?: string;
  /** The failing assertion's line in the test file, else the test's declaration line. */
  line?: number;
  /** First lines of the assertion message. */
  message?: string;
  /** The runner's own id where it has one: pytest node id, `package.TestName` for go, the test path for cargo. */
  id?: string;
}

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  failures: FailedTest[];
}

export const REPORT_FORMATS = ['jest-json', 'loki-json', 'tap', 'go-json', 'libtest', 'summary'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** JavaScript and TypeScript test files by name or folder: `*.test.js`, `*.spec.ts`, `test.js`, `test/**`, `__tests__/**`. */
export const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)tests?\.[cm]?[jt]sx?$|(?:^|\/)(?:test|tests|__tests__)\/.+\.[cm]?[jt]sx?$/;

const MESSAGE_LINES = 6;
const MESSAGE_CHARS = 600;

function empty(): TestCounts {
  return { passed: 0, failed: 0, skipped: 0, failures: [] };
}

/** Sums the counts of several runner invocations (one test command may run many). */
export function sumCounts(all: readonly TestCounts[]): TestCounts {
  const total = empty();
  for (const counts of all) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    total.failures.push(...counts.failures);
  }
  return total;
}

/** The head of an error text: the lines before its stack, at most a few. */
export function messageHead(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lines: string[] = [];
  for (const line of stripAnsi(text).split('\n')) {
    if (/^\s+at\s/.test(line)) break;
    if (lines.length === 0 && line.trim() === '') continue;
    lines.push(line.trimEnd());
    if (lines.length >= MESSAGE_LINES) break;
  }
  const head = lines.join('\n').trim();
  if (!head) return undefined;
  return head.length > MESSAGE_CHARS ? `${head.slice(0, MESSAGE_CHARS)}…` : head;
}

/** `path:line:column` at the end of a stack frame or a location field (file URLs and Windows drives included). */
const FRAME_LOCATION = /(?:\(|\s|^)((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+):(\d+)(?::\d+)?\)?\s*$/;

function framePath(raw: string): string {
  if (!raw.startsWith('file://')) return raw;
  try {
    return decodeURIComponent(new URL(raw).pathname);
  } catch {
    return raw.slice('file://'.length);
  }
}

/** Parses `file:line[:column]` (TAP `location:`, ava `at:`). */
export function parseLocation(text: string | undefined): { file: string; line: number } | undefined {
  const match = FRAME_LOCATION.exec((text ?? '').trim());
  return match ? { file: framePath(match[1]!), line: Number(match[2]) } : undefined;
}

/** The line of the first stack frame inside `file`: where the failing assertion was called. */
export function lineInFile(stack: string | undefined, file: string | undefined): number | undefined {
  if (!stack || !file) return undefined;
  const wanted = file.replaceAll('\\', '/');
  for (const line of stripAnsi(stack).split('\n')) {
    const match = FRAME_LOCATION.exec(line);
    if (!match) continue;
    const path = framePath(match[1]!).replaceAll('\\', '/');
    if (path === wanted || wanted.endsWith(`/${path}`) || path.endsWith(`/${wanted}`)) return Number(match[2]);
  }
  return undefined;
}

interface JestAssertion {
  fullName?: string;
  title?: string;
  ancestorTitles?: string[];
  status?: string;
  failureMessages?: string[];
  location?: { line?: number } | null;
}

/** Jest's `--json` report, which vitest's json reporter also writes. */
export function parseJestJson(text: string): TestCounts {
  const report = JSON.parse(text) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: Array<{ name?: string; message?: string; status?: string; assertionResults?: JestAssertion[] }>;
  };
  const counts: TestCounts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures: [],
  };
  for (const file of report.testResults ?? []) {
    const failing = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const assertion of failing) {
      const failure = assertion.failureMessages?.join('\n');
      const titlePath = [...(assertion.ancestorTitles ?? []), assertion.title ?? ''];
      const line = lineInFile(failure, file.name) ?? assertion.location?.line ?? undefined;
      counts.failures.push({
        name: assertion.fullName || titlePath.filter(Boolean).join(' ') || '(unnamed test)',
        titlePath,
        ...(file.name ? { file: file.name } : {}),
        ...(line ? { line } : {}),
        ...optionalMessage(failure),
      });
    }
    // A file that fails to load has no assertions but counts as a failure of its own.
    if (file.status === 'failed' && failing.length === 0) {
      counts.failed++;
      const line = lineInFile(file.message, file.name);
      counts.failures.push({
        name: `${file.name ?? 'test file'} (failed to run)`,
        ...(file.name ? { file: file.name } : {}),
        ...(line ? { line } : {}),
        ...optionalMessage(file.message),
      });
    }
  }
  return counts;
}

function optionalMessage(text: string | undefined): { message?: string } {
  const message = messageHead(text);
  return message ? { message } : {};
}

interface LokiFailure {
  name?: string;
  titlePath?: string[];
  id?: string;
  file?: string;
  line?: number | null;
  declaredLine?: number | null;
  message?: string;
  stack?: string;
  loadError?: boolean;
  hook?: boolean;
}

/** The report our own reporters write (node:test, mocha, pytest): counts and failures with stacks. */
export function parseLokiJson(text: string): TestCounts {
  const report = JSON.parse(text) as { passed?: number; failed?: number; skipped?: number; failures?: LokiFailure[] };
  return {
    passed: report.passed ?? 0,
    failed: report.failed ?? 0,
    skipped: report.skipped ?? 0,
    failures: (report.failures ?? []).map((f) => {
      const line = f.line ?? lineInFile(f.stack, f.file) ?? f.declaredLine ?? undefined;
      const name = f.name || '(unnamed test)';
      return {
        name: f.loadError ? `${name} (failed to run)` : name,
        ...(f.titlePath ? { titlePath: f.titlePath } : {}),
        ...(f.id ? { id: f.id } : {}),
        ...(f.file ? { file: f.file } : {}),
        ...(line ? { line } : {}),
        ...optionalMessage(f.message || f.stack),
      };
    }),
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
  diag?: {
    location?: string;
    at?: string | { fileName?: string; lineNumber?: number };
    error?: string;
    message?: string;
    name?: string;
    assertion?: string;
    details?: Record<string, unknown>;
  } | null;
}

/**
 * Node's runner reports a test file that declares no tests as one passing point named after the file;
 * that is a file that loaded, not a test.
 */
const FILE_POINT = /\.[cm]?[jt]sx?$/;

/** TAP (ava --tap, node's runner): counts leaf test points; subtest parents only summarise their children. */
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
        const at = point.diag?.at;
        const reported = typeof at === 'object' && at?.fileName ? { file: at.fileName, line: at.lineNumber ?? 0 } : parseLocation(point.diag?.location ?? (typeof at === 'string' ? at : undefined));
        // ava's `at` is where the error was thrown: its own assert.js, or the code under test. Only a
        // test file is where the test is (else its declaration is looked up, see locate.ts).
        const location = reported && TEST_FILE.test(reported.file) && !/[\\/]node_modules[\\/]/.test(reported.file) ? reported : undefined;
        counts.failures.push({
          name: point.fullname || point.name || '(unnamed test)',
          ...(location ? { file: location.file } : {}),
          ...(location?.line ? { line: location.line } : {}),
          ...optionalMessage(tapMessage(point.diag)),
        });
      }
    }
  };
  walk(TapParser.parse(text) as TapEvent[]);
  return counts;
}

/** node's TAP has `error`; ava's has `message` (often empty), the `assertion` and its `details` (the diff). */
function tapMessage(diag: TapAssert['diag']): string | undefined {
  if (!diag) return undefined;
  // ava's message may only wrap the cause ("Rejected promise returned by test"): its details carry the error.
  const details = Object.entries(diag.details ?? {}).map(([label, value]) => `${label} ${String(value)}`);
  if (diag.error || diag.message) return [diag.error || diag.message, ...details].join('\n');
  if (!diag.assertion) return diag.name;
  return [`${diag.assertion} failed`, ...details].join('\n');
}

/** A `t.Errorf`/`t.Fatal` line in go test output: `    calc_test.go:12: want 3, got 2`. */
const GO_FAILURE_LINE = /^\s+([\w./-]+_test\.go):(\d+): ?(.*)$/;

/**
 * `go test -json` event stream: one JSON object per line. `module` (from go.mod) turns package paths
 * into folders, so files are relative to the module root.
 */
export function parseGoJson(text: string, module?: string): TestCounts {
  const counts = empty();
  const output = new Map<string, string[]>();
  const failed: Array<{ pkg: string; test?: string }> = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: { Action?: string; Test?: string; Package?: string; Output?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    const key = `${event.Package ?? ''}\u0000${event.Test ?? ''}`;
    if (event.Action === 'output' && event.Output !== undefined) output.set(key, [...(output.get(key) ?? []), event.Output]);
    if (!event.Test) {
      // A package that fails to build reports a package-level failure with no tests.
      if (event.Action === 'fail' && event.Package) failed.push({ pkg: event.Package });
      continue;
    }
    if (event.Action === 'pass') counts.passed++;
    else if (event.Action === 'skip') counts.skipped++;
    else if (event.Action === 'fail') failed.push({ pkg: event.Package ?? '', test: event.Test });
  }
  // A failing subtest also fails its parent: report the parent only when none of its subtests failed.
  const leaves = failed.filter((f) => !f.test || !failed.some((o) => o.pkg === f.pkg && o.test?.startsWith(`${f.test}/`)));
  // A package fails when any of its tests does: it is named only when it failed on its own (build error).
  const named = leaves.filter((f) => f.test || !failed.some((o) => o.pkg === f.pkg && o.test));
  counts.failed += named.length;
  for (const { pkg, test } of named) {
    const dir = module && (pkg === module || pkg.startsWith(`${module}/`)) ? pkg.slice(module.length + 1) : undefined;
    const lines = (output.get(`${pkg}\u0000${test ?? ''}`) ?? []).join('').split('\n');
    const index = lines.findIndex((l) => GO_FAILURE_LINE.test(l));
    const match = index >= 0 ? GO_FAILURE_LINE.exec(lines[index]!) : null;
    const file = match && dir !== undefined ? (dir ? `${dir}/${match[1]}` : match[1]!) : undefined;
    const message = match ? [match[3]!, ...lines.slice(index + 1).filter((l) => /^\s{8,}/.test(l)).map((l) => l.trim())].join('\n') : undefined;
    counts.failures.push({
      name: test ? `${pkg}.${test}` : `${pkg} (package failed)`,
      id: test ? `${pkg}.${test}` : pkg,
      ...(test ? { titlePath: test.split('/') } : {}),
      ...(file ? { file, line: Number(match![2]) } : {}),
      ...optionalMessage(message),
    });
  }
  return counts;
}

/**
 * `thread 'tests::adds' panicked at src/lib.rs:7:5:` (Rust >= 1.73; newer ones add the thread id,
 * `'tests::adds' (30377)`), or `panicked at 'message', src/lib.rs:7:5` before.
 */
const PANIC = /^thread '([^']+)'(?: \(\d+\))? panicked at (?:'((?:[^']|'(?!, ))*)', )?([^\s:]+):(\d+):\d+:?$/;

/** Rust's libtest output (`cargo test`): `test name ... ok|FAILED|ignored` lines, panic locations and messages. */
export function parseLibtest(text: string): TestCounts {
  const counts = empty();
  const panics = new Map<string, { file: string; line: number; message?: string }>();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const panic = PANIC.exec(line.trim());
    if (!panic || panics.has(panic[1]!)) return;
    const following: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (/^note: |^stack backtrace:|^----|^\s*$/.test(next)) break;
      following.push(next);
    }
    const message = panic[2] ?? following.join('\n');
    panics.set(panic[1]!, { file: panic[3]!, line: Number(panic[4]), ...(message ? { message } : {}) });
  });
  for (const match of text.matchAll(/^test (.+?) \.\.\. (ok|FAILED|ignored)/gm)) {
    if (match[2] === 'ok') counts.passed++;
    else if (match[2] === 'ignored') counts.skipped++;
    else {
      counts.failed++;
      const name = match[1]!;
      const panic = panics.get(name);
      counts.failures.push({
        name,
        id: name,
        ...(panic ? { file: panic.file, line: panic.line } : {}),
        ...optionalMessage(panic?.message),
      });
    }
  }
  return counts;
}

/** Counts in one summary line: `3 passed`, `1 failed`, `2 skipped`... */
function countsIn(line: string, words: { passed: string; failed: string; skipped: string }): TestCounts | undefined {
  const read = (word: string): number => {
    let total = 0;
    for (const m of line.matchAll(new RegExp(`(\\d+) (?:${word})\\b`, 'g'))) total += Number(m[1]);
    return total;
  };
  const counts = { passed: read(words.passed), failed: read(words.failed), skipped: read(words.skipped), failures: [] };
  return counts.passed || counts.failed || counts.skipped ? counts : undefined;
}

/**
 * What workspace runners put before each line of a package's output: pnpm `packages/a test: `, turbo
 * `a:test: `, yarn foreach `[a]: `, lerna `lerna-a: ` (the summary lines of every package count).
 */
const PREFIX = String.raw`(?:\[[^\]\n]+\]: |\S+(?: \S+)?: )?`;

function summaryLine(body: string): RegExp {
  return new RegExp(String.raw`^${PREFIX}${body}$`, 'gm');
}

/** Closing summary lines of common runners, each family with the line it recognises and its words. */
const SUMMARY_FAMILIES: Array<{ line: RegExp; words: { passed: string; failed: string; skipped: string } }> = [
  // jest "Tests:       1 failed, 2 passed, 3 total", vitest " Tests  2 failed | 3 passed (5)"
  { line: summaryLine(String.raw`\s*Tests:?\s+\d.*`), words: { passed: 'passed', failed: 'failed', skipped: 'skipped|todo|pending' } },
  // pytest "===== 1 failed, 2 passed, 1 skipped in 0.12s =====", or without the rules under -q
  { line: summaryLine(String.raw`=*\s*\d+ (?:passed|failed|skipped|error|errors|xfailed|xpassed|deselected)\b.* in [\d.]+s(?: \([\d:]+\))?\s*=*`), words: { passed: 'passed|xpassed', failed: 'failed|errors?', skipped: 'skipped|xfailed' } },
  // mocha "  3 passing (5ms)", "  1 failing", "  2 pending": three lines, one per count
  { line: summaryLine(String.raw`\s*\d+ (?:passing|failing|pending)\b.*`), words: { passed: 'passing', failed: 'failing', skipped: 'pending' } },
  // node:test and TAP trailers "# pass 3", "ℹ fail 1"
  { line: summaryLine(String.raw`[#ℹ] (?:pass|fail|skipped|todo) \d+`), words: { passed: 'pass', failed: 'fail', skipped: 'skipped|todo' } },
  // node-tap 18+ "# { total: 191, pass: 190, skip: 1 }" (fail and todo when there are any)
  { line: summaryLine(String.raw`#\s*\{\s*total: \d+[^}\n]*\}`), words: { passed: 'pass', failed: 'fail', skipped: 'skip|todo' } },
  // libtest "test result: ok. 3 passed; 0 failed; 1 ignored", once per test binary
  { line: summaryLine(String.raw`test result: \w+\. .*`), words: { passed: 'passed', failed: 'failed', skipped: 'ignored' } },
  // the plain form "N passed, N failed[, N skipped]"
  { line: summaryLine(String.raw`\d+ passed, \d+ failed.*`), words: { passed: 'passed', failed: 'failed', skipped: 'skipped' } },
];

/** node:test and TAP trailers write the count after the word. */
function trailerCounts(line: string): TestCounts | undefined {
  const m = /[#ℹ] (pass|fail|skipped|todo) (\d+)$/.exec(line);
  if (!m) return undefined;
  const n = Number(m[2]);
  return { passed: m[1] === 'pass' ? n : 0, failed: m[1] === 'fail' ? n : 0, skipped: m[1] === 'skipped' || m[1] === 'todo' ? n : 0, failures: [] };
}

/** node-tap's closing object writes each count after its word and a colon. */
function tapObjectCounts(line: string): TestCounts | undefined {
  if (!/#\s*\{\s*total:/.test(line)) return undefined;
  const read = (word: string): number => Number(new RegExp(String.raw`\b${word}: (\d+)`).exec(line)?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail'), skipped: read('skip') + read('todo'), failures: [] };
}

/**
 * Last resort when no runner wrote a report: every closing summary line in the output, summed (a
 * script may run several runners, or one runner several times). Undefined when none is recognised.
 */
export function parseSummary(text: string): TestCounts | undefined {
  const found: TestCounts[] = [];
  for (const family of SUMMARY_FAMILIES) {
    for (const [line] of text.matchAll(family.line)) {
      const counts = trailerCounts(line) ?? tapObjectCounts(line) ?? countsIn(line, family.words);
      if (counts) found.push(counts);
    }
    // The plain form is only a fallback for outputs no runner family recognised.
    if (found.length && family === SUMMARY_FAMILIES.at(-2)) break;
  }
  if (!found.length) return undefined;
  const total = sumCounts(found);
  if (total.failed) total.failures = failuresInOutput(text);
  return total;
}

/**
 * Failing tests named in a runner's own console output, for the summary fallback: vitest's
 * `FAIL  file > suite > test` (with the `❯ file:line:col` under it), jest's `● suite › test`, pytest's
 * `FAILED file::test - message`, libtest's `test x ... FAILED`. Each test once.
 */
export function failuresInOutput(text: string): FailedTest[] {
  const found = new Map<string, FailedTest>();
  const add = (failure: FailedTest): void => {
    if (!found.has(failure.name)) found.set(failure.name, failure);
  };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const body = line.replace(new RegExp(`^${PREFIX}`), '');
    const vitest = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?) > (.+?)\s*$/.exec(body);
    if (vitest) {
      const titlePath = vitest[2]!.split(' > ');
      const at = lines.slice(index + 1, index + 12).map((l) => /❯ (\S+):(\d+):\d+/.exec(l)).find((m) => m && m[1] === vitest[1]);
      add({ name: titlePath.join(' '), titlePath, file: vitest[1]!, ...(at ? { line: Number(at[2]) } : {}) });
      return;
    }
    const jest = /^\s*● (.+ › .+|[^:]+)$/.exec(body);
    if (jest && !/^Console$|Test suite failed to run/.test(jest[1]!)) {
      const titlePath = jest[1]!.split(' › ');
      add({ name: titlePath.join(' '), titlePath });
      return;
    }
    const pytest = /^FAILED (\S+?)::(\S+)(?: - (.*))?$/.exec(body);
    if (pytest) add({ name: `${pytest[1]}::${pytest[2]}`, id: `${pytest[1]}::${pytest[2]}`, file: pytest[1]!, ...optionalMessage(pytest[3]) });
  });
  for (const failure of parseLibtest(text).failures) add(failure);
  return [...found.values()];
}

export function parseReport(format: ReportFormat, text: string, options: { goModule?: string } = {}): TestCounts | undefined {
  switch (format) {
    case 'jest-json':
      return parseJestJson(text);
    case 'loki-json':
      return parseLokiJson(text);
    case 'tap':
      return parseTap(text);
    case 'go-json':
      return parseGoJson(text, options.goModule);
    case 'libtest':
      return parseLibtest(text);
    case 'summary':
      return parseSummary(text);
  }
}
