// Pure: a team's gitleaks files, so it moves to this probe without rewriting its allow-lists: what a
// parsed `.gitleaks.toml` is (gitleaks-config.ts parses it, loaded only when a repository has one),
// and `.gitleaksignore`, finding fingerprints.
import type { Rule } from './rules/rule.js';

/** What an allowlist is checked against. */
export interface AllowCandidate {
  rule: string;
  secret: string;
  /** The whole text the rule matched. */
  match: string;
  /** The line the match starts on. */
  line: string;
  path?: string;
  commit?: string;
}

export interface GitleaksConfig {
  /** Custom rules, by id (a built-in rule with the same id is replaced). */
  rules: Rule[];
  /** Built-in rule ids named in [extend] disabledRules. */
  disabled: Set<string>;
  /** Whether a candidate is allowed by a global or per-rule allowlist. */
  allows(candidate: AllowCandidate): boolean;
}

export const NO_GITLEAKS_CONFIG: GitleaksConfig = { rules: [], disabled: new Set(), allows: () => false };

/** One `.gitleaksignore` entry: `commit:file:rule-id:line`, or `file:rule-id:line` for any commit. */
export interface IgnoredFinding {
  commit?: string;
  file: string;
  rule: string;
  line: number;
}

export function parseGitleaksIgnore(text: string): IgnoredFinding[] {
  const entries: IgnoredFinding[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(':');
    if (parts.length < 3 || !/^\d+$/.test(parts[parts.length - 1]!)) continue;
    const lineNumber = Number(parts.pop());
    const rule = parts.pop()!;
    const commit = parts.length >= 2 && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(parts[0]!) ? parts.shift()!.toLowerCase() : undefined;
    entries.push({ ...(commit ? { commit } : {}), file: parts.join(':'), rule, line: lineNumber });
  }
  return entries;
}

/** Whether an occurrence is one a `.gitleaksignore` entry names. */
export function isIgnored(entries: readonly IgnoredFinding[], o: { commit: string; path?: string; rule: string; line: number }): boolean {
  return entries.some((e) => e.file === o.path && e.rule === o.rule && e.line === o.line && (e.commit === undefined || e.commit === o.commit.toLowerCase()));
}
