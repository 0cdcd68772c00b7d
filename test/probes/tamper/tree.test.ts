// End to end with the engine's tree guard: PR code that deletes a tracked file and edits another while the
// test probe runs it. The tamper probe names both paths and the probe, and the verdict is BLOCKED.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from '../../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('tree-modified through the gate', () => {
  it('a test command that deletes one tracked file and edits another: tree-modified names both, BLOCKED', () => {
    const repo = TestRepo.init();
    repo.commit('base', {
      // The policy is read from the merge-base: the test command is the base's.
      '.loki/verify.yml': 'test:\n  run: "node scripts/check.js"\n',
      'scripts/check.js': "console.log('ok');\n",
      'data/keep.txt': 'keep\n',
      'data/fixture.txt': 'fixture\n',
    });
    repo.checkout('feature', true);
    // The PR's code: its "tests" rewrite the repository they are checked in.
    repo.commit('change', { 'scripts/check.js': "const fs = require('node:fs');\nfs.rmSync('data/fixture.txt');\nfs.appendFileSync('data/keep.txt', 'edited\\n');\nconsole.log('ok');\n" });
    const run = runCli(['main', '--only', 'test,tamper'], { cwd: repo.dir, out: tempDir(), env: cleanEnv() });
    expect(run.evidence?.verdict).toBe('BLOCKED');
    expect(run.code).toBe(2);
    const tree = run.evidence!.findings.filter((f) => f.probe === 'tamper' && f.rule === 'tree-modified');
    expect(tree.map((f) => [f.file, f.details?.['probe'], f.details?.['change'], f.severity, f.blocking]).sort()).toEqual([
      ['data/fixture.txt', 'test', 'deleted', 'high', true],
      ['data/keep.txt', 'test', 'modified', 'high', true],
    ]);
  });
});
