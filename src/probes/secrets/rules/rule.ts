// Pure: what a detection rule is, and the builders the rule tables use (a prefixed token, a value
// assigned to a provider-named variable). The tables hold no regular expression syntax beyond the
// token bodies, so every rule has the same boundaries and the same notion of an assignment.
import { namesSomethingElse } from './names.js';

/** One match of a rule: where the whole match is, and which part of it is the secret. */
export interface RawMatch {
  start: number;
  end: number;
  secret: string;
  secretStart: number;
}

export interface Rule {
  /** Rule id in findings and fingerprints; gitleaks' id for the same family where it has one. */
  id: string;
  title: string;
  /**
   * Prefilter keywords: lowercase literals, one of which occurs (case-insensitively) in every line a
   * match of the rule starts on. Empty: the rule needs every line (the prefilter is then off).
   */
  keywords: readonly string[];
  /** A global regular expression; the `secret` group is the secret, or the whole match without one. */
  pattern?: RegExp;
  /** A matcher written as code, for formats a regular expression cannot judge alone (path: the file's, if any). */
  find?: (text: string, path?: string) => Iterable<RawMatch>;
  /** Format check on a match (checksum, decodable header, randomness); false drops it. */
  accept?: (secret: string, text: string, match: RawMatch) => boolean;
  /** Minimum Shannon entropy of the secret, in bits per character. */
  entropy?: number;
  /** Whether obvious placeholders are dropped (not for private key bodies, whose base64 has runs). */
  placeholders: boolean;
  /** When two rules report overlapping text, the lower number wins. */
  priority: number;
  /** Only files whose path matches; with no pattern or find, a matching file is itself the finding. */
  path?: PathTest;
  /** The literal prefixes of the tokens it finds (a value with one that fails the format is no generic secret). */
  prefixes?: readonly string[];
  /**
   * Every match lies within one line: the pattern run on a line where a keyword occurs tells exactly
   * whether a match starts there, so the prefilter keeps the line only then (`pat` occurs on far more
   * lines than Airtable tokens do).
   */
  singleLine?: boolean;
}

export interface PathTest {
  test(path: string): boolean;
}

export const PRIORITY_CUSTOM = -1;
export const PRIORITY_SPECIFIC = 0;
export const PRIORITY_STRUCTURAL = 1;
export const PRIORITY_GENERIC = 2;

/** Characters that may continue a token: a match must not be part of a longer word. */
const TOKEN_CHAR = 'A-Za-z0-9_\\-';

/** Matches of a global regular expression, the `secret` group (if any) as the secret. */
export function* regexMatches(pattern: RegExp, text: string): Generator<RawMatch> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const group = m.indices?.groups?.['secret'];
    const secret = m.groups?.['secret'];
    if (group && secret !== undefined) yield { start: m.index, end: m.index + m[0].length, secret, secretStart: group[0] };
    else yield { start: m.index, end: m.index + m[0].length, secret: m[0], secretStart: m.index };
  }
}

interface RuleOptions {
  accept?: Rule['accept'];
  entropy?: number;
  priority?: number;
  placeholders?: boolean;
  path?: RegExp;
  /** Keywords when the prefixes are not literal (default: the prefixes, lowercased). */
  keywords?: readonly string[];
}

/**
 * A token that starts with a fixed prefix: `prefixes` are literals, `body` the regular expression of
 * the rest. The token must stand alone (no word character right before or after it).
 */
export function prefixed(id: string, title: string, prefixes: readonly string[], body: string, options: RuleOptions = {}): Rule {
  const alternatives = prefixes.map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![${TOKEN_CHAR}])(?<secret>(?:${alternatives})${body})(?![${TOKEN_CHAR}])`, 'dg');
  const singleLine = !prefixes.some((p) => /[\r\n]/.test(p)) && !CAN_CROSS_LINES.test(body);
  return { ...rule(id, title, pattern, options.keywords ?? prefixes.map((p) => p.toLowerCase()), options), prefixes, ...(singleLine ? { singleLine } : {}) };
}

/** Regular expression syntax that can match a line break: \s, \n, \r, \W, \D, a negated class. */
const CAN_CROSS_LINES = /\\[snrWD]|\[\^/;

/** A token whose own shape is distinctive but has no fixed prefix; `keywords` still bound where it can start. */
export function shaped(id: string, title: string, source: string, keywords: readonly string[], options: RuleOptions = {}): Rule {
  return rule(id, title, new RegExp(`(?<![${TOKEN_CHAR}])(?<secret>${source})(?![${TOKEN_CHAR}])`, 'dg'), keywords, options);
}

/** A pattern written out in full (structural formats); `secret` group optional. */
export function patterned(id: string, title: string, pattern: RegExp, keywords: readonly string[], options: RuleOptions = {}): Rule {
  if (!pattern.flags.includes('g') || !pattern.flags.includes('d')) throw new Error(`rule ${id}: pattern needs the g and d flags`);
  return rule(id, title, pattern, keywords, options);
}

/**
 * A value assigned to a variable, key, flag or header whose name mentions the provider: `names` are
 * lowercase literals (also the keywords); `value` is the regular expression of the secret. Any of
 * `=`, `:`, `:=`, `=>`, `?=`, `,` (a call such as `setenv("DD_API_KEY", "...")`) and quotes may sit
 * between them, and up to 40 name characters (spaces too: `Datadog API key: ...`) after the provider's
 * name (`DATADOG_API_KEY`).
 */
export function assigned(id: string, title: string, names: readonly string[], value: string, options: RuleOptions = {}): Rule {
  const pattern = new RegExp(
    `(?<name>[\\w.\\-]{0,40}?(?:${names.map(escapeRegExp).join('|')})[\\w.\\- ]{0,40}?)[\\]"'\`]{0,2}[ \\t]{0,5}(?:=>|::=|:=|\\?=|\\|\\|=|=|:|,)[ \\t]{0,5}["'\`]?(?<secret>${value})(?![${TOKEN_CHAR}])`,
    'dgi',
  );
  // `HEROKU_APP_ID = <uuid>` names the provider but is no secret.
  const accept = (secret: string, text: string, match: RawMatch): boolean =>
    !namesSomethingElse(/^[\w.\- ]*/.exec(text.slice(match.start, match.secretStart))![0].trim()) && (!options.accept || options.accept(secret, text, match));
  return rule(id, title, pattern, names, { priority: PRIORITY_SPECIFIC, ...options, accept });
}

function rule(id: string, title: string, pattern: RegExp, keywords: readonly string[], options: RuleOptions): Rule {
  return {
    id,
    title,
    keywords,
    pattern,
    placeholders: options.placeholders ?? true,
    priority: options.priority ?? PRIORITY_SPECIFIC,
    ...(options.accept ? { accept: options.accept } : {}),
    ...(options.entropy === undefined ? {} : { entropy: options.entropy }),
    ...(options.path ? { path: options.path } : {}),
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Common value shapes. */
export const HEX = (n: number | string): string => `[a-f0-9]{${n}}`;
export const ALNUM = (n: number | string): string => `[A-Za-z0-9]{${n}}`;
export const B64URL = (n: number | string): string => `[A-Za-z0-9_\\-]{${n}}`;
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
