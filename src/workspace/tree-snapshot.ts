// Snapshots of the working tree, to prove that running the PR's code left what is judged as it was.
// A snapshot is HEAD, the index (mode and blob of every tracked path) and `git status` (tracked changes,
// optionally untracked and ignored entries) with a content id of every changed file, so a file edited
// again while already modified is caught too. Two readers share it: the engine, around every probe
// that runs PR code (tracked changes only: `trackedChanges`), and the held-out probe, around every item
// (untracked files too: `compareSnapshots`).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '../git/git.js';
import type { TreeChange, TreeChangeKind } from '../types.js';

export interface TreeSnapshot {
  /** HEAD's commit and symbolic ref: moving HEAD changes the repository even with an identical tree. */
  head: string;
  /** Tracked path -> `mode blob stage` as the index records it. */
  index: Map<string, string>;
  /** Path -> status code and content state, for tracked changes (and untracked files when asked for). */
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

export interface SnapshotOptions {
  /** Also record untracked and ignored entries (the held-out probe: its hidden files must leave no trace). */
  untracked?: boolean;
}

export interface TreeSnapshotter {
  snapshot(options?: SnapshotOptions): Promise<TreeSnapshot>;
}

/** Content ids are cached by stat identity, so repeated snapshots only re-read files that changed. */
export function createTreeSnapshotter(git: Git): TreeSnapshotter {
  const cache = new Map<string, string>();
  const contentState = async (path: string, algorithm: BlobAlgorithm): Promise<string> => {
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
    if (stat.isSymbolicLink()) {
      // git stores a link as a blob of its target: the same id tells an untouched link from a retargeted one.
      const target = Buffer.from(await readlink(join(git.cwd, path)));
      state = `link:${createHash(algorithm).update(`blob ${target.length}\0`).update(target).digest('hex')}`;
    }
    else if (stat.isFile()) state = `file:${(stat.mode & 0o111n) !== 0n ? 'x' : '-'}:${await blobId(join(git.cwd, path), stat.size, algorithm).catch(() => 'unreadable')}`;
    else state = stat.isDirectory() ? 'dir' : 'special';
    cache.set(identity, state);
    return state;
  };

  return {
    async snapshot(options = {}) {
      const untracked = options.untracked
        ? ['--untracked-files=all', '--ignored=matching']
        : ['--untracked-files=no', '--ignored=no'];
      const [status, index, head, ref] = await Promise.all([
        git.raw(['status', '--porcelain=v1', '-z', '--no-renames', ...untracked]),
        git.raw(['ls-files', '--stage', '-z']),
        git.tryRaw(['rev-parse', '--verify', '--quiet', 'HEAD']),
        git.tryRaw(['symbolic-ref', '--quiet', 'HEAD']),
      ]);
      const indexEntries = parseIndex(index);
      // Content ids are git's blob ids, comparable with the index's: a `chmod +x` alone is told from an edit.
      const algorithm = [...indexEntries.values()][0]?.split(' ')[1]?.length === 64 ? 'sha256' : 'sha1';
      const entries = new Map<string, string>();
      const ignored = new Set<string>();
      for (const { code, path } of parseStatus(status)) {
        if (code === '!!') ignored.add(path);
        else entries.set(path, `${code} ${code[1] === 'D' ? 'deleted' : await contentState(path, algorithm)}`);
      }
      return { head: `${head.stdout.trim()} ${ref.stdout.trim()}`, index: indexEntries, entries, ignored };
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

/** Parses `git ls-files --stage -z`: `mode blob stage\tpath` records. */
export function parseIndex(output: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab > 0) index.set(record.slice(tab + 1), record.slice(0, tab));
  }
  return index;
}

/** What differs between two snapshots, untracked files included (the held-out probe). Pure. */
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

/**
 * What happened to HEAD, the index and the tracked tree between two snapshots, one change per path,
 * sorted by path. Untracked and ignored files do not count (build output). Pure.
 */
export function trackedChanges(before: TreeSnapshot, after: TreeSnapshot): TreeChange[] {
  const changes: TreeChange[] = [];
  if (before.head !== after.head) changes.push({ path: 'HEAD', change: 'head-moved' });
  const paths = new Set([...before.index.keys(), ...after.index.keys(), ...before.entries.keys(), ...after.entries.keys()]);
  for (const path of [...paths].sort(byCodeUnit)) {
    const change = classify(path, before, after);
    if (change) changes.push({ path, change });
  }
  return changes;
}

function classify(path: string, before: TreeSnapshot, after: TreeSnapshot): TreeChangeKind | undefined {
  const wasTracked = before.index.has(path);
  const isTracked = after.index.has(path);
  if (!wasTracked && !isTracked) return undefined; // untracked all along
  const worktreeBefore = worktreeState(before, path);
  const worktreeAfter = worktreeState(after, path);
  if (wasTracked && !isTracked) return worktreeAfter === 'missing' ? 'deleted' : 'unstaged';
  if (!wasTracked) return 'added';
  if (worktreeBefore === worktreeAfter && before.index.get(path) === after.index.get(path)) return undefined;
  if (worktreeAfter === 'missing') return 'deleted';
  const [modeBefore, contentBefore] = splitState(worktreeBefore, before.index.get(path));
  const [modeAfter, contentAfter] = splitState(worktreeAfter, after.index.get(path));
  // Only the status changed (HEAD moved under an unchanged file): that is HEAD's change, not the file's.
  if (contentBefore === contentAfter) return modeBefore === modeAfter ? undefined : 'mode';
  return 'modified';
}

/** The content state of a tracked path, `index:<mode blob>` while git sees it unchanged. */
function worktreeState(snapshot: TreeSnapshot, path: string): string {
  const entry = snapshot.entries.get(path);
  if (entry === undefined) return `index:${snapshot.index.get(path) ?? ''}`;
  const state = entry.slice(3);
  return state === 'deleted' ? 'missing' : state;
}

/** Mode and content id of a worktree state; a file git sees unchanged has the index's mode and blob. */
function splitState(state: string, indexEntry: string | undefined): [string, string] {
  const [indexMode = '', blob = ''] = (indexEntry ?? '').split(' ');
  if (state.startsWith('index:')) return [indexMode === '100755' ? 'x' : indexMode === '120000' ? 'link' : '-', blob];
  if (state.startsWith('file:')) return [state.slice(5, 6), state.slice(7)];
  if (state.startsWith('link:')) return ['link', state.slice(5)];
  return [state.split(':')[0] ?? state, state];
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type BlobAlgorithm = 'sha1' | 'sha256';

/** git's blob id of a file's content (`hash("blob <size>\0" + content)`), computed without running git's filters. */
function blobId(path: string, size: bigint, algorithm: BlobAlgorithm): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash(algorithm).update(`blob ${size}\0`);
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
