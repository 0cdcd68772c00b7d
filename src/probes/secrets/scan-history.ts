// Scans every commit of the range: its message and the lines each of its file patches added. Nothing
// is skipped silently: binary files are scanned through their text (binary.ts), merges git shows no
// patch for are diffed against each parent, and a file that is not scanned is reported as such.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { errorMessage } from '../../core/errors.js';
import type { Git } from '../../git/git.js';
import { binaryHunk, binaryText } from './binary.js';
import type { Occurrence } from './findings.js';
import { blobSize, blobSizes, forEachCommit, mergesToDiff, patchAgainst, readBlob, textHunks } from './history.js';
import { parsePatch, type FilePatch, type Hunk } from './patch.js';
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

export interface HistoryScanOptions {
  git: Git;
  from: string;
  to: string;
  signal: AbortSignal;
  remergeDiff: boolean;
  maxFileSize: number;
  isIgnored(path: string): boolean;
  scanner: Scanner;
}

/** Longest stretch of work without yielding to the event loop, so git's output keeps flowing. */
const YIELD_EVERY_MS = 2;

export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScan> {
  const result: HistoryScan = { occurrences: [], commits: [], filesScanned: 0, binaryScanned: 0, mergesDiffed: 0, linesScanned: 0, skipped: [], errors: [] };
  const sizes = blobSizes(options);
  const merges = mergesToDiff(options);
  // Looked up while the patches stream; marked handled here, a failure surfaces where it is awaited.
  sizes.catch(() => undefined);
  merges.catch(() => undefined);
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

    const parents = (await merges).get(record.sha);
    if (parents) result.mergesDiffed++;
    const patches = parents ? await mergePatch(options, parents, record.sha) : parsePatch(record.patch);
    const files = patches.filter((file) => !file.deleted && !file.submodule && (file.binary || hasAdditions(file)));
    const blobSize = files.length > 0 ? await sizes : new Map<string, number>();
    for (const file of files) {
      try {
        const skip = await skipReason(file, blobSize, options);
        if (skip) {
          result.skipped.push({ commit: record.sha, path: file.path, ...skip });
          continue;
        }
        // A file git calls binary only by an attribute or driver is diffed as text; a real binary, through its text.
        const text = file.binary ? await textHunks(options.git, file, options.signal) : undefined;
        const binary = file.binary && !text;
        const hunks = text ?? (binary ? [await binaryFileHunk(options, file)] : file.hunks);
        result.filesScanned++;
        if (binary) result.binaryScanned++;
        result.linesScanned += countAdded(hunks);
        const source = buildSource(hunks, options.scanner.isHot) ?? { content: '', lineNumbers: [0], added: [0] };
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

async function skipReason(file: FilePatch, sizes: Map<string, number>, options: HistoryScanOptions): Promise<Pick<SkippedFile, 'reason' | 'size'> | undefined> {
  if (options.isIgnored(file.path)) return { reason: 'ignored' };
  if (!file.blob) return undefined;
  const size = sizes.get(file.blob) ?? (file.binary ? await blobSize(options.git, file.blob) : undefined);
  if (size !== undefined && size > options.maxFileSize) return { reason: 'oversize', size };
  return undefined;
}

/** A binary file's text, its lines added unless the old version had them. */
async function binaryFileHunk(options: HistoryScanOptions, file: FilePatch): Promise<Hunk> {
  const text = binaryText(await readBlob(options.git, file.blob!, options.signal));
  const old = file.oldBlob ? binaryText(await readBlob(options.git, file.oldBlob, options.signal)) : undefined;
  return binaryHunk(text, old);
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
