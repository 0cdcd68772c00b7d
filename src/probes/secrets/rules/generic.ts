// Pure: a secret assigned to a credential-named variable, key, attribute or element, in the syntax of
// any common language or configuration format:
//   name = v · name: v · name := v · name ::= v · name ?= v · name .= v · 'name' => v · name, v in a
//   call (setProperty("X_TOKEN", "v")) · typed declarations (var x string = v, const x: string = v)
//   · YAML/TOML/INI/.env/properties · JSON (also with an escaped newline after the value)
//   · XML elements (<password>v</password>) and attributes (key="ApiKey" value="v").
// Only values that look generated count: see acceptValue.
import { isPlaceholder, looksRandom } from '../placeholder.js';
import { CREDENTIAL_WORD, isCredentialName } from './names.js';
import { PRIORITY_GENERIC, type RawMatch, type Rule } from './rule.js';

const NAME_CHAR = '[A-Za-z0-9_.$@\\-]';
/**
 * Any name, taken whole (a lookahead capture and back-reference: no backtracking into it); whether it
 * names a credential is tested on the match, which is far cheaper than a keyword inside the pattern.
 */
const NAME = `(?<![A-Za-z0-9_.$@\\-])(?=(?<name>${NAME_CHAR}{1,120}))\\k<name>`;
/** Type annotation between name and operator: `: string`, `: &'static str`, Go's ` string`. */
const TYPE = `(?:[ \\t]*:[ \\t]*[&*]?'?[A-Za-z_][\\w.<>\\[\\]|?' ]{0,40}?(?=[ \\t]*=[^=>~])|[ \\t]+[A-Za-z_][\\w.]{0,30}(?=[ \\t]*=[^=>~]))?`;
/** The empty alternative, after a space, is a command-line flag's value: `--api-token abc…` (flags only). */
const OPERATOR = `[ \\t]{0,8}(?<op>::=|:=|\\?\\?=|\\?=|\\|\\|=|\\.=|\\+=|=>|=(?![=~])|:(?!:)|,|(?<=[ \\t]))[ \\t]{0,8}`;
const VALUE = `(?<value>"(?:[^"\\\\\\n]|\\\\.){1,500}"|'(?:[^'\\\\\\n]|\\\\.){1,500}'|\`[^\`\\n]{1,500}\`|[^\\s"'\`,;)\\]}<>&]{1,500})`;
/** A string literal's prefix: C#'s `@"…"`, Python's `b'…'`, `r"…"`, `u"…"`. */
const STRING_PREFIX = `(?:@|[bru]{1,2}(?=["']))?`;
/** Tried (sticky) only where a name holding a credential word starts: most of a text never is. */
const ASSIGNMENT = new RegExp(`${NAME}(?<close>["'\`]?\\]?["'\`]?)${TYPE}${OPERATOR}${STRING_PREFIX}${VALUE}`, 'dyi');
const CREDENTIAL_WORD_AT = new RegExp(CREDENTIAL_WORD, 'gi');

/** `<password>v</password>`, `<entry key="api.token">v</entry>`. */
const XML_ELEMENT = new RegExp(`<(?<name>[A-Za-z_][\\w.:\\-]{0,60})(?:\\s[^<>]{0,200})?>(?<value>[^<\\s]{1,500})</\\k<name>>`, 'dgi');
/** `<add key="ApiKey" value="v" />`, `<property name="db.password" value="v"/>`. */
const XML_PAIR = /\b(?:key|name)\s*=\s*["'](?<name>[^"'<>\n]{1,80})["']\s+(?:value|content)\s*=\s*["'](?<value>[^"'\n]{1,500})["']/dgi;
const XML_ENTRY_NAME = /\b(?:key|name)\s*=\s*["'](?<name>[^"'<>\n]{1,80})["']/i;

/** Environment lookups, calls and references: code that fetches a secret, not the secret. */
const REFERENCE = [
  /\w\s*\(/, // a call
  /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|System\.getenv|Environment\.|getenv|\$env:|config\.|settings\.|self\.|this\.|ctx\.|context\.|props\.|params\.|args\.|options\.|opts\.)/i,
  /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][\w$]*)+$/, // a.b.c
  /^(?:vault|env|secret|secrets|ssm|arn|gcp|azure|op|aws|kms|sm|file|classpath|keychain|sha\d*|md5|sha\d+-|sri):/i,
  /^(?:sha(?:1|256|384|512)|md5)-/i,
  /^[A-Za-z_][\w]*\[/, // indexing
];
const FILE_PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|^[\w.-]+(?:\/[\w.-]+)+\.[a-z][a-z0-9]{0,9}$/i;

