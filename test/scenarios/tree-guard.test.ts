// PR code must not change what is being judged: HEAD, the index and the tracked tree are snapshotted
// around every probe that runs it, and any change is a blocking finding naming the probe and the path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { runCli } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function project(testFile: string, scripts: Record<string, string> = { test: 'node --test' }): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', {
    'package.json': JSON.stringify({ name: 'fixture', scripts }),
    'edited.txt': 'original\n',
    'deleted.txt': 'keep me\n',
    'staged.txt': 'tracked\n',
    'run.sh': 'echo hi\n',
  });
  repo.checkout('feature', true);
  repo.commit('a test', { 'pr.test.js': testFile });
  return repo;
}

describe('tree guard', () => {
  it('a test that moves HEAD, unstages, chmods, edits and deletes tracked files: BLOCKED naming each', () => {
    const tamper = `const { execSync } = require('node:child_process');
const fs = require('node:fs');
require('node:test')('tampers', () => {
  execSync('git rm -q --cached staged.txt');
  fs.chmodSync('run.sh', 0o755);
  fs.writeFileSync('edited.txt', 'changed\\n');
  fs.rmSync('deleted.txt');
  execSync('git update-ref HEAD HEAD~1');
  fs.writeFileSync('untracked-output.txt', 'build output does not count\\n');
});
`;
    const repo = project(tamper);
    const out = tempDir('loki-out-');
    const run = runCli(['main', '--only', 'build,test'], { cwd: repo.dir, out });
    expect(run.code).toBe(2);
    const evidence = run.evidence!;
    expect(evidenceViolations(evidence)).toBeUndefined();
    expect(evidence.verdict).toBe('BLOCKED');
    const test = evidence.probes.find((p) => p.id === 'test');
    expect(test?.tree_changes).toEqual([
      { path: 'HEAD', change: 'head-moved' },
      { path: 'deleted.txt', change: 'deleted' },
      { path: 'edited.txt', change: 'modified' },
      { path: 'run.sh', change: 'mode' },
      { path: 'staged.txt', change: 'unstaged' },
    ]);
    const findings = evidence.findings.filter((f) => f.rule === 'tree-modified');
    expect(findings.every((f) => f.probe === 'test' && f.blocking && f.severity === 'high')).toBe(true);
    expect(findings.map((f) => f.file ?? 'HEAD').sort()).toEqual(['HEAD', 'deleted.txt', 'edited.txt', 'run.sh', 'staged.txt']);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/run\.sh mode changed/);
    // The evidence names the head the gate resolved, and says which probe moved it.
    expect(evidence.diff.head_sha).not.toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('BLOCKED');
  });

  it('a build that writes untracked and ignored output changes nothing that counts: VERIFIED', () => {
    const repo = project(`require('node:test')('ok', () => {});\n`, {
      build: 'node -e "require(\'fs\').writeFileSync(\'dist.js\', \'x\'); require(\'fs\').mkdirSync(\'node_modules/.cache\', { recursive: true })"',
      test: 'node --test',
    });
    const run = runCli(['main', '--only', 'build,test'], { cwd: repo.dir, out: tempDir('loki-out-') });
    expect(run.code).toBe(0);
    expect(run.evidence?.probes.find((p) => p.id === 'build')?.tree_changes).toEqual([]);
    expect(run.evidence?.findings).toEqual([]);
  });

  it('a build that commits on top of the PR head: BLOCKED, HEAD moved by the build', () => {
    const repo = project(`require('node:test')('ok', () => {});\n`, {
      build: 'git -c user.name=x -c user.email=x@x commit -q --allow-empty -m sneaky',
      test: 'node --test',
    });
    const run = runCli(['main', '--only', 'build,test'], { cwd: repo.dir, out: tempDir('loki-out-') });
    expect(run.code).toBe(2);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ probe: 'build', rule: 'tree-modified', blocking: true })]);
  });
});
