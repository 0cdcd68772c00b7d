// The build and test probes against real runners: vitest (this project's own copy), pytest, cargo, make.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { PROJECT_ROOT } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const HAS_PYTEST = spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

function scenario(base: Files, change: Files, linkNodeModules = false): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { '.gitignore': 'node_modules\ntarget/\n__pycache__/\n.pytest_cache/\n', ...base });
  // Dependencies are installed, not committed: link this project's node_modules as `npm ci` would provide them.
  if (linkNodeModules) symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
  repo.checkout('feature', true);
  repo.commit('change', change);
  return repo;
}

function gate(repo: TestRepo, only = 'build,test') {
  const run = runCli(['main', '--only', only], { cwd: repo.dir, out: tempDir('loki-out-') });
  return { ...run, test: run.evidence?.probes.find((p) => p.id === 'test'), build: run.evidence?.probes.find((p) => p.id === 'build') };
}

const VITEST_PKG = JSON.stringify({ name: 'v', type: 'module', scripts: { test: 'vitest run --passWithNoTests' } });

describe('test runners', () => {
  it('vitest: counts from its json report, failing test named, exit 2', () => {
    const repo = scenario({ 'package.json': VITEST_PKG }, {
      'math.test.js': `import { it, expect } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\nit('multiplies', () => expect(2 * 2).toBe(5));\n`,
    }, true);
    const run = gate(repo);
    expect(run.code).toBe(2);
    expect(run.test?.details).toMatchObject({ runner: 'vitest', passed: 1, failed: 1, failures: [{ name: 'multiplies', file: 'math.test.js', line: 3 }] });
    expect(run.evidence?.findings[0]).toMatchObject({ file: 'math.test.js', line: 3, message: 'failing test: multiplies: AssertionError: expected 4 to be 5 // Object.is equality' });
  });

  it('vitest with no tests at all: inconclusive, exit 1', () => {
    const repo = scenario({ 'package.json': VITEST_PKG }, { 'src.js': 'export const x = 1;\n' }, true);
    const run = gate(repo);
    expect(run.test?.status).toBe('inconclusive');
    expect(run.code).toBe(1);
  });

  // pytest is part of the machine image here but not guaranteed elsewhere; the junit parser has its own fixture test.
  it.skipIf(!HAS_PYTEST)('pytest: root-level test_*.py discovered, read through the plugin', () => {
    const repo = scenario({ 'calc.py': 'def add(a, b):\n    return a + b\n' }, {
      'test_calc.py': 'from calc import add\n\ndef test_add():\n    assert add(1, 2) == 3\n\ndef test_wrong():\n    assert add(1, 1) == 3\n',
    });
    const run = gate(repo);
    expect(run.test?.details).toMatchObject({ runner: 'pytest', passed: 1, failed: 1, failures: [{ name: 'test_calc.py::test_wrong', file: 'test_calc.py', line: 7 }] });
    expect(run.code).toBe(2);
  });

  it('cargo: build and test detected from Cargo.toml, libtest output read', () => {
    const repo = scenario({ 'Cargo.toml': '[package]\nname = "calc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' }, {
      'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 { a + b }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() { assert_eq!(super::add(1, 2), 3); }\n}\n',
    });
    const run = gate(repo);
    expect(run.build).toMatchObject({ status: 'pass', details: { source: 'Cargo.toml' } });
    expect(run.test).toMatchObject({ status: 'pass', details: { runner: 'cargo test', passed: 1 } });
    expect(run.code).toBe(0);
  });

  it('config commands and a Makefile build target', () => {
    // The policy (and so test.run) comes from the merge-base.
    const repo = scenario({ Makefile: 'build:\n\t@echo building\n', '.loki/verify.yml': 'test:\n  run: "echo checking && test -f Makefile"\n' }, {
      'x.txt': 'x\n',
    });
    const run = gate(repo);
    expect(run.build).toMatchObject({ status: 'pass', details: { command: 'make build', source: 'Makefile build target' } });
    expect(run.test).toMatchObject({ status: 'pass', summary: expect.stringMatching(/reports no test count/) });
    expect(run.code).toBe(0);

    const redRepo = scenario({ '.loki/verify.yml': 'test:\n  run: "echo 3 passed, 1 failed && exit 1"\n' }, { 'x.txt': 'x\n' });
    const red = gate(redRepo);
    expect(red.test).toMatchObject({ status: 'fail', details: { passed: 3, failed: 1 } });
    expect(red.code).toBe(2);
  });

  it('a build tool that is not installed is inconclusive, not a failure', () => {
    const repo = scenario({ 'package.json': JSON.stringify({ name: 'p', scripts: { build: 'tsc-not-installed -p .' } }) }, { 'a.txt': 'a\n' });
    const run = gate(repo, 'build');
    expect(run.build).toMatchObject({ status: 'inconclusive', details: { environment: { cause: 'command not found: tsc-not-installed', fix: expect.stringMatching(/^install tsc-not-installed/) } } });
    expect(run.code).toBe(1);
  });
});
