// Reads what environmentProblem needs from the repository (the I/O half of environment.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecResult } from '../process/exec.js';
import { readPackageJson } from '../workspace/files.js';
import { installCommand, nodeModulesMissing } from '../workspace/install.js';
import { environmentProblem, type EnvironmentFacts, type EnvironmentProblem } from './environment.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'target', 'dist', 'build', '.venv', 'venv']);

/** Folders holding a package.json: the root and up to two levels below (workspace packages). */
function packageDirs(root: string, depth = 2): string[] {
  const dirs = [root];
  if (depth === 0) return dirs;
  let entries: string[];
  try {
    entries = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')).map((e) => e.name);
  } catch {
    return dirs;
  }
  for (const name of entries) dirs.push(...packageDirs(join(root, name), depth - 1));
  return dirs;
}

export function environmentFacts(root: string, result: Pick<ExecResult, 'output' | 'exitCode'>): EnvironmentFacts {
  const declaredPackages = new Set<string>();
  for (const dir of packageDirs(root)) {
    const pkg = readPackageJson(dir);
    for (const name of Object.keys({ ...pkg?.dependencies, ...pkg?.devDependencies })) declaredPackages.add(name);
  }
  let localNames: string[] = [];
  try {
    localNames = readdirSync(root);
  } catch {
    // An unreadable root only makes every module look installed-or-not by its name.
  }
  const install: EnvironmentFacts['install'] = {};
  for (const ecosystem of ['node', 'python', 'rust', 'go'] as const) {
    const command = installCommand(root, ecosystem);
    if (command) install[ecosystem] = command;
  }
  return { output: result.output, exitCode: result.exitCode, install, nodeModulesMissing: nodeModulesMissing(root), declaredPackages, localNames: new Set(localNames) };
}

export function diagnoseEnvironment(root: string, result: Pick<ExecResult, 'output' | 'exitCode'>): EnvironmentProblem | undefined {
  return environmentProblem(environmentFacts(root, result));
}
