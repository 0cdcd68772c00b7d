// Pure: the scannable text of a file git calls binary. A text file with a few NUL bytes, a UTF-16
// file, and the printable strings of a real binary (an executable, an archive's stored entries, a
// database) are all scanned: a token does not stop being a token because a NUL sits near it.
import { hunkFromLines, type Hunk } from './patch.js';

/** Runs of control bytes (and undecodable bytes) become one space, so text keeps its line numbers. */
// eslint-disable-next-line no-control-regex -- control bytes are exactly what is matched
const NON_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+/g;

export function binaryText(bytes: Buffer): string {
  return decode(bytes).replace(NON_TEXT, ' ');
}

/** UTF-16 (with a byte order mark, or ASCII text with every other byte NUL) or else UTF-8. */
function decode(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (pairs >= 4 && oddNul / pairs > 0.6 && evenNul / pairs < 0.1) return bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2));
  if (pairs >= 4 && evenNul / pairs > 0.6 && oddNul / pairs < 0.1) return Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/**
 * One hunk holding the whole new text; a line counts as added unless the old version of the file
 * had the same line (binary patches say nothing about which lines changed).
 */
export function binaryHunk(text: string, oldText: string | undefined): Hunk {
  const lines = text.split('\n');
  const old = new Set(oldText === undefined ? [] : oldText.split('\n'));
  const added = new Uint8Array(lines.length);
  lines.forEach((line, i) => (added[i] = old.has(line) ? 0 : 1));
  return hunkFromLines(1, lines, added);
}
