// Pure: runs the rules over the scan texts of one commit. Per text, a rule runs only when one of its
// keywords occurs in it (after the line prefilter of source.ts); its matches are then judged
// (entropy, placeholders, format checks), kept only where the commit added the line, and checked
// against allow comments. Where rules report overlapping text, the most specific wins.
import { sha256 } from '../../core/fingerprint.js';
import { lineOf, lineStarts } from '../../core/text.js';
import type { AllowCandidate } from './gitleaks.js';
import { ALLOW_COMMENT_KEYWORDS, inlineAllow } from './inline-allow.js';
import { isPlaceholder, shannonEntropy } from './placeholder.js';
import { BUILTIN_RULES } from './rules/index.js';
import { regexMatches, type RawMatch, type Rule } from './rules/rule.js';
import { isAsciiKeyword, KEYWORD_MARKED, KEYWORD_OTHER, KeywordMatcher } from './keywords.js';
import { EVERY_LINE, type LineTest, type ScanSource } from './source.js';

export interface ScanEntry {
  /** File path; undefined for a commit message. */
  path?: string;
  /** Blob id of the file in the commit: what a file reported by its name is fingerprinted by. */
  blob?: string;
  source: ScanSource;
}

export interface SecretHit {
  rule: string;
  title: string;
  /** Line in the file (or commit message) where the secret starts. */
  line: number;
  /** sha256 of the secret. */
  secretHash: string;
  /** At most the first four characters of the secret, then `****`. */
  preview: string;
  /**
   * The secret itself, only so that the run can mask it in everything it writes; never copied into
   * a finding. Undefined for files reported by their name.
   */
  secret?: string;
}

export interface EntryHit extends SecretHit {
  /** Index of the entry the secret is in. */
  entry: number;
}

export interface Scanner {
  /** Whether a line may hold a secret (the keyword prefilter, or every line when it is off). */
  readonly isHot: LineTest;
  /** Scans the entries of one commit (its message and files). */
  scan(entries: readonly ScanEntry[], commit?: string): EntryHit[];
}

export interface ScannerOptions {
  /** The rules (default: the built-in ones). */
  rules?: readonly Rule[];
  /** false: every line is scanned (to check the prefilter against a full scan). */
  prefilter?: boolean;
  /** Allowlists of a gitleaks configuration. */
  allows?: (candidate: AllowCandidate) => boolean;
}

/** A rule needs every line when it has no keyword, or one the keyword matcher cannot take (not ASCII). */
function unfiltered(rule: Rule): boolean {
  return Boolean(rule.pattern || rule.find) && (rule.keywords.length === 0 || !rule.keywords.every(isAsciiKeyword));
}

function keywordMatcher(rules: readonly Rule[]): KeywordMatcher {
  return new KeywordMatcher([...rules.filter((rule) => !unfiltered(rule)).flatMap((rule) => rule.keywords), ...ALLOW_COMMENT_KEYWORDS]);
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  const rules = options.rules ?? BUILTIN_RULES;
  const matcher = keywordMatcher(rules);
  const ids = new Map(matcher.keywords.map((keyword, id) => [keyword, id]));
  // Per rule, the ids of its keywords; undefined: the rule runs on every text.
  const keywordIds = rules.map((rule) => (unfiltered(rule) || rule.keywords.length === 0 ? undefined : rule.keywords.map((k) => ids.get(k.toLowerCase())!)));
  const isHot = options.prefilter === false || rules.some(unfiltered) ? EVERY_LINE : hotLines(matcher, rules);
  return {
    isHot,
    scan(entries, commit) {
      const context = { rules, keywordIds, matcher, allows: options.allows ?? (() => false), ...(commit ? { commit } : {}) };
      return entries.flatMap((entry, index) => scanEntry(entry, context).map((hit) => ({ ...hit, entry: index })));
    },
  };
}

/**
 * The line prefilter: a line is kept when a keyword occurs in it, unless every rule with that keyword
 * matches within one line only; then the line is kept when one of those rules matches on it.
 */
function hotLines(matcher: KeywordMatcher, rules: readonly Rule[]): LineTest {
  const owners = matcher.keywords.map((keyword) => rules.filter((rule) => rule.keywords.some((k) => k.toLowerCase() === keyword)));
  // Per keyword id: the rules to try on the line, or undefined when the keyword alone keeps it.
  const verifiers = owners.map((owned) => (owned.length > 0 && owned.every((rule) => rule.singleLine && rule.pattern) ? owned.map((rule) => rule.pattern!) : undefined));
  const keeps = Uint8Array.from(verifiers, (patterns) => (patterns ? 0 : 1));
  const matchesOn = (line: string): boolean => {
    for (const id of matcher.present(line)) {
      for (const pattern of verifiers[id]!) {
        pattern.lastIndex = 0;
        if (pattern.test(line)) return true;
      }
    }
    return false;
  };
  return (text, from, to) => {
    const found = matcher.classify(text, from, to, keeps);
    return found === KEYWORD_MARKED || (found === KEYWORD_OTHER && matchesOn(text.slice(from, to)));
  };
}

