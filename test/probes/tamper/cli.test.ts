// The whole gate through the real CLI: tamper findings reach evidence (validated against the schema), the
// report, the terminal and the exit code.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const TESTS = "import { it } from 'vitest';\n\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n\nit('subtracts', () => {\n  expect(2 - 1).toBe(1);\n});\n";

function pr(head: Record<string, string | null>): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'test/math.test.ts': TESTS, '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: npx vitest run\n' });
  repo.checkout('feature', true);
  repo.commit('change', head);
  return repo;
}

describe('tamper through the CLI', () => {
  it('a focused test and a CI test step given `|| true`: BLOCKED (exit 2), both in evidence and the report', () => {
    const repo = pr({ 'test/math.test.ts': TESTS.replace("it('adds'", "it.only('adds'"), '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: npx vitest run || true\n' });
    const run = runCli(['main', '--only', 'tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(run.code).toBe(2);
    expect(run.evidence?.verdict).toBe('BLOCKED');
    const findings = run.evidence!.findings.filter((f) => f.probe === 'tamper');
    expect(findings.map((f) => [f.rule, f.file, f.line]).sort()).toEqual([
      ['check-disabled', '.github/workflows/ci.yml', 4],
      ['test-focused', 'test/math.test.ts', 3],
    ]);
    expect(run.report).toContain('test-focused');
  });

  it('a skipped test only: CONCERNS (exit 1)', () => {
    const repo = pr({ 'test/math.test.ts': TESTS.replace("it('subtracts'", "it.skip('subtracts'") });
    const run = runCli(['main', '--only', 'tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(run.code).toBe(1);
    expect(run.evidence?.findings.map((f) => [f.rule, f.severity, f.blocking])).toEqual([['test-skipped', 'medium', false]]);
  });

  it('a green PR that adds a test and raises nothing: VERIFIED (exit 0)', () => {
    const repo = pr({ 'test/math.test.ts': `${TESTS}\nit('multiplies', () => {\n  expect(2 * 2).toBe(4);\n});\n` });
    const run = runCli(['main', '--only', 'tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(run.evidence?.probes.find((p) => p.id === 'tamper')?.status).toBe('pass');
    expect(run.code).toBe(0);
  });

  it('real-repository shapes: a test deleted with the function it tested, and an example project deleted whole: VERIFIED; a test renamed out of the runners\' reach: BLOCKED', () => {
    const repo = TestRepo.init();
    const help = 'export function width(s) {\n  return stripColor(s).length;\n}\n\nexport function stripColor(s) {\n  return s.replace(/x/g, "");\n}\n';
    const stripTests = "import { stripColor } from '../lib/help.js';\nimport { test } from 'node:test';\n\ntest('strips', () => {\n  assert.equal(stripColor('ax'), 'a');\n});\n";
    const chainTests = "import { test } from 'node:test';\n\ntest('chains', () => {\n  assert.ok(program.option('-x'));\n});\n";
    repo.commit('base', {
      'package.json': '{ "name": "app", "type": "module", "scripts": { "test": "node --test" } }\n',
      'lib/help.js': help,
      'tests/help.strip.test.js': stripTests,
      'tests/command.chain.test.js': chainTests,
      'examples/jest-ts/package.json': '{ "name": "example" }\n',
      'examples/jest-ts/tsconfig.json': '{ "compilerOptions": { "strict": true } }\n',
      'examples/jest-ts/index.spec.cts': "test('runs', () => {\n  expect(require('app')).toBeDefined();\n});\n",
    });
    repo.checkout('feature', true);
    repo.commit('remove stripColor and the example', {
      'lib/help.js': 'import { stripVTControlCharacters } from "node:util";\n\nexport function width(s) {\n  return stripVTControlCharacters(s).length;\n}\n',
      'tests/help.strip.test.js': null,
      'examples/jest-ts/package.json': null,
      'examples/jest-ts/tsconfig.json': null,
      'examples/jest-ts/index.spec.cts': null,
    });
    const green = runCli(['main', '--only', 'tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(green.evidence?.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([['test-removed', 'info', 'tests/help.strip.test.js']]);
    expect(green.evidence?.verdict).toBe('VERIFIED');
    expect(green.code).toBe(0);

    repo.git('mv', 'tests/command.chain.test.js', 'tests/command.chain.js');
    repo.git('commit', '-qm', 'rename');
    const hidden = runCli(['main', '--only', 'tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(hidden.code).toBe(2);
    const removed = hidden.evidence!.findings.filter((f) => f.severity !== 'info');
    expect(removed.map((f) => [f.rule, f.file, f.blocking])).toEqual([['test-removed', 'tests/command.chain.test.js', true]]);
    expect(removed[0]!.message).toContain('renamed to tests/command.chain.js, a name test runners do not collect by default');
  });
});