/** Source code, where a literal secret is quoted: an unquoted value there is an expression. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|pyi|go|java|kts?|scala|groovy|cs|fs|vb|php|rb|rs|swift|c|h|cc|cpp|cxx|hpp|m|mm|dart|lua|pl|pm|r|jl|exs?|erl|clj|hs|ml|vue|svelte|sol)$/i;

function isQuoted(value: string): boolean {
  return /^["'`]/.test(value);
}

function unquote(value: string): string {
  const first = value[0];
  if ((first === '"' || first === "'" || first === '`') && value.endsWith(first) && value.length >= 2) {
    // An escaped newline after the value inside a JSON string (`"token": "abc\n"`) is not part of it.
    return value.slice(1, -1).replace(/(?:\\[rn])+$/, '');
  }
  return value;
}

/** Whether a value from a credential-named assignment is a secret rather than code, a reference or an example. */
export function acceptValue(value: string, providerPrefixes: readonly string[] = []): boolean {
  // Secrets are printable ASCII; text in other scripts, spaces and URLs are something else.
  if (/[^\x21-\x7e]/.test(value) || value.includes('://')) return false;
  // Expressions: indexing, calls, negation, optional chaining.
  if (/^[!([{]|[()[\]]|\?\.|&&|\|\|/.test(value)) return false;
  // A provider's prefix on a value its own rule did not take: a truncated or made-up token.
  if (providerPrefixes.some((prefix) => value.startsWith(prefix))) return false;
  if (REFERENCE.some((pattern) => pattern.test(value))) return false;
  if (FILE_PATH.test(value)) return false;
  // Password hashes (bcrypt, argon2, crypt) are not the password.
  if (/^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|apr1)\$/.test(value)) return false;
  if (isPlaceholder(value)) return false;
  return looksRandom(value);
}

function* assignments(text: string, prefixes: readonly string[], code: boolean): Generator<RawMatch> {
  let tried = -1;
  CREDENTIAL_WORD_AT.lastIndex = 0;
  for (let word = CREDENTIAL_WORD_AT.exec(text); word; word = CREDENTIAL_WORD_AT.exec(text)) {
    let start = word.index;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    if (start <= tried) continue; // the name this word is in was tried already
    tried = start;
    ASSIGNMENT.lastIndex = start;
    const m = ASSIGNMENT.exec(text);
    if (!m) continue;
    const groups = m.groups!;
    if ((groups['op'] === ',' && !isCallArgument(text, start, groups['close']!)) || (groups['op'] === '' && !groups['name']!.startsWith('-')) || (code && !isQuoted(groups['value']!))) continue;
    const match = toMatch(m, groups['name']!, groups['value']!, prefixes);
    if (!match) continue;
    yield match;
    CREDENTIAL_WORD_AT.lastIndex = Math.max(CREDENTIAL_WORD_AT.lastIndex, match.end);
  }
}

/** `setProperty("X_TOKEN", …`: a quoted name that is a call's first argument (not an item of a list). */
function isCallArgument(text: string, nameStart: number, close: string): boolean {
  const quote = text[nameStart - 1];
  if (quote === undefined || !/["'`]/.test(quote) || !close.startsWith(quote)) return false;
  let at = nameStart - 2;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return text[at] === '(';
}

/** `[A-Za-z0-9_.$@-]`, the characters of NAME. */
function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 36 || code === 64 || code === 45
  );
}

function* xml(text: string, prefixes: readonly string[]): Generator<RawMatch> {
  for (const pattern of [XML_ELEMENT, XML_PAIR]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // `<entry key="api.token">v</entry>`: the name is in the attribute.
      const attribute = pattern === XML_ELEMENT ? XML_ENTRY_NAME.exec(m[0].slice(0, m[0].indexOf('>'))) : null;
      const match = toMatch(m, attribute?.groups!['name'] ?? m.groups!['name']!, m.groups!['value']!, prefixes);
      if (match) yield match;
    }
  }
}

function toMatch(m: RegExpExecArray, name: string, raw: string, prefixes: readonly string[]): RawMatch | undefined {
  if (!isCredentialName(name)) return undefined;
  const secret = unquote(raw);
  if (!acceptValue(secret, prefixes)) return undefined;
  const valueStart = m.indices!.groups!['value']![0];
  return { start: m.index, end: m.index + m[0].length, secret, secretStart: valueStart + raw.indexOf(secret) };
}

/** The generic rule, told the prefixes of the provider rules (a prefix of four characters or more). */
export function genericRule(providerPrefixes: readonly string[]): Rule {
  const prefixes = [...new Set(providerPrefixes.filter((p) => p.length >= 4))];
  return {
    id: 'generic-api-key',
    title: 'Secret assigned to a credential-named variable',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
    find: function* (text, path) {
      yield* assignments(text, prefixes, path !== undefined && CODE_FILE.test(path));
      yield* xml(text, prefixes);
    },
    placeholders: true,
    priority: PRIORITY_GENERIC,
  };
}
