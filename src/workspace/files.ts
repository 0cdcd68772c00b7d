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
