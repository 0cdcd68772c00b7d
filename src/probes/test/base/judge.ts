// Pure: the head run's failures and the PR's new tests judged against what the same tests did on the
// merge-base. A test failing on both is not the PR's doing (preexisting-failure); a PR that changes
// code but whose new tests pass on the base too has tests that do not detect the change (placebo-tests).
import { fingerprint } from '../../../core/fingerprint.js';
import type { LineRange, ProbeFinding } from '../../../types.js';
import type { PreexistingMode } from '../../on-base.js';
import type { TestResult } from './results.js';

export const ANTI_PLACEBO_MODES = ['off', 'concern', 'block'] as const;
export type AntiPlaceboMode = (typeof ANTI_PLACEBO_MODES)[number];

/** A failing test of the head run, files relative to the repository root. */
export interface HeadFailure {
  name: string;
  file?: string;
  titlePath?: string[];
  runner: string;
}

/** A base result whose file is relative to the repository root. */
export type BaseResult = TestResult & { file?: string };

const LOAD_FAILURE = / \(failed to run\)$/;

/** A pytest test as JUnit names it (`pkg.mod.Class::test`) and as its node id does (`pkg/mod.py::Class::test`), in one form. */
function pytestForm(name: string): string {
  return name.replace(/\.py::/, '::').replace(/::|\//g, '.');
}

/** The same test: its name (or suite path), in the same file where both know it; a file that failed to load, by its file. */
export function sameTest(head: HeadFailure, base: BaseResult): boolean {
  if (head.file && base.file && head.file !== base.file) return false;
  if (LOAD_FAILURE.test(head.name)) return base.loadError === true && head.file !== undefined && head.file === base.file;
  if (head.name === base.name) return true;
  if (head.runner === 'pytest' && pytestForm(head.name) === pytestForm(base.name)) return true;
  return head.titlePath !== undefined && base.titlePath !== undefined && head.titlePath.join('\u0000') === base.titlePath.join('\u0000');
}

export interface PreexistingSplit {
  /** Failing at head and on the base. */
  preexisting: HeadFailure[];
  /** Failing at head only, or not found on the base (a test the PR added or renamed). */
  introduced: HeadFailure[];
}

export function splitPreexisting(failures: readonly HeadFailure[], base: readonly BaseResult[]): PreexistingSplit {
  const split: PreexistingSplit = { preexisting: [], introduced: [] };
  for (const failure of failures) {
    const onBase = base.filter((r) => sameTest(failure, r));
    (onBase.some((r) => r.status === 'failed') ? split.preexisting : split.introduced).push(failure);
  }
  return split;
}

/** The finding for a test failing at head that also fails on the base: advisory unless `test.preexisting: block`. */
export function preexistingFinding(failure: HeadFailure, mode: PreexistingMode, original?: ProbeFinding): ProbeFinding {
  const where = failure.file ? { file: failure.file, ...(original?.line ? { line: original.line } : {}) } : {};
  const message = `${original?.message ?? `failing test: ${failure.name}`} (also fails on the base)`;
  if (mode === 'block') return { ...(original ?? { rule: 'test-failed', severity: 'high', fingerprint: fingerprint('test', 'test-failed', failure.file ?? '', failure.name) }), ...where, blocking: true, message };
  return {
    rule: 'preexisting-failure',
    severity: 'medium',
    blocking: false,
    message,
    ...where,
    fingerprint: fingerprint('test', 'preexisting-failure', failure.file ?? '', failure.name),
    details: { ...(original?.details ?? {}), test: failure.name, also_fails_on_base: true },
  };
}

// ---------------------------------------------------------------- anti-placebo

export interface NewTest {
  name: string;
  file: string;
  line?: number;
  fails_on_base: boolean;
}

export interface TestFileChange {
  file: string;
  /** The file's text at the merge-base; undefined when the PR adds it. */
  baseText?: string;
  /** Lines of the PR's version that the PR added. */
  addedRanges: readonly LineRange[];
  /** The PR's version, so that added blank lines between two tests are nobody's change. */
  headText?: string;
}

/** Whether a non-blank added line falls in [start, end]. */
function touched(change: TestFileChange, start: number, end: number): boolean {
  const lines = change.headText?.split('\n');
  return change.addedRanges.some((r) => {
    for (let line = Math.max(r.start, start); line <= Math.min(r.end, end); line++) {
      if (!lines || (lines[line - 1] ?? '').trim() !== '') return true;
    }
    return false;
  });
}

/**
 * The tests of one changed test file that the PR adds or changes: all of them in a new file; else
 * those whose body (declaration line up to the next test's) has added lines, and, where the report
 * gives no line, those whose title the base version does not contain.
 */
export function newOrChangedTests(change: TestFileChange, results: readonly BaseResult[]): BaseResult[] {
  if (change.baseText === undefined) return [...results];
  const lines = [...new Set(results.map((r) => r.line).filter((l): l is number => l !== undefined))].sort((a, b) => a - b);
  return results.filter((r) => {
    if (r.loadError) return true;
    if (r.line !== undefined) {
      const next = lines.find((l) => l > r.line!);
      return touched(change, r.line, next === undefined ? Number.MAX_SAFE_INTEGER : next - 1);
    }
    const title = r.titlePath?.at(-1) ?? r.name;
    return !change.baseText!.includes(title.replace(/\[.*\]$/, ''));
  });
}

export interface AntiPlaceboInput {
  mode: AntiPlaceboMode;
  /** The PR changes files with behaviour outside the tests. */
  sourceChanged: boolean;
  /** The PR's new or changed test-case files, whose runner can re-run them on the base. */
  changes: readonly TestFileChange[];
  /** Changed test-case files whose runner cannot (ava, cargo, a custom command). */
  unsupported: readonly string[];
  /** Every test the base run of those files reported, files relative to the repository root. */
  results: readonly BaseResult[];
  /** Files whose run on the base ended without a report (a crash before any test): none of their tests ran there. */
  notLoaded: readonly string[];
  /** Failing at head too: they tell nothing about the change. */
  headFailures: readonly HeadFailure[];
}

/** What became of the check: `checked`, or why it did not apply (the reason says more). */
export type AntiPlaceboState = 'checked' | 'off' | 'not-applicable' | 'unsupported' | 'partly-unsupported' | 'incomplete' | 'other-shard';

export interface AntiPlaceboVerdict {
  state: AntiPlaceboState;
  reason?: string;
  newTests: NewTest[];
  finding?: ProbeFinding;
}

function listNames(tests: readonly NewTest[]): string {
  const shown = tests.slice(0, 5).map((t) => `${t.name} (${t.file})`);
  return `${shown.join(', ')}${tests.length > shown.length ? ` and ${tests.length - shown.length} more` : ''}`;
}

export function judgeAntiPlacebo(input: AntiPlaceboInput): AntiPlaceboVerdict {
  if (input.mode === 'off') return { state: 'off', newTests: [] };
  if (input.changes.length === 0) {
    return input.unsupported.length
      ? { state: 'unsupported', reason: `the runner of ${input.unsupported.join(', ')} cannot run tests on the base`, newTests: [] }
      : { state: 'not-applicable', reason: 'the PR adds or changes no test cases', newTests: [] };
  }
  const failingAtHead = (r: BaseResult): boolean => input.headFailures.some((f) => sameTest(f, r));
  const newTests: NewTest[] = [];
  let detected = false;
  for (const change of input.changes) {
    if (input.notLoaded.includes(change.file)) {
      // Nothing of it ran on the base: it needs what the PR adds, so it detects the change.
      newTests.push({ name: `${change.file} (could not load on the base)`, file: change.file, fails_on_base: true });
      detected = true;
      continue;
    }
    const results = input.results.filter((r) => r.file === change.file && !failingAtHead(r));
    if (results.some((r) => r.status === 'failed')) detected = true;
    for (const test of newOrChangedTests(change, results)) {
      newTests.push({
        name: test.loadError ? `${change.file} (could not load on the base)` : test.name,
        file: change.file,
        ...(test.line ? { line: test.line } : {}),
        fails_on_base: test.status === 'failed',
      });
    }
  }
  if (!input.sourceChanged) return { state: 'not-applicable', reason: 'the PR changes no code outside its tests', newTests };
  if (newTests.length === 0) return { state: 'not-applicable', reason: 'no new or changed test case was found in the changed test files', newTests };
  if (detected) return { state: 'checked', newTests };
  // Tests of a runner that cannot run on the base might detect the change: no finding then.
  if (input.unsupported.length) return { state: 'partly-unsupported', reason: `${input.unsupported.join(', ')} not run on the base`, newTests };
  const first = newTests[0]!;
  return {
    state: 'checked',
    newTests,
    finding: {
      rule: 'placebo-tests',
      severity: 'medium',
      blocking: input.mode === 'block',
      message: `the PR changes code but its new or changed tests also pass without that change: ${listNames(newTests)}. A test that does not fail on the base does not detect the change.`,
      file: first.file,
      ...(first.line ? { line: first.line } : {}),
      fingerprint: fingerprint('test', 'placebo-tests', ...newTests.map((t) => `${t.file}\u0000${t.name}`).sort()),
      details: { new_tests: newTests.map((t) => t.name) },
    },
  };
}
