// Which runner runs a test file: the one its nearest package's test script names (workspaces may mix
// runners), else the file's language, else the runner the probe detected for the repository.
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { readPackageJson } from '../../../workspace/files.js';

/** Runner names as they appear in scripts and commands, in the order they are looked for. */
const RUNNERS_IN_SCRIPTS: Array<[string, RegExp]> = [
  ['vitest', /\bvitest\b/],
  ['jest', /\bjest\b/],
  ['mocha', /\bmocha\b/],
  ['ava', /\bava\b/],
  ['node:test', /\bnode\b[^&|;]*\s--test\b/],
  ['pytest', /\bpytest\b/],
];

export function runnerInScript(text: string): string | undefined {
  return RUNNERS_IN_SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0];
}

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
  const scripts = readPackageJson(join(root, packageDirOf(root, file)))?.scripts ?? {};
  // The package's own test script first, then any script of it that names a runner (test:unit, ...).
  const named = runnerInScript(scripts.test ?? '') ?? Object.entries(scripts).filter(([name]) => /^test/.test(name)).map(([, s]) => runnerInScript(s)).find(Boolean);
  return named ?? fallback;
}
