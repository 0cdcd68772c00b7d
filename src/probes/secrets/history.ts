// The probe's git I/O: streams the patches (and parents) of every commit in a range in one `git log`,
// and reads the blobs of binary files.
//
// Not through Git.raw: that buffers the whole output, and a PR's history can be far larger than the
// diff of its tip. Here git writes ahead while earlier commits are scanned, up to a bounded backlog.
import type { ChildProcessByStdio } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import type { Readable } from 'node:stream';
import type { Git } from '../../git/git.js';
import { hunkFromLines, parsePatch, type FilePatch, type Hunk } from './patch.js';
import { RecordSplitter, type CommitRecord } from './records.js';

/**
 * Output options pinned against user configuration that would change the patch format: prefixes,
 * external diff drivers and textconv, rename detection, submodule rendering, signatures and notes.
 * `--remerge-diff` shows what a merge commit itself introduced (conflict resolutions, evil merges).
 */
const PATCH_ARGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-notes',
  '--no-show-signature',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--submodule=short',
  '-M',
  '-p',
  '-U1',
  '--full-index',
];
const LOG_ARGS = ['log', '--topo-order', '--reverse', ...PATCH_ARGS, '--format=%x01%H%x00%P%x00%B%x00'];

/** Characters of complete commit patches held unscanned before git is made to wait. */
const MAX_BACKLOG = 32 * 1024 * 1024;

/** Git processes diffing a long range at once, and the commits each of its parts has at least. */
const PROCESSES = 2;
const COMMITS_PER_PART = 8;
/** Parts of a long range at most: more parts than processes even out parts that cost more than others. */
const MAX_PARTS = 4;

export interface HistoryOptions {
  git: Git;
  /** `from..to`: the commits reachable from `to` and not from `from`, oldest first. */
  from: string;
  to: string;
  /** The range's commits, oldest first (the diff's list), so that a long range can be cut into parts. */
  commits?: readonly string[];
  /** Whether a long range is diffed by more than one git process (default: when a core is spare). */
  parallel?: boolean;
  /** Whether merge commits can be diffed against their automatic merge (git 2.36+). */
  remergeDiff: boolean;
  signal: AbortSignal;
}

/**
 * Calls `onCommit` for each commit of the range, one at a time, parents before children. Diffing is
 * most of the work: a long range is cut into parts (see `parts`) diffed by up to two git processes at
 * once, a part's output waiting, up to the backlog, until the parts before it are scanned.
 */
