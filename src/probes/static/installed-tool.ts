// Finds a tool installed in the repository under test (never the gate's own copy).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasFile, readPackageJson, type PackageJson } from '../../workspace/files.js';
import { ancestorDirs } from './paths.js';

export interface InstalledTool {
  /** Package version, e.g. `9.39.1`. */
  version: string;
  major: number;
  /** Absolute path of the package's bin script, run with node. */
  bin: string;
  /** Where it was found, repository-relative (e.g. `node_modules/eslint`). */
  location: string;
}

/**
 * Looks for `node_modules/<pkg>` in `fromDir` and each parent up to the repository root, as Node's
 * resolution would, but stops at the root so a copy installed above the repository (or the gate's
 * own) is never used. Paths are not resolved through symlinks, so pnpm layouts work.
 */
export function findInstalledTool(root: string, fromDir: string, pkg: string, binName: string): InstalledTool | undefined {
  for (const dir of ancestorDirs(fromDir)) {
    const location = dir === '' ? `node_modules/${pkg}` : `${dir}/node_modules/${pkg}`;
    const manifest = readPackageJson(join(root, location), false) as (PackageJson & { version?: unknown; bin?: unknown }) | undefined;
    if (!manifest) continue; // not installed here, or a half-written install: treat as absent
    const bin = typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin as Record<string, unknown> | undefined)?.[binName];
    if (typeof bin !== 'string' || typeof manifest.version !== 'string') continue;
    const binPath = join(root, location, bin);
    if (!existsSync(binPath)) continue;
    return { version: manifest.version, major: Number.parseInt(manifest.version, 10), bin: binPath, location };
  }
  return undefined;
}

/** The message for a tool the repository configures but has not installed. */
export function notInstalledMessage(root: string, what: string): string {
  const pnp = hasFile(root, '.pnp.cjs')
    ? ' (Yarn Plug\'n\'Play installs are not supported: set `nodeLinker: node-modules`)'
    : '';
  return `${what}: install dependencies before running the gate${pnp}`;
}
