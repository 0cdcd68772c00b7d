// Pure: turns the hunks of one file (or a commit message) into the text the rules scan.
//
// Only lines where some rule's keyword occurs are kept, with the line after each (a value may follow its
// key on the next line) and, for the header of a multi-line credential (private key, PuTTY key), every
// line down to its end; a Kubernetes Secret manifest is kept whole. Gaps between kept lines become one
// empty line, so `secretlint-disable-next-line` never reaches across a gap and no pattern joins lines
// that are not adjacent in the file. Lines keep their file line numbers.
import type { Hunk } from './patch.js';

export interface ScanSource {
  content: string;
  /** Per line of `content`: the line number in the file, or 0 for a gap. */
  lineNumbers: number[];
  /** Per line of `content`: 1 where the commit added the line. */
  added: number[];
}

export type LineTest = (line: string) => boolean;

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
const WHOLE_HUNK = /^kind:[ \t]*["']?Secret\b/m;

/** Builds the scan text of a file's hunks; undefined when no added line is kept (nothing to report). */
export function buildSource(hunks: readonly Hunk[], isHot: LineTest): ScanSource | undefined {
  const source: ScanSource = { content: '', lineNumbers: [], added: [] };
  const parts: string[] = [];
  let keptAdded = false;
  for (const hunk of hunks) {
    const keep = selectLines(hunk.lines, isHot);
    // Hunks are never adjacent, so the first kept line of a hunk always follows a gap.
    let previous = -2;
    for (let i = 0; i < hunk.lines.length; i++) {
      if (!keep[i]) continue;
      if (i !== previous + 1 && parts.length > 0) {
        parts.push('');
        source.lineNumbers.push(0);
        source.added.push(0);
      }
      parts.push(hunk.lines[i]!);
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
  const lines = message.split('\n');
  return { start: 1, lines, added: new Uint8Array(lines.length).fill(1) };
}

function selectLines(lines: readonly string[], isHot: LineTest): Uint8Array {
  const keep = new Uint8Array(lines.length);
  if (isHot === EVERY_LINE || lines.some((line) => line.startsWith('kind:') && WHOLE_HUNK.test(line))) return keep.fill(1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isHot(line)) continue;
    keep[i] = 1;
    if (i + 1 < lines.length) keep[i + 1] = 1;
    const block = BLOCKS.find((b) => b.begin.test(line) && !b.end.test(line));
    if (!block) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_KEY_LINES; j++) {
      keep[j] = 1;
      if (block.end.test(lines[j]!)) break;
    }
  }
  return keep;
}
