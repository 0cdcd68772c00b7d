// Pure: what a PR's changed files are to the anti-placebo check. Test files (test cases and what they
// load: fixtures, helpers, conftest) are copied over the base worktree; test-case files are the ones
// run there; source changes are what the tests must detect. Docs and metadata are neither.
import type { ChangedFile } from '../../../types.js';

/** Files that declare test cases, by the default conventions every runner shares. */
const TEST_CASE_FILE = [
  /(?:^|\/)[^/]+[._-](?:test|spec)\.[cm]?[jt]sx?$/, // x.test.js, x.spec.ts, x-test.js, x_test.mjs
  /(?:^|\/)test-[^/]+\.[cm]?js$/, // node:test's test-x.js
  /(?:^|\/)test_[^/]+\.py$|(?:^|\/)[^/]+_test\.py$/, // pytest
  /(?:^|\/)[^/]+_test\.go$/, // go test
];

/** What a runner loads as tests beyond the shared names (its default include patterns). */
const RUNNER_TEST_CASE_FILE: Record<string, RegExp> = {
  jest: /(?:^|\/)__tests__\/(?:.+\/)?[^/]+\.[cm]?[jt]sx?$/,
  mocha: /(?:^|\/)(?:test|spec)\/(?:.+\/)?[^/]+\.[cm]?[jt]s$/,
  'node:test': /(?:^|\/)test\/(?:.+\/)?[^/]+\.[cm]?js$/,
};

/** Folders whose whole content belongs to the tests (helpers, fixtures, snapshots). */
const TEST_FOLDER = /(?:^|\/)(?:test|tests|__tests__|spec|__snapshots__|__fixtures__|__mocks__|fixtures|testdata)\//;
const TEST_SUPPORT_FILE = /(?:^|\/)conftest\.py$|\.snap$/;

/**
 * Program code, by extension: what a test can detect a change of. Docs, configuration, data and
 * lockfiles are not (a PR that only touches them owes no failing test).
 */
const CODE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|pyx|go|rs|java|kt|kts|scala|groovy|rb|php|cs|fs|vb|c|h|cc|cpp|cxx|hh|hpp|m|mm|swift|dart|ex|exs|erl|hrl|clj|cljs|lua|pl|pm|r|jl|zig|nim|hs|ml|elm|sol|sh|bash)$/i;
/** Code that only documents or configures the project. */
const NOT_CODE = /(?:^|\/)(?:docs?|examples?|\.github|\.vscode|\.idea|\.changeset|\.husky)\/|(?:^|\/)(?:[^/]+\.config|\.[^/]+rc)\.[cm]?[jt]s$/;

/** Whether `path` declares test cases for `runner` (undefined: by the shared names only). */
export function isTestCaseFile(path: string, runner?: string): boolean {
  if (/(?:^|\/)node_modules\//.test(path)) return false;
  const extra = runner === undefined ? undefined : RUNNER_TEST_CASE_FILE[runner];
  return TEST_CASE_FILE.some((re) => re.test(path)) || (extra?.test(path) ?? false);
}

/** Part of the test suite: a test-case file or something only tests load. */
export function isTestFile(path: string): boolean {
  return isTestCaseFile(path) || TEST_FOLDER.test(path) || TEST_SUPPORT_FILE.test(path);
}

export function isSourceFile(path: string): boolean {
  return CODE.test(path) && !isTestFile(path) && !NOT_CODE.test(path);
}

export interface TestChanges {
  /** Test files the PR adds or changes (at their head path), copied over the base worktree. */
  testFiles: string[];
  /** Of those, the ones that declare test cases: run on the base. */
  testCaseFiles: string[];
  /** Test-case files that do not exist at the merge-base. */
  addedTestCaseFiles: string[];
  /** Non-test files with behaviour that the PR changes. */
  sourceFiles: string[];
}

/** `runnerOf` names the runner that owns a path (see ./runner-of.ts). */
export function classifyChanges(files: readonly ChangedFile[], runnerOf: (path: string) => string | undefined): TestChanges {
  const present = files.filter((f) => f.status !== 'deleted' && !f.binary);
  const testFiles = present.filter((f) => isTestFile(f.path));
  const testCaseFiles = testFiles.filter((f) => isTestCaseFile(f.path, runnerOf(f.path)));
  return {
    testFiles: testFiles.map((f) => f.path),
    testCaseFiles: testCaseFiles.map((f) => f.path),
    addedTestCaseFiles: testCaseFiles.filter((f) => f.status === 'added' || f.status === 'copied').map((f) => f.path),
    sourceFiles: files.filter((f) => isSourceFile(f.path)).map((f) => f.path),
  };
}
