// Every file the gate reads from the tree under test (manifests, configs, test and lint reports, source
// lines) comes through here, because the PR controls that tree and its code runs while the gate reads:
// a link out of the repository is not followed, only a regular file is read (a FIFO would block the
// main thread for ever, `/dev/zero` never ends), and never more than a size limit.
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { VerifyError } from '../core/errors.js';

/** package.json, Makefile, pyproject.toml, tsconfig.json: real ones are kilobytes. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
/** Reports a runner or linter writes (JUnit XML, vitest or eslint JSON) for very large suites. */
export const REPORT_MAX_BYTES = 64 * 1024 * 1024;
/** Source files read for finding fingerprints. */
export const SOURCE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A file the gate could not read safely. Inside a probe the engine makes it `inconclusive` (the probe
 * could not judge), naming the file and the reason; elsewhere it is a VerifyError (exit 3).
 */
export class FileReadError extends VerifyError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file} ${reason}`);
  }
}

export interface SafeReadOptions {
  /** Refuse a file whose real path leaves this folder (the repository root, a report's temp folder). */
  within?: string;
  /** Over this many bytes: FileReadError naming the limit. */
  maxBytes: number;
  /** Read only this many leading bytes instead, without a size error (sniffing a format's header). */
  head?: number;
  /** How errors name the file (a repository-relative path); default the path. */
  shown?: string;
}

/** The file's text, or undefined when it does not exist. Throws FileReadError when it cannot be read safely. */
export function readFileSafely(path: string, options: SafeReadOptions): string | undefined {
  const shown = options.shown ?? path;
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new FileReadError(shown, `cannot be read (${code(error) ?? String(error)})`);
  }
  if (options.within !== undefined) assertWithin(options.within, real, shown);
  // Checked before opening: opening a FIFO or a device can block or have effects of its own.
  if (!isRegularFile(real)) throw notRegular(shown);

  let fd: number;
  try {
    // O_NOFOLLOW on the resolved path, O_NONBLOCK in case it was swapped for a FIFO since the check.
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new FileReadError(shown, `cannot be read (${code(error) ?? String(error)})`);
  }
  try {
    // The open file itself is checked again: a parent folder swapped for a link in between is caught here.
    const opened = openedPath(fd);
    if (options.within !== undefined && opened !== undefined) assertWithin(options.within, opened, shown);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegular(shown);
    const limit = options.head ?? options.maxBytes;
    if (options.head === undefined && stat.size > limit) throw tooLarge(shown, limit);
    return readUpTo(fd, limit, options.head === undefined ? shown : undefined);
  } finally {
    closeSync(fd);
  }
}

/** Reads `rel` of the repository at `root`: undefined when absent, FileReadError when unsafe or too large. */
export function readTreeFile(root: string, rel: string, maxBytes = MANIFEST_MAX_BYTES): string | undefined {
  return readFileSafely(isAbsolute(rel) ? rel : join(root, rel), { within: root, maxBytes, shown: isAbsolute(rel) ? relative(root, rel) : rel });
}

/** Reads at most `limit` bytes; with `shown`, one byte more means the file grew past the limit. */
function readUpTo(fd: number, limit: number, shown: string | undefined): string {
  const buffer = Buffer.allocUnsafe(Math.min(limit + 1, 1024 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total > limit) {
      if (shown !== undefined) throw tooLarge(shown, limit);
      break;
    }
  }
  return Buffer.concat(chunks, Math.min(total, limit)).toString('utf8');
}

function assertWithin(folder: string, real: string, shown: string): void {
  const rel = relative(realpathSync(folder), real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new FileReadError(shown, 'links outside the repository: the gate does not follow it');
  }
}

/** Where an open descriptor really points (Linux), undefined where the system cannot say. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function notRegular(shown: string): FileReadError {
  return new FileReadError(shown, 'is not a regular file (a directory, FIFO or device): the gate does not read it');
}

function tooLarge(shown: string, limit: number): FileReadError {
  return new FileReadError(shown, `is larger than the ${formatBytes(limit)} the gate reads of such a file`);
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function isMissing(error: unknown): boolean {
  return code(error) === 'ENOENT' || code(error) === 'ENOTDIR';
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
