// Snapshots of the working tree, to prove a held-out run left it exactly as it found it.
// A snapshot is HEAD plus `git status` (tracked changes, untracked and ignored entries) plus a content
// hash of every changed or untracked file, so a file edited again while already modified is caught too.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '../../git/git.js';

export interface TreeSnapshot {
  /** HEAD's commit and symbolic ref: moving HEAD changes the repository even with an identical tree. */
  head: string;
  /** Path -> status code and content state, for tracked changes and untracked files. */
  entries: Map<string, string>;
  /** Ignored entries as git reports them (whole directories collapsed): build output and caches. */
  ignored: Set<string>;
}

export interface TreeChanges {
  /** Paths whose status or content differ ('HEAD' when HEAD moved), sorted. */
  changed: string[];
  /** Ignored entries that appeared or disappeared (caches a test run writes), sorted. */
  ignored: string[];
}

export interface TreeSnapshotter {
  snapshot(): Promise<TreeSnapshot>;
}

/** Hashes are cached by stat identity, so repeated snapshots only re-read files that changed. */
export function createTreeSnapshotter(git: Git): TreeSnapshotter {
  const cache = new Map<string, string>();
  const contentState = async (path: string): Promise<string> => {
    let stat;
    try {
      stat = await lstat(join(git.cwd, path), { bigint: true });
    } catch {
      return 'missing';
    }
    const identity = `${path}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.mode}`;
    const cached = cache.get(identity);
    if (cached) return cached;
    let state: string;
    if (stat.isSymbolicLink()) state = `link:${await readlink(join(git.cwd, path))}`;
    else if (stat.isFile()) state = `file:${(stat.mode & 0o111n) !== 0n ? 'x' : '-'}:${await hashFile(join(git.cwd, path)).catch(() => 'unreadable')}`;
    else state = stat.isDirectory() ? 'dir' : 'special';
    cache.set(identity, state);
    return state;
  };

  return {
    async snapshot() {
      const [status, head, ref] = await Promise.all([
        git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames']),
        git.tryRaw(['rev-parse', '--verify', '--quiet', 'HEAD']),
        git.tryRaw(['symbolic-ref', '--quiet', 'HEAD']),
      ]);
      const entries = new Map<string, string>();
      const ignored = new Set<string>();
      for (const { code, path } of parseStatus(status)) {
        if (code === '!!') ignored.add(path);
        else entries.set(path, `${code} ${code[1] === 'D' ? 'deleted' : await contentState(path)}`);
      }
      return { head: `${head.stdout.trim()} ${ref.stdout.trim()}`, entries, ignored };
    },
  };
}

/** Parses `git status --porcelain=v1 -z --no-renames`: `XY path` records separated by NUL. */
export function parseStatus(output: string): Array<{ code: string; path: string }> {
  return output
    .split('\0')
    .filter((record) => record.length > 3)
    .map((record) => ({ code: record.slice(0, 2), path: record.slice(3) }));
}

/** What differs between two snapshots. Pure. */
export function compareSnapshots(before: TreeSnapshot, after: TreeSnapshot): TreeChanges {
  const changed = new Set<string>();
  if (before.head !== after.head) changed.add('HEAD');
  for (const path of new Set([...before.entries.keys(), ...after.entries.keys()])) {
    if (before.entries.get(path) !== after.entries.get(path)) changed.add(path);
  }
  const ignored = [...new Set([...before.ignored, ...after.ignored])].filter(
    (path) => before.ignored.has(path) !== after.ignored.has(path),
  );
  return { changed: [...changed].sort(), ignored: ignored.sort() };
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
