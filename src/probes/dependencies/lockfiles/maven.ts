// Maven's pom.xml and Gradle's lockfiles: gradle.lockfile, gradle/verification-metadata.xml and the
// libs.versions.toml version catalog. Maven packages are named `groupId:artifactId`, as OSV names them.
import { dirname, join, normalize } from 'node:path/posix';
import { LockfileParseError, type Package, type RelatedFiles } from '../types.js';
import type { JsonObject } from './json.js';
import { parseTomlDocument } from './toml.js';
import { expectKind, formatKeyPath, isKind, optional, type KeyPath } from './shape.js';
import { elementLines, parseXml } from './xml.js';

const MAVEN = 'Maven' as const;

interface Pom {
  path: string;
  text: string;
  project: JsonObject;
}

/**
 * pom.xml: `dependencies` and `dependencyManagement` entries, with `${…}` properties and missing versions
 * resolved through the parent chain found in the repository (`relativePath`, default `../pom.xml`); no network.
 * Versions that stay unresolved (a parent from a remote repository) or are ranges are reported as such.
 */
export function parsePomXml(text: string, path: string, related: RelatedFiles = new Map()): Package[] {
  const chain = pomChain({ path, text, project: pomProject(text) }, related);
  const properties = new Map<string, string>();
  const managed = new Map<string, string>();
  // Ancestors first, so a child's declarations win.
  for (const pom of [...chain].reverse()) {
    for (const [key, value] of Object.entries(child(pom.project, 'properties', ['project']) ?? {})) {
      properties.set(key, textOf(value, ['project', 'properties', key]));
    }
    for (const key of ['groupId', 'artifactId', 'version'] as const) {
      const value = optional(pom.project, key, 'string', ['project']);
      if (value !== undefined) properties.set(`project.${key}`, value);
    }
    const parent = optional(pom.project, 'parent', 'object', ['project']);
    const parentVersion = parent && optional(parent, 'version', 'string', ['project', 'parent']);
    if (parentVersion) {
      properties.set('project.parent.version', parentVersion);
      if (optional(pom.project, 'version', 'string', ['project']) === undefined) properties.set('project.version', parentVersion);
    }
    const parentGroup = parent && optional(parent, 'groupId', 'string', ['project', 'parent']);
    if (parentGroup && optional(pom.project, 'groupId', 'string', ['project']) === undefined) properties.set('project.groupId', parentGroup);
  }
  const interpolate = (value: string): string => {
    let result = value;
    for (let round = 0; round < 10 && result.includes('${'); round += 1) {
      result = result.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties.get(name.replace(/^pom\./, 'project.')) ?? whole);
    }
    return result;
  };
  for (const pom of [...chain].reverse()) {
    for (const dep of dependencyList(pom.project, ['dependencyManagement'])) {
      const version = dep.entry.version;
      if (version !== undefined) managed.set(`${interpolate(dep.entry.groupId)}:${interpolate(dep.entry.artifactId)}`, interpolate(version));
    }
  }
  const own = chain[0] as Pom;
  const lineOf = elementLines(text);
  const result: Package[] = [];
  for (const section of [['dependencyManagement'], []]) {
    for (const dep of dependencyList(own.project, section)) {
      const name = `${interpolate(dep.entry.groupId)}:${interpolate(dep.entry.artifactId)}`;
      if (dep.entry.scope === 'import' || dep.entry.scope === 'system') continue; // a BOM, or a file on disk
      const version = dep.entry.version === undefined ? managed.get(name) : interpolate(dep.entry.version);
      const line = lineOf(dep.element);
      const dev = section.length === 0 ? dep.entry.scope === 'test' : undefined;
      result.push(mavenPackage(name, version, dev, line));
    }
  }
  return result;
}

/** A Maven coordinate's version: a single version, a `[1.2.3]` pin, or why it cannot be looked up. */
function mavenPackage(name: string, version: string | undefined, dev: boolean | undefined, line: number | undefined): Package {
  const base = { ecosystem: MAVEN, name, dev, line };
  if (version === undefined || version === '') return { ...base, version: '', unresolved: 'no version (managed outside the repository)' };
  if (version.includes('${')) return { ...base, version, unresolved: `property ${/\$\{[^}]+\}/.exec(version)?.[0]} is not defined in the repository` };
  const pinned = /^\[([^,\]]+)\]$/.exec(version)?.[1];
  if (pinned) return { ...base, version: pinned.trim() };
  if (/[[\](),]/.test(version)) return { ...base, version, unresolved: `version range ${version}` };
  return { ...base, version };
}

