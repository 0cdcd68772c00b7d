// Pure parser for the patch of one commit (`git log -p -U1 --full-index`), keeping what the scan needs:
// per file, the new-side lines of each hunk (context and added) with their line numbers.
//
// A PR's history can be tens of megabytes of patch text, most of it never a candidate: the hunks hold
// offsets into the patch text, and a line becomes a string only when the scan keeps it.
import { newPathFromDiffHeader, unquotePath } from './git-path.js';

/** Consecutive lines of the new file starting at line `start` (1-based). */
export interface Hunk {
  start: number;
  /** The text the lines are in (the whole patch, for hunks parsed from one). */
  text: string;
  /** Line i is text[bounds[2i], bounds[2i + 1]). */
  bounds: Int32Array;
  /** 1 where the line was added by the commit, 0 for context; its length is the number of lines. */
  added: Uint8Array;
}

/** A hunk of lines held as strings (a commit message, a binary file's text); all added by default. */
export function hunkFromLines(start: number, lines: readonly string[], added?: Uint8Array): Hunk {
  const bounds = new Int32Array(lines.length * 2);
  let at = 0;
  lines.forEach((line, i) => {
    bounds[2 * i] = at;
    bounds[2 * i + 1] = at + line.length;
    at += line.length + 1;
  });
  return { start, text: lines.join('\n'), bounds, added: added ?? new Uint8Array(lines.length).fill(1) };
}

/** Line i of a hunk. */
export function hunkLine(hunk: Hunk, i: number): string {
  return hunk.text.slice(hunk.bounds[2 * i], hunk.bounds[2 * i + 1]);
}

/** The lines of a hunk, as strings. */
export function hunkLines(hunk: Hunk): string[] {
  return Array.from(hunk.added, (_, i) => hunkLine(hunk, i));
}

export interface FilePatch {
  /** Repository-relative path in the commit. */
  path: string;
  /** Full object id of the new blob; absent for deletions. */
  blob?: string;
  /** Full object id of the old blob; absent for new files. */
  oldBlob?: string;
  binary: boolean;
  /** Gitlink (submodule pointer): its "content" is a commit id, nothing to scan. */
  submodule: boolean;
  deleted: boolean;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?$/;
const NULL_OID = /^0+$/;
const GITLINK_MODE = '160000';

export function parsePatch(text: string): FilePatch[] {
  const files: FilePatch[] = [];
  let file: FilePatch | undefined;
  let headerPath: string | undefined;
  let plusPath: string | undefined;
  let renamedTo: string | undefined;

  const finish = (): void => {
    if (!file) return;
    file.path = plusPath ?? renamedTo ?? headerPath ?? file.path;
    files.push(file);
    file = undefined;
  };

  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const lineStart = at;
    at = end + 1;
    if (text.startsWith('diff --git ', lineStart)) {
      finish();
      headerPath = newPathFromDiffHeader(text.slice(lineStart + 'diff --git '.length, end));
      plusPath = undefined;
      renamedTo = undefined;
      file = { path: '', binary: false, submodule: false, deleted: false, hunks: [] };
      continue;
    }
    if (!file) continue;
    const line = text.slice(lineStart, end);
    if (line.startsWith('@@')) {
      const header = HUNK_HEADER.exec(line);
      if (!header) continue;
      const oldCount = header[1] === undefined ? 1 : Number(header[1]);
      const newCount = header[3] === undefined ? 1 : Number(header[3]);
      at = readHunk(text, at, Number(header[2]), oldCount, newCount, file.hunks);
      continue;
    }
    readHeaderLine(line, file, (path) => (plusPath = path), (path) => (renamedTo = path));
  }
  finish();
  return files;
}
function readHeaderLine(line: string, file: FilePatch, setPlus: (p: string) => void, setRenamed: (p: string) => void): void {
  if (line.startsWith('+++ ')) {
    const target = line.slice(4);
    if (target === '/dev/null') return;
    // git appends a tab after unquoted names containing a space (GNU patch compatibility).
    const path = unquotePath(target.startsWith('"') ? target : target.replace(/\t$/, ''));
    if (path.startsWith('b/')) setPlus(path.slice(2));
  } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
    setRenamed(unquotePath(line.slice(line.indexOf(' to ') + 4)));
  } else if (line.startsWith('index ')) {
    const index = INDEX_LINE.exec(line);
    if (!index) return;
    if (!NULL_OID.test(index[1]!)) file.oldBlob = index[1]!;
    if (NULL_OID.test(index[2]!)) file.deleted = true;
    else file.blob = index[2]!;
    if (index[3] === GITLINK_MODE) file.submodule = true;
  } else if (line.startsWith('new file mode ') || line.startsWith('new mode ')) {
    if (line.endsWith(` ${GITLINK_MODE}`)) file.submodule = true;
  } else if (line.startsWith('deleted file mode ')) {
    file.deleted = true;
  } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
    file.binary = true;
  }
}

/** Consumes one hunk body by its line counts; returns the offset of the first line after it. */
function readHunk(text: string, from: number, start: number, oldCount: number, newCount: number, hunks: Hunk[]): number {
  const bounds = new Int32Array(newCount * 2);
  const added = new Uint8Array(newCount);
  let lines = 0;
  let oldLeft = oldCount;
  let newLeft = newCount;
  let at = from;
  while ((oldLeft > 0 || newLeft > 0) && at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const kind = text.charCodeAt(at);
    const lineStart = at;
    at = end + 1;
    if (kind === 0x2d /* - */) {
      oldLeft--;
      continue;
    }
    if (kind === 0x5c /* \ No newline at end of file */) continue;
    if (lines === newCount) {
      at = lineStart; // more new-side lines than the header counts: a malformed patch
      break;
    }
    // '+', or context: ' ' prefix, or an empty line under diff.suppressBlankEmpty.
    bounds[2 * lines] = Math.min(lineStart + 1, end);
    bounds[2 * lines + 1] = end;
    if (kind === 0x2b /* + */) added[lines] = 1;
    else oldLeft--;
    newLeft--;
    lines++;
  }
  if (lines > 0) hunks.push({ start, text, bounds: bounds.subarray(0, 2 * lines), added: added.subarray(0, lines) });
  return at;
}
