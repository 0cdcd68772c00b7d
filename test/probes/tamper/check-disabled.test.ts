// Acceptance: check-disabled on real repositories: ESLint (legacy and flat), tsconfig strictness, Python
// linters, CI workflow steps; stricter settings and unrelated workflow edits as near-misses.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const summary = (run: Awaited<ReturnType<typeof runPr>>): string[] =>
  run.rule('check-disabled').map((f) => `${f.file}:${f.line ?? `base ${String(f.details?.['base_line'])}`} ${String(f.details?.['setting'])}: ${String(f.details?.['from'])} -> ${String(f.details?.['to'])}`);

const FLAT = `import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['test/**'],
    rules: { 'no-unused-expressions': 2 },
  },
];
`;

describe('check-disabled: lint rules', () => {
  it('flat eslint.config.js: a rule turned off, one lowered to warn, one removed from a files scope', async () => {
    const head = FLAT.replace("'no-console': 'error'", "'no-console': 'off'").replace("eqeqeq: ['error', 'always']", "eqeqeq: ['warn', 'always']").replace("rules: { 'no-unused-expressions': 2 }", 'rules: {}');
    const run = await runPr({ 'eslint.config.js': FLAT }, { 'eslint.config.js': head });
    expect(summary(run)).toEqual([
      'eslint.config.js:7 ESLint rule `no-console`: error -> off',
      'eslint.config.js:8 ESLint rule `eqeqeq`: error -> warn',
      'eslint.config.js:base 13 ESLint rule `no-unused-expressions` for test/**: error -> removed from the config',
    ]);
    expect(run.rule('check-disabled')[0]).toMatchObject({ severity: 'high', blocking: true });
  });

  it('legacy .eslintrc.yml and package.json eslintConfig; near-miss: a rule raised from warn to error', async () => {
    const run = await runPr(
      { '.eslintrc.yml': 'rules:\n  no-debugger: error\n  curly: warn\n', 'package.json': '{"eslintConfig": {"rules": {"no-var": 2}}}\n' },
      { '.eslintrc.yml': 'rules:\n  no-debugger: 0\n  curly: error\n', 'package.json': '{"eslintConfig": {"rules": {"no-var": 1}}}\n' },
    );
    expect(summary(run)).toEqual([
      '.eslintrc.yml:2 ESLint rule `no-debugger`: error -> off',
      'package.json:1 ESLint rule `no-var`: error -> warn',
    ]);
  });

  it('migrating .eslintrc.json to eslint.config.mjs with the same levels is not a finding', async () => {
    const run = await runPr(
      { '.eslintrc.json': '{ "rules": { "no-console": "error" } }\n' },
      { '.eslintrc.json': null, 'eslint.config.mjs': "export default [{ rules: { 'no-console': 'error' } }];\n" },
    );
    expect(run.findings).toEqual([]);
  });

  it('Python: ruff codes deselected or ignored, flake8 extend-ignore, pylint disable', async () => {
    const run = await runPr(
      { 'pyproject.toml': '[tool.ruff.lint]\nselect = ["E", "F", "B"]\n', '.flake8': '[flake8]\nmax-line-length = 100\n', '.pylintrc': '[MESSAGES CONTROL]\ndisable = C0114\n' },
      {
        'pyproject.toml': '[tool.ruff.lint]\nselect = ["E", "F"]\nignore = ["E501"]\n',
        '.flake8': '[flake8]\nmax-line-length = 100\nextend-ignore = E203\n',
        '.pylintrc': '[MESSAGES CONTROL]\ndisable = C0114,\n    W0611\n',
      },
    );
    expect(summary(run).sort()).toEqual([
      '.flake8:3 flake8 ignored code `E203`: not ignored -> ignored',
      '.pylintrc:2 pylint ignored code `W0611`: not ignored -> ignored',
      'pyproject.toml:3 ruff ignored code `E501`: not ignored -> ignored',
      'pyproject.toml:base 2 ruff selected code `B`: selected -> no longer selected',
    ]);
  });
});

