// Reads of the repository's own files that detection needs (package.json, Makefile, lockfiles).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageJson {
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readPackageJson(root: string): PackageJson | undefined {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return undefined;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' ? (data as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

export function hasFile(root: string, ...names: string[]): boolean {
  return names.some((name) => existsSync(join(root, name)));
}

export function readText(root: string, name: string): string | undefined {
  const path = join(root, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
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
