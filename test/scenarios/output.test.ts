// The gate's writes: only into its own output folder, never through a link, never over a tracked file,
// atomically, and a folder that cannot be written is ERROR (exit 3), never a warning and exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/types.js';
import { evidenceViolations } from '../../src/evidence/validate.js';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';
import { snapshotFiles } from '../helpers/files.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const PASSING_TEST = `require('node:test')('ok', () => {});\n`;

/** A repository with a passing test on `main` and a `feature` branch that adds a file. */
function project(files: Record<string, string> = {}): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', scripts: { test: 'node --test' } }), 'a.test.js': PASSING_TEST, ...files });
  repo.checkout('feature', true);
  repo.commit('change', { 'b.txt': 'b\n' });
  return repo;
}

/** Whether this machine lets a test mount a tmpfs of its own (a user and mount namespace). */
const tmpfsAvailable = ((): boolean => {
  const dir = tempDir('loki-mnt-');
  return spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', dir]).status === 0;
})();

/**
 * Runs `script` in a private mount namespace with a small tmpfs at $MNT (gone when the script ends);
 * the gate is `"$GATE" ARGS...`; whatever the script copies to $KEEP survives.
 */
function inTmpfs(script: string, options: { size: string; cwd: string; env?: Record<string, string> }): { code: number | null; stdout: string; stderr: string; keep: string } {
  const mnt = tempDir('loki-mnt-');
  const keep = tempDir('loki-keep-');
  const result = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=${options.size} tmpfs "$MNT" && ${script}`], {
    cwd: options.cwd,
    env: cleanEnv({ MNT: mnt, KEEP: keep, GATE: `${process.execPath} ${BIN}`, ...options.env }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, keep };
}

function validEvidence(path: string): Evidence {
  const evidence = JSON.parse(readFileSync(path, 'utf8')) as Evidence;
  expect(evidenceViolations(evidence)).toBeUndefined();
  return evidence;
}

describe('output folder', () => {
  it('holds a .gitignore, so git status stays clean and a second run sees no uncommitted path', () => {
    const repo = project();
    const first = runCli(['main', '--only', 'test'], { cwd: repo.dir });
    expect(first.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.loki/verify/.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    const second = runCli(['main', '--only', 'test'], { cwd: repo.dir });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/uncommitted/);
    validEvidence(join(repo.dir, '.loki/verify/evidence.json'));
  });

  it('--cwd to a folder that does not exist creates nothing and exits 3', () => {
    const missing = join(tempDir(), 'nonexistent');
    const run = runCli(['main', '--cwd', missing], { cwd: tempDir() });
    expect(run.code).toBe(3);
    expect(existsSync(missing)).toBe(false);
  });

  it('--out naming a file: ERROR, exit 3, the file untouched', () => {
    const repo = project();
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'mine\n');
    const run = runCli(['main', '--only', 'test', '--out', file], { cwd: repo.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/output folder .*a-file/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('a PR that commits .loki/verify/report.md as a link out of the repository: exit 3, nothing outside written', () => {
    const outside = tempDir('loki-home-');
    writeFileSync(join(outside, '.bashrc'), 'export PATH=/usr/bin\n');
    const repo = project();
    mkdirSync(join(repo.dir, '.loki/verify'), { recursive: true });
    symlinkSync(join(outside, '.bashrc'), join(repo.dir, '.loki/verify/report.md'));
    repo.commit('plant a link', {});
    const before = snapshotFiles(outside);
    const run = runCli(['main', '--only', 'test'], { cwd: repo.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/tracked by git \(\.loki\/verify\/report\.md\)/);
    expect(snapshotFiles(outside)).toEqual(before);
  });

  it('a PR that commits the output folder itself as a link out of the repository: exit 3, the target untouched', () => {
    const outside = tempDir('loki-home-');
    const repo = project();
    symlinkSync(outside, join(repo.dir, '.loki'));
    repo.commit('plant a folder link', {});
    const run = runCli(['main', '--only', 'test'], { cwd: repo.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/symbolic link inside the repository/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('PR code that swaps the output folder for a link while the gate runs: exit 3, the target untouched', () => {
    const outside = tempDir('loki-home-');
    writeFileSync(join(outside, 'notes.txt'), 'keep\n');
    const repo = TestRepo.init();
    const swap = `require('node:test')('swap', () => { const fs = require('fs'); fs.rmSync('.loki/verify', { recursive: true, force: true }); fs.symlinkSync(${JSON.stringify(outside)}, '.loki/verify'); });\n`;
    repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', scripts: { test: 'node --test' } }), '.gitignore': '.loki/\n' });
    repo.checkout('feature', true);
    repo.commit('a test that swaps the output folder', { 'swap.test.js': swap });
    const before = snapshotFiles(outside);
    const run = runCli(['main', '--only', 'test'], { cwd: repo.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/symbolic link inside the repository/);
    expect(snapshotFiles(outside)).toEqual(before);
  });

  it('--out at the repository root next to a tracked report.md: exit 3, every tracked file byte-identical', () => {
    const repo = project({ 'report.md': '# our report\n' });
    const before = snapshotFiles(repo.dir);
    const run = runCli(['main', '--only', 'test', '--out', '.'], { cwd: repo.dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/tracked by git/);
    expect(snapshotFiles(repo.dir)).toEqual(before);
  });

  it.skipIf(!tmpfsAvailable)('a read-only file system: ERROR, exit 3, no evidence', () => {
    const repo = project();
    const run = inTmpfs('mkdir "$MNT/out" && mount -o remount,ro "$MNT" && $GATE main --only test --out "$MNT/out"; echo "exit=$?"; ls -A "$MNT/out"', {
      size: '64k',
      cwd: repo.dir,
    });
    expect(run.stdout).toContain('exit=3');
    expect(run.stderr).toMatch(/output folder .* (cannot|could not) be (written|created) \(EROFS/);
  });

  it.skipIf(!tmpfsAvailable)('a disk that fills up while the PR runs: ERROR, exit 3, no partial or stale evidence left', () => {
    // The PR's test fills the disk holding the output folder; the folder had a VERIFIED evidence.json of an earlier run.
    const repo = TestRepo.init();
    const fill = `require('node:test')('fills the disk', () => { try { require('fs').writeFileSync(process.env.FILL, Buffer.alloc(8 << 20, 120)); } catch {} });\n`;
    repo.commit('initial', { 'package.json': JSON.stringify({ name: 'fixture', scripts: { test: 'node --test' } }) });
    repo.checkout('feature', true);
    repo.commit('a test that fills the disk', { 'fill.test.js': fill });
    const stale = JSON.stringify({ verdict: 'VERIFIED', note: 'earlier run' });
    const run = inTmpfs(
      `mkdir "$MNT/out" && printf '%s' '${stale}' > "$MNT/out/evidence.json" && FILL="$MNT/filler" $GATE main --only test --out "$MNT/out"; echo "exit=$?"; cp -a "$MNT/out/." "$KEEP/"`,
      { size: '1m', cwd: repo.dir },
    );
    expect(run.stdout).toContain('exit=3');
    expect(run.stderr).toMatch(/ENOSPC/);
    const left = readdirSync(run.keep);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    if (left.includes('evidence.json')) expect(validEvidence(join(run.keep, 'evidence.json')).verdict).toBe('ERROR');
  });
});

describe('a PR that turns a tracked file into a link', () => {
  it('is verified like any change (the type change is one file of the diff), nothing outside written', () => {
    const outside = tempDir('loki-home-');
    writeFileSync(join(outside, 'notes.txt'), 'keep\n');
    const repo = project({ 'docs.md': '# docs\n' });
    repo.git('rm', '-q', 'docs.md');
    symlinkSync(join(outside, 'notes.txt'), join(repo.dir, 'docs.md'));
    repo.commit('docs.md becomes a link', {});
    const before = snapshotFiles(outside);
    const out = tempDir('loki-out-');
    const run = runCli(['main', '--only', 'test'], { cwd: repo.dir, out });
    expect(run.code, run.stderr).toBe(0);
    expect(validEvidence(join(out, 'evidence.json')).diff.files).toContainEqual(expect.objectContaining({ path: 'docs.md', status: 'type-changed' }));
    expect(snapshotFiles(outside)).toEqual(before);
  });
});
