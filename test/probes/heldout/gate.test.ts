// End to end: the real CLI (bin/loki-verify.js -> lib/) with --heldout, evidence.json and report.md on disk.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/evidence/types.js';
import { evidenceViolations } from '../../../src/evidence/validate.js';
import { BIN, cleanEnv, runCli, type CliRun } from '../../helpers/cli.js';
import { isRunning } from '../../helpers/process.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../../helpers/repo.js';
import { heldoutFile } from './heldout-file.js';

afterAll(cleanupTempDirs);

function project(): TestRepo {
  const r = TestRepo.init();
  r.commit('init', { 'README.md': '# demo\n', 'lib/add.sh': 'echo $(( $1 + $2 ))\n' });
  r.checkout('feature', true);
  r.commit('feature', { 'lib/mul.sh': 'echo $(( $1 * $2 ))\n' });
  return r;
}

function gate(r: TestRepo, heldout: string): CliRun & { evidenceText: string; reportText: string } {
  const out = tempDir('loki-out-');
  const run = runCli(['main', '--only', 'heldout', '--heldout', heldout], { cwd: r.dir, out });
  expect(run.evidence).toBeDefined();
  expect(evidenceViolations(run.evidence)).toBeUndefined();
  return { ...run, evidenceText: readFileSync(join(out, 'evidence.json'), 'utf8'), reportText: readFileSync(join(out, 'report.md'), 'utf8') };
}

const SECRET = /CMD-MARKER|HIDDEN-CONTENT|OUTPUT-MARKER|secret_check/;

describe('loki-verify --heldout', () => {
  it('a failing held-out item blocks (exit 2), names the item, and reveals no command, hidden file or output', () => {
    const r = project();
    const run = gate(
      r,
      heldoutFile([
        {
          id: 'HO-add',
          title: 'Adds with a hidden test',
          run: 'echo OUTPUT-MARKER-A; sh tests/secret_check.sh # CMD-MARKER-A',
          files: { 'tests/secret_check.sh': '# HIDDEN-CONTENT\n[ "$(sh lib/add.sh 2 2)" = 4 ]\n' },
        },
        { id: 'HO-mul', title: 'Multiplies', run: 'echo OUTPUT-MARKER-B; [ "$(sh lib/mul.sh 2 2)" = 5 ] # CMD-MARKER-B' },
      ]),
    );
    expect(run.code).toBe(2);
    expect(run.evidence?.verdict).toBe('BLOCKED');
    const probe = run.evidence?.probes.find((p) => p.id === 'heldout');
    expect(probe).toMatchObject({ status: 'fail', summary: '2 held-out checks: 1 passed, 1 failed (HO-mul)' });
    expect(run.evidence?.findings).toEqual([
      expect.objectContaining({ probe: 'heldout', rule: 'heldout/item-failed', blocking: true, message: expect.stringContaining('HO-mul') }),
    ]);
    expect(run.reportText).toContain('HO-mul');
    for (const text of [run.evidenceText, run.reportText, run.stdout, run.stderr]) expect(text).not.toMatch(SECRET);
    expect(existsSync(join(r.dir, 'tests'))).toBe(false);
  });

  it('all items passing: VERIFIED (exit 0)', () => {
    const run = gate(project(), heldoutFile([{ id: 'ok', title: 'Adds', run: '[ "$(sh lib/add.sh 1 2)" = 3 ]' }]));
    expect(run.code).toBe(0);
    expect(run.evidence?.probes.find((p) => p.id === 'heldout')?.status).toBe('pass');
  });

  it('an invalid held-out file is an ERROR (exit 3) with a one-line reason', () => {
    const path = join(tempDir(), 'bad.yml');
    writeFileSync(path, 'items:\n  - id: x\n    title: t\n');
    const run = gate(project(), path);
    expect(run.code).toBe(3);
    expect(run.evidence?.probes.find((p) => p.id === 'heldout')).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(/bad\.yml is invalid: items\[0\]\.run: is required/),
    });
  });

  it('removes hidden files and ends the item\'s processes when the gate is interrupted', async () => {
    const r = project();
    const pids = tempDir();
    const file = heldoutFile([
      {
        id: 'long',
        title: 'Runs long',
        run: `sleep 60 & echo $! > ${pids}/child.pid; wait`,
        files: { 'tests/hidden/long.sh': 'sleep 60\n', 'top-level-hidden.txt': 'x\n' },
      },
    ]);
    const out = tempDir('loki-out-');
    const child = spawn(process.execPath, [BIN, 'main', '--only', 'heldout', '--heldout', file, '--out', out], {
      cwd: r.dir,
      env: cleanEnv(),
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const pidFile = join(pids, 'child.pid');
    for (let i = 0; i < 300 && !(existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim()); i++) await sleep(100);
    expect(existsSync(join(r.dir, 'tests/hidden/long.sh'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(join(r.dir, 'tests'))).toBe(false);
    expect(existsSync(join(r.dir, 'top-level-hidden.txt'))).toBe(false);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    for (let i = 0; i < 50 && isRunning(pid); i++) await sleep(100);
    expect(isRunning(pid)).toBe(false);
    expect(r.git('status', '--porcelain', '--ignored', '--untracked-files=all')).toBe('');
    // The interrupted run still leaves evidence saying so, with the probes that had finished.
    const evidence = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')) as Evidence;
    expect(evidenceViolations(evidence)).toBeUndefined();
    expect(evidence).toMatchObject({ verdict: 'ERROR', exit_code: 3, error: expect.stringMatching(/^interrupted by SIGTERM before the gate finished/) });
    expect(evidence.probes.map((p) => `${p.id}:${p.status}`)).toContain('build:skipped');
  });
});
