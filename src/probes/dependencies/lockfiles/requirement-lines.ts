// Pure and light: a requirements file's logical lines and the files it includes, as pip reads them. The
// probe follows includes before it knows whether any lockfile changed, so this loads no lockfile parser.
import { dirname, join, normalize } from 'node:path/posix';

/** pip's COMMENT_RE: `#` at the start of a line or after whitespace starts a comment. */
const COMMENT = /(?:^|\s+)#.*$/;
/** `COMMENT_RE.match` in join_lines: a line that is a comment from its start never continues. */
const COMMENT_LINE = /^\s*#/;

/**
 * A requirements file's logical lines, as pip's req_file preprocesses them: a line ending in `\` is joined to
 * the next without a separator (unless it is a comment, which never continues), then comments are removed.
 */
export function logicalLines(text: string): Array<{ line: number; content: string }> {
  const result: Array<{ line: number; content: string }> = [];
  let pending: { line: number; parts: string[] } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.endsWith('\\') && !COMMENT_LINE.test(raw)) {
      pending ??= { line: index + 1, parts: [] };
      pending.parts.push(raw.replace(/^\\+|\\+$/g, ''));
      return;
    }
    const line = pending?.line ?? index + 1;
    const content = pending ? [...pending.parts, COMMENT_LINE.test(raw) ? ` ${raw}` : raw].join('') : raw;
    pending = undefined;
    result.push({ line, content });
  });
  if (pending) result.push({ line: pending.line, content: pending.parts.join('') });
  return result.map(({ line, content }) => ({ line, content: content.replace(COMMENT, '').trim() })).filter(({ content }) => content !== '');
}

/**
 * The files a requirements file includes (`-r`/`--requirement`, `-c`/`--constraint`, in every form optparse
 * accepts: `-r x`, `-rx`, `--requirement=x`), relative to the including file as pip resolves them. URLs are left out.
 */
export function requirementIncludes(text: string, path: string): Array<{ path: string; line: number }> {
  const includes: Array<{ path: string; line: number }> = [];
  for (const { line, content } of logicalLines(text)) {
    const match = /^(?:-[rc]\s*|--(?:requirement|constraint)(?:\s*=\s*|\s+))(\S+)/.exec(content);
    const target = match?.[1];
    // URLs are fetched by pip, absolute paths are outside the repository: neither is in the file set.
    if (!target || /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || target.startsWith('/')) continue;
    const resolved = normalize(join(dirname(path), target));
    if (!resolved.startsWith('../')) includes.push({ path: resolved, line });
  }
  return includes;
}

/** The files parseRequirements reads besides the one given (asked again of each, so the closure is read). */
export function requirementsRelated(path: string, text: string): string[] {
  try {
    return requirementIncludes(text, path).map((include) => include.path);
  } catch {
    return []; // the file itself does not read: parseRequirements says why
  }
}
