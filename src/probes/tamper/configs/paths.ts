// Pure and light: which config files the tamper probe reads, by path alone (no parser loaded, so the probe
// decides what to examine before it loads the parsers of configs/index.ts).

export const COVERAGE = /^(?:vite|vitest)\.(?:config|workspace)\.[cm]?[jt]s$|^vitest\.workspace\.(?:json|[cm]?[jt]s)$|^jest\.config\.(?:json|[cm]?[jt]s)$|^\.c8rc(?:\.json|\.ya?ml)?$|^\.nycrc(?:\.json|\.ya?ml)?$|^nyc\.config\.[cm]?js$|^\.coveragerc$|^pytest\.ini$/;
export const SHARED = /^(?:package\.json|pyproject\.toml|setup\.cfg|tox\.ini)$/;
/** Test runner configs no other reader covers (vite/vitest, jest, package.json and the pytest files are read already). */
export const RUNNER = /^\.mocharc\.(?:js|cjs|mjs|json|jsonc|ya?ml)$|^ava\.config\.[cm]?js$/;
export const PYTHON_LINT = /^(?:\.?ruff\.toml|\.flake8|\.?pylintrc|\.?mypy\.ini)$/;

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isEslintConfig(name: string): boolean {
  return /^\.eslintrc(?:\.(?:json|js|cjs|yaml|yml))?$/.test(name) || /^eslint\.config\.[cm]?[jt]s$/.test(name);
}

export function isTsconfig(name: string): boolean {
  return /^[jt]sconfig(?:\.[\w.-]+)?\.json$/.test(name);
}

export function isWorkflow(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

export function isConfigPath(path: string): boolean {
  const name = nameOf(path);
  return COVERAGE.test(name) || SHARED.test(name) || RUNNER.test(name) || PYTHON_LINT.test(name) || isEslintConfig(name) || isTsconfig(name) || isWorkflow(path);
}

/** vitest's (or vite's) config and workspace files, and jest's config files, by name. */
export const VITEST_CONFIG = /^(?:vite|vitest)\.(?:config|workspace)\./;
export const JEST_CONFIG = /^jest\.config\./;

/** Whether a config can select which test files a runner collects (configs/test-selection.ts reads it). */
export function selectsTests(path: string): boolean {
  const name = nameOf(path);
  return VITEST_CONFIG.test(name) || JEST_CONFIG.test(name) || RUNNER.test(name) || SHARED.test(name) || /^(?:pytest\.ini|conftest\.py)$/.test(name);
}
