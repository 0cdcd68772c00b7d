// NuGet: packages.lock.json (the restore lock), PackageReference items in MSBuild projects (*.csproj, *.fsproj,
// *.vbproj, Directory.Build.props/targets) with central versions from Directory.Packages.props, packages.config
// and paket.lock.
import { dirname, join } from 'node:path/posix';
import { LockfileParseError, type Package, type RelatedFiles } from '../types.js';
import { parseJsonObject, type JsonObject } from './json.js';
import { jsonPropertyLines } from './lines.js';
import { expectKind, formatKeyPath, isKind, optional, required, type KeyPath } from './shape.js';
import { elementLines, parseXml } from './xml.js';

const NUGET = 'NuGet' as const;

/** packages.lock.json: one map of packages per target framework; `Project` entries are the solution's own. */
export function parseNuGetLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'packages.lock.json');
  required(lock, 'version', 'number', []);
  const frameworks = required(lock, 'dependencies', 'object', []);
  const lines = jsonPropertyLines(text, (parent) => parent.length === 2 && parent[0] === 'dependencies');
  const result: Package[] = [];
  for (const [framework, value] of Object.entries(frameworks)) {
    const packages = expectKind(value, 'object', ['dependencies', framework]);
    for (const [name, entry] of Object.entries(packages)) {
      const where = ['dependencies', framework, name];
      const item = expectKind(entry, 'object', where);
      if (optional(item, 'type', 'string', where) === 'Project') continue;
      const version = required(item, 'resolved', 'string', where);
      result.push({ ecosystem: NUGET, name, version, line: lines.get(['dependencies', framework, name].join('\u0000')) });
    }
  }
  return result;
}

const MSBUILD_ITEMS = ['PackageReference', 'PackageVersion', 'GlobalPackageReference', 'PropertyGroup', 'ItemGroup'];

/**
 * An MSBuild project or props file: `<PackageReference Include|Update="Name" Version="…">` (attribute or child
 * element) and, in Directory.Packages.props, `<PackageVersion>`. A reference without a version takes the central
 * one from the nearest Directory.Packages.props up the tree; `$(Property)` versions resolve from PropertyGroups.
 */
export function parseMsBuildProject(text: string, path: string, related: RelatedFiles = new Map()): Package[] {
  const project = msbuildProject(text);
  const central = new Map<string, string>();
  const properties = new Map<string, string>();
  const props = centralPackagesPath(path, related);
  if (props !== undefined && props !== path) {
    const propsProject = msbuildProject(related.get(props) as string);
    collectProperties(propsProject, properties);
    for (const item of items(propsProject, 'PackageVersion')) {
      const version = itemVersion(item.item, item.where);
      if (item.name && version) central.set(item.name.toLowerCase(), version);
    }
  }
  collectProperties(project, properties);
  const lineOf = elementLines(text);
  const expand = (value: string): string => value.replace(/\$\(([^)]+)\)/g, (whole, name: string) => properties.get(name.toLowerCase()) ?? whole);
  const result: Package[] = [];
  for (const kind of ['PackageVersion', 'PackageReference', 'GlobalPackageReference']) {
    for (const { item, where, name } of items(project, kind)) {
      if (!name) throw new LockfileParseError(`${formatKeyPath(where)} has neither an Include nor an Update attribute`);
      const declared = itemVersion(item, where) ?? (kind === 'PackageReference' ? central.get(name.toLowerCase()) : undefined);
      const version = declared === undefined ? undefined : expand(declared);
      // Analyzers and build tools are referenced with PrivateAssets="all" (attribute or element): not shipped.
      const privateAssets = item['@PrivateAssets'] ?? item.PrivateAssets;
      const dev = isKind(privateAssets, 'string') && privateAssets.toLowerCase() === 'all' ? true : undefined;
      result.push(nugetPackage(name, version, dev, lineOf(item)));
    }
  }
  return result;
}

/** A NuGet version as written in a project: `1.2.3` and `[1.2.3]` name one version; ranges and floats do not. */
function nugetPackage(name: string, version: string | undefined, dev: boolean | undefined, line: number | undefined): Package {
  const base = { ecosystem: NUGET, name, dev, line };
  if (version === undefined || version.trim() === '') return { ...base, version: '', unresolved: 'no version' };
  const text = version.trim();
  if (text.includes('$(')) return { ...base, version: text, unresolved: `property ${/\$\([^)]+\)/.exec(text)?.[0]} is not defined in the file set` };
  const pinned = /^\[([^,\]]+)\]$/.exec(text)?.[1]?.trim() ?? text;
  if (/[[\](),*]/.test(pinned)) return { ...base, version: text, unresolved: `version range ${text}` };
  return { ...base, version: pinned };
}

interface Item {
  item: JsonObject;
  where: KeyPath;
  name: string | undefined;
}

