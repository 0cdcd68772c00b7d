// Which test command a repository has. The command is the user's own, run exactly as written: results
// are collected through the environment (collect/hooks.ts), never through added arguments.
import type { TestSettings } from './index.js';
import { hasFile, listDir, readPackageJson, readText, type PackageJson } from '../../workspace/files.js';
import { detectPackageManager, scriptCommand, type PackageManager } from '../../workspace/package-manager.js';
import { goPackages, pytestFiles, shardingRunnerIn, type Slicing } from './slice.js';
import { nodeTestFiles } from './test-files.js';

export type Ecosystem = 'node' | 'python' | 'go' | 'rust' | 'other';

export interface TestPlan {
  /** The runner the command is known to use, for summaries (the reports name the real ones). */
  runner: string;
  /** Where the plan came from, for the summary. */
  source: string;
  command: string | string[];
  ecosystem: Ecosystem;
  /** The package manager that runs a package script. */
  packageManager?: PackageManager;
  /** A report the command prints itself, because the probe chose the command (go test -json, libtest). */
  printed?: 'go-json' | 'libtest';
  /** False when the repository passes node its own --test-reporter (see collect/hooks.ts). */
  nodeTestReporter: boolean;
  /** How a sharded run cuts this command into slices; none: it runs whole on shard 1. */
  slicing?: Slicing;
}

/** npm's placeholder script for packages without tests. */
const NPM_PLACEHOLDER = /no test specified/;

const JS_TEST_FILE = /\.(?:test|spec)\.[cm]?js$/;
const PY_TEST_FILE = /^test_.*\.py$|_test\.py$/;

/** Runner names as they appear in scripts, in the order they are looked for. */
const JS_RUNNERS: Array<[string, RegExp]> = [
  ['vitest', /\bvitest\b/],
  ['jest', /\bjest\b/],
  ['mocha', /\bmocha\b/],
  ['ava', /\bava\b/],
  ['node:test', /\bnode\b[^&|;]*\s--test\b/],
  ['pytest', /\bpytest\b/],
];

/** The script's text with the scripts it runs by name (`npm run x`, `pnpm x`, `yarn x`) inlined, for naming the runner. */
export function expandScript(pkg: PackageJson, name: string, seen = new Set<string>()): string {
  const script = pkg.scripts?.[name] ?? '';
  if (seen.has(name)) return '';
  seen.add(name);
  const called = [...script.matchAll(/\b(?:npm|pnpm|yarn|bun)(?: run(?:-script)?)? ([\w:.-]+)/g)].map((m) => m[1]!);
  return [script, ...called.filter((n) => pkg.scripts?.[n] !== undefined).map((n) => expandScript(pkg, n, seen))].join('\n');
}

