// Python lockfiles: requirements*.txt and constraints*.txt (pinned lines, read as pip reads them), poetry.lock, uv.lock and Pipfile.lock.
import { basename } from 'node:path/posix';
import { normalizeName } from '../names.js';
import type { Package, RelatedFiles } from '../types.js';
import { classifyReachable } from './graph.js';
import { isObject, parseJsonObject, stringField, type JsonObject } from './json.js';
import { expectKind, optional, optionalList, required } from './shape.js';
import { jsonPropertyLines } from './lines.js';
import { LockfileParseError } from '../types.js';
import { parseTomlPackages } from './toml.js';
import { logicalLines, requirementIncludes } from './requirement-lines.js';

const PYPI = 'PyPI' as const;

/** Files named for development use (requirements-dev.txt, requirements/test.txt, test-requirements.txt) are dev. */
const DEV_NAME = /(?:^|[-_.])(?:dev|develop|development|test|tests|testing|lint|docs?|ci)(?:[-_.]|$)/i;

// `name[extras] == version ; markers`; only exact pins (`==`, `===`) name one version to look up.
const PINNED = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*([A-Za-z0-9][A-Za-z0-9._+!-]*)\s*(?:;.*)?$/;

/**
 * pip's break_args_options: the requirement is every space-separated token before the first one starting with
 * `-`; the rest are options (`--hash=…`, `-C key=value`, `--config-settings …`). A line that starts with an
 * option is an option line (`-r`, `-c`, `-e`, `-i`, ...), not a requirement.
 */
function splitRequirement(content: string): { requirement: string; options: string[] } {
  const tokens = content.split(' ');
  const first = tokens.findIndex((token) => token.startsWith('-'));
  return first < 0 ? { requirement: content, options: [] } : { requirement: tokens.slice(0, first).join(' ').trim(), options: tokens.slice(first) };
}

/** A PEP 508 requirement that pins one version (`name[extras] == 1.2.3 ; markers`), else undefined. */
export function pinnedRequirement(requirement: string): { name: string; version: string } | undefined {
  const match = PINNED.exec(requirement.trim());
  if (!match?.[1] || !match[2] || match[2].includes('*')) return undefined;
  return { name: normalizeName(PYPI, match[1]), version: match[2] };
}

/**
 * A requirements file's pins, and those of the files it includes with `-r`/`-c` (transitively, as pip reads
 * them), which `related` holds. An included file's pins are reported at the line of the include, so adding
 * `-r extra.txt` introduces what extra.txt pins even when extra.txt itself did not change.
 */
export function parseRequirements(text: string, path: string, related: RelatedFiles = new Map()): Package[] {
  const result = requirementPins(text, path);
  const seen = new Set([path]);
  const follow = (from: string, content: string, at: number | undefined): void => {
    for (const include of requirementIncludes(content, from)) {
      if (seen.has(include.path)) continue;
      seen.add(include.path);
      const included = related.get(include.path);
      const line = at ?? include.line;
      if (included === undefined) throw new LockfileParseError(`line ${line}: includes ${include.path}, which is not in the repository`);
      result.push(...requirementPins(included, include.path).map((pkg) => ({ ...pkg, line })));
      follow(include.path, included, line);
    }
  };
  follow(path, text, undefined);
  return result;
}

function requirementPins(text: string, path: string): Package[] {
  const dev = DEV_NAME.test(basename(path).replace(/\.txt$/, '').replace(/^(?:requirements|constraints)/, ''));
  const result: Package[] = [];
  for (const { line, content } of logicalLines(text)) {
    const { requirement } = splitRequirement(content);
    const pin = pinnedRequirement(requirement);
    if (pin) result.push({ ecosystem: PYPI, ...pin, dev, line });
    else if (requirement !== '' && !REQUIREMENT.test(requirement) && !ARCHIVE.test(requirement)) {
      // pip stops on such a line too ("Invalid requirement"): reading past it could miss what it meant to pin.
      throw new LockfileParseError(`line ${line}: "${requirement.slice(0, 80)}" is not a requirement pip accepts`);
    }
  }
  return result;
}

