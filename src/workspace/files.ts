// Reads of the repository's own files that detection needs (package.json, Makefile, lockfiles), through
// the safe reader: a file that cannot be read safely throws FileReadError (the probe is inconclusive).
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_MAX_BYTES, readFileSafely, readTreeFile } from './safe-read.js';

export interface PackageJson {
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * `dir`'s package.json, or undefined when there is none or it is not a JSON object. `within` is the
 * folder it must not link out of (by default its own; the repository root where known); `false` only
 * for a package the user installed (node_modules), whose links are the installation's.
 */
export function readPackageJson(dir: string, within: string | false = dir): PackageJson | undefined {
  const text = readFileSafely(join(dir, 'package.json'), { maxBytes: MANIFEST_MAX_BYTES, ...(within === false ? {} : { within, shown: relativeName(within, dir) }) });
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' ? (data as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

export function hasFile(root: string, ...names: string[]): boolean {
  return names.some((name) => existsSync(join(root, name)));
}

/** A repository file's text (undefined when absent); `head` reads only that many leading bytes. */
export function readText(root: string, name: string, head?: number): string | undefined {
  return head === undefined ? readTreeFile(root, name) : readFileSafely(join(root, name), { within: root, maxBytes: MANIFEST_MAX_BYTES, head, shown: name });
}

/** Names of the regular files (or folders) directly under `dir` of the repository (empty when it does not exist). */
export function listDir(root: string, dir = '.', kind: 'files' | 'dirs' = 'files'): string[] {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => (kind === 'files' ? e.isFile() : e.isDirectory() && e.name !== 'node_modules'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function relativeName(root: string, dir: string): string {
  const rel = dir.startsWith(root) ? dir.slice(root.length).replace(/^[/\\]+/, '') : dir;
  return rel ? `${rel}/package.json` : 'package.json';
}

/**
 * Paths (relative to `root`, with /) of the files `keep` accepts, sorted; a folder is entered when `enter`
 * accepts its name. Symbolic links are not followed. Stops at `limit` files.
 */
export function walkFiles(root: string, enter: (name: string) => boolean, keep: (path: string) => boolean, limit = Infinity): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (found.length >= limit) return;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && enter(entry.name)) walk(path);
      else if (entry.isFile() && keep(path)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}

/** `path` with its symbolic links resolved, or as given when it cannot be (gone, unreadable). */
export function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
