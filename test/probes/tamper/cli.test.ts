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
});