function msbuildProject(text: string): JsonObject {
  const document = parseXml(text, MSBUILD_ITEMS);
  const project = document.Project;
  if (project === undefined) throw new LockfileParseError('no <Project> element: not an MSBuild project');
  return project === '' ? {} : expectKind(project, 'object', ['Project']);
}

function items(project: JsonObject, kind: string): Item[] {
  const groups = optional(project, 'ItemGroup', 'array', ['Project']) ?? [];
  return groups.flatMap((group, g) => {
    if (group === '') return [];
    const groupPath = ['Project', 'ItemGroup', g];
    const list = optional(expectKind(group, 'object', groupPath), kind, 'array', groupPath) ?? [];
    return list.map((value, i) => {
      const where = [...groupPath, kind, i];
      const item = value === '' ? {} : expectKind(value, 'object', where);
      const name = optional(item, '@Include', 'string', where) ?? optional(item, '@Update', 'string', where);
      return { item, where, name };
    });
  });
}

function itemVersion(item: JsonObject, where: KeyPath): string | undefined {
  const attribute = optional(item, '@Version', 'string', where) ?? optional(item, '@VersionOverride', 'string', where);
  if (attribute !== undefined) return attribute;
  const element = item.Version ?? item.VersionOverride;
  return element === undefined ? undefined : expectKind(element, 'string', [...where, 'Version']);
}

function collectProperties(project: JsonObject, properties: Map<string, string>): void {
  for (const group of optional(project, 'PropertyGroup', 'array', ['Project']) ?? []) {
    if (!isKind(group, 'object')) continue;
    for (const [key, value] of Object.entries(group)) if (typeof value === 'string' && !key.startsWith('@')) properties.set(key.toLowerCase(), value);
  }
}

/** The nearest Directory.Packages.props at or above the project's folder, among the files read. */
function centralPackagesPath(path: string, related: RelatedFiles): string | undefined {
  return directoryPropsCandidates(path).find((candidate) => related.has(candidate));
}

function directoryPropsCandidates(path: string): string[] {
  const candidates: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    candidates.push(dir === '.' ? 'Directory.Packages.props' : join(dir, 'Directory.Packages.props'));
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  return candidates;
}

/** A project asks for every Directory.Packages.props up the tree; parseMsBuildProject uses the nearest. */
export function msbuildRelated(path: string): string[] {
  return path.endsWith('Directory.Packages.props') ? [] : directoryPropsCandidates(path);
}

/** packages.config: `<package id version [developmentDependency]>`. */
export function parsePackagesConfig(text: string): Package[] {
  const document = parseXml(text, ['package']);
  const root = document.packages;
  if (root === undefined) throw new LockfileParseError('no <packages> element: not a packages.config');
  if (root === '') return [];
  const packages = expectKind(root, 'object', ['packages']);
  const lineOf = elementLines(text);
  return (optional(packages, 'package', 'array', ['packages']) ?? []).map((value, index) => {
    const where = ['packages', 'package', index];
    const item = expectKind(value, 'object', where);
    const name = required(item, '@id', 'string', where);
    const version = required(item, '@version', 'string', where);
    const dev = optional(item, '@developmentDependency', 'string', where);
    return { ecosystem: NUGET, name, version, dev: dev === undefined ? undefined : dev.toLowerCase() === 'true', line: lineOf(value) };
  });
}

/**
 * paket.lock: `NUGET` sections (per `GROUP`) list resolved packages four spaces in as `Name (version)`, their
 * dependencies six spaces in. The format does not say which are dev-only. GITHUB, GIT and HTTP sections are files, not NuGet packages.
 */
export function parsePaketLock(text: string): Package[] {
  const lines = text.split(/\r?\n/);
  if (!lines.some((line) => /^(?:NUGET|GITHUB|GIT|HTTP|GROUP|RESTRICTION|STORAGE|REFERENCES|STRATEGY|LOWEST_MATCHING|FRAMEWORK|CONTENT|COPY_LOCAL|REDIRECTS|GENERATE_LOAD_SCRIPTS)\b/.test(line))) {
    throw new LockfileParseError('no NUGET, GITHUB, HTTP or GROUP section: not a paket.lock');
  }
  const result: Package[] = [];
  let section = '';
  lines.forEach((content, index) => {
    if (/^\S/.test(content)) {
      section = content.trim().split(/\s+/)[0] ?? '';
      return;
    }
    if (section !== 'NUGET' || !/^ {4}\S/.test(content)) return;
    const match = /^ {4}(\S+) \(([^)\s]+)\)(?:\s+-\s+.*)?$/.exec(content);
    if (!match) throw new LockfileParseError(`line ${index + 1}: expected "    Name (version)" in the NUGET section, found "${content.trim().slice(0, 80)}"`);
    result.push({ ecosystem: NUGET, name: match[1] as string, version: match[2] as string, line: index + 1 });
  });
  return result;
}
