// Scans every commit of the range: its message and the lines each of its file patches added. Nothing
// is skipped silently: binary files are scanned through their text (binary.ts), merges git shows no
// patch for are diffed against each parent, and a file that is not scanned is reported as such.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { errorMessage } from '../../core/errors.js';
import { binaryHunk, binaryText } from './binary.js';
import type { Occurrence } from './findings.js';
import { forEachCommit, patchAgainst, readBlob, textHunks, type HistoryOptions } from './history.js';
import { hunkLine, parsePatch, type FilePatch, type Hunk } from './patch.js';
import type { ScanEntry, Scanner } from './scan.js';
import { buildSource, messageHunk } from './source.js';

export interface SkippedFile {
  commit: string;
  path: string;
  reason: 'oversize' | 'ignored';
  size?: number;
}

export interface ScanError {
  commit: string;
  path?: string;
  error: string;
}

export interface HistoryScan {
  occurrences: Occurrence[];
  /** Commits seen, oldest first. */
  commits: string[];
  filesScanned: number;
  /** Binary files among them, scanned through their text. */
  binaryScanned: number;
  /** Merge commits diffed against each of their parents. */
  mergesDiffed: number;
  linesScanned: number;
  skipped: SkippedFile[];
  errors: ScanError[];
}

export interface HistoryScanOptions extends HistoryOptions {
  maxFileSize: number;
  isIgnored(path: string): boolean;
  scanner: Scanner;
}

/** Longest stretch of work without yielding to the event loop, so git's output keeps flowing. */
const YIELD_EVERY_MS = 2;

export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScan> {
  const result: HistoryScan = { occurrences: [], commits: [], filesScanned: 0, binaryScanned: 0, mergesDiffed: 0, linesScanned: 0, skipped: [], errors: [] };
  // Merges `git log` shows no patch for: octopus merges (which --remerge-diff skips), every merge without it.
  const minParents = options.remergeDiff ? 3 : 2;
  let lastYield = performance.now();
  const breathe = async (): Promise<void> => {
    if (performance.now() - lastYield < YIELD_EVERY_MS) return;
    await yieldToIo();
    lastYield = performance.now();
  };

  await forEachCommit(options, async (record) => {
    result.commits.push(record.sha);
    const entries: ScanEntry[] = [];
    const message = buildSource([messageHunk(record.message)], options.scanner.isHot);
    if (message) entries.push({ source: message });

    const diffedPerParent = record.parents.length >= minParents;
    if (diffedPerParent) result.mergesDiffed++;
    const patches = diffedPerParent ? await mergePatch(options, record.parents, record.sha) : parsePatch(record.patch);
    for (const file of patches) {
      if (file.deleted || file.submodule || !(file.binary || hasAdditions(file))) continue;
      try {
        if (options.isIgnored(file.path)) {
          result.skipped.push({ commit: record.sha, path: file.path, reason: 'ignored' });
          continue;
        }
        const scanned = await fileHunks(options, file);
        if ('oversize' in scanned) {
          result.skipped.push({ commit: record.sha, path: file.path, reason: 'oversize', ...(scanned.oversize === undefined ? {} : { size: scanned.oversize }) });
          continue;
        }
        result.filesScanned++;
        if (scanned.binary) result.binaryScanned++;
        result.linesScanned += countAdded(scanned.hunks);
        const source = buildSource(scanned.hunks, options.scanner.isHot) ?? { content: '', lineNumbers: [0], added: [0] };
        entries.push({ path: file.path, ...(file.blob ? { blob: file.blob } : {}), source });
      } catch (error) {
        result.errors.push({ commit: record.sha, path: file.path, error: errorMessage(error) });
      }
      await breathe();
    }
    if (entries.length === 0) return;

    for (const { entry, ...hit } of options.scanner.scan(entries, record.sha)) {
      const path = entries[entry]!.path;
      result.occurrences.push({ ...hit, commit: record.sha, ...(path === undefined ? {} : { path }) });
    }
    await breathe();
  });
  return result;
}

