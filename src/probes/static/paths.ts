// Pure path helpers: tools print absolute or cwd-relative paths; findings use repository-relative ones.
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

/**
 * `path` (absolute, or relative to `cwd`) relative to the first of `roots` that contains it, with `/`
 * separators. Several roots because tools report real paths while the repository may sit behind a symlink.
 * A path outside every root is returned absolute.
 */
export function toRepoPath(path: string, cwd: string, roots: readonly string[]): string {
  const absolute = resolve(cwd, path);
  for (const root of roots) {
    const rel = relative(root, absolute);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    return rel.split(sep).join('/');
  }
  return absolute.split(sep).join('/');
}

/** The directory of a repository-relative path ('' for the root). */
export function repoDirname(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

/** `dir` and each of its parents up to the repository root (''), nearest first. */
export function ancestorDirs(dir: string): string[] {
  const chain: string[] = [];
  let current = dir === '.' ? '' : dir.replace(/\/+$/, '');
  for (;;) {
    chain.push(current);
    if (current === '') return chain;
    current = repoDirname(current);
  }
}

/** `path` (repository-relative) as seen from `dir` (repository-relative). */
export function relativeToDir(dir: string, path: string): string {
  return dir === '' ? path : posix.relative(dir, path);
}