interface Dependency {
  entry: { groupId: string; artifactId: string; version?: string; scope?: string };
  element: unknown;
}

function dependencyList(project: JsonObject, section: readonly string[]): Dependency[] {
  let container: JsonObject | undefined = project;
  const path: Array<string | number> = ['project'];
  for (const key of section) {
    container = child(container, key, path);
    path.push(key);
    if (!container) return [];
  }
  const dependencies = child(container, 'dependencies', path);
  if (!dependencies) return [];
  const list = optional(dependencies, 'dependency', 'array', [...path, 'dependencies']) ?? [];
  return list.map((item, index) => {
    const where = [...path, 'dependencies', 'dependency', index];
    const dep = expectKind(item, 'object', where);
    const field = (key: string): string | undefined => (dep[key] === undefined ? undefined : textOf(dep[key], [...where, key]));
    const groupId = field('groupId');
    const artifactId = field('artifactId');
    if (!groupId || !artifactId) throw new LockfileParseError(`${formatKeyPath(where)} has no ${groupId ? 'artifactId' : 'groupId'}`);
    return { entry: { groupId, artifactId, version: field('version'), scope: field('scope') }, element: item };
  });
}

/** A child element holding others; an empty one (`<properties/>`) is parsed as '' and holds nothing. */
function child(parent: JsonObject, key: string, path: KeyPath): JsonObject | undefined {
  return parent[key] === '' ? {} : optional(parent, key, 'object', path);
}

/** An element's text: a plain string, or the `#text` of one that has attributes. */
function textOf(value: unknown, path: KeyPath): string {
  if (typeof value === 'string') return value;
  if (isKind(value, 'object') && Object.keys(value).every((key) => key === '#text' || key.startsWith('@'))) return String(value['#text'] ?? '');
  return expectKind(value, 'string', path);
}

function pomProject(text: string): JsonObject {
  const document = parseXml(text, ['dependency', 'module']);
  const project = document.project;
  if (project === undefined) throw new LockfileParseError('no <project> element: not a pom.xml');
  return project === '' ? {} : expectKind(project, 'object', ['project']);
}

/** The pom and its parents found in the repository, nearest first. */
function pomChain(pom: Pom, related: RelatedFiles): Pom[] {
  const chain = [pom];
  for (let current = pom; chain.length < 20; ) {
    const parentPath = pomParentPath(current.path, current.text, current.project);
    const parentText = parentPath === undefined ? undefined : related.get(parentPath);
    if (parentPath === undefined || parentText === undefined) break;
    let parent: Pom;
    try {
      parent = { path: parentPath, text: parentText, project: pomProject(parentText) };
    } catch (error) {
      if (error instanceof LockfileParseError) throw new LockfileParseError(`parent ${parentPath}: ${error.reason}`);
      throw error;
    }
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/** Where a pom's parent is in the repository (`<relativePath>`, default `../pom.xml`), if it names one. */
function pomParentPath(path: string, text: string, project = pomProject(text)): string | undefined {
  const parent = optional(project, 'parent', 'object', ['project']);
  if (!parent) return undefined;
  const relative = parent.relativePath === undefined ? '../pom.xml' : textOf(parent.relativePath, ['project', 'parent', 'relativePath']);
  if (relative === '') return undefined; // `<relativePath/>`: look the parent up in repositories only
  const target = normalize(join(dirname(path), relative));
  if (target.startsWith('..')) return undefined;
  return target.endsWith('.xml') ? target : join(target, 'pom.xml');
}

/** The files parsePomXml reads besides the pom: its parent, whose parents are asked for in turn. */
export function pomRelated(path: string, text: string): string[] {
  try {
    const parent = pomParentPath(path, text);
    return parent === undefined ? [] : [parent];
  } catch {
    return []; // the pom itself does not parse: parsePomXml says why
  }
}

/**
 * gradle.lockfile (and the per-configuration `*.lockfile`s of Gradle 6): `group:name:version=configurations`
 * lines; `empty=` lists configurations without dependencies. Dev-only when only test configurations use it.
 */
export function parseGradleLockfile(text: string): Package[] {
  const result: Package[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#') || content.startsWith('empty=')) return;
    const match = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?:=(.*))?$/.exec(content);
    if (!match) throw new LockfileParseError(`line ${index + 1}: expected "group:name:version=configurations", found "${content.slice(0, 80)}"`);
    const configurations = (match[4] ?? '').split(',').filter(Boolean);
    const dev = configurations.length > 0 ? configurations.every((c) => /^test/i.test(c)) : undefined;
    result.push({ ecosystem: MAVEN, name: `${match[1]}:${match[2]}`, version: match[3] as string, dev, line: index + 1 });
  });
  return result;
}