/** PEP 508: a name, extras, comma-separated version clauses (bare or parenthesized) or `@ url`, markers. */
const CLAUSE = '(?:===?|~=|!=|<=|>=|<|>)\\s*[A-Za-z0-9*+!._-]+';
const REQUIREMENT = new RegExp(
  `^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\\s*(?:\\[[^\\]]*\\])?\\s*(?:\\(?\\s*${CLAUSE}(?:\\s*,\\s*${CLAUSE})*\\s*\\)?|@\\s*\\S+)?\\s*(?:;.*)?$`,
);
/** A URL, VCS reference or local path pip installs directly (`./pkg`, `https://…/x.whl`, `git+https://…`). */
const ARCHIVE = /^(?:\.{1,2}$|[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|[A-Za-z]:\\|[^\s;]+\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)\b)/i;

/** poetry.lock: `category = "dev"` (Poetry < 1.5) or `groups` without "main" (lock format 2.1) mark dev. */
export function parsePoetryLock(text: string): Package[] {
  return parseTomlPackages(text).flatMap(({ entry, line, where }) => {
    const name = required(entry, 'name', 'string', where);
    const version = required(entry, 'version', 'string', where);
    const sourceTable = optional(entry, 'source', 'object', where);
    const source = sourceTable && optional(sourceTable, 'type', 'string', [...where, 'source']);
    if (source && source !== 'legacy') return [];
    const category = optional(entry, 'category', 'string', where);
    const groups = entry.groups === undefined ? undefined : optionalList(entry, 'groups', 'string', where);
    const dev = category !== undefined ? category === 'dev' : groups ? !groups.includes('main') : undefined;
    return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, dev, line }];
  });
}

/**
 * uv.lock: registry packages only (workspace members are `editable`/`virtual` sources). Dev-only-ness is what
 * the members' `dev-dependencies` reach and their `dependencies`/`optional-dependencies` do not.
 */
export function parseUvLock(text: string): Package[] {
  const tables = parseTomlPackages(text);
  const byName = new Map<string, JsonObject[]>();
  for (const { entry } of tables) {
    const name = stringField(entry, 'name');
    if (name) byName.set(normalizeName(PYPI, name), [...(byName.get(normalizeName(PYPI, name)) ?? []), entry]);
  }
  const targets = (deps: unknown): JsonObject[] =>
    (Array.isArray(deps) ? deps.filter(isObject) : []).flatMap((dep) => {
      const candidates = byName.get(normalizeName(PYPI, stringField(dep, 'name') ?? '')) ?? [];
      const version = stringField(dep, 'version');
      return version ? candidates.filter((c) => c.version === version) : candidates;
    });
  const groupValues = (groups: unknown): unknown[] => (isObject(groups) ? Object.values(groups).flat() : []);
  const members = tables.map((t) => t.entry).filter((entry) => !isRegistry(entry));
  const devOf = classifyReachable(
    members.flatMap((m) => [...targets(m.dependencies), ...targets(groupValues(m['optional-dependencies']))]),
    members.flatMap((m) => [...targets(groupValues(m['dev-dependencies'])), ...targets(groupValues(m['dependency-groups']))]),
    (entry) => [...targets(entry.dependencies), ...targets(groupValues(entry['optional-dependencies']))],
  );
  return tables.flatMap(({ entry, line, where }) => {
    const name = required(entry, 'name', 'string', where);
    // Workspace members and other local sources may have no version; registry packages always do.
    if (!isRegistry(entry)) return [];
    const version = required(entry, 'version', 'string', where);
    return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, dev: devOf(entry), line }];
  });
}

function isRegistry(entry: JsonObject): boolean {
  return isObject(entry.source) && typeof entry.source.registry === 'string';
}

/** Pipfile.lock: `default` holds runtime packages, `develop` the dev ones; versions are written `==1.2.3`. */
export function parsePipfileLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'Pipfile.lock');
  const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && (parent[0] === 'default' || parent[0] === 'develop'));
  const result: Package[] = [];
  for (const section of ['default', 'develop'] as const) {
    const entries = optional(lock, section, 'object', []) ?? {};
    for (const [rawName, value] of Object.entries(entries)) {
      const entry = expectKind(value, 'object', [section, rawName]);
      // Git, path and file entries have no `version`; only `==` pins name one to look up.
      const version = /^===?\s*(\S+)$/.exec(optional(entry, 'version', 'string', [section, rawName]) ?? '')?.[1];
      if (!version) continue;
      result.push({ ecosystem: PYPI, name: normalizeName(PYPI, rawName), version, dev: section === 'develop', line: lines.get(`${section}\u0000${rawName}`) });
    }
  }
  return result;
}
