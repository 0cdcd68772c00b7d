// Pure: splits the byte stream of `git log --format=%x01%H%x00%P%x00%B%x00 -p` into one record per commit,
// as the bytes arrive, so commits are scanned while git is still writing the next ones.
//
// A record starts with \x01, the commit id and \0, at the start of the stream or of a line. Inside a
// patch every line starts with a diff marker (' ', '+', '-', '\', "diff", "index", "@@"...), and the
// parents and the message are read up to their \0, so that sequence cannot occur anywhere else.
import { StringDecoder } from 'node:string_decoder';

export interface CommitRecord {
  sha: string;
  /** Parent commit ids (two or more for a merge). */
  parents: string[];
  message: string;
  /** The commit's patch text (everything after the message). */
  patch: string;
}

const MARK = 0x01;
const NEWLINE = 0x0a;
const NUL = 0x00;

function isHex(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66);
}

export class RecordSplitter {
  private chunks: Buffer[] = [];
  /** Offset of each chunk from the start of the current record. */
  private starts: number[] = [];
  private length = 0;
  /** Offset from which the next header has not been looked for yet (the record's own header is at 0). */
  private searchFrom = 1;

  /** Adds bytes; returns the records they complete. */
  push(bytes: Buffer): CommitRecord[] {
    if (bytes.length === 0) return [];
    this.starts.push(this.length);
    this.chunks.push(bytes);
    this.length += bytes.length;
    const records: CommitRecord[] = [];
    for (let next = this.nextHeader(); next !== undefined; next = this.nextHeader()) records.push(parseRecord(this.take(next)));
    return records;
  }

  /** The last record, once the stream has ended. */
  end(): CommitRecord[] {
    return this.length === 0 ? [] : [parseRecord(this.take(this.length))];
  }

  /** Offset of the next record's header, or undefined if it is not (entirely) in the buffer yet. */
  private nextHeader(): number | undefined {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const base = this.starts[c]!;
      if (base + chunk.length <= this.searchFrom) continue;
      for (let at = chunk.indexOf(MARK, Math.max(0, this.searchFrom - base)); at !== -1; at = chunk.indexOf(MARK, at + 1)) {
        const offset = base + at;
        if (this.byteAt(offset - 1) !== NEWLINE) continue;
        const verdict = this.headerAt(offset);
        if (verdict === 'incomplete') {
          this.searchFrom = offset;
          return undefined;
        }
        if (verdict) return offset;
      }
      this.searchFrom = base + chunk.length;
    }
    return undefined;
  }

  /** Whether a commit header (\x01, 40 or 64 hex digits, \0) starts at `offset`. */
  private headerAt(offset: number): boolean | 'incomplete' {
    let i = offset + 1;
    while (i < this.length && i - offset <= 65 && isHex(this.byteAt(i))) i++;
    if (i >= this.length) return 'incomplete';
    const digits = i - offset - 1;
    return this.byteAt(i) === NUL && (digits === 40 || digits === 64);
  }

  private byteAt(offset: number): number {
    for (let c = this.chunks.length - 1; c >= 0; c--) {
      if (this.starts[c]! <= offset) return this.chunks[c]![offset - this.starts[c]!] ?? -1;
    }
    return -1;
  }

  /** Removes and decodes the first `end` bytes (one whole record), chunk by chunk: the bytes are not copied first. */
  private take(end: number): string {
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    let c = 0;
    for (; c < this.chunks.length && this.starts[c]! + this.chunks[c]!.length <= end; c++) parts.push(decoder.write(this.chunks[c]!));
    const rest = this.chunks.slice(c);
    if (rest.length > 0 && this.starts[c]! < end) {
      const cut = end - this.starts[c]!;
      parts.push(decoder.write(rest[0]!.subarray(0, cut)));
      rest[0] = rest[0]!.subarray(cut);
    }
    parts.push(decoder.end());
    let at = 0;
    this.starts = rest.map((chunk) => (at += chunk.length) - chunk.length);
    this.chunks = rest;
    this.length = at;
    this.searchFrom = 1;
    return parts.join('');
  }
}

export function parseRecord(text: string): CommitRecord {
  const shaEnd = text.indexOf('\0');
  const parentsEnd = text.indexOf('\0', shaEnd + 1);
  const messageEnd = text.indexOf('\0', parentsEnd + 1);
  if (text.charCodeAt(0) !== MARK || shaEnd === -1 || parentsEnd === -1 || messageEnd === -1) {
    throw new Error(`unexpected git log output: ${JSON.stringify(text.slice(0, 60))}`);
  }
  const parents = text.slice(shaEnd + 1, parentsEnd).split(' ').filter(Boolean);
  return { sha: text.slice(1, shaEnd), parents, message: text.slice(parentsEnd + 1, messageEnd), patch: text.slice(messageEnd + 1) };
}
