// Pure and light: whether a test file's name is one the test runners collect without configuration. Only
// name forms count (`*.test.*`, `*.spec.*`, `*_test.*`, `test_*.py`, `__tests__/`): vitest, jest and bun
// collect by name, not by a `test/` or `tests/` folder, so a project whose test files carry the name form
// relies on it, and a file renamed out of it is no longer run although its text stays.
import type { Language } from './paths.js';

/** jest `__tests__/**`; vitest/jest/bun `*.{test,spec}.*`; node --test `*-test.*`, `*_test.*`, `test-*.*`, `test.*`; bun `*_spec.*`. */
const JS_NAMED = /(?:^|\/)__tests__\/|[.\-_](?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)test-[^/]*\.[cm]?[jt]sx?$|(?:^|\/)(?:test|spec)\.[cm]?[jt]sx?$/;
/** pytest `test_*.py` / `*_test.py`, unittest discovery `test*.py`. */
const PY_NAMED = /(?:^|\/)test[^/]*\.py$|_test\.py$/;

/**
 * Whether a runner collects the file by its name alone. Go, Rust and Java tests are found by declaration
 * (`_test.go` is already required for a Go test to count), so their files are always collected here.
 */
export function collectedByName(path: string, language: Language): boolean {
  switch (language) {
    case 'javascript':
      return JS_NAMED.test(path);
    case 'python':
      return PY_NAMED.test(path);
    case 'go':
      return path.endsWith('_test.go');
    case 'rust':
    case 'java':
      return true;
  }
}
