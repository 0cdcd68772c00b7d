// The exact command that installs a repository's dependencies, for messages that say what to run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../core/text.js';
import { hasFile, listDir, readPackageJson, readText } from './files.js';
import { detectPackageManager, type PackageManager } from './package-manager.js';

export function jsInstallCommand(root: string, pm: PackageManager): string {
  switch (pm) {
    case 'npm':
      return hasFile(root, 'package-lock.json', 'npm-shrinkwrap.json') ? 'npm ci' : 'npm install';
    case 'pnpm':
      return hasFile(root, 'pnpm-lock.yaml') ? 'pnpm install --frozen-lockfile' : 'pnpm install';
    case 'yarn':
      return hasFile(root, 'yarn.lock') ? 'yarn install --frozen-lockfile' : 'yarn install';
    case 'yarn-berry':
      return hasFile(root, 'yarn.lock') ? 'yarn install --immutable' : 'yarn install';
    case 'bun':
      return hasFile(root, 'bun.lock', 'bun.lockb') ? 'bun install --frozen-lockfile' : 'bun install';
  }
}

/** pip commands for the requirement files a Python repository has, else an editable install of the project. */
export function pythonInstallCommand(root: string): string | undefined {
  const requirements = [...listDir(root, '.'), ...listDir(root, 'requirements').map((n) => `requirements/${n}`)]
    .filter((name) => /(?:^|\/)requirements[\w.-]*\.txt$/.test(name))
    .sort((a, b) => a.length - b.length || compareText(a, b));
  if (requirements.length) return requirements.map((file) => `pip install -r ${file}`).join(' && ');
  const pyproject = readText(root, 'pyproject.toml');
  if (pyproject !== undefined || hasFile(root, 'setup.py', 'setup.cfg')) {
    const extra = /^\s*(test|tests|dev|testing)\s*=/m.exec(pyproject?.split(/\[project\.optional-dependencies\]/)[1]?.split(/^\[/m)[0] ?? '');
    return extra ? `pip install -e '.[${extra[1]}]'` : 'pip install -e .';
  }
  return undefined;
}

/** What installs this repository's dependencies, by ecosystem (undefined when nothing is declared). */
export function installCommand(root: string, ecosystem: 'node' | 'python' | 'rust' | 'go'): string | undefined {
  switch (ecosystem) {
    case 'node': {
      const pkg = readPackageJson(root);
      return pkg ? jsInstallCommand(root, detectPackageManager(root, pkg)) : undefined;
    }
    case 'python':
      return pythonInstallCommand(root);
    case 'rust':
      return hasFile(root, 'Cargo.toml') ? 'cargo fetch' : undefined;
    case 'go':
      return hasFile(root, 'go.mod') ? 'go mod download' : undefined;
  }
}

/** Whether a Node repository declares dependencies that are not installed (no node_modules, no Plug'n'Play map). */
export function nodeModulesMissing(root: string): boolean {
  const pkg = readPackageJson(root);
  if (!pkg) return false;
  const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).length > 0;
  return declared && !existsSync(join(root, 'node_modules')) && !hasFile(root, '.pnp.cjs', '.pnp.js');
}
