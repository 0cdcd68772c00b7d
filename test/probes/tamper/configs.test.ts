// The config readers and settings on their own: formats, literal-only JS values, and the comparison.
import { describe, expect, it } from 'vitest';
import { configFacts } from '../../../src/probes/tamper/configs/index.js';
import { isConfigPath } from '../../../src/probes/tamper/configs/paths.js';
import { readConfig, UNKNOWN } from '../../../src/probes/tamper/configs/document.js';
import { parseIni } from '../../../src/probes/tamper/configs/ini.js';
import { weakenedSettings } from '../../../src/probes/tamper/configs/settings.js';

const weakened = (path: string, base: string, head: string): string[] =>
  weakenedSettings(configFacts(path, path, base).settings, configFacts(path, path, head).settings).map((w) => `${w.label}: ${w.from} -> ${w.to}`);

describe('readConfig', () => {
  it('JS: the default export through defineConfig, a const binding and `satisfies`; computed values are UNKNOWN', () => {
    const doc = readConfig('vite.config.ts', "const cov = { lines: 80, branches: min() };\nexport default defineConfig({ test: { coverage: { thresholds: cov } } } satisfies UserConfig);\n");
    expect(doc.format === 'data' && doc.root).toEqual({ test: { coverage: { thresholds: { lines: 80, branches: UNKNOWN } } } });
  });

  it('JS: a self-referencing binding does not loop', () => {
    const doc = readConfig('eslint.config.js', 'const a = a;\nexport default a;\n');
    expect(doc.format === 'data' && doc.root).toBe(UNKNOWN);
  });

  it('JSON with comments, YAML for an extensionless rc that is YAML, TOML', () => {
    expect(readConfig('.eslintrc', 'rules:\n  semi: error\n')).toMatchObject({ format: 'data', root: { rules: { semi: 'error' } } });
    expect(readConfig('tsconfig.json', '{ /* c */ "a": 1, }')).toMatchObject({ format: 'data', root: { a: 1 } });
    expect(readConfig('ruff.toml', '[lint]\nselect = ["E"]\n')).toMatchObject({ format: 'data', root: { lint: { select: ['E'] } } });
  });

  it('TOML: the line of a key is found within its own table', () => {
    const doc = readConfig('pyproject.toml', '[tool.other]\nselect = ["X"]\n\n[tool.ruff.lint]\n# codes\nselect = ["E"]\n');
    const lint = doc.format === 'data' && (doc.root as { tool: { ruff: { lint: object } } }).tool.ruff.lint;
    expect(doc.format === 'data' && lint && doc.lineOf(lint, 'select')).toBe(6);
  });

  it('INI as configparser reads it: continuation lines, `:` separators, comments', () => {
    const ini = parseIni('[flake8]\n# c\nextend-ignore =\n    E203,\n    W503\nmax_line_length: 120 ; inline\n');
    expect(ini.get('flake8')?.get('extend-ignore')).toEqual({ value: '\nE203,\nW503', line: 3 });
    expect(ini.get('flake8')?.get('max-line-length')).toEqual({ value: '120', line: 6 });
  });

  it('recognises config paths', () => {
    expect(['vitest.config.mts', 'jest.config.js', '.nycrc.yml', 'pkg/pyproject.toml', 'tsconfig.build.json', '.github/workflows/ci.yaml', 'src/config.ts'].map(isConfigPath)).toEqual([true, true, true, true, true, true, false]);
  });
});