interface Candidate {
  hit: SecretHit;
  /** Allowed by a gitleaks allowlist. */
  allowed: boolean;
  start: number;
  end: number;
  priority: number;
}

interface ScanContext {
  rules: readonly Rule[];
  keywordIds: ReadonlyArray<readonly number[] | undefined>;
  matcher: KeywordMatcher;
  allows: (candidate: AllowCandidate) => boolean;
  commit?: string;
}

function scanEntry(entry: ScanEntry, { rules, keywordIds, matcher, allows, commit }: ScanContext): SecretHit[] {
  const { source } = entry;
  const text = source.content;
  const present = matcher.present(text);
  const starts = lineStarts(text);
  let allow: ReturnType<typeof inlineAllow> | undefined;
  const candidates: Candidate[] = [];
  for (const [r, rule] of rules.entries()) {
    if (rule.path && !(entry.path !== undefined && rule.path.test(entry.path))) continue;
    if (!rule.pattern && !rule.find) {
      if (rule.path) candidates.push(fileHit(rule, entry, allows({ rule: rule.id, secret: '', match: '', line: '', path: entry.path!, ...(commit ? { commit } : {}) })));
      continue;
    }
    const ruleKeywords = keywordIds[r];
    if (ruleKeywords && !ruleKeywords.some((id) => present.has(id))) continue;
    const matches = rule.find ? rule.find(text, entry.path) : regexMatches(rule.pattern!, text);
    for (const match of matches) {
      if (!judge(rule, match, text)) continue;
      const span = addedSpan(source, starts, match.secretStart, match.secretStart + match.secret.length);
      if (!span) continue;
      allow ??= inlineAllow(text.split('\n'));
      const startLine = lineOf(starts, match.start);
      if (allow(span.index, rule.id) || allow(startLine, rule.id)) continue;
      const line = text.slice(starts[startLine], (starts[startLine + 1] ?? text.length + 1) - 1);
      const candidate = { rule: rule.id, secret: match.secret, match: text.slice(match.start, match.end), line, ...(entry.path === undefined ? {} : { path: entry.path }) };
      candidates.push({
        allowed: allows(commit ? { ...candidate, commit } : candidate),
        hit: { rule: rule.id, title: rule.title, line: span.line, secretHash: sha256(match.secret), preview: mask(match.secret), secret: match.secret },
        start: match.secretStart,
        end: match.secretStart + match.secret.length,
        priority: rule.priority,
      });
    }
  }
  // An allowed match still hides what less specific rules report on the same text.
  return dropOverlaps(candidates).flatMap((c) => (c.allowed ? [] : [c.hit]));
}

function judge(rule: Rule, match: RawMatch, text: string): boolean {
  const { secret } = match;
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return false;
  if (rule.placeholders && isPlaceholder(secret)) return false;
  return !rule.accept || rule.accept(secret, text, match);
}

/** A file reported by its name: one hit on its first line, fingerprinted by its content (blob id). */
function fileHit(rule: Rule, entry: ScanEntry, allowed: boolean): Candidate {
  const identity = entry.blob ?? entry.source.content;
  const hit = { rule: rule.id, title: rule.title, line: 1, secretHash: sha256(`file:${identity}`), preview: '(whole file)' };
  return { hit, allowed, start: -1, end: -1, priority: rule.priority };
}

/** Where the secret starts (text line index, file line number); undefined when the commit added none of its lines. */
function addedSpan(source: ScanSource, starts: readonly number[], start: number, end: number): { index: number; line: number } | undefined {
  const first = lineOf(starts, start);
  const last = lineOf(starts, Math.max(start, end - 1));
  let index = -1;
  let added = false;
  for (let line = first; line <= last; line++) {
    if (index < 0 && source.lineNumbers[line]) index = line;
    if (source.added[line]) added = true;
  }
  return added && index >= 0 ? { index, line: source.lineNumbers[index]! } : undefined;
}

/** At most the first four characters, fewer for short secrets: a quarter of the length at most. */
export function mask(secret: string): string {
  const visible = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, visible)}****`;
}

/** Where rules report overlapping text (a token inside a generic assignment), the more specific one wins. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (candidate.start >= 0 && kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.priority - b.priority);
}