/**
 * What to scan of a file change, or `oversize` (with the size in bytes, when known) when that is more
 * than `maxFileSize` bytes: the text the commit's hunks hold, or the whole blob of a file git calls
 * binary. A file git calls binary only by an attribute or driver is diffed as text; a real binary is
 * scanned through its text.
 */
async function fileHunks(options: HistoryScanOptions, file: FilePatch): Promise<{ hunks: Hunk[]; binary: boolean } | { oversize: number | undefined }> {
  if (!file.binary) {
    const size = oversizeBytes(file.hunks, options.maxFileSize);
    return size === undefined ? { hunks: file.hunks, binary: false } : { oversize: size };
  }
  if (!file.blob) throw new Error('the patch names no blob for this binary file');
  const bytes = await readBlob(options.git, file.blob, options.maxFileSize, options.signal);
  if (!bytes) return { oversize: undefined };
  const text = await textHunks(options.git, file, bytes, options.signal);
  if (text) return { hunks: text, binary: false };
  // The previous version only tells which lines are new; one too large to read makes every line count.
  const old = file.oldBlob ? await readBlob(options.git, file.oldBlob, options.maxFileSize, options.signal) : undefined;
  return { hunks: [binaryHunk(binaryText(bytes), old && binaryText(old))], binary: true };
}

/** UTF-8 bytes of the lines of the hunks (with their newlines) when more than `limit`, else undefined. */
function oversizeBytes(hunks: readonly Hunk[], limit: number): number | undefined {
  let units = 0;
  for (const { bounds } of hunks) for (let i = 0; i < bounds.length; i += 2) units += bounds[i + 1]! - bounds[i]! + 1;
  // A UTF-16 unit is one to three UTF-8 bytes: counted exactly only when that can matter.
  if (units * 3 <= limit) return undefined;
  let bytes = 0;
  for (const hunk of hunks) for (let i = 0; i < hunk.added.length; i++) bytes += Buffer.byteLength(hunkLine(hunk, i)) + 1;
  return bytes > limit ? bytes : undefined;
}

/**
 * What a merge commit itself added, from its diff against each parent: a line counts as added only
 * where every parent's diff adds it (a line one parent already had came in with that parent).
 */
async function mergePatch(options: HistoryScanOptions, parents: readonly string[], commit: string): Promise<FilePatch[]> {
  const diffs = await Promise.all(parents.map(async (parent) => parsePatch(await patchAgainst(options.git, parent, commit, options.signal))));
  const [first, ...others] = diffs;
  const byPath = others.map((diff) => new Map(diff.map((file) => [file.path, file])));
  const merged: FilePatch[] = [];
  for (const file of first ?? []) {
    const counterparts = byPath.map((map) => map.get(file.path));
    // A file one parent already has as the merge has it: the merge added nothing to it.
    if (counterparts.some((other) => !other)) continue;
    if (file.binary) {
      if (counterparts.every((other) => other!.binary)) merged.push(file);
      continue;
    }
    const addedElsewhere = counterparts.map((other) => addedLineNumbers(other!.hunks));
    const hunks = file.hunks.map((hunk) => ({
      ...hunk,
      added: hunk.added.map((flag, i) => (flag && addedElsewhere.every((lines) => lines.has(hunk.start + i)) ? 1 : 0)),
    }));
    merged.push({ ...file, hunks });
  }
  return merged;
}

function addedLineNumbers(hunks: readonly Hunk[]): Set<number> {
  const lines = new Set<number>();
  for (const hunk of hunks) hunk.added.forEach((flag, i) => flag && lines.add(hunk.start + i));
  return lines;
}

function hasAdditions(file: FilePatch): boolean {
  return file.hunks.some((hunk) => hunk.added.includes(1));
}

function countAdded(hunks: readonly Hunk[]): number {
  let count = 0;
  for (const hunk of hunks) for (const flag of hunk.added) count += flag;
  return count;
}
