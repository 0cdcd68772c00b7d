// Pure: turns the hunks of one file (or a commit message) into the text the rules scan.
//
// Only lines where some rule's keyword occurs are kept, with the line after each (a value may follow its
// key on the next line) and, for the header of a multi-line credential (private key, PuTTY key), every
// line down to its end; a Kubernetes Secret manifest is kept whole. Gaps between kept lines become one
// empty line, so `secretlint-disable-next-line` never reaches across a gap and no pattern joins lines
// that are not adjacent in the file. Lines keep their file line numbers.
import { hunkFromLines, hunkLine, type Hunk } from './patch.js';

export interface ScanSource {
  content: string;
  /** Per line of `content`: the line number in the file, or 0 for a gap. */
  lineNumbers: number[];
  /** Per line of `content`: 1 where the commit added the line. */
  added: number[];
}

/** Whether text[from, to) (one line) may hold a secret. */
export type LineTest = (text: string, from: number, to: number) => boolean;

/** Matches every line: scan everything (used to check the prefilter against a full scan). */
export const EVERY_LINE: LineTest = () => true;

/** Multi-line credentials: from a line matching `begin`, every line down to one matching `end`. */
const BLOCKS = [
  { begin: /-{4,5} ?BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY/i, end: /-{4,5} ?END[ A-Z0-9_-]{0,40}PRIVATE KEY/i },
  { begin: /PuTTY-User-Key-File-/, end: /^Private-MAC:/ },
];
/** A block longer than this many lines is cut (the largest RSA keys need about 70). */
const MAX_KEY_LINES = 500;
/** A Kubernetes Secret: its data values sit on lines with no keyword, so the whole hunk is kept. */
const WHOLE_HUNK = /^kind:[ \t]*["']?Secret\b/;

/** Builds the scan text of a file's hunks; undefined when no added line is kept (nothing to report). */
export function buildSource(hunks: readonly Hunk[], isHot: LineTest): ScanSource | undefined {
  const source: ScanSource = { content: '', lineNumbers: [], added: [] };
  const parts: string[] = [];
  let keptAdded = false;
  for (const hunk of hunks) {
    const keep = selectLines(hunk, isHot);
    // Hunks are never adjacent, so the first kept line of a hunk always follows a gap.
    let previous = -2;
    for (let i = 0; i < keep.length; i++) {
      if (!keep[i]) continue;
      if (i !== previous + 1 && parts.length > 0) {
        parts.push('');
        source.lineNumbers.push(0);
        source.added.push(0);
      }
      parts.push(hunkLine(hunk, i));
      source.lineNumbers.push(hunk.start + i);
      source.added.push(hunk.added[i]!);
      if (hunk.added[i]) keptAdded = true;
      previous = i;
    }
  }
  if (!keptAdded) return undefined;
  source.content = parts.join('\n');
  return source;
}

/** A commit message: every line counts as added. */
export function messageHunk(message: string): Hunk {
  return hunkFromLines(1, message.split('\n'));
}

function selectLines(hunk: Hunk, isHot: LineTest): Uint8Array {
  const { text, bounds } = hunk;
  const count = hunk.added.length;
  const keep = new Uint8Array(count);
  if (isHot === EVERY_LINE || isSecretManifest(hunk)) return keep.fill(1);
  for (let i = 0; i < count; i++) {
    if (!isHot(text, bounds[2 * i]!, bounds[2 * i + 1]!)) continue;
    keep[i] = 1;
    if (i + 1 < count) keep[i + 1] = 1;
    const line = hunkLine(hunk, i);
    const block = BLOCKS.find((b) => b.begin.test(line) && !b.end.test(line));
    if (!block) continue;
    for (let j = i + 1; j < count && j <= i + MAX_KEY_LINES; j++) {
      keep[j] = 1;
      if (block.end.test(hunkLine(hunk, j))) break;
    }
  }
  return keep;
}

/** Whether a line of the hunk starts a Kubernetes Secret manifest. */
function isSecretManifest({ text, bounds, added }: Hunk): boolean {
  for (let i = 0; i < added.length; i++) {
    const from = bounds[2 * i]!;
    if (text.startsWith('kind:', from) && WHOLE_HUNK.test(text.slice(from, bounds[2 * i + 1]))) return true;
  }
  return false;
}
