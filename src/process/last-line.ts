// The last line a child process printed, for a heartbeat: fed chunk by chunk, keeps only a short tail.
import { stripAnsi } from '../core/text.js';

/** Enough for any line worth showing; a longer one is cut at its start. */
const TAIL_CHARS = 2048;

export class LastLine {
  private tail = '';

  /** Adds output; returns the last non-empty line so far (progress redraws with \r count as lines). */
  push(chunk: Buffer | string): string | undefined {
    this.tail = (this.tail + chunk.toString()).slice(-TAIL_CHARS);
    const lines = stripAnsi(this.tail).split(/\r\n|\r|\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!.trim();
      if (line) return line;
    }
    return undefined;
  }
}
