// Scans every commit of the range: its message and the lines each of its file patches added.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { Occurrence } from './findings.js';
import type { Git } from '../../git/git.js';
import { blobSizes, forEachCommit, textHunks } from './history.js';
import { parsePatch, type FilePatch } from './patch.js';
import type { ScanEntry, Scanner } from './scan.js';
import { buildSource, messageHunk } from './source.js';

export interface SkippedFile {
  commit: string;
  path: string;
  reason: 'binary' | 'oversize' | 'ignored';
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
  const result: HistoryScan = { occurrences: [], commits: [], filesScanned: 0, linesScanned: 0, skipped: [], errors: [] };
  const sizes = blobSizes(options);
  // Looked up while the patches stream; marked handled here, a failure surfaces where it is awaited.
  sizes.catch(() => undefined);
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

    const files = parsePatch(record.patch).filter((file) => !file.deleted && !file.submodule && (file.binary || hasAdditions(file)));
    const blobSize = files.length > 0 ? await sizes : new Map<string, number>();
    for (const file of files) {
      if (file.binary && !options.isIgnored(file.path) && file.blob && (blobSize.get(file.blob) ?? Infinity) <= options.maxFileSize) {
        const hunks = await textHunks(options.git, file, options.signal);
        if (hunks) Object.assign(file, { binary: false, hunks });
      }
      const skip = skipReason(file, blobSize, options);
      if (skip) {
        result.skipped.push({ commit: record.sha, path: file.path, ...skip });
        continue;
      }
      result.filesScanned++;
      result.linesScanned += countAdded(file);
      const source = buildSource(file.hunks, options.scanner.isHot);
      if (source) entries.push({ path: file.path, source });
      await breathe();
    }
    if (entries.length === 0) return;

    const scanned = await options.scanner.scan(entries);
    for (const { entry, ...hit } of scanned.hits) {
      const path = entries[entry]!.path;
      result.occurrences.push({ ...hit, commit: record.sha, ...(path === undefined ? {} : { path }) });
    }
    for (const { entry, error } of scanned.errors) {
      const path = entries[entry]!.path;
      result.errors.push({ commit: record.sha, ...(path === undefined ? {} : { path }), error });
    }
    await breathe();
  });
  return result;
}

function skipReason(
  file: FilePatch,
  sizes: Map<string, number>,
  options: HistoryScanOptions,
): Pick<SkippedFile, 'reason' | 'size'> | undefined {
  if (options.isIgnored(file.path)) return { reason: 'ignored' };
  if (file.binary) return { reason: 'binary' };
  const size = file.blob ? sizes.get(file.blob) : undefined;
  if (size !== undefined && size > options.maxFileSize) return { reason: 'oversize', size };
  return undefined;
}

function hasAdditions(file: FilePatch): boolean {
  return file.hunks.some((hunk) => hunk.added.includes(1));
}

function countAdded(file: FilePatch): number {
  let count = 0;
  for (const hunk of file.hunks) for (const flag of hunk.added) count += flag;
  return count;
}
