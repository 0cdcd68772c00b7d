// Acceptance: the build and test probes on repositories shaped like real ones, with real runners from
// the npm registry (installed once into a shared cache, see helpers/runners.ts), pytest and cargo from
// the machine. Green is VERIFIED with the exact total; one red test is BLOCKED naming it at its file
// and line; an environment problem is CONCERNS naming its cause. The command is the user's, as written.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';
import { installedVersion, runnerBin, runnerModules, yarnRelease } from '../../helpers/runners.js';

afterAll(cleanupTempDirs);

let modules = '';
beforeAll(() => {
  modules = runnerModules();
}, 300_000);

function repo(files: Files, options: { link?: boolean } = {}): TestRepo {
  const r = TestRepo.init();
  r.commit('initial', { '.gitignore': 'node_modules\ntarget/\n__pycache__/\n.pytest_cache/\ncoverage/\n', ...files });
  // Dependencies are installed, not committed: link the runner cache as `npm ci` would provide it.
  if (options.link !== false) symlinkSync(modules, join(r.dir, 'node_modules'));
  r.checkout('feature', true);
  r.commit('change', { 'CHANGELOG.md': 'a change\n' });
  return r;
}

function gate(r: TestRepo, env: Record<string, string> = {}, only = 'test') {
  const run = runCli(['main', '--only', only], { cwd: r.dir, out: tempDir('loki-out-'), env: cleanEnv(env), timeoutMs: 180_000 });
  const probe = (id: string) => run.evidence?.probes.find((p) => p.id === id);
  return { ...run, test: probe('test'), build: probe('build'), findings: run.evidence?.findings ?? [] };
}

interface Red {
  file: string;
  line: number;
  name: string;
  /** Tests the red run counts, when it stops early (`a && b` with `a` red); null when that depends on timing. */
  total?: number | null;
}

/** Green, then one red test on the same branch: VERIFIED with the total, then BLOCKED naming the test at file:line. */
function greenThenRed(r: TestRepo, counts: { total: number; skipped?: number }, red: Files, expected: Red, env: Record<string, string> = {}) {
  const skipped = counts.skipped ?? 0;
  const green = gate(r, env);
  expect(green.test?.status, green.stdout + JSON.stringify(green.test?.details)).toBe('pass');
  expect(green.test?.details).toMatchObject({ total: counts.total, passed: counts.total - skipped, failed: 0, skipped });
  expect(green.code).toBe(0);
  r.commit('break one test', red);
  const blocked = gate(r, env);
  expect(blocked.code, blocked.stdout).toBe(2);
  const total = expected.total === undefined ? counts.total : expected.total;
  if (total !== null) expect(blocked.test?.details).toMatchObject({ total, failed: 1, passed: total - 1 - skipped });
  else expect(blocked.test?.details).toMatchObject({ failed: 1 });
  expect(blocked.findings).toHaveLength(1);
  expect(blocked.findings[0]).toMatchObject({ rule: 'test-failed', blocking: true, file: expected.file, line: expected.line, details: { test: expected.name } });
  return { green, blocked };
}

const VITEST_TEST = (name: string, value: number) => `import { describe, it, expect } from 'vitest';\n\ndescribe('math', () => {\n  it('${name}', () => {\n    expect(1 + 1).toBe(${value});\n  });\n  it('other', () => expect(2).toBe(2));\n});\n`;

