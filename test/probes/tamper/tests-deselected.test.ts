// Acceptance: a runner config the PR changes so that test files of the merge-base are no longer collected
// (vitest/vite, jest, mocha, ava, pytest) is test-skipped naming them; excludes that take no existing test
// file out of the run, and computed lists, are not findings.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, type Files } from '../../helpers/repo.js';
import { runPr } from './run.js';

afterAll(cleanupTempDirs);

const JS_TESTS: Files = {
  'src/url.ts': 'export const url = 1;\n',
  'test/url.test.ts': "import { it } from 'vitest';\nit('parses', () => {});\n",
  'test/query.test.ts': "import { it } from 'vitest';\nit('queries', () => {});\n",
  'test/slow/big.test.ts': "import { it } from 'vitest';\nit('is slow', () => {});\n",
};

describe('tests-deselected: vitest and vite', () => {
  it('a new vitest.config.ts excluding an existing test file (unjs/ufo shape): test-skipped, medium, not blocking, naming it', async () => {
    const config = "import { configDefaults, defineConfig } from 'vitest/config';\n\nexport default defineConfig({\n  test: {\n    exclude: [...configDefaults.exclude, 'test/query.test.ts'],\n  },\n});\n";
    const run = await runPr(JS_TESTS, { 'vitest.config.ts': config });
    expect(run.rule('test-skipped')).toEqual([
      expect.objectContaining({
        severity: 'medium',
        blocking: false,
        file: 'vitest.config.ts',
        line: 5,
        message: 'vitest `test.exclude` in vitest.config.ts changed: 1 test file that exists at the merge-base no longer collected: test/query.test.ts.',
        details: expect.objectContaining({ tool: 'vitest', settings: ['test.exclude'], files: ['test/query.test.ts'], file_count: 1 }),
      }),
    ]);
    expect(run.outcome.status).toBe('pass');
  });

  it('include narrowed in vite.config.ts: the test files left out are named', async () => {
    const config = (include: string) => `export default { test: { include: [${include}] } };\n`;
    const run = await runPr({ ...JS_TESTS, 'vite.config.ts': config("'test/**/*.test.ts'") }, { 'vite.config.ts': config("'test/slow/**/*.test.ts'") });
    expect(run.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['test/query.test.ts', 'test/url.test.ts']]);
  });

  it('vitest workspace projects are compared one by one (by name)', async () => {
    const config = (unit: string) => `import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: {\n    projects: [\n      { test: { name: 'unit', include: [${unit}] } },\n      { test: { name: 'slow', include: ['test/slow/**/*.test.ts'] } },\n    ],\n  },\n});\n`;
    const run = await runPr({ ...JS_TESTS, 'vitest.config.ts': config("'test/*.test.ts'") }, { 'vitest.config.ts': config("'test/url.test.ts'") });
    expect(run.rule('test-skipped')).toEqual([expect.objectContaining({ line: 5, details: expect.objectContaining({ files: ['test/query.test.ts'] }) })]);
  });

  it('near-misses: default-style excludes, a folder without tests, a widened include, a computed include, tests moved with their pattern', async () => {
    const excludes = "export default { test: { exclude: ['**/node_modules/**', 'dist', 'fixtures/**', 'e2e/**', 'coverage'] } };\n";
    expect((await runPr(JS_TESTS, { 'vitest.config.ts': excludes })).findings).toEqual([]);
    const config = (include: string) => `export default { test: { include: ${include} } };\n`;
    expect((await runPr({ ...JS_TESTS, 'vitest.config.ts': config("['test/slow/**/*.test.ts']") }, { 'vitest.config.ts': config("['test/**/*.test.ts']") })).findings).toEqual([]);
    expect((await runPr({ ...JS_TESTS, 'vitest.config.ts': config("['test/**/*.test.ts']") }, { 'vitest.config.ts': config('process.env.CI ? [] : patterns') })).findings).toEqual([]);
    // The tests move to spec/ and the include follows them: nothing left behind uncollected.
    const moved: Files = { 'test/url.test.ts': null, 'test/query.test.ts': null, 'test/slow/big.test.ts': null, 'spec/url.test.ts': JS_TESTS['test/url.test.ts']!, 'spec/query.test.ts': JS_TESTS['test/query.test.ts']!, 'spec/slow/big.test.ts': JS_TESTS['test/slow/big.test.ts']!, 'vitest.config.ts': config("['spec/**/*.test.ts']") };
    expect((await runPr({ ...JS_TESTS, 'vitest.config.ts': config("['test/**/*.test.ts']") }, moved)).rule('test-skipped')).toEqual([]);
  });
});