export async function forEachCommit(options: HistoryOptions, onCommit: (record: CommitRecord) => Promise<void>): Promise<void> {
  const ranges = parts(options);
  const children: Array<ChildProcessByStdio<null, Readable, Readable>> = [];
  const readers: Array<ReturnType<typeof readRecords>> = [];
  const startNext = (): void => {
    const range = ranges[children.length];
    if (!range || options.signal.aborted) return;
    const child = options.git.spawn([...LOG_ARGS, ...(options.remergeDiff ? ['--remerge-diff'] : []), ...range, '--']);
    children.push(child);
    readers.push(readRecords(child));
    // A part that is done frees its process for the next one (parts start in order, so the part
    // scanned next has always started).
    child.once('close', startNext);
  };
  const stopOnAbort = (): void => {
    for (const child of children) child.kill('SIGKILL');
  };
  options.signal.addEventListener('abort', stopOnAbort, { once: true });
  try {
    for (let i = 0; i < PROCESSES; i++) startNext();
    for (let part = 0; part < ranges.length; part++) {
      const records = readers[part]!;
      for (let record = await records.next(); record; record = await records.next()) {
        options.signal.throwIfAborted();
        await onCommit(record);
      }
    }
    options.signal.throwIfAborted();
  } finally {
    options.signal.removeEventListener('abort', stopOnAbort);
    for (const child of children) {
      child.removeListener('close', startNext);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
}

/**
 * The revision arguments of the range, or of its parts when it is long and diffed in parallel. With commits `m1 < m2 < …` taken at even steps of the oldest-first list, part k is
 * `^from ^m1 … ^m(k-1) mk` and the last one ends at `to`: every commit of the range is in exactly one
 * part, and none is an ancestor of a commit of an earlier part, so parents still come before children.
 */
function parts({ from, to, commits, parallel = hasSpareCore() }: HistoryOptions): string[][] {
  const count = commits && parallel ? Math.min(MAX_PARTS, Math.floor(commits.length / COMMITS_PER_PART)) : 1;
  if (!commits || count < 2) return [[`${from}..${to}`]];
  const ends = Array.from({ length: count - 1 }, (_, k) => commits[Math.floor(((k + 1) * commits.length) / count) - 1]!);
  return [...ends, to].map((end, k) => [`^${from}`, ...ends.slice(0, k).map((m) => `^${m}`), end]);
}

/**
 * Whether a second git process would get a core of its own: fewer runnable processes over the last
 * minute than cores less one. On a busy machine more processes only add their own cost (each starts
 * cold: about a tenth more git CPU in all).
 */
function hasSpareCore(): boolean {
  return availableParallelism() - loadavg()[0]! >= PROCESSES - 1;
}

/** A pull-based queue of records over the child's stdout, pausing git when the backlog is full. */
function readRecords(child: ChildProcessByStdio<null, Readable, Readable>): { next(): Promise<CommitRecord | undefined> } {
  const splitter = new RecordSplitter();
  const queue: CommitRecord[] = [];
  let backlog = 0;
  let stderr = '';
  let finished: Error | null | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };

  const enqueue = (records: CommitRecord[]): void => {
    for (const record of records) backlog += record.patch.length;
    queue.push(...records);
  };

  child.stdout.on('data', (bytes: Buffer) => {
    enqueue(splitter.push(bytes));
    if (backlog > MAX_BACKLOG) child.stdout.pause();
    notify();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  child.on('error', (error) => {
    finished = new Error(`could not run git: ${error.message}`);
    notify();
  });
  child.on('close', (code, signal) => {
    if (finished) return;
    if (code === 0) {
      enqueue(splitter.end());
      finished = null;
    } else {
      finished = new Error(`git log failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n')[0] ?? ''}`);
    }
    notify();
  });

  return {
    async next() {
      for (;;) {
        const record = queue.shift();
        if (record) {
          backlog -= record.patch.length;
          if (child.stdout.isPaused() && backlog < MAX_BACKLOG / 2) child.stdout.resume();
          return record;
        }
        if (finished) throw finished;
        if (finished === null) return undefined;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

/** git's answer, asked once per process: the version of its git does not change while it runs. */
let remergeDiffSupport: boolean | undefined;

/** Whether this git can show merge commits with `--remerge-diff` (git 2.36 and later). */
export async function supportsRemergeDiff(git: Git): Promise<boolean> {
  if (remergeDiffSupport !== undefined) return remergeDiffSupport;
  const { ok, stdout } = await git.tryRaw(['--version']);
  const match = /(\d+)\.(\d+)/.exec(stdout);
  if (!ok || !match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  remergeDiffSupport = major > 2 || (major === 2 && minor >= 36);
  return remergeDiffSupport;
}

/** The patch from `parent` to `commit`, in the same pinned format as the log's. */
export function patchAgainst(git: Git, parent: string, commit: string, signal: AbortSignal): Promise<string> {
  return git.raw(['diff', ...PATCH_ARGS, parent, commit, '--'], { signal });
}

/**
 * The bytes of a blob (a binary file's content), or undefined when it holds more than `maxBytes`: git
 * is stopped there, so a huge blob is never held in memory.
 */
export function readBlob(git: Git, id: string, maxBytes: number, signal: AbortSignal): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const child = git.spawn(['cat-file', 'blob', id], { signal });
    const chunks: Buffer[] = [];
    let length = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxBytes) chunks.push(chunk);
      else child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`could not run git: ${error.message}`)));
    child.on('close', (code) => {
      if (length > maxBytes) resolve(undefined);
      else if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`git cat-file blob ${id} failed: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}

/** Bytes git's own binary test looks at; the gate applies the same rule itself. */
const BINARY_PROBE_BYTES = 8000;

/**
 * The hunks of a file git showed as binary, from its bytes (`content`), when that content is text: a
 * `-diff` attribute or a binary diff driver in the PR's `.gitattributes` (or .git/info/attributes) must
 * not hide a file from the scan.
 * The gate's own test decides (a NUL byte in the first 8000 bytes, git's rule without attributes);
 * undefined when the file is binary by that test.
 */
export async function textHunks(git: Git, file: Pick<FilePatch, 'blob' | 'oldBlob'>, content: Buffer, signal: AbortSignal): Promise<Hunk[] | undefined> {
  if (!file.blob || content.subarray(0, BINARY_PROBE_BYTES).includes(0)) return undefined;
  if (!file.oldBlob) {
    return [hunkFromLines(1, content.toString('utf8').replace(/\n$/, '').split('\n'))];
  }
  // --text: whatever the attributes say, the pair is diffed line by line.
  const patch = await git.raw(['diff', '--text', '--no-color', '-U1', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', file.oldBlob, file.blob], { signal });
  return parsePatch(patch)[0]?.hunks ?? [];
}