/** The runner a script or command names, by the order above. */
export function runnerIn(text: string): string | undefined {
  return JS_RUNNERS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Whether any script of the repository (root or workspace packages) or the config passes node its own --test-reporter. */
function ownNodeTestReporter(root: string, settings: Pick<TestSettings, 'run'>): boolean {
  const texts = [settings.run ?? ''];
  for (const dir of ['.', ...['packages', 'apps', 'libs', 'modules'].flatMap((d) => listDirs(root, d))]) {
    texts.push(...Object.values(readPackageJson(`${root}/${dir}`)?.scripts ?? {}));
  }
  return texts.some((t) => /--test-reporter\b/.test(t));
}

function listDirs(root: string, dir: string): string[] {
  return listDir(root, dir, 'dirs').map((name) => `${dir}/${name}`);
}

/** Test files at the root and in the usual test folders, so they are run rather than silently skipped. */
function discoveredFiles(root: string, pattern: RegExp): string[] {
  return ['.', 'test', 'tests', '__tests__'].flatMap((dir) =>
    listDir(root, dir).filter((name) => pattern.test(name)).map((name) => (dir === '.' ? name : `${dir}/${name}`)),
  );
}

function found(files: string[]): string {
  return `test files found (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`;
}

export function detectTests(root: string, settings: Pick<TestSettings, 'run'>): TestPlan | undefined {
  const nodeTestReporter = !ownNodeTestReporter(root, settings);
  if (settings.run) {
    const command = settings.run;
    const runner = runnerIn(command) ?? 'custom';
    const slicing = scriptSlicing(command, runner, (args) => `${command} ${args.join(' ')}`);
    return { runner, source: 'config test.run', command, ecosystem: 'other', nodeTestReporter, ...(slicing ? { slicing } : {}) };
  }
  const pkg = readPackageJson(root, root);
  const script = pkg?.scripts?.test;
  if (pkg && script && !NPM_PLACEHOLDER.test(script)) {
    const pm = detectPackageManager(root, pkg);
    const runner = runnerIn(expandScript(pkg, 'test')) ?? 'package script';
    const slicing = scriptSlicing(script, runner, (args) => scriptCommand(pm, 'test', args));
    return {
      runner,
      source: `package.json test script (${runner === 'package script' ? pm : `${runner}, ${pm}`})`,
      command: scriptCommand(pm, 'test'),
      ecosystem: 'node',
      packageManager: pm,
      nodeTestReporter,
      ...(slicing ? { slicing } : {}),
    };
  }
  const jsFiles = discoveredFiles(root, JS_TEST_FILE);
  if (jsFiles.length) {
    // A slice names its files: those `node --test` finds by itself, split by path hash.
    const slicing: Slicing = { by: 'units', find: () => nodeTestFiles(root), withUnits: (files) => ['node', '--test', ...files] };
    return { runner: 'node:test', source: found(jsFiles), command: ['node', '--test'], ecosystem: 'node', nodeTestReporter, slicing };
  }

  const pyFiles = discoveredFiles(root, PY_TEST_FILE);
  const pytestConfigured = hasFile(root, 'pytest.ini', 'conftest.py') || /\[tool\.pytest/.test(readText(root, 'pyproject.toml') ?? '') || /\[(?:tool:)?pytest\]/.test(readText(root, 'setup.cfg') ?? readText(root, 'tox.ini') ?? '');
  if (pyFiles.length || pytestConfigured) {
    // A slice names the files pytest collects (its own discovery and configuration), split by path hash.
    const slicing: Slicing = { by: 'listed-units', list: ['python3', '-m', 'pytest', '--collect-only', '-q'], read: pytestFiles, withUnits: (files) => ['python3', '-m', 'pytest', ...files] };
    return { runner: 'pytest', source: pyFiles.length ? found(pyFiles) : 'pytest configuration', command: ['python3', '-m', 'pytest'], ecosystem: 'python', nodeTestReporter, slicing };
  }
  if (hasFile(root, 'go.mod')) {
    const slicing: Slicing = { by: 'listed-units', list: ['go', 'list', './...'], read: goPackages, withUnits: (packages) => ['go', 'test', '-json', ...packages] };
    return { runner: 'go test', source: 'go.mod', command: ['go', 'test', '-json', './...'], ecosystem: 'go', printed: 'go-json', nodeTestReporter, slicing };
  }
  if (hasFile(root, 'Cargo.toml')) {
    return { runner: 'cargo test', source: 'Cargo.toml', command: ['cargo', 'test', '--no-fail-fast'], ecosystem: 'rust', printed: 'libtest', nodeTestReporter };
  }
  return undefined;
}

/**
 * How a script (package.json test script or test.run) is sliced: the runner's own flag when that runner is
 * its last command, node's --test-shard through NODE_OPTIONS for node's runner, else not at all.
 */
function scriptSlicing(script: string, runner: string, withArgs: (args: readonly string[]) => string | string[]): Slicing | undefined {
  const flagged = shardingRunnerIn(script);
  if (flagged) return { by: 'flag', runner: flagged, withArgs };
  return runner === 'node:test' ? { by: 'node-option' } : undefined;
}

/** The module path in go.mod, which turns `go test` package paths into folders. */
export function goModule(root: string): string | undefined {
  return /^module\s+(\S+)/m.exec(readText(root, 'go.mod') ?? '')?.[1];
}
