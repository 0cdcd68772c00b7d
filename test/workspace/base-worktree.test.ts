// The base worktree against real git: where it is, what it reuses, and that it is always removed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { openBaseWorktree, type RunIn } from '../../src/workspace/base-worktree.js';
import type { ChangedFile } from '../../src/types.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cleanupTempDirs, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const changed = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path, status: 'modified', binary: false, added: 1, removed: 0, addedRanges: [] }));
const noRun: RunIn = () => Promise.reject(new Error('no install expected'));

/** A workspace repository with installed node_modules (root and one package) and a virtualenv, on a feature branch. */
function workspaceRepo(change: Record<string, string> = { 'src/a.js': 'export const a = 2;\n' }): { repo: TestRepo; base: string } {
  const repo = TestRepo.init();
  const base = repo.commit('base', {
    '.gitignore': 'node_modules\n.venv\n',
    'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'], dependencies: { left: '1.0.0' } }),
    'package-lock.json': '{"lockfileVersion":3}\n',
    'packages/a/package.json': JSON.stringify({ name: 'a' }),
    'src/a.js': 'export const a = 1;\n',
  });
  for (const dir of ['node_modules/left', 'packages/a/node_modules/x', '.venv/bin']) mkdirSync(join(repo.dir, dir), { recursive: true });
  writeFileSync(join(repo.dir, '.venv/pyvenv.cfg'), 'home = /usr/bin\n');
  repo.checkout('feature', true);
  repo.commit('change', change);
  return { repo, base };
}

/** What the user has: the index file's bytes, the status and the checked-out commit. */
function userState(repo: TestRepo): string {
  const index = createHash('sha256').update(readFileSync(join(repo.dir, '.git/index'))).digest('hex');
  return [index, repo.git('status', '--porcelain=v2', '--branch', '--untracked-files=all'), repo.head()].join('\n');
}

function worktrees(repo: TestRepo): string[] {
  return repo.git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).map((l) => l.slice('worktree '.length));
}

