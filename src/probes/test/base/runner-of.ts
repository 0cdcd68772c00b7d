// Which runner runs a test file: the one its nearest package's test script names (workspaces may mix
// runners), else the file's language, else the runner the probe detected for the repository.
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { readPackageJson } from '../../../workspace/files.js';
import { expandScript, runnerIn } from '../detect.js';

/** The repository-relative folder of the package holding `file` (nearest package.json), '' for the root. */
export function packageDirOf(root: string, file: string): string {
  for (let dir = dirname(file); dir !== '.' && dir !== '/' && dir !== ''; dir = dirname(dir)) {
    if (existsSync(join(root, dir, 'package.json'))) return dir;
  }
  return '';
}

/** The repository-relative folder of the go module holding `file` (nearest go.mod), '' for the root. */
export function goModuleDirOf(root: string, file: string): string {
  for (let dir = dirname(file); dir !== '.' && dir !== '/' && dir !== ''; dir = dirname(dir)) {
    if (existsSync(join(root, dir, 'go.mod'))) return dir;
  }
  return '';
}

/** `fallback` is the runner detected for the whole repository (or named in test.run). */
export function runnerOfFile(root: string, file: string, fallback: string): string {
  if (file.endsWith('_test.go')) return 'go test';
  if (file.endsWith('.py')) return 'pytest';
  const pkg = readPackageJson(join(root, packageDirOf(root, file)));
  if (!pkg?.scripts) return fallback;
  // The package's test script with the scripts it calls, then any other script of it named test*.
  const scripts = ['test', ...Object.keys(pkg.scripts).filter((name) => name !== 'test' && /^test/.test(name))];
  return scripts.map((name) => runnerIn(expandScript(pkg, name))).find(Boolean) ?? fallback;
}
