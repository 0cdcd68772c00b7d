// Pure: parses a team's `.gitleaks.toml`: custom [[rules]] (regex, secretGroup, entropy, keywords,
// path, allowlists), [extend] useDefault/disabledRules, global [allowlist]/[[allowlists]]. Regular
// expressions are gitleaks' own Go RE2 syntax, run by re2js (a port of RE2: the same syntax, and
// linear time whatever the pattern). Loaded only when a repository has the file: most runs never
// need either library.
import { RE2JS } from 're2js';
import { parse } from 'smol-toml';
import { VerifyError, errorMessage } from '../../core/errors.js';
import type { AllowCandidate, GitleaksConfig } from './gitleaks.js';
import { PRIORITY_CUSTOM, type RawMatch, type Rule } from './rules/rule.js';

interface Allowlist {
  condition: 'OR' | 'AND';
  commits: Set<string>;
  paths: RE2JS[];
  regexes: RE2JS[];
  target: 'secret' | 'match' | 'line';
  stopwords: string[];
  /** Global allowlists only: the rules they apply to (empty: all). */
  targetRules: Set<string>;
}

type Table = Record<string, unknown>;

/** Parses `.gitleaks.toml`; throws a VerifyError naming the file (`shown`: with where it was read) and the problem. */
export function parseGitleaksConfig(text: string, shown = '.gitleaks.toml'): GitleaksConfig {
  const fail = (problem: string): never => {
    throw new VerifyError(`${shown}: ${problem}; fix it there or remove it (see docs/secrets.md)`);
  };
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (error) {
    return fail(`not valid TOML: ${errorMessage(error).split('\n')[0]}`);
  }
  const compile = (source: unknown, where: string): RE2JS => {
    if (typeof source !== 'string') return fail(`${where} must be a string`);
    try {
      return RE2JS.compile(source);
    } catch (error) {
      return fail(`${where} is not a valid regular expression (${errorMessage(error)})`);
    }
  };
  const strings = (value: unknown, where: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return fail(`${where} must be a list of strings`);
    return value as string[];
  };
  const allowlist = (table: Table, where: string): Allowlist => {
    const condition = String(table['condition'] ?? 'OR').toUpperCase();
    if (condition !== 'OR' && condition !== 'AND') fail(`${where}.condition must be "OR" or "AND"`);
    const target = String(table['regexTarget'] ?? 'secret');
    if (target !== 'secret' && target !== 'match' && target !== 'line') fail(`${where}.regexTarget must be "secret", "match" or "line"`);
    return {
      condition: condition as Allowlist['condition'],
      commits: new Set(strings(table['commits'], `${where}.commits`).map((c) => c.toLowerCase())),
      paths: strings(table['paths'], `${where}.paths`).map((p, i) => compile(p, `${where}.paths[${i}]`)),
      regexes: strings(table['regexes'], `${where}.regexes`).map((r, i) => compile(r, `${where}.regexes[${i}]`)),
      target: target as Allowlist['target'],
      stopwords: strings(table['stopwords'], `${where}.stopwords`).map((w) => w.toLowerCase()),
      targetRules: new Set(strings(table['targetRules'], `${where}.targetRules`)),
    };
  };
  const allowlists = (single: unknown, many: unknown, where: string): Allowlist[] => [
    ...(isTable(single) ? [allowlist(single, `${where}allowlist`)] : []),
    ...(Array.isArray(many) ? many.filter(isTable).map((t, i) => allowlist(t, `${where}allowlists[${i}]`)) : []),
  ];

  const global = allowlists(doc['allowlist'], doc['allowlists'], '');
  const perRule = new Map<string, Allowlist[]>();
  const rules: Rule[] = [];
  const declared = Array.isArray(doc['rules']) ? doc['rules'] : doc['rules'] === undefined ? [] : fail('[[rules]] must be an array of tables');
  declared.forEach((entry: unknown, i: number) => {
    if (!isTable(entry)) return fail(`rules[${i}] must be a table`);
    const id = entry['id'];
    if (typeof id !== 'string' || id === '') return fail(`rules[${i}].id is missing`);
    const where = `rule ${id}`;
    if (entry['regex'] === undefined && entry['path'] === undefined) fail(`${where} needs a regex or a path`);
    const regex = entry['regex'] === undefined ? undefined : compile(entry['regex'], `${where} regex`);
    const path = entry['path'] === undefined ? undefined : compile(entry['path'], `${where} path`);
    const secretGroup = Number(entry['secretGroup'] ?? 0);
    const entropy = entry['entropy'] === undefined ? undefined : Number(entry['entropy']);
    perRule.set(id, allowlists(entry['allowlist'], entry['allowlists'], `${where} `));
    rules.push({
      id,
      title: typeof entry['description'] === 'string' && entry['description'] ? entry['description'] : id,
      keywords: strings(entry['keywords'], `${where} keywords`).map((k) => k.toLowerCase()),
      ...(regex ? { find: (text: string) => re2Matches(regex, secretGroup, text) } : {}),
      ...(entropy !== undefined && Number.isFinite(entropy) ? { entropy } : {}),
      ...(path ? { path: { test: (p: string) => path.matcher(p).find() } } : {}),
      // A team's own rule means what it says: no second-guessing by the placeholder check.
      placeholders: false,
      priority: PRIORITY_CUSTOM,
    });
  });

  const extend = isTable(doc['extend']) ? doc['extend'] : {};
  const disabled = new Set(strings(extend['disabledRules'], '[extend] disabledRules'));
  return {
    rules,
    disabled,
    allows: (candidate) =>
      global.some((list) => (list.targetRules.size === 0 || list.targetRules.has(candidate.rule)) && allowlistMatches(list, candidate)) ||
      (perRule.get(candidate.rule) ?? []).some((list) => allowlistMatches(list, candidate)),
  };
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** gitleaks' secret: `secretGroup` when set, else the first non-empty group, else the whole match. */
function* re2Matches(regex: RE2JS, secretGroup: number, text: string): Generator<RawMatch> {
  const m = regex.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end === start) continue;
    let group = secretGroup > 0 && secretGroup <= m.groupCount() ? secretGroup : 0;
    if (group === 0) for (let g = 1; g <= m.groupCount() && group === 0; g++) if (m.group(g)) group = g;
    const secret = m.group(group) ?? '';
    if (secret) yield { start, end, secret, secretStart: m.start(group) };
  }
}

function allowlistMatches(list: Allowlist, c: AllowCandidate): boolean {
  const target = list.target === 'line' ? c.line : list.target === 'match' ? c.match : c.secret;
  const checks: boolean[] = [];
  if (list.commits.size > 0) checks.push(c.commit !== undefined && list.commits.has(c.commit.toLowerCase()));
  if (list.paths.length > 0) checks.push(c.path !== undefined && list.paths.some((p) => p.matcher(c.path!).find()));
  if (list.regexes.length > 0) checks.push(list.regexes.some((r) => r.matcher(target).find()));
  if (list.stopwords.length > 0) checks.push(list.stopwords.some((w) => c.secret.toLowerCase().includes(w)));
  if (checks.length === 0) return false;
  return list.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}