describe('check-disabled: compiler strictness', () => {
  it('tsconfig: `strict` turned off, and `strictNullChecks` turned off under `strict`', async () => {
    const base = '{\n  // comments are allowed\n  "compilerOptions": {\n    "strict": true,\n    "noUncheckedIndexedAccess": true,\n  }\n}\n';
    const run = await runPr({ 'tsconfig.json': base }, { 'tsconfig.json': base.replace('"noUncheckedIndexedAccess": true', '"noUncheckedIndexedAccess": true,\n    "strictNullChecks": false') });
    expect(summary(run)).toEqual(['tsconfig.json:6 TypeScript `strictNullChecks` in tsconfig.json: on -> off']);

    // The family flags that only follow `strict` are reported through it: one finding.
    const off = await runPr({ 'tsconfig.json': base }, { 'tsconfig.json': base.replace('"strict": true', '"strict": false') });
    expect(summary(off)).toEqual(['tsconfig.json:4 TypeScript `strict` in tsconfig.json: on -> off']);
  });

  it('near-miss: a strict flag turned on is not a finding', async () => {
    const run = await runPr({ 'tsconfig.json': '{ "compilerOptions": { "strict": false } }\n' }, { 'tsconfig.json': '{ "compilerOptions": { "strict": true, "noImplicitOverride": true } }\n' });
    expect(run.findings).toEqual([]);
  });

  it('mypy: `disallow_untyped_defs` turned off and `ignore_errors` turned on for a module', async () => {
    const run = await runPr(
      { 'mypy.ini': '[mypy]\ndisallow_untyped_defs = True\n' },
      { 'mypy.ini': '[mypy]\ndisallow_untyped_defs = False\n\n[mypy-app.legacy.*]\nignore_errors = True\n' },
    );
    expect(summary(run)).toEqual([
      'mypy.ini:2 mypy `disallow_untyped_defs`: true -> false',
      'mypy.ini:5 mypy `ignore_errors` in [mypy-app.legacy.*]: unset -> true',
    ]);
  });
});

const WORKFLOW = `name: CI
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - name: Lint
        run: npm run lint
      - name: Unit tests
        run: npx vitest run --coverage
  python:
    runs-on: ubuntu-latest
    steps:
      - run: pip install -e .
      - run: pytest -q
  go:
    runs-on: ubuntu-latest
    steps:
      - uses: golangci/golangci-lint-action@v6
      - run: go test ./...
`;

describe('check-disabled: CI workflow steps', () => {
  it('a test step removed, a lint step given continue-on-error, `|| true`, and `if: false`', async () => {
    const head = WORKFLOW.replace('      - name: Unit tests\n        run: npx vitest run --coverage\n', '')
      .replace('        run: npm run lint\n', '        run: npm run lint\n        continue-on-error: true\n')
      .replace('      - run: pytest -q\n', '      - run: pytest -q || true\n')
      .replace('      - uses: golangci/golangci-lint-action@v6\n', '      - uses: golangci/golangci-lint-action@v6\n        if: false\n');
    const run = await runPr({ '.github/workflows/ci.yml': WORKFLOW }, { '.github/workflows/ci.yml': head });
    expect(summary(run)).toEqual([
      '.github/workflows/ci.yml:11 CI step `Lint` (job `test`): runs and can fail the job -> runs, but cannot fail the job (`continue-on-error: true`)',
      '.github/workflows/ci.yml:base 12 CI step `Unit tests` (job `test`): runs and can fail the job -> removed',
      '.github/workflows/ci.yml:16 CI step `pytest` (job `python`): runs and can fail the job -> runs, but cannot fail the job (`|| true` in its command)',
      '.github/workflows/ci.yml:21 CI step `golangci/golangci-lint-action` (job `go`): runs and can fail the job -> runs, but cannot fail the job (`if: false`)',
    ]);
  });

  it('near-miss: steps renamed, reordered, a new build step and a bumped action version are not findings', async () => {
    const head = WORKFLOW.replace('name: Unit tests', 'name: Tests (vitest)').replace('golangci-lint-action@v6', 'golangci-lint-action@v7').replace('      - run: npm ci\n', '      - run: npm ci\n      - run: npm run build\n');
    const run = await runPr({ '.github/workflows/ci.yml': WORKFLOW }, { '.github/workflows/ci.yml': head });
    expect(run.findings).toEqual([]);
  });

  it('a whole job given `continue-on-error: true` neutralises its check steps', async () => {
    const head = WORKFLOW.replace('  python:\n    runs-on: ubuntu-latest\n', '  python:\n    runs-on: ubuntu-latest\n    continue-on-error: true\n');
    const run = await runPr({ '.github/workflows/ci.yml': WORKFLOW }, { '.github/workflows/ci.yml': head });
    expect(summary(run)).toEqual(['.github/workflows/ci.yml:15 CI step `pytest` (job `python`): runs and can fail the job -> runs, but cannot fail the job (its job `python` has `continue-on-error: true`)']);
  });
});
