// Pure parsers for git's diff output. Paths come only from NUL-separated `--raw -z` output, never from
// the (quoted) patch headers; the patch is used for line counts and added ranges, matched by position.
import type { ChangedFile, FileStatus, LineRange } from '../types.js';

export interface RawEntry {
  status: FileStatus;
  path: string;
  oldPath?: string;
}

const STATUS_LETTERS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** Parses `git diff --raw -z` output: `:<modes> <shas> <STATUS>\0<path>\0` (two paths for R and C). */
export function parseRawZ(output: string): RawEntry[] {
  const fields = output.split('\0');
  const entries: RawEntry[] = [];
  let i = 0;
  while (i < fields.length) {
    const meta = fields[i++];
    if (!meta) continue;
    if (!meta.startsWith(':')) throw new Error(`unexpected git diff --raw record: ${meta.slice(0, 40)}`);
    const letter = meta.trim().split(' ').pop()!.charAt(0);
    const status = STATUS_LETTERS[letter] ?? 'modified';
    if (status === 'renamed' || status === 'copied') {
      const oldPath = fields[i++]!;
      entries.push({ status, path: fields[i++]!, oldPath });
    } else {
      entries.push({ status, path: fields[i++]! });
    }
  }
  return entries;
}

export interface PatchStats {
  binary: boolean;
  added: number;
  removed: number;
  addedRanges: LineRange[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses a `git diff -U0` patch into one PatchStats per `diff --git` block, in order.
 * With zero context every line on the new side of a hunk is an added line, so the ranges come
 * straight from the hunk headers.
 */
export function parsePatchU0(patch: string): PatchStats[] {
  const blocks: PatchStats[] = [];
  let current: PatchStats | undefined;
  let inHunks = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { binary: false, added: 0, removed: 0, addedRanges: [] };
      blocks.push(current);
      inHunks = false;
      continue;
    }
    if (!current) continue;
    if (!inHunks) {
      if (line.startsWith('Binary files ') || line === 'GIT binary patch') current.binary = true;
      if (!line.startsWith('@@')) continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      inHunks = true;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) addRange(current.addedRanges, start, start + count - 1);
      continue;
    }
    if (line.startsWith('+')) current.added++;
    else if (line.startsWith('-')) current.removed++;
  }
  return blocks;
}

function addRange(ranges: LineRange[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.end + 1 >= start) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}

/**
 * Joins raw entries with the patch blocks git printed for them in the same order. A type change (a file
 * turned into a link or a submodule, or back) is one raw entry but two blocks: the old side deleted,
 * the new one created.
 */
export function combineDiff(raw: RawEntry[], patches: PatchStats[]): ChangedFile[] {
  const extra = patches.length - raw.length;
  const typeChanges = raw.filter((entry) => entry.status === 'type-changed').length;
  if (extra !== 0 && extra !== typeChanges) {
    throw new Error(`git diff printed ${raw.length} files but ${patches.length} patches; cannot align them`);
  }
  let next = 0;
  return raw.map((entry) => {
    const count = extra && entry.status === 'type-changed' ? 2 : 1;
    const blocks = patches.slice(next, next + count);
    next += count;
    const binary = blocks.some((b) => b.binary);
    const sum = (key: 'added' | 'removed'): number => (binary ? 0 : blocks.reduce((total, b) => total + b[key], 0));
    return {
      path: entry.path,
      ...(entry.oldPath === undefined ? {} : { oldPath: entry.oldPath }),
      status: entry.status,
      binary,
      added: sum('added'),
      removed: sum('removed'),
      addedRanges: binary ? [] : blocks.flatMap((b) => b.addedRanges),
    };
  });
}

/** Whether `line` of `file` was added by the PR. */
export function isAddedLine(file: Pick<ChangedFile, 'addedRanges'>, line: number): boolean {
  let lo = 0;
  let hi = file.addedRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = file.addedRanges[mid]!;
    if (line < range.start) hi = mid - 1;
    else if (line > range.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Paths from `git status --porcelain=v1 -z` (for renames, the new path). */
export function parseStatusZ(output: string): string[] {
  const fields = output.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const record = fields[i]!;
    if (record.length < 4) continue;
    paths.push(record.slice(3));
    if (record[0] === 'R' || record[0] === 'C') i++; // the original path follows
  }
  return paths;
}