describe('openBaseWorktree', () => {
  it('checks out the merge-base outside the tree, links the head’s node_modules and virtualenv, and leaves the user’s tree and index alone', async () => {
    const { repo, base } = workspaceRepo();
    writeFileSync(join(repo.dir, 'uncommitted.txt'), 'dirty\n');
    const before = userState(repo);
    const wt = await openBaseWorktree({ git: createGit(repo.dir), root: repo.dir, sha: base, changed: changed('src/a.js'), signal: new AbortController().signal, run: noRun });
    try {
      expect(wt.dir.startsWith(repo.dir)).toBe(false);
      expect(readFileSync(join(wt.dir, 'src/a.js'), 'utf8')).toBe('export const a = 1;\n');
      await expect(createGit(wt.dir).raw(['rev-parse', 'HEAD'])).resolves.toBe(`${base}\n`);
      expect(readlinkSync(join(wt.dir, 'node_modules'))).toBe(join(repo.dir, 'node_modules'));
      expect(readlinkSync(join(wt.dir, 'packages/a/node_modules'))).toBe(join(repo.dir, 'packages/a/node_modules'));
      expect(lstatSync(join(wt.dir, '.venv')).isSymbolicLink()).toBe(true);
      expect(wt.dependencies).toBe("head's node_modules linked (2 folders); head's virtualenv .venv linked");
      expect(userState(repo)).toBe(before);
      expect(worktrees(repo)).toHaveLength(2);
    } finally {
      wt.dispose();
    }
    expect(existsSync(wt.dir)).toBe(false);
    expect(worktrees(repo)).toEqual([repo.dir]);
    expect(repo.git('worktree', 'prune', '--dry-run', '--verbose')).toBe('');
    expect(userState(repo)).toBe(before);
    // The head's installed dependencies are still there.
    expect(existsSync(join(repo.dir, 'node_modules/left'))).toBe(true);
  });

  it('installs with the package manager’s frozen install when the PR changed the lockfile, and names it', async () => {
    const { repo, base } = workspaceRepo({ 'package-lock.json': '{"lockfileVersion":3,"x":1}\n' });
    const calls: Array<[readonly string[], string]> = [];
    const run: RunIn = (argv, cwd) => {
      calls.push([argv, cwd]);
      return Promise.resolve({ ok: true, output: '' });
    };
    const wt = await openBaseWorktree({ git: createGit(repo.dir), root: repo.dir, sha: base, changed: changed('package-lock.json'), signal: new AbortController().signal, run });
    wt.dispose();
    expect(calls).toEqual([[['npm', 'ci', '--no-audit', '--no-fund'], wt.dir]]);
    expect(wt.dependencies).toContain('installed with `npm ci --no-audit --no-fund` (the PR changed package-lock.json)');
  });

  it('does not link the virtualenv when the PR changed the Python requirements, and names the file', async () => {
    const { repo, base } = workspaceRepo({ 'requirements.txt': 'requests==2.32.3\n' });
    const wt = await openBaseWorktree({ git: createGit(repo.dir), root: repo.dir, sha: base, changed: changed('requirements.txt'), signal: new AbortController().signal, run: noRun });
    try {
      expect(wt.pythonChange).toBe('requirements.txt');
      expect(existsSync(join(wt.dir, '.venv'))).toBe(false);
      expect(wt.dependencies).toBe("head's node_modules linked (2 folders); head's Python environment not reusable (the PR changed requirements.txt)");
    } finally {
      wt.dispose();
    }
  });

  it('a failed install is an error naming the command, and the worktree is removed', async () => {
    const { repo, base } = workspaceRepo({ 'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'], dependencies: { left: '2.0.0' } }) });
    const run: RunIn = () => Promise.resolve({ ok: false, output: 'npm error code ENOTFOUND\n' });
    await expect(openBaseWorktree({ git: createGit(repo.dir), root: repo.dir, sha: base, changed: changed('package.json'), signal: new AbortController().signal, run })).rejects.toThrow(
      /^`npm ci --no-audit --no-fund` failed on the base \(the PR changed package\.json\): npm error code ENOTFOUND$/,
    );
    expect(worktrees(repo)).toEqual([repo.dir]);
  });

  it('is removed as soon as the probe’s signal aborts (its timeout)', async () => {
    const { repo, base } = workspaceRepo();
    const controller = new AbortController();
    const wt = await openBaseWorktree({ git: createGit(repo.dir), root: repo.dir, sha: base, changed: changed('src/a.js'), signal: controller.signal, run: noRun });
    expect(existsSync(wt.dir)).toBe(true);
    controller.abort();
    expect(existsSync(wt.dir)).toBe(false);
    expect(worktrees(repo)).toEqual([repo.dir]);
  });

  it('is removed when the process gets SIGTERM', async () => {
    const { repo, base } = workspaceRepo();
    const script = `
      import { createGit } from ${JSON.stringify(join(PROJECT_ROOT, 'lib/src/git/git.js'))};
      import { openBaseWorktree } from ${JSON.stringify(join(PROJECT_ROOT, 'lib/src/workspace/base-worktree.js'))};
      const wt = await openBaseWorktree({ git: createGit(process.cwd()), root: process.cwd(), sha: ${JSON.stringify(base)}, changed: [], signal: new AbortController().signal, run: async () => ({ ok: true, output: '' }) });
      console.log(wt.dir);
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: repo.dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let dir = '';
    child.stdout.on('data', (chunk: Buffer) => (dir += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 300 && !dir.includes('\n'); i++) await sleep(100);
    dir = dir.trim();
    expect(existsSync(dir)).toBe(true);
    expect(worktrees(repo)).toHaveLength(2);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(dir)).toBe(false);
    expect(worktrees(repo)).toEqual([repo.dir]);
  });
});