/** gradle/verification-metadata.xml: every `<component group name version>` whose artifacts Gradle verifies. */
export function parseGradleVerificationMetadata(text: string): Package[] {
  const document = parseXml(text, ['component']);
  const root = document['verification-metadata'];
  if (root === undefined) throw new LockfileParseError('no <verification-metadata> element: not a Gradle verification-metadata.xml');
  if (root === '') return [];
  const metadata = expectKind(root, 'object', ['verification-metadata']);
  const components = child(metadata, 'components', ['verification-metadata']);
  const list = components ? (optional(components, 'component', 'array', ['verification-metadata', 'components']) ?? []) : [];
  const lineOf = elementLines(text);
  return list.map((item, index) => {
    const where = ['verification-metadata', 'components', 'component', index];
    const component = expectKind(item, 'object', where);
    const attribute = (key: string): string => {
      const value = component[`@${key}`];
      if (typeof value !== 'string' || value === '') throw new LockfileParseError(`${formatKeyPath(where)} has no "${key}" attribute`);
      return value;
    };
    return { ecosystem: MAVEN, name: `${attribute('group')}:${attribute('name')}`, version: attribute('version'), line: lineOf(item) };
  });
}

/**
 * gradle/libs.versions.toml: `[libraries]` in each notation (`"g:a:v"`, `module` or `group`+`name`, with
 * `version`, `version.ref` or a rich `version = { strictly | require | prefer | ref }`). Libraries without a
 * version take it from a platform and are reported unresolved; plugins and bundles are not packages.
 */
export function parseVersionCatalog(text: string): Package[] {
  const catalog = parseTomlDocument(text);
  const versions = optional(catalog, 'versions', 'object', []) ?? {};
  const libraries = optional(catalog, 'libraries', 'object', []) ?? {};
  // Lines of the aliases under [libraries] (the same names often appear under [versions]).
  const lines = new Map<string, number>();
  let section = '';
  text.split('\n').forEach((content, index) => {
    section = /^\s*\[([^\]]+)\]/.exec(content)?.[1]?.trim() ?? section;
    const key = /^\s*"?([A-Za-z0-9_.-]+?)"?\s*=/.exec(content)?.[1];
    if (section === 'libraries' && key && !lines.has(key)) lines.set(key, index + 1);
  });
  const ref = (name: string, where: KeyPath): string => {
    const value = versions[name];
    if (value === undefined) throw new LockfileParseError(`${formatKeyPath(where)} refers to version "${name}", which [versions] does not define`);
    return typeof value === 'string' ? value : richVersion(expectKind(value, 'object', ['versions', name]), ['versions', name], ref) ?? '';
  };
  return Object.entries(libraries).map(([alias, value]) => {
    const where = ['libraries', alias];
    const line = lines.get(alias);
    if (typeof value === 'string') {
      const [group, name, version] = value.split(':');
      if (!group || !name) throw new LockfileParseError(`${formatKeyPath(where)} is "${value}", expected "group:name:version"`);
      return mavenPackage(`${group}:${name}`, version, undefined, line);
    }
    const library = expectKind(value, 'object', where);
    const module = optional(library, 'module', 'string', where);
    const name = module ?? `${optional(library, 'group', 'string', where) ?? ''}:${optional(library, 'name', 'string', where) ?? ''}`;
    if (!/^[^:]+:[^:]+$/.test(name)) throw new LockfileParseError(`${formatKeyPath(where)} has neither "module" nor "group" and "name"`);
    const version = library.version;
    const resolved =
      version === undefined ? undefined : typeof version === 'string' ? version : richVersion(expectKind(version, 'object', [...where, 'version']), [...where, 'version'], ref);
    return mavenPackage(name, resolved, undefined, line);
  });
}

function richVersion(version: JsonObject, where: KeyPath, ref: (name: string, where: KeyPath) => string): string | undefined {
  const reference = optional(version, 'ref', 'string', where);
  if (reference !== undefined) return ref(reference, [...where, 'ref']);
  return optional(version, 'strictly', 'string', where) ?? optional(version, 'require', 'string', where) ?? optional(version, 'prefer', 'string', where);
}
