// A build that fails at head and on the merge-base too is not the PR's doing (real repositories, the real CLI).
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

const BROKEN = "console.error('error TS2304: Cannot find name widget'); process.exit(2);\n";

function gate(base: Files, change: Files) {
  const repo = TestRepo.init();
  repo.commit('base', { 'package.json': JSON.stringify({ name: 'b', scripts: { build: 'node build.js' } }), ...base });
  repo.checkout('feature', true);
  repo.commit('change', change);
  const run = runCli(['main', '--only', 'build'], { cwd: repo.dir, out: tempDir('loki-out-') });
  expect(repo.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  return { ...run, build: run.evidence?.probes.find((p) => p.id === 'build') };
}

describe('build judged against the merge-base', () => {
  it('failing on the base too: CONCERNS with preexisting-failure, "also fails on the base"', () => {
    const run = gate({ 'build.js': BROKEN }, { 'src/x.js': 'export {};\n' });
    expect(run.code).toBe(1);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'preexisting-failure', severity: 'medium', blocking: false, message: expect.stringMatching(/^build failed \(also fails on the base\): `npm run build` exited with 2/) })]);
    expect(run.build).toMatchObject({ status: 'fail', summary: expect.stringContaining('it also fails on the base'), details: { base: { exit_code: 2 } } });
  });

  it('build.preexisting: block keeps it blocking', () => {
    const run = gate({ 'build.js': BROKEN, '.loki/verify.yml': 'build:\n  preexisting: block\n' }, { 'src/x.js': 'export {};\n' });
    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'build-failed', blocking: true, message: expect.stringContaining('(also fails on the base)') })]);
  });

  it('passing on the base: BLOCKED with build-failed', () => {
    const run = gate({ 'build.js': '// builds\n' }, { 'build.js': BROKEN });
    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ rule: 'build-failed', blocking: true })]);
    expect(run.evidence?.findings[0]?.message).not.toContain('also fails on the base');
  });
});
