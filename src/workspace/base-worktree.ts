// A temporary checkout of the merge-base (`git worktree add --detach`) in which build and tests run
// as they were before the PR. It lives outside the user's tree (the user's files and index are never
// touched: a linked worktree has its own index), reuses the head's installed dependencies where the PR
// did not change them, and is removed when disposed, when the probe's signal aborts (timeout) and when
// the gate is interrupted.
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Git } from '../git/git.js';
import { onInterrupt } from '../process/interrupt.js';
import type { ChangedFile } from '../types.js';
import { isLockfile, isManifest, isPyproject, nodeDependencyChange, pythonDependencyChange, type ManifestChange } from './dependency-reuse.js';
import { hasFile, readPackageJson } from './files.js';
import { detectPackageManager, frozenInstall } from './package-manager.js';

export interface BaseWorktree {
  /** Absolute path of the checkout. */
  dir: string;
  sha: string;
  /** How dependencies were provided, for the probe's details. */
  dependencies: string;
  /**
   * The Python dependency file the PR changed, if any. The gate installs no Python packages: Python
   * runs on the base use the head's environment, which is only right when this is undefined.
   */
  pythonChange?: string;
  /** Removes the checkout and git's record of it; safe to call more than once. */
  dispose(): void;
}

/** Runs a command in the worktree (the probe's exec: scrubbed environment, killed on abort). */
export type RunIn = (argv: readonly string[], cwd: string) => Promise<{ ok: boolean; output: string }>;

export interface OpenOptions {
  git: Git;
  /** The repository root at head, whose installed dependencies are reused. */
  root: string;
  sha: string;
  /** The PR's changed files (decides whether dependencies can be reused). */
  changed: readonly ChangedFile[];
  signal: AbortSignal;
  run: RunIn;
}

/** Virtualenv folders a Python project keeps at its root; the base uses the same one. */
const VENVS = ['.venv', 'venv', 'env'];

export async function openBaseWorktree(options: OpenOptions): Promise<BaseWorktree> {
  const dir = mkdtempSync(join(tmpdir(), 'loki-verify-base-'));
  let adminDir: string | undefined;
  let disposed = false;
  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    releaseInterrupt();
    options.signal.removeEventListener('abort', dispose);
    // Removing both folders is what `git worktree remove --force` and `prune` do, without a git call,
    // so it also works synchronously inside a signal handler.
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    if (adminDir) rmSync(adminDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const releaseInterrupt = onInterrupt(dispose);
  options.signal.addEventListener('abort', dispose, { once: true });
  try {
    // Where git will record the worktree, known before it exists so an interrupt mid-checkout removes it too.
    const common = (await options.git.raw(['rev-parse', '--path-format=absolute', '--git-common-dir'], { signal: options.signal })).trim();
    adminDir = join(common, 'worktrees', basename(dir));
    await options.git.raw(['worktree', 'add', '--detach', dir, options.sha], { signal: options.signal });
    adminDir = worktreeAdminDir(dir) ?? adminDir;
    const { dependencies, pythonChange } = await provideDependencies(options, dir);
    if (options.signal.aborted) throw new Error('stopped before the base checkout was ready');
    return { dir, sha: options.sha, dependencies, ...(pythonChange ? { pythonChange } : {}), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** git's record of a linked worktree: the folder its `.git` file points to. */
function worktreeAdminDir(dir: string): string | undefined {
  try {
    const pointer = /^gitdir: (.+)$/m.exec(readFileSync(join(dir, '.git'), 'utf8'))?.[1];
    return pointer ? resolve(dir, pointer.trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** Links the head's node_modules (root and workspace packages) and virtualenv, or installs frozen when the PR changed the Node ones. */
async function provideDependencies(options: OpenOptions, dir: string): Promise<Pick<BaseWorktree, 'dependencies' | 'pythonChange'>> {
  const notes: string[] = [];
  const packageDirs = (await options.git.raw(['ls-files', '-z', '--', ':(glob)**/package.json'], { signal: options.signal }))
    .split('\0')
    .filter((path) => path && !/(?:^|\/)node_modules\//.test(path))
    .map((path) => dirname(path));
  const changedPaths = options.changed.map((f) => f.path);
  const bothSides = (matches: (path: string) => boolean): Promise<ManifestChange[]> =>
    Promise.all(
      options.changed
        .filter((f) => matches(f.path))
        .map(async (f) => ({ path: f.path, base: await options.git.tryShowFile(options.sha, f.oldPath ?? f.path), head: await options.git.tryShowFile('HEAD', f.path) })),
    );
  const manifests = await bothSides(isManifest);
  const changedBy = nodeDependencyChange(changedPaths.filter((p) => isLockfile(p) || isManifest(p)), manifests);
  if (packageDirs.length && changedBy) {
    const pkg = readPackageJson(dir);
    const argv = pkg ? frozenInstall(detectPackageManager(dir, pkg), hasFile(dir, 'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb')) : undefined;
    if (argv) {
      const result = await options.run(argv, dir);
      if (!result.ok) throw new Error(`\`${argv.join(' ')}\` failed on the base (the PR changed ${changedBy}): ${result.output.trim().split('\n').pop() ?? ''}`);
      notes.push(`installed with \`${argv.join(' ')}\` (the PR changed ${changedBy})`);
    }
  } else {
    let linked = 0;
    for (const pkgDir of packageDirs) {
      const from = join(options.root, pkgDir, 'node_modules');
      const to = join(dir, pkgDir, 'node_modules');
      if (existsSync(from) && existsSync(join(dir, pkgDir)) && !existsSync(to)) {
        symlinkSync(from, to, 'dir');
        linked++;
      }
    }
    if (linked) notes.push(`head's node_modules linked (${linked} folder${linked === 1 ? '' : 's'})`);
  }
  const pythonChange = pythonDependencyChange(changedPaths, await bothSides(isPyproject));
  if (pythonChange) notes.push(`head's Python environment not reusable (the PR changed ${pythonChange})`);
  for (const venv of pythonChange ? [] : VENVS) {
    const from = join(options.root, venv);
    if (existsSync(join(from, 'pyvenv.cfg')) && !existsSync(join(dir, venv))) {
      symlinkSync(from, join(dir, venv), 'dir');
      notes.push(`head's virtualenv ${venv} linked`);
    }
  }
  return { dependencies: notes.join('; ') || 'none needed', ...(pythonChange ? { pythonChange } : {}) };
}