describe('settings and their comparison', () => {
  it('jest negative thresholds: allowing more uncovered lines is lower; fewer is not', () => {
    const cfg = (n: number): string => `module.exports = { coverageThreshold: { global: { lines: ${n} } } };\n`;
    expect(weakened('jest.config.js', cfg(-10), cfg(-20))).toEqual(['jest coverage threshold `lines`: -10 -> -20']);
    expect(weakened('jest.config.js', cfg(-10), cfg(-5))).toEqual([]);
  });

  it('ESLint numeric and array levels; a rule added as off is not a weakening of nothing', () => {
    expect(weakened('.eslintrc.json', '{"rules":{"a":2,"b":["error"]}}', '{"rules":{"a":1,"b":[0],"c":"off"}}')).toEqual([
      'ESLint rule `a`: error -> warn',
      'ESLint rule `b`: error -> off',
    ]);
  });

  it('legacy overrides are scoped by their files', () => {
    const base = '{"rules":{"no-console":"error"},"overrides":[{"files":["*.test.js"],"rules":{"no-console":"error"}}]}';
    const head = '{"rules":{"no-console":"error"},"overrides":[{"files":["*.test.js"],"rules":{"no-console":"off"}}]}';
    expect(weakened('.eslintrc.json', base, head)).toEqual(['ESLint rule `no-console` for *.test.js: error -> off']);
  });

  it('tsconfig: strict removed is one weakening (its family follows it); a family flag kept on explicitly is not weakened', () => {
    expect(weakened('tsconfig.json', '{"compilerOptions":{"strict":true}}', '{"compilerOptions":{}}')).toEqual(['TypeScript `strict` in tsconfig.json: on -> off']);
    expect(weakened('tsconfig.json', '{"compilerOptions":{"strict":true}}', '{"compilerOptions":{"strict":false,"strictNullChecks":true}}')).toEqual([
      'TypeScript `strict` in tsconfig.json: on -> off',
    ]);
  });

  it('tsconfig with `extends`: a flag left to the base config is inherited, not off; an explicit false is off', () => {
    const base = '{"extends":"./tsconfig.base.json","compilerOptions":{"strict":true}}';
    expect(weakened('tsconfig.json', base, '{"extends":"./tsconfig.base.json","compilerOptions":{}}')).toEqual([]);
    expect(weakened('tsconfig.json', base, '{"extends":"./tsconfig.base.json","compilerOptions":{"strict":true,"strictNullChecks":false}}')).toEqual([
      'TypeScript `strictNullChecks` in tsconfig.json: on -> off',
    ]);
  });

  it('flake8 limits: raising max-line-length or max-complexity weakens them', () => {
    expect(weakened('setup.cfg', '[flake8]\nmax-line-length = 88\nmax-complexity = 10\n', '[flake8]\nmax-line-length = 120\n')).toEqual([
      'flake8 `max-line-length`: 88 -> 120',
      'flake8 `max-complexity`: 10 -> unset (not checked)',
    ]);
  });

  it('CI: a job-level `if: false` and a step swallowed with `|| exit 0`', () => {
    const base = 'jobs:\n  t:\n    steps:\n      - run: cargo test\n  l:\n    steps:\n      - run: cargo clippy -- -D warnings\n';
    const head = 'jobs:\n  t:\n    if: ${{ false }}\n    steps:\n      - run: cargo test\n  l:\n    steps:\n      - run: cargo clippy -- -D warnings || exit 0\n';
    expect(weakened('.github/workflows/rust.yml', base, head)).toEqual([]); // steps are compared across files by the analysis
    const steps = (text: string): ReturnType<typeof configFacts>['steps'] => configFacts('.github/workflows/rust.yml', '.github/workflows/rust.yml', text).steps;
    expect(steps(head).map((s) => s.neutralised)).toEqual(['its job `t` has `if: false`', '`|| exit 0` in its command']);
    expect(steps(base).map((s) => s.neutralised)).toEqual([undefined, undefined]);
  });

  it('CI: `|| true` on another line of the script does not neutralise the check (the shell stops at the failing line)', () => {
    const steps = (run: string): Array<string | undefined> =>
      configFacts('.github/workflows/ci.yml', '.github/workflows/ci.yml', `jobs:\n  t:\n    steps:\n      - run: |\n${run}`).steps.map((s) => s.neutralised);
    expect(steps('          npm test\n          rm -rf tmp || true\n')).toEqual([undefined]);
    expect(steps('          npm test \\\n            --silent || true\n')).toEqual(['`|| true` in its command']);
  });
});
