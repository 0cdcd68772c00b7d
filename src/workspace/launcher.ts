// Makes the repository's package manager runnable as the user would run it: a yarn berry release
// committed under `yarnPath` runs with node, and pnpm or yarn named by `packageManager` but not
// installed runs through corepack. Both become a small shim first on PATH, so scripts that call the
// package manager again (`pnpm -r run test`) find the same one.
import { accessSync, chmodSync, constants, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { makeTempDir } from '../process/temp-dir.js';
import { parse as parseYaml } from 'yaml';
import { readText, type PackageJson } from './files.js';
import type { PackageManager } from './package-manager.js';

export interface Launch {
  /** Why the shim is there, for the probe log; undefined when the package manager is used as installed. */
  note?: string;
  /** Variables to add to the command's environment (PATH with the shim first). */
  env: Record<string, string>;
  dispose(): void;
}

/** Whether `name` is an executable in one of the PATH folders. */
export function onPath(name: string, path: string | undefined): boolean {
  return (path ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The `yarnPath` of a yarn berry repository (`.yarnrc.yml`), when it names a file. */
export function yarnPath(root: string): string | undefined {
  const text = readText(root, '.yarnrc.yml');
  if (text === undefined) return undefined;
  try {
    const value = (parseYaml(text) as { yarnPath?: unknown } | null)?.yarnPath;
    return typeof value === 'string' && value ? value : undefined;
  } catch {
    return undefined;
  }
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The shim to put on PATH for `pm`, as [name, argv prefix], or undefined when none is needed. */
export function shimFor(root: string, pm: PackageManager, pkg: PackageJson | undefined, path: string | undefined): { name: string; argv: string[]; note: string } | undefined {
  if (pm === 'yarn' || pm === 'yarn-berry') {
    const release = yarnPath(root);
    if (release) return { name: 'yarn', argv: ['node', resolve(root, release)], note: `yarn from yarnPath ${release}` };
  }
  const name = pm === 'yarn-berry' ? 'yarn' : pm;
  if ((name === 'pnpm' || name === 'yarn') && pkg?.packageManager?.startsWith(`${name}@`) && !onPath(name, path) && onPath('corepack', path)) {
    return { name, argv: ['corepack', name], note: `${name} through corepack (${pkg.packageManager})` };
  }
  return undefined;
}

export function prepareLaunch(root: string, pm: PackageManager, pkg: PackageJson | undefined, path: string | undefined): Launch {
  const shim = shimFor(root, pm, pkg, path);
  if (!shim) return { env: {}, dispose: () => {} };
  const temp = makeTempDir('loki-verify-bin-');
  const dir = temp.path;
  const file = join(dir, shim.name);
  writeFileSync(file, `#!/bin/sh\nexec ${shim.argv.map(shellQuote).join(' ')} "$@"\n`);
  chmodSync(file, 0o755);
  return {
    note: shim.note,
    // corepack would otherwise stop and ask before downloading the pinned version.
    env: { PATH: path ? `${dir}${delimiter}${path}` : dir, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    dispose: () => temp.remove(),
  };
}
