// Pure: which comments are lint or type-check suppressions, per comment family. Only comment text reaches
// these patterns (the parsers hand over comments, never strings), so `"// eslint-disable"` in a string is not one.

export type CommentFamily = 'js' | 'python' | 'go' | 'java';

// Each pattern must match at the start of the comment's text (after the comment opener and spaces), as the
// tools themselves require. Rust suppresses with attributes (`#[allow(...)]`), not comments.
const PATTERNS: Record<CommentFamily, RegExp[]> = {
  js: [
    /^eslint-disable(?:-next-line|-line)?\b/,
    /^@ts-(?:ignore|expect-error|nocheck)\b/,
    /^(?:istanbul|c8|v8|node:coverage)\s+(?:ignore|disable)\b/,
    /^biome-ignore(?:-all|-start)?\b/,
    /^oxlint-disable(?:-next-line|-line)?\b/,
    /^deno-lint-ignore(?:-file)?\b/,
    /^tslint:disable\b/,
    /^jshint\s+ignore\b/,
    /^stylelint-disable(?:-next-line|-line)?\b/,
  ],
  python: [
    /^noqa\b/i,
    /^(?:ruff|flake8)\s*:\s*noqa\b/i,
    /^type:\s*ignore\b/,
    /^(?:pyright|pyre|pyre-ignore|pyre-fixme)\s*:?\s*(?:ignore|basic|\[)/,
    /^pyre-(?:ignore|fixme)\b/,
    /^mypy:\s*(?:ignore-errors|disable-error-code)\b/,
    /^pylint\s*:\s*disable(?:-next)?\s*=/,
    /^pragma:\s*no\s*(?:cover|branch)\b/,
    /^nosec\b/,
    /^pytype:\s*disable\b/,
  ],
  go: [/^nolint\b/, /^lint:(?:file-)?ignore\b/, /^#?nosec\b/, /^revive:disable\b/, /^coverage:ignore\b/],
  java: [/^NOSONAR\b/, /^noinspection\b/, /^CHECKSTYLE[:.]OFF\b/i, /^CPD-OFF\b/, /^NOPMD\b/, /^PMD\b/, /^checkstyle:off\b/i],
};

/** A directive as written, with what it is (`kind`) and the rules it names (`codes`, empty: all rules). */
export interface Directive {
  text: string;
  kind: string;
  codes: string[];
}

/**
 * The suppressions in a comment. `body` is the comment's text without its opener (`//`, `#`, `/*`); a
 * Python trailing comment such as `# type: ignore  # noqa: E501` yields one directive for each.
 */
export function suppressionsInComment(body: string, family: CommentFamily): Directive[] {
  const found: Directive[] = [];
  // Python chains directives in one comment (`# type: ignore # noqa`); other families put one per comment.
  const parts = family === 'python' ? body.split('#') : [body];
  for (const part of parts) {
    const text = part.replace(/^[\s*!/]+/, '').replace(/\*\/\s*$/, '').trim().replace(/\s+/g, ' ');
    if (!text) continue;
    for (const pattern of PATTERNS[family]) {
      const match = pattern.exec(text);
      if (match) {
        found.push(directive(text, match[0], text.slice(match[0].length)));
        break;
      }
    }
  }
  return found;
}

/**
 * `kind` and `codes` of a directive: the rules named after its keyword, without the free-text reason
 * (`-- why` in ESLint, `// why` in golangci-lint). `@ts-*` directives take no rule names (their text is a reason).
 */
export function directive(text: string, keyword: string, rest: string): Directive {
  const kind = keyword.replace(/\s+/g, ' ').replace(/\s*([:=])\s*/g, '$1').toLowerCase();
  const named = kind.startsWith('@ts-') ? '' : rest.split(/\s+--\s|\s\/\/|\s-\s/)[0]!;
  const codes = named.split(/[\s,:=()[\]"'{}]+/).filter(Boolean).sort();
  return { text, kind, codes };
}
