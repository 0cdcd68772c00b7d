// Which JavaScript package manager a repository uses, from `packageManager` first, then its lockfile.
import { hasFile, readText, type PackageJson } from './files.js';

/** Berry's __metadata block follows a short comment header: no need to read a large lockfile whole. */
const YARN_LOCK_HEADER_BYTES = 64 * 1024;

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

export function detectPackageManager(root: string, pkg: PackageJson): PackageManager {
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(pkg.packageManager ?? '');
  if (declared) {
    const [, name, major] = declared;
    if (name === 'yarn') return Number(major) >= 2 ? 'yarn-berry' : 'yarn';
    return name as PackageManager;
  }
  if (hasFile(root, 'pnpm-lock.yaml')) return 'pnpm';
  if (hasFile(root, 'bun.lock', 'bun.lockb')) return 'bun';
  if (hasFile(root, 'yarn.lock')) {
    // Berry lockfiles carry a __metadata block; classic ones do not.
    return hasFile(root, '.yarnrc.yml') || readText(root, 'yarn.lock', YARN_LOCK_HEADER_BYTES)?.includes('__metadata:') ? 'yarn-berry' : 'yarn';
  }
  return 'npm';
}

/** argv that runs package script `script` as the user would, with `extra` arguments passed on to it (npm needs `--`). */
export function scriptCommand(pm: PackageManager, script: string, extra: readonly string[] = []): string[] {
  const passed = extra.length && pm === 'npm' ? ['--', ...extra] : extra;
  return [pm === 'yarn-berry' ? 'yarn' : pm, 'run', script, ...passed];
}

/** argv of the package manager's install that fails instead of changing its lockfile (CI mode); a plain install without one. */
export function frozenInstall(pm: PackageManager, hasLockfile: boolean): string[] {
  if (!hasLockfile) return [pm === 'yarn-berry' ? 'yarn' : pm, 'install'];
  switch (pm) {
    case 'npm':
      return ['npm', 'ci', '--no-audit', '--no-fund'];
    case 'pnpm':
      return ['pnpm', 'install', '--frozen-lockfile'];
    case 'yarn':
      return ['yarn', 'install', '--frozen-lockfile'];
    case 'yarn-berry':
      return ['yarn', 'install', '--immutable'];
    case 'bun':
      return ['bun', 'install', '--frozen-lockfile'];
  }
}
