// Where entries sit in a lockfile's text, for findings that point at a line.
import { visit } from 'jsonc-parser';

/**
 * 1-based lines of JSON object properties, keyed by their path joined with NUL.
 * `select(parent, key)` sees the path of the enclosing value (property names; '' for array items) and the key,
 * and says whether to record it. jsonc-parser's visitor gives lines without building a second tree, and
 * tolerates the comments and trailing commas of bun.lock.
 */
export function jsonPropertyLines(
  text: string,
  select: (parent: readonly string[], key: string) => boolean,
): Map<string, number> {
  const lines = new Map<string, number>();
  const parent: string[] = [];
  let depth = 0;
  let pendingKey: string | undefined;
  const enter = (): void => {
    if (depth > 0) parent.push(pendingKey ?? '');
    depth += 1;
    pendingKey = undefined;
  };
  const leave = (): void => {
    depth -= 1;
    if (depth > 0) parent.pop();
  };
  visit(
    text,
    {
      onObjectBegin: enter,
      onArrayBegin: enter,
      onObjectEnd: leave,
      onArrayEnd: leave,
      onObjectProperty: (property, _offset, _length, startLine) => {
        pendingKey = property;
        if (select(parent, property)) lines.set([...parent, property].join('\u0000'), startLine + 1);
      },
      onLiteralValue: () => {
        pendingKey = undefined;
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return lines;
}

/** The 1-based line of each line of `text` matching `pattern`, keyed by the pattern's first capture group. */
export function matchingLines(text: string, pattern: RegExp): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 0;
  for (const content of text.split('\n')) {
    line += 1;
    const match = pattern.exec(content);
    if (match?.[1] !== undefined && !lines.has(match[1])) lines.set(match[1], line);
  }
  return lines;
}