describe('tests-deselected: jest, mocha, ava', () => {
  const jestTests: Files = {
    'src/__tests__/a.test.js': "test('a', () => {});\n",
    'test/unit/b.test.js': "test('b', () => {});\n",
    'test/slow/c.test.js': "test('c', () => {});\n",
  };

  it('jest in package.json: testPathIgnorePatterns added, roots and testMatch narrowed; an unrelated package.json change is not a finding', async () => {
    const pkg = (jest: object) => JSON.stringify({ name: 'x', scripts: { test: 'jest' }, jest }, null, 2) + '\n';
    const ignored = await runPr({ ...jestTests, 'package.json': pkg({ testEnvironment: 'node' }) }, { 'package.json': pkg({ testEnvironment: 'node', testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/slow/'] }) });
    expect(ignored.rule('test-skipped')).toEqual([expect.objectContaining({ file: 'package.json', details: expect.objectContaining({ tool: 'jest', settings: ['testPathIgnorePatterns'], files: ['test/slow/c.test.js'] }) })]);
    const roots = await runPr({ ...jestTests, 'jest.config.js': "module.exports = { roots: ['<rootDir>/src', '<rootDir>/test'] };\n" }, { 'jest.config.js': "module.exports = { roots: ['<rootDir>/src'] };\n" });
    expect(roots.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['test/slow/c.test.js', 'test/unit/b.test.js']]);
    const match = await runPr(jestTests, { 'jest.config.js': "module.exports = { testMatch: ['**/__tests__/**/*.js', '**/unit/**/*.test.js'] };\n" });
    expect(match.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['test/slow/c.test.js']]);
    const unrelated = await runPr({ ...jestTests, 'package.json': pkg({ testEnvironment: 'node' }) }, { 'package.json': pkg({ testEnvironment: 'node' }).replace('"jest"', '"version": "1.0.1",\n  "jest"') });
    expect(unrelated.findings).toEqual([]);
  });

  it('mocha .mocharc.yml spec narrowed and ignore added; ava `!` patterns in files', async () => {
    const mochaTests: Files = { 'test/unit/a.spec.js': "it('a', () => {});\n", 'test/integration/b.spec.js': "it('b', () => {});\n" };
    const mocha = await runPr({ ...mochaTests, '.mocharc.yml': "spec: 'test/**/*.spec.js'\n" }, { '.mocharc.yml': "spec: 'test/**/*.spec.js'\nignore:\n  - 'test/integration/**'\n" });
    expect(mocha.rule('test-skipped')).toEqual([expect.objectContaining({ file: '.mocharc.yml', line: 2, details: expect.objectContaining({ tool: 'mocha', settings: ['ignore'], files: ['test/integration/b.spec.js'] }) })]);
    const narrowed = await runPr({ ...mochaTests, '.mocharc.json': '{ "spec": ["test/**/*.spec.js"] }\n' }, { '.mocharc.json': '{ "spec": "test/unit" }\n' });
    expect(narrowed.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['test/integration/b.spec.js']]);

    const avaTests: Files = { 'test/a.test.js': "import test from 'ava';\ntest('a', (t) => t.pass());\n", 'test/b.test.js': "import test from 'ava';\ntest('b', (t) => t.pass());\n" };
    const ava = await runPr(avaTests, { 'ava.config.js': "export default { files: ['test/**/*.test.js', '!test/b.test.js'] };\n" });
    expect(ava.rule('test-skipped').map((f) => [f.file, f.details?.['files']])).toEqual([['ava.config.js', ['test/b.test.js']]]);
    // Excluding helpers and fixtures (no test files there) is not a finding.
    expect((await runPr({ ...avaTests, 'test/helpers/setup.js': 'export {};\n' }, { 'ava.config.js': "export default { files: ['test/**/*.js', '!test/helpers/**', '!test/fixtures/**'] };\n" })).findings).toEqual([]);
  });
});

describe('tests-deselected: pytest', () => {
  const pyTests: Files = {
    'calc.py': 'def add(a, b):\n    return a + b\n',
    'tests/test_calc.py': 'def test_add():\n    assert True\n\ndef test_slow():\n    assert True\n',
    'tests/integration/test_db.py': 'def test_db():\n    assert True\n',
    'tests/conftest.py': '',
  };

  it('pyproject addopts --ignore and --deselect, setup.cfg norecursedirs, pytest.ini testpaths narrowed', async () => {
    const base = "[tool.pytest.ini_options]\naddopts = '-q'\n";
    const run = await runPr({ ...pyTests, 'pyproject.toml': base }, { 'pyproject.toml': "[tool.pytest.ini_options]\naddopts = '-q --ignore=tests/integration --deselect tests/test_calc.py::test_slow'\n" });
    expect(run.rule('test-skipped')).toEqual([
      expect.objectContaining({
        file: 'pyproject.toml',
        line: 2,
        message: 'pytest `addopts --ignore`, `addopts --deselect` in pyproject.toml changed: 1 test file that exists at the merge-base no longer collected: tests/integration/test_db.py; deselected: tests/test_calc.py::test_slow.',
      }),
    ]);
    const cfg = await runPr({ ...pyTests, 'setup.cfg': '[tool:pytest]\naddopts = -q\n' }, { 'setup.cfg': '[tool:pytest]\naddopts = -q\nnorecursedirs = integration .git\n' });
    expect(cfg.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['tests/integration/test_db.py']]);
    const ini = await runPr({ ...pyTests, 'pytest.ini': '[pytest]\ntestpaths = tests\n' }, { 'pytest.ini': '[pytest]\ntestpaths = tests/integration\n' });
    expect(ini.rule('test-skipped').map((f) => f.details?.['files'])).toEqual([['tests/test_calc.py']]);
  });

  it('conftest.py collect_ignore / collect_ignore_glob (assigned, appended under an if, extended); setup.py ignored is no finding', async () => {
    const conftest = 'import sys\n\ncollect_ignore = ["setup.py"]\nif sys.version_info < (3, 12):\n    collect_ignore.append("integration")\ncollect_ignore_glob = [r"test_c*.py"]\n';
    const run = await runPr({ ...pyTests, 'tests/conftest.py': 'collect_ignore = ["setup.py"]\n' }, { 'tests/conftest.py': conftest });
    expect(run.rule('test-skipped')).toEqual([
      expect.objectContaining({ file: 'tests/conftest.py', line: 3, details: expect.objectContaining({ tool: 'pytest', settings: ['collect_ignore', 'collect_ignore_glob'], files: ['tests/integration/test_db.py', 'tests/test_calc.py'] }) }),
    ]);
    const harmless = await runPr(pyTests, { 'tests/conftest.py': 'collect_ignore = ["setup.py", "docs"]\ncollect_ignore.extend(["build"])\n' });
    expect(harmless.findings).toEqual([]);
  });

  it('near-misses: ignoring a folder without tests, a deselect of a file that does not exist', async () => {
    const run = await runPr({ ...pyTests, 'pyproject.toml': "[tool.pytest.ini_options]\naddopts = '-q'\n" }, { 'pyproject.toml': "[tool.pytest.ini_options]\naddopts = '-q --ignore=docs --ignore-glob=*_pb2.py --deselect gone/test_x.py::test_y'\nnorecursedirs = ['build', 'dist', '.tox']\n" });
    expect(run.findings).toEqual([]);
  });
});
