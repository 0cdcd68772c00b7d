// Pure: allow comments in the scanned text. `gitleaks:allow` on the line of a secret (as gitleaks
// reads it), and secretlint's `secretlint-disable-line`, `secretlint-disable-next-line` and
// `secretlint-disable` … `secretlint-enable` blocks, each optionally naming the rules it silences.

/** Keywords the prefilter keeps lines for, so a comment line reaches the scan with its neighbour. */
export const ALLOW_COMMENT_KEYWORDS = ['gitleaks:allow', 'secretlint-'];

const DIRECTIVE = /secretlint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/g;

/** `(line index, rule id) -> allowed`, for the lines of one scan text. */
export type InlineAllow = (line: number, rule: string) => boolean;

interface Scope {
  from: number;
  to: number;
  /** Rule ids named by the comment; empty: every rule. */
  rules: string[];
}

export function inlineAllow(lines: readonly string[]): InlineAllow {
  const scopes: Scope[] = [];
  let open: Scope | undefined;
  lines.forEach((line, i) => {
    if (line.includes('gitleaks:allow')) scopes.push({ from: i, to: i, rules: [] });
    if (!line.includes('secretlint-')) return;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(line); m; m = DIRECTIVE.exec(line)) {
      const rules = ruleNames(m[2]!);
      if (m[1] === 'disable-line') scopes.push({ from: i, to: i, rules });
      else if (m[1] === 'disable-next-line') scopes.push({ from: i + 1, to: i + 1, rules });
      else if (m[1] === 'disable') {
        open = { from: i, to: Number.POSITIVE_INFINITY, rules };
        scopes.push(open);
      } else if (open) {
        open.to = i;
        open = undefined;
      }
    }
  });
  if (scopes.length === 0) return () => false;
  return (line, rule) => scopes.some((s) => line >= s.from && line <= s.to && (s.rules.length === 0 || s.rules.includes(rule)));
}

/** Rule ids after a directive, up to a `--` description; secretlint's and our old prefixes are dropped. */
function ruleNames(rest: string): string[] {
  return rest
    .split('--')[0]!
    .split(/[\s,]+/)
    .map((name) => name.replace(/^@secretlint\/secretlint-rule-|^loki-verify\//, '').replace(/\*\/$|-->$/, ''))
    .filter((name) => /^[\w@/.-]+$/.test(name) && !/^(?:\*\/|-->|#|\/\/)$/.test(name));
}
