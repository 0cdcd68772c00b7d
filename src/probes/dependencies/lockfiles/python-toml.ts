// Python's other TOML lockfiles and manifests: pdm.lock, pylock.toml (PEP 751) and the exact pins of a
// pyproject.toml (PEP 621 `project.dependencies` and `optional-dependencies`, PEP 735 `dependency-groups`,
// Poetry's `tool.poetry` dependency tables). Ranges in a manifest are not pins and are left to its lockfile.
import { normalizeName } from '../names.js';
import type { Package } from '../types.js';
import type { JsonObject } from './json.js';
import { pinnedRequirement } from './python.js';
import { expectKind, optional, optionalList, required, type KeyPath } from './shape.js';
import { parseTomlDocument, tableHeaderLines } from './toml.js';

const PYPI = 'PyPI' as const;
/** Group names that mean development use (PDM groups, PEP 735 dependency groups, Poetry groups). */
const DEV_GROUP = /^(?:dev|develop|development|test|tests|testing|lint|docs?|ci|typing)$/i;

/** pdm.lock: `[[package]]` entries; dev-only when none of its `groups` is `default`. VCS and local ones skipped. */
export function parsePdmLock(text: string): Package[] {
  const lock = parseTomlDocument(text);
  const lines = tableHeaderLines(text, 'package');
  return (optional(lock, 'package', 'array', []) ?? []).flatMap((value, index) => {
    const where = ['package', index];
    const entry = expectKind(value, 'object', where);
    const name = required(entry, 'name', 'string', where);
    if (['git', 'path', 'url', 'editable'].some((key) => entry[key] !== undefined && entry[key] !== false)) return [];
    const version = required(entry, 'version', 'string', where);
    const groups = optionalList(entry, 'groups', 'string', where);
    const dev = groups.length > 0 ? !groups.includes('default') : undefined;
    return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, dev, line: lines[index] }];
  });
}

/** pylock.toml: `[[packages]]` with a `version`; `vcs` and `directory` packages are not from an index. */
export function parsePylock(text: string): Package[] {
  const lock = parseTomlDocument(text);
  required(lock, 'lock-version', 'string', []);
  const lines = tableHeaderLines(text, 'packages');
  return (optional(lock, 'packages', 'array', []) ?? []).flatMap((value, index) => {
    const where = ['packages', index];
    const entry = expectKind(value, 'object', where);
    const name = required(entry, 'name', 'string', where);
    const version = optional(entry, 'version', 'string', where);
    if (version === undefined || entry.vcs !== undefined || entry.directory !== undefined) return [];
    return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, line: lines[index] }];
  });
}

/** pyproject.toml: the requirements that pin one version, wherever the standards and Poetry declare them. */
export function parsePyproject(text: string): Package[] {
  const manifest = parseTomlDocument(text);
  // One pass over the text, keyed by each pinned name's normal form (a search per requirement was
  // quadratic on a one-line dependency list).
  const key = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
  const lines = new Map<string, number>();
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(/(?:^|["'\s])([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:===?|=\s*["'{])/g)) {
      if (!lines.has(key(match[1]!))) lines.set(key(match[1]!), index + 1);
    }
  });
  const lineOf = (name: string): number | undefined => lines.get(key(name));
  const result: Package[] = [];
  const fromList = (list: readonly string[], dev: boolean | undefined): void => {
    for (const requirement of list) {
      const pin = pinnedRequirement(requirement.split(';')[0] ?? '');
      if (pin) result.push({ ecosystem: PYPI, ...pin, dev, line: lineOf(pin.name) });
    }
  };
  const project = optional(manifest, 'project', 'object', []);
  if (project) {
    fromList(optionalList(project, 'dependencies', 'string', ['project']), false);
    const extras = optional(project, 'optional-dependencies', 'object', ['project']) ?? {};
    for (const extra of Object.keys(extras)) fromList(optionalList(extras, extra, 'string', ['project', 'optional-dependencies']), false);
  }
  const groups = optional(manifest, 'dependency-groups', 'object', []) ?? {};
  for (const [group, list] of Object.entries(groups)) {
    // Entries are requirement strings or `{include-group = "…"}` tables.
    const items = expectKind(list, 'array', ['dependency-groups', group]).filter((item): item is string => typeof item === 'string');
    fromList(items, DEV_GROUP.test(group));
  }
  const tool = optional(manifest, 'tool', 'object', []);
  const poetry = tool && optional(tool, 'poetry', 'object', ['tool']);
  if (poetry) {
    const base = ['tool', 'poetry'];
    const poetryTable = (table: JsonObject | undefined, where: KeyPath, dev: boolean): void => {
      for (const [name, spec] of Object.entries(table ?? {})) {
        if (name.toLowerCase() === 'python') continue;
        const version = typeof spec === 'string' ? spec : optional(expectKind(spec, 'object', [...where, name]), 'version', 'string', [...where, name]);
        const exact = version === undefined ? undefined : /^\s*(?:==?\s*)?(\d[A-Za-z0-9.+!-]*)\s*$/.exec(version)?.[1];
        if (exact) result.push({ ecosystem: PYPI, name: normalizeName(PYPI, name), version: exact, dev, line: lineOf(name) });
      }
    };
    poetryTable(optional(poetry, 'dependencies', 'object', base), [...base, 'dependencies'], false);
    poetryTable(optional(poetry, 'dev-dependencies', 'object', base), [...base, 'dev-dependencies'], true);
    for (const [group, table] of Object.entries(optional(poetry, 'group', 'object', base) ?? {})) {
      const where = [...base, 'group', group];
      poetryTable(optional(expectKind(table, 'object', where), 'dependencies', 'object', where), [...where, 'dependencies'], DEV_GROUP.test(group));
    }
  }
  return result;
}
