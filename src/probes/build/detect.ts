// How a repository builds: the config's command, a package `build` script, Go, Cargo, or `make build`.
import type { BuildSettings } from './index.js';
import { hasFile, readPackageJson, readText } from '../../workspace/files.js';
import { detectPackageManager, scriptCommand, type PackageManager } from '../../workspace/package-manager.js';

export interface BuildPlan {
  /** Where the command came from, for the summary. */
  source: string;
  command: string | string[];
  /** The package manager that runs a package script. */
  packageManager?: PackageManager;
}

export function detectBuild(root: string, settings: Pick<BuildSettings, 'run'>): BuildPlan | undefined {
  if (settings.run) return { source: 'config build.run', command: settings.run };
  const pkg = readPackageJson(root, root);
  if (pkg?.scripts?.build) {
    const pm = detectPackageManager(root, pkg);
    return { source: `package.json build script (${pm})`, command: scriptCommand(pm, 'build'), packageManager: pm };
  }
  if (hasFile(root, 'go.mod')) return { source: 'go.mod', command: ['go', 'build', './...'] };
  if (hasFile(root, 'Cargo.toml')) return { source: 'Cargo.toml', command: ['cargo', 'build', '--all-targets'] };
  const makefile = ['GNUmakefile', 'makefile', 'Makefile'].map((n) => readText(root, n)).find((t) => t !== undefined);
  if (makefile && /^build\s*:(?!=)/m.test(makefile)) return { source: 'Makefile build target', command: ['make', 'build'] };
  return undefined;
}

export function describeCommand(command: string | readonly string[]): string {
  return typeof command === 'string' ? command : command.join(' ');
}
