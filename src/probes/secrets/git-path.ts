// Paths in git's patch headers are C-quoted when they contain control characters, `"` or `\`
// (quote_c_style in git's quote.c). With core.quotePath=false, bytes >= 0x80 are written raw.

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c,
};

/**
 * Reads one C-quoted string starting at `text[start] === '"'`.
 * Returns the unquoted value and the index just after the closing quote, or undefined if malformed.
 */
export function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  if (text[start] !== '"') return undefined;
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) return undefined;
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        bytes.push(simple);
        i += 2;
        continue;
      }
      const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (!octal) return undefined;
      bytes.push(parseInt(octal[0], 8));
      i += 4;
      continue;
    }
    // Raw (unescaped) characters, including UTF-8 text when core.quotePath=false.
    for (const byte of Buffer.from(ch, 'utf8')) bytes.push(byte);
    i++;
  }
  return undefined;
}

/** A path as written after `+++ `, `rename to ` etc.: quoted, or raw up to the end of the line. */
export function unquotePath(text: string): string {
  if (text.startsWith('"')) {
    const quoted = readQuoted(text, 0);
    if (quoted) return quoted.value;
  }
  return text;
}

/**
 * The new-side path of a `diff --git a/X b/Y` header (without the `diff --git ` prefix), or undefined
 * when it cannot be told apart (an unquoted rename with spaces; `rename to` then names the path).
 */
export function newPathFromDiffHeader(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first || rest[first.end] !== ' ') return undefined;
    return stripPrefix(unquotePath(rest.slice(first.end + 1)), 'b/');
  }
  // An unquoted old path cannot contain `"`, so a quoted new path starts at ` "b/`.
  const quotedNew = rest.indexOf(' "b/');
  if (quotedNew !== -1 && rest.endsWith('"')) return stripPrefix(unquotePath(rest.slice(quotedNew + 1)), 'b/');
  // Both unquoted: without a rename both sides name the same path, `a/P b/P`.
  if ((rest.length - 5) % 2 !== 0) return undefined;
  const half = (rest.length - 5) / 2;
  const oldPath = rest.slice(2, 2 + half);
  const newPath = rest.slice(5 + half);
  return rest.startsWith('a/') && rest.slice(2 + half, 5 + half) === ' b/' && oldPath === newPath ? newPath : undefined;
}

function stripPrefix(path: string, prefix: string): string | undefined {
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