describe('JavaScript runners, run exactly as the repository wrote them', { timeout: 180_000 }, () => {
  it('"test": "npm run test:vitest": reports collected through the nested npm run', () => {
    const r = repo({
      'package.json': JSON.stringify({ name: 'lib', type: 'module', scripts: { test: 'npm run test:vitest', 'test:vitest': 'vitest run' } }),
      'test/math.test.js': VITEST_TEST('adds', 2),
      'test/more.test.js': `import { it, expect } from 'vitest';\nit('one', () => expect(1).toBe(1));\nit.skip('later', () => {});\n`,
    });
    const { green, blocked } = greenThenRed(r, { total: 4, skipped: 1 }, { 'test/math.test.js': VITEST_TEST('adds', 3) }, { file: 'test/math.test.js', line: 5, name: 'math adds' });
    expect(green.test?.details).toMatchObject({ command: 'npm run test', runner: 'vitest' });
    // npm passes no flags on: nothing for it to warn about.
    expect(JSON.stringify(blocked.test?.details)).not.toMatch(/Unknown cli config/);
    expect(blocked.findings[0]?.message).toMatch(/^failing test: math adds: AssertionError: expected 2 to be 3/);
  });

  it('"test": "vitest run && vitest run --typecheck.only": both runs summed', () => {
    const r = repo({
      'package.json': JSON.stringify({ name: 'lib', type: 'module', scripts: { test: 'vitest run && vitest run --typecheck.only' } }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', noEmit: true, types: [] }, include: ['test'] }),
      'test/math.test.js': VITEST_TEST('adds', 2),
      'test/types.test-d.ts': `import { it, expectTypeOf } from 'vitest';\nit('is a number', () => expectTypeOf(1).toBeNumber());\nit('is a string', () => expectTypeOf('a').toBeString());\n`,
    });
    // Red, the first run fails and `&&` stops before the typecheck: its two tests are not run.
    const { green } = greenThenRed(r, { total: 4 }, { 'test/math.test.js': VITEST_TEST('adds', 3) }, { file: 'test/math.test.js', line: 5, name: 'math adds', total: 2 });
    expect(green.test?.details).toMatchObject({ invocations: 2, command: 'npm run test' });
  });

  it('"test": "c8 node --test": node:test results through the reporter in NODE_OPTIONS', () => {
    const file = (value: number) => `import { describe, it, test } from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('top level', () => assert.ok(true));\ndescribe('math', () => {\n  it('adds', () => {\n    assert.equal(1 + 1, ${value});\n  });\n  it('other', () => assert.ok(true));\n});\ntest('parent', async (t) => {\n  await t.test('child', () => assert.ok(true));\n});\n`;
    const r = repo({ 'package.json': JSON.stringify({ name: 'lib', type: 'module', scripts: { test: 'c8 node --test' } }), 'test/math.test.js': file(2) });
    const { blocked } = greenThenRed(r, { total: 4 }, { 'test/math.test.js': file(3) }, { file: 'test/math.test.js', line: 7, name: 'math > adds' });
    expect(blocked.findings[0]?.message).toMatch(/Expected values to be strictly equal/);
  });

  it('pnpm workspace, "pnpm -r run test" over two packages: counts summed, files relative to the repository', () => {
    const pkg = (name: string) => JSON.stringify({ name, type: 'module', scripts: { test: 'vitest run' } });
    const r = repo({
      'package.json': JSON.stringify({ name: 'root', private: true, packageManager: `pnpm@${installedVersion('pnpm')}`, scripts: { test: 'pnpm -r run test' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'packages/core/package.json': pkg('core'),
      'packages/core/test/core.test.js': `import { it, expect } from 'vitest';\nit('c1', () => expect(1).toBe(1));\nit('c2', () => expect(2).toBe(2));\nit('c3', () => expect(3).toBe(3));\n`,
      'packages/cli/package.json': pkg('cli'),
      'packages/cli/test/cli.test.js': VITEST_TEST('adds', 2),
    });
    const env = { PATH: `${runnerBin()}${delimiter}${process.env.PATH}` };
    // Red, pnpm stops the other package's run when one fails: whether it had finished depends on timing.
    const { green } = greenThenRed(r, { total: 5 }, { 'packages/cli/test/cli.test.js': VITEST_TEST('adds', 3) }, { file: 'packages/cli/test/cli.test.js', line: 5, name: 'math adds', total: null }, env);
    expect(green.test?.details).toMatchObject({ command: 'pnpm run test', invocations: 2 });
  });

  it('jest: its JSON report with test locations, the failing assertion line', () => {
    const file = (value: number) => `describe('math', () => {\n  test('adds', () => {\n    const sum = 1 + 1;\n    expect(sum).toBe(${value});\n  });\n  test('other', () => expect(2).toBe(2));\n});\n`;
    const r = repo({ 'package.json': JSON.stringify({ name: 'app', scripts: { test: 'jest' } }), '__tests__/math.test.js': file(2), 'src/other.test.js': `test('solo', () => {});\n` });
    greenThenRed(r, { total: 3 }, { '__tests__/math.test.js': file(3) }, { file: '__tests__/math.test.js', line: 4, name: 'math adds' });
  });

  it('mocha and ava: named at file and line too', () => {
    // The reporter .mocharc.yml names (dot) still prints: ours drives it.
    const mocha = repo({
      'package.json': JSON.stringify({ name: 'm', scripts: { test: 'mocha' } }),
      '.mocharc.yml': 'reporter: dot\n',
      'test/a.test.js': `const assert = require('assert');\ndescribe('math', function () {\n  it('adds', function () {\n    assert.equal(1 + 1, 2);\n  });\n});\n`,
    });
    const { blocked } = greenThenRed(mocha, { total: 1 }, { 'test/a.test.js': `const assert = require('assert');\ndescribe('math', function () {\n  it('adds', function () {\n    assert.equal(1 + 1, 3);\n  });\n});\n` }, { file: 'test/a.test.js', line: 4, name: 'math adds' });
    expect(String(blocked.test?.details.output_tail)).toMatch(/^\s*!$/m);

    const ava = repo({
      'package.json': JSON.stringify({ name: 'a', type: 'module', scripts: { test: 'ava' } }),
      'test/a.test.js': `import test from 'ava';\n\ntest('adds', (t) => {\n  t.is(1 + 1, 2);\n});\n`,
    });
    greenThenRed(ava, { total: 1 }, { 'test/a.test.js': `import test from 'ava';\n\ntest('adds', (t) => {\n  t.is(1 + 1, 3);\n});\n` }, { file: 'test/a.test.js', line: 3, name: 'adds' });
  });

  it('a runner the hooks cannot reach (NODE_OPTIONS cleared by the script): every summary summed, failing tests named from the output', () => {
    const r = repo({
      'package.json': JSON.stringify({ name: 'lib', type: 'module', scripts: { test: 'env -u NODE_OPTIONS vitest run test/math.test.js && env -u NODE_OPTIONS vitest run test/more.test.js' } }),
      'test/math.test.js': VITEST_TEST('adds', 2),
      'test/more.test.js': `import { it, expect } from 'vitest';\nit('one', () => expect(1).toBe(1));\n`,
    });
    const { green } = greenThenRed(r, { total: 3 }, { 'test/more.test.js': `import { it, expect } from 'vitest';\nit('one', () => {\n  expect(1).toBe(2);\n});\n` }, { file: 'test/more.test.js', line: 3, name: 'one' });
    expect(green.test?.details).toMatchObject({ collected_from: 'summary' });
  });

  it('yarn berry with yarnPath and no yarn on PATH: the committed release runs the tests', () => {
    const release = yarnRelease();
    const r = repo({
      'package.json': JSON.stringify({ name: 'berry', packageManager: `yarn@${release.version}`, scripts: { test: 'node --test' } }),
      '.yarnrc.yml': `yarnPath: .yarn/releases/yarn-${release.version}.cjs\nnodeLinker: node-modules\nenableTelemetry: false\n`,
      [`.yarn/releases/yarn-${release.version}.cjs`]: release.content,
      'test/a.test.js': `const test = require('node:test');\nconst assert = require('node:assert');\ntest('works', () => assert.ok(true));\n`,
    }, { link: false });
    const env = { PATH: pathWithout('yarn') };
    expect(spawnSync('yarn', ['--version'], { env: { ...process.env, ...env } }).error).toBeDefined();

    // Not installed yet: CONCERNS naming the exact install command.
    const notInstalled = gate(r, env);
    expect(notInstalled.test).toMatchObject({ status: 'inconclusive', details: { environment: { fix: expect.stringContaining('yarn install') } } });
    expect(notInstalled.code).toBe(1);

    // On CI yarn defaults to immutable installs, which refuse to write the first yarn.lock.
    const install = spawnSync('node', [`.yarn/releases/yarn-${release.version}.cjs`, 'install', '--no-immutable'], { cwd: r.dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const run = gate(r, env);
    expect(run.test, JSON.stringify(run.test)).toMatchObject({ status: 'pass', details: { command: 'yarn run test', total: 1 } });
    expect(run.code).toBe(0);
  });
});

/** PATH without the folders that hold `tool`. */
function pathWithout(tool: string): string {
  return (process.env.PATH ?? '').split(delimiter).filter((dir) => spawnSync('test', ['-x', join(dir, tool)]).status !== 0).join(delimiter);
}

describe('environment failures are CONCERNS naming the cause, never BLOCKED', { timeout: 180_000 }, () => {
  const pyTest = (value: number) => `from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\nclass TestMore:\n    def test_twice(self):\n        total = add(1, 1)\n        assert total == ${value}\n`;
  const PY_FILES: Files = {
    'calc.py': 'def add(a, b):\n    return a + b\n',
    'tests/test_calc.py': pyTest(2),
    'pyproject.toml': "[tool.pytest.ini_options]\npythonpath = ['.']\n",
  };

  it('pytest not installed', () => {
    // A virtual environment without pytest, first on PATH, is a machine where pytest is missing.
    const venv = tempDir('loki-venv-');
    spawnSync('python3', ['-m', 'venv', '--without-pip', venv]);
    const r = repo(PY_FILES, { link: false });
    const run = gate(r, { PATH: `${join(venv, 'bin')}${delimiter}${process.env.PATH}` });
    expect(run.test).toMatchObject({ status: 'inconclusive', details: { environment: { cause: 'pytest is not installed' } } });
    expect(run.code).toBe(1);
  });

  const hasPytest = spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;
  const hasPytestCov = spawnSync('python3', ['-c', 'import pytest_cov']).status === 0;

  it.skipIf(!hasPytest || hasPytestCov)('pytest-cov in addopts but not installed (pytest exit 4); without it, pytest green then red at file and line', () => {
    const r = repo({ ...PY_FILES, 'pyproject.toml': "[tool.pytest.ini_options]\npythonpath = ['.']\naddopts = '--cov=calc'\n", 'requirements-dev.txt': 'pytest\npytest-cov\n' }, { link: false });
    const run = gate(r);
    expect(run.test).toMatchObject({ status: 'inconclusive', details: { exit_code: 4, environment: { cause: expect.stringContaining('pytest-cov is not installed'), fix: expect.stringContaining('pip install pytest-cov') } } });
    expect(run.code).toBe(1);

    r.commit('no coverage flags', { 'pyproject.toml': PY_FILES['pyproject.toml']! });
    const { blocked } = greenThenRed(r, { total: 2 }, { 'tests/test_calc.py': pyTest(3) }, { file: 'tests/test_calc.py', line: 11, name: 'tests/test_calc.py::TestMore::test_twice' });
    expect(blocked.findings[0]?.details).toMatchObject({ id: 'tests/test_calc.py::TestMore::test_twice', assertion: expect.stringContaining('assert 2 == 3') });
  });

  // Playwright's own error when its browsers were never downloaded (seen on sindresorhus/ky under ava).
  const PLAYWRIGHT_ERROR = "browserType.launch: Executable doesn't exist at /root/.cache/ms-playwright/chromium-1140/chrome-linux/chrome\\n╔═════════════════════════════════════════════════════════════════════════╗\\n║ Looks like Playwright Test or Playwright was just installed or updated. ║\\n║ Please run the following command to download new browsers:              ║\\n║                                                                         ║\\n║     npx playwright install                                              ║\\n║                                                                         ║\\n║ <3 Playwright Team                                                      ║\\n╚═════════════════════════════════════════════════════════════════════════╝";
  const browserTest = (title: string) => `test('${title}', async (t) => {\n  const launch = async () => { throw new Error("${PLAYWRIGHT_ERROR}"); };\n  await launch();\n  t.pass();\n});\n`;

  it('ava browser tests whose browser is not installed: inconclusive with the fix; a real failure beside them still blocks, named alone', () => {
    const r = repo({
      'package.json': JSON.stringify({ name: 'b', type: 'module', scripts: { test: 'ava' } }),
      'test/unit.test.js': `import test from 'ava';\n\ntest('adds', (t) => {\n  t.is(1 + 1, 2);\n});\n`,
      'test/browser.test.js': `import test from 'ava';\n\n${browserTest('chromium - fetches')}${browserTest('firefox - fetches')}`,
    });
    const run = gate(r);
    expect(run.test, run.stdout).toMatchObject({ status: 'inconclusive', details: { failed: 2, environment_failures: 2, environment: { cause: expect.stringMatching(/^Playwright browsers are not installed/), fix: 'run `npx playwright install --with-deps` before the gate' } } });
    expect(run.findings.filter((f) => f.blocking)).toEqual([]);
    expect(run.code).toBe(1);

    r.commit('break a unit test', { 'test/unit.test.js': `import test from 'ava';\n\ntest('adds', (t) => {\n  t.is(1 + 1, 3);\n});\n` });
    const mixed = gate(r);
    expect(mixed.code, mixed.stdout).toBe(2);
    expect(mixed.findings.map((f) => [f.rule, f.details?.test])).toEqual([['test-failed', 'unit › adds']]);
    expect(mixed.test?.details).toMatchObject({ failed: 3, environment_failures: 2 });
  });

  it('a custom command that prints Playwright\'s error early and a long log after it: the whole output is read, not the tail', () => {
    const noise = Array.from({ length: 200 }, (_, i) => `log line ${i}`).join('\\n');
    const r = repo({
      '.loki/verify.yml': 'test:\n  run: node e2e.mjs\n',
      'e2e.mjs': `console.error("${PLAYWRIGHT_ERROR}");\nconsole.log("${noise}");\nprocess.exit(1);\n`,
    }, { link: false });
    const run = gate(r);
    const probe = run.test;
    expect(probe, run.stdout).toMatchObject({ status: 'inconclusive', details: { environment: { cause: expect.stringMatching(/^Playwright browsers are not installed/) } } });
    expect(String(probe?.details.output_tail)).not.toMatch(/Executable doesn't exist/);
    expect(run.code).toBe(1);
  });

  it('cargo build and test with the registry unreachable (exit 101)', () => {
    const r = repo({
      'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nitoa = "1"\n',
      'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 { a + b }\n',
    }, { link: false });
    // A registry nobody can reach, whatever this machine's network: a proxy on a closed loopback port.
    const env = { CARGO_HOME: tempDir('loki-cargo-home-'), RUSTUP_HOME: process.env.RUSTUP_HOME ?? join(process.env.HOME ?? '', '.rustup'), CARGO_HTTP_PROXY: '127.0.0.1:9', CARGO_NET_RETRY: '0', CARGO_TARGET_DIR: tempDir('loki-cargo-target-') };
    const run = gate(r, env, 'build,test');
    expect(run.build, run.stdout).toMatchObject({ status: 'inconclusive', details: { exit_code: 101, environment: { cause: expect.stringMatching(/^network unreachable/) } } });
    expect(run.test).toMatchObject({ status: 'inconclusive', details: { environment: { fix: expect.stringContaining('cargo fetch') } } });
    expect(run.code).toBe(1);
  });
});
