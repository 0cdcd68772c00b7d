// go.mod (the build list's direct and, since Go 1.17, indirect requirements, with replacements applied; the
// standard library and toolchain at the `toolchain` or `go` version, as OSV names them `stdlib` and `toolchain`)
// and go.sum (read where go.mod does not list indirect requirements: the highest version whose module zip it records).
import semver from 'semver';
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';

interface Directive {
  verb: string;
  args: string[];
  line: number;
}

export function parseGoMod(text: string): Package[] {
  const directives = goModDirectives(text);
  if (!directives.some((d) => d.verb === 'module')) throw new LockfileParseError('no "module" directive: not a go.mod');
  const replacements = directives.filter((d) => d.verb === 'replace').map(parseReplace);
  const result: Package[] = [];
  for (const directive of directives.filter((d) => d.verb === 'require')) {
    const [path, version] = directive.args;
    if (!path || !version || !isModuleVersion(version)) {
      throw new LockfileParseError(`line ${directive.line}: malformed require "${directive.args.join(' ')}"`);
    }
    // The last matching replace wins, as in the go command; a version-specific one only for that version.
    const replace = replacements.findLast((r) => r.from === path && (r.fromVersion === undefined || r.fromVersion === version));
    if (replace && replace.toVersion === undefined) continue; // replaced by a local directory: not a registry module
    result.push({
      ecosystem: 'Go',
      name: replace ? replace.to : path,
      version: replace?.toVersion ?? version,
      line: directive.line,
    });
  }
  return [...result, ...goItself(directives)];
}

/**
 * The Go release the module builds with: the `toolchain` directive's, else the `go` directive's (since Go 1.21
 * the minimum toolchain). OSV's Go database files standard-library advisories under `stdlib` and cmd/go ones
 * under `toolchain`, both with release versions.
 */
function goItself(directives: readonly Directive[]): Package[] {
  const go = directives.findLast((d) => d.verb === 'go');
  const toolchain = directives.findLast((d) => d.verb === 'toolchain' && d.args[0] !== 'default');
  const chosen = toolchain ?? go;
  if (!chosen) return [];
  const raw = chosen.args[0] ?? '';
  const version = releaseVersion(chosen === toolchain ? raw.replace(/^go/, '').replace(/-.*$/, '') : raw);
  if (!version) throw new LockfileParseError(`line ${chosen.line}: malformed ${chosen.verb} directive "${chosen.args.join(' ')}"`);
  return ['stdlib', 'toolchain'].map((name) => ({ ecosystem: 'Go' as const, name, version, line: chosen.line }));
}

/** A Go release (`1.21`, `1.21.5`, `1.21rc2`) as a module-style version (`v1.21.0`, `v1.21.5`, `v1.21.0-rc.2`). */
function releaseVersion(release: string): string | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(release);
  if (!match) return undefined;
  const [, major, minor, patch, pre, number] = match;
  return `v${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${number}` : ''}`;
}


export function parseGoSum(text: string): Package[] {
  const chosen = new Map<string, Package>();
  text.split('\n').forEach((content, index) => {
    const fields = content.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] === '') return;
    const [path, version, hash] = fields;
    if (fields.length !== 3 || !path || !version || !hash?.startsWith('h1:')) {
      throw new LockfileParseError(`line ${index + 1}: expected "module version h1:hash"`);
    }
    if (version.endsWith('/go.mod') || !isModuleVersion(version)) return; // only go.mod was consulted, not the code
    const current = chosen.get(path);
    if (!current || semver.gt(strip(version), strip(current.version))) {
      chosen.set(path, { ecosystem: 'Go', name: path, version, line: index + 1 });
    }
  });
  return [...chosen.values()];
}

function parseReplace(directive: Directive): { from: string; fromVersion?: string; to: string; toVersion?: string } {
  const arrow = directive.args.indexOf('=>');
  const left = directive.args.slice(0, arrow);
  const right = directive.args.slice(arrow + 1);
  if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2 || !left[0] || !right[0]) {
    throw new LockfileParseError(`line ${directive.line}: malformed replace "${directive.args.join(' ')}"`);
  }
  return { from: left[0], fromVersion: left[1], to: right[0], toVersion: right[1] };
}

/** Directives with their arguments, expanding `verb ( ... )` blocks; `//` comments removed, quotes unwrapped. */
function goModDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let block: string | undefined;
  text.split('\n').forEach((raw, index) => {
    const tokens = tokenize(raw);
    const line = index + 1;
    if (tokens.length === 0) return;
    if (block !== undefined) {
      if (tokens[0] === ')') block = undefined;
      else directives.push({ verb: block, args: tokens, line });
      return;
    }
    const [verb, ...args] = tokens as [string, ...string[]];
    if (args.length === 1 && args[0] === '(') block = verb;
    else directives.push({ verb, args, line });
  });
  if (block !== undefined) throw new LockfileParseError(`unterminated "${block} (" block`);
  return directives;
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\/\/.*$)|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match[3] !== undefined) break;
    tokens.push(match[1] ?? match[2] ?? match[4] ?? '');
  }
  return tokens;
}

/** Module versions are semver with a `v` prefix, `+incompatible` allowed; pseudo-versions are prereleases. */
function isModuleVersion(version: string): boolean {
  return version.startsWith('v') && semver.valid(strip(version)) !== null;
}

function strip(version: string): string {
  return version.replace(/^v/, '').replace(/\/go\.mod$/, '');
}
