// Pure parser for the patch of one commit (`git log -p -U1 --full-index`), keeping what the scan needs:
// per file, the new-side lines of each hunk (context and added) with their line numbers.
import { newPathFromDiffHeader, unquotePath } from './git-path.js';

/** Consecutive lines of the new file starting at line `start` (1-based). */
export interface Hunk {
  start: number;
  lines: string[];
  /** 1 where the line was added by the commit, 0 for context. */
  added: Uint8Array;
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
  const lines = text.split('\n');
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

  let i = 0;
  while (i < lines.length) {
    const line = lines[i++]!;
    if (line.startsWith('diff --git ')) {
      finish();
      headerPath = newPathFromDiffHeader(line.slice('diff --git '.length));
      plusPath = undefined;
      renamedTo = undefined;
      file = { path: '', binary: false, submodule: false, deleted: false, hunks: [] };
      continue;
    }
    if (!file) continue;
    if (line.startsWith('@@')) {
      const header = HUNK_HEADER.exec(line);
      if (!header) continue;
      const oldCount = header[1] === undefined ? 1 : Number(header[1]);
      const newCount = header[3] === undefined ? 1 : Number(header[3]);
      i = readHunk(lines, i, Number(header[2]), oldCount, newCount, file.hunks);
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

/** Consumes one hunk body by its line counts; returns the index of the first line after it. */
function readHunk(lines: string[], from: number, start: number, oldCount: number, newCount: number, hunks: Hunk[]): number {
  const hunk: Hunk = { start, lines: [], added: new Uint8Array(newCount) };
  let oldLeft = oldCount;
  let newLeft = newCount;
  let i = from;
  while ((oldLeft > 0 || newLeft > 0) && i < lines.length) {
    const line = lines[i++]!;
    const kind = line.charCodeAt(0);
    if (kind === 0x2b /* + */) {
      hunk.added[hunk.lines.length] = 1;
      hunk.lines.push(line.slice(1));
      newLeft--;
    } else if (kind === 0x2d /* - */) {
      oldLeft--;
    } else if (kind === 0x5c /* \ No newline at end of file */) {
      continue;
    } else {
      // Context: ' ' prefix, or an empty line under diff.suppressBlankEmpty.
      hunk.lines.push(line.slice(1));
      oldLeft--;
      newLeft--;
    }
  }
  if (hunk.lines.length > 0) hunks.push(hunk);
  return i;
}
