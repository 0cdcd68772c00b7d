// Pure: unresolved merge-conflict markers on the lines a PR added. The template's example of the pure
// module every probe has: data in, data out, tested without git or processes.
import type { LineRange } from '../../types.js';

export interface ConflictMarker {
  /** 1-based line in the new file. */
  line: number;
  /** The marker as written (`<<<<<<<`, `|||||||`, `=======` or `>>>>>>>`). */
  marker: string;
}

// git writes the outer markers with a space and a label (`<<<<<<< HEAD`); `=======` stands alone.
// Exactly seven characters, so Markdown/reStructuredText rules made of `=` are not mistaken for one.
const MARKER = /^(?:(<{7}|\|{7}|>{7})(?: |$)|(={7})\s*$)/;

/** Markers on `ranges` of `text` (the lines the PR added); a file without an opening marker has none. */
export function findConflictMarkers(text: string, ranges: readonly LineRange[]): ConflictMarker[] {
  const lines = text.split(/\r?\n/);
  const found: ConflictMarker[] = [];
  for (const { start, end } of ranges) {
    for (let line = start; line <= Math.min(end, lines.length); line++) {
      const match = MARKER.exec(lines[line - 1] ?? '');
      if (match) found.push({ line, marker: (match[1] ?? match[2])! });
    }
  }
  // A lone `=======` is a heading underline or a separator, not a conflict: require an opening marker.
  return found.some((m) => m.marker.startsWith('<')) ? found : [];
}
