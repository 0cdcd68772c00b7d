// Pure and light: which language a path is, and whether it holds tests, by path alone (no parser loaded).

export type Language = 'javascript' | 'python' | 'go' | 'rust' | 'java';

const EXTENSIONS: Array<[RegExp, Language]> = [
  [/\.(?:[cm]?[jt]sx?)$/, 'javascript'],
  [/\.pyi?$/, 'python'],
  [/\.go$/, 'go'],
  [/\.rs$/, 'rust'],
  [/\.java$/, 'java'],
];

export function languageOf(path: string): Language | undefined {
  if (path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts')) return undefined;
  return EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1];
}

/** Sample projects and data that tests use (a fixture repository's own tests are not the project's tests). */
const NOT_TESTS = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test-data|__snapshots__|node_modules|vendor|third_party)\//;
const JS_TEST = /(?:^|\/)(?:__tests__|__specs?__|tests?|specs?|e2e|cypress|playwright)\/|\.(?:test|spec|e2e|cy|bench)\.[cm]?[jt]sx?$/;
const PY_TEST = /(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$|(?:^|\/)tests?\//;

/**
 * Whether test declarations in this file count. Go and Rust and Java tests are declared explicitly
 * (`_test.go`, `#[test]`, `@Test`); JS and Python tests are recognised by the runners' file conventions,
 * so a `test()` helper in application code is not a test. Fixture projects and test data are never tests.
 */
export function holdsTests(path: string, language: Language): boolean {
  if (NOT_TESTS.test(path)) return false;
  switch (language) {
    case 'javascript':
      return JS_TEST.test(path);
    case 'python':
      return PY_TEST.test(path);
    case 'go':
      return path.endsWith('_test.go');
    case 'rust':
    case 'java':
      return true;
  }
}
