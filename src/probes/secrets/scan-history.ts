// Scans every commit of the range: its message and the lines each of its file patches added.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { errorMessage } from '../../errors.js';
import type { Occurrence } from './findings.js';
import { BlobSizes, forEachCommit } from './history.js';
import { parsePatch, type FilePatch } from './patch.js';
import type { Scanner } from './scan.js';
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
  root: string;
  from: string;
  to: string;
  signal: AbortSignal;
  remergeDiff: boolean;
  maxFileSize: number;
  isIgnored(path: string): boolean;
  scanner: Scanner;
}

/** Scan text handed to secretlint between two yields to the event loop, so git's output keeps flowing. */
const YIELD_EVERY_CHARS = 1024 * 1024;

export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScan> {
  const result: HistoryScan = { occurrences: [], commits: [], filesScanned: 0, linesScanned: 0, skipped: [], errors: [] };
  const sizes = new BlobSizes(options.root, options.signal);
  let sinceYield = 0;

  const scanOne = async (commit: string, path: string | undefined, text: ReturnType<typeof buildSource>): Promise<void> => {
    if (!text) return;
    try {
      for (const hit of await options.scanner.scan(text, path)) result.occurrences.push({ ...hit, commit, ...(path ? { path } : {}) });
    } catch (error) {
      result.errors.push({ commit, ...(path ? { path } : {}), error: errorMessage(error) });
    }
    sinceYield += text.content.length;
    if (sinceYield > YIELD_EVERY_CHARS) {
      sinceYield = 0;
      await yieldToIo();
    }
  };

  try {
    await forEachCommit(options, async (record) => {
      result.commits.push(record.sha);
      await scanOne(record.sha, undefined, buildSource([messageHunk(record.message)], options.scanner.isHot));

      const files = parsePatch(record.patch).filter((file) => !file.deleted && !file.submodule);
      const withAdditions = files.filter((file) => file.hunks.some((hunk) => hunk.added.includes(1)) || file.binary);
      const blobSize = await sizes.sizes([...new Set(withAdditions.flatMap((file) => (file.blob ? [file.blob] : [])))]);
      for (const file of withAdditions) {
        const skip = skipReason(file, blobSize, options);
        if (skip) {
          result.skipped.push({ commit: record.sha, path: file.path, ...skip });
          continue;
        }
        result.filesScanned++;
        result.linesScanned += countAdded(file);
        await scanOne(record.sha, file.path, buildSource(file.hunks, options.scanner.isHot));
      }
      await yieldToIo();
    });
  } finally {
    sizes.close();
  }
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

function countAdded(file: FilePatch): number {
  let count = 0;
  for (const hunk of file.hunks) for (const flag of hunk.added) count += flag;
  return count;
}
