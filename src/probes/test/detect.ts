// Which test runner a repository uses and how to run it with a machine-readable report.
import type { TestSettings } from './index.js';
import { hasFile, listDir, readPackageJson, readText } from '../../workspace/files.js';
import { detectPackageManager, scriptCommand, type PackageManager } from '../../workspace/package-manager.js';
import type { Shard } from '../../types.js';
import type { ReportFormat } from './reports.js';
import { goPackages, hashSlice, nodeTestShardOption, pytestFiles, runnerShardArgs } from './slice.js';
import { nodeTestFiles } from './test-files.js';

export interface TestPlan {
  runner: string;
  /** Where the plan came from, for the summary. */
  source: string;
  /** The report is read from `file` (written by the runner), or from the command's stdout or whole output. */
  report: { format: ReportFormat; from: 'file' | 'stdout' | 'output' };
  /**
   * The command and extra environment, given the path the runner should write its report to; with a
   * shard, those of the shard's slice, undefined when the slice holds no test file.
   */
  command(reportFile: string, shard?: Shard): TestCommand | undefined;
  /** Whether `command` can run a slice of a sharded run; a plan that cannot runs whole on shard 1. */
  sliceable: boolean;
  /**
   * For runners without sharding of their own that the gate runs itself: how to list the units a slice
   * is cut from (pytest's test files, go's packages), and the command that runs some of them.
   */
  units?: { list: string[]; read(stdout: string): string[]; command(reportFile: string, units: readonly string[]): TestCommand };
}

export interface TestCommand {
  command: string | string[];
  env?: Record<string, string>;
  /** The part of `env` that selects the slice, shown before the command in the evidence (`NODE_OPTIONS=--test-shard=2/3`). */
  shownEnv?: string;
}

/** npm's placeholder script for packages without tests. */
const NPM_PLACEHOLDER = /no test specified/;

const JS_TEST_FILE = /\.(?:test|spec)\.[cm]?js$/;
const PY_TEST_FILE = /^test_.*\.py$|_test\.py$/;

/** Runners recognised in a package script, with the arguments that make them write a report file. */
const JS_RUNNERS: Array<{ runner: string; pattern: RegExp; format: ReportFormat; args?: (file: string) => string[] }> = [
  { runner: 'vitest', pattern: /\bvitest\b/, format: 'jest-json', args: (f) => ['--reporter=default', '--reporter=json', `--outputFile.json=${f}`] },
  { runner: 'jest', pattern: /\bjest\b/, format: 'jest-json', args: (f) => ['--json', `--outputFile=${f}`] },
  { runner: 'mocha', pattern: /\bmocha\b/, format: 'mocha-json', args: (f) => ['--reporter=json', `--reporter-option=output=${f}`] },
  { runner: 'ava', pattern: /\bava\b/, format: 'tap', args: () => ['--tap'] },
  { runner: 'node:test', pattern: /\bnode\b[^&|;]*\s--test\b/, format: 'tap' },
];

/**
 * Reporters for node's built-in runner go through NODE_OPTIONS: flags after a file pattern are not parsed.
 * So does its own sharding, which a script's `node --test` then applies to the files it finds itself.
 */
function nodeTestEnv(file: string, env: Readonly<Record<string, string | undefined>>, shard?: Shard): Record<string, string> {
  const flags = `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${file}`;
  return { NODE_OPTIONS: [env.NODE_OPTIONS, flags, shard ? nodeTestShardOption(shard) : ''].filter(Boolean).join(' ') };
}

/** The last command of a script (after &&, ||, ;): only there do appended arguments reach the runner. */
function lastSegment(script: string): string {
  return script.split(/&&|\|\||;/).pop()!.trim();
}

function packageScriptPlan(root: string, script: string, pm: PackageManager, env: Readonly<Record<string, string | undefined>>): TestPlan {
  const known = JS_RUNNERS.find((r) => r.pattern.test(script));
  const base = scriptCommand(pm, 'test');
  if (!known) {
    return { runner: 'package script', source: `package.json test script (${pm})`, report: { format: 'summary', from: 'output' }, command: () => ({ command: base }), sliceable: false };
  }
  const source = `package.json test script (${known.runner}, ${pm})`;
  if (known.runner === 'node:test') {
    return { runner: known.runner, source, report: { format: 'tap', from: 'file' }, command: (f, shard) => ({ command: base, env: nodeTestEnv(f, env, shard), ...(shard ? { shownEnv: `NODE_OPTIONS=${nodeTestShardOption(shard)}` } : {}) }), sliceable: true };
  }
  const last = known.pattern.test(lastSegment(script));
  if (!known.args || !last) {
    // The runner is not last in the script: run it as written and read its closing summary. Its own
    // shard flag would not reach it either, so the tests run whole on shard 1.
    return { runner: known.runner, source, report: { format: 'summary', from: 'output' }, command: () => ({ command: base }), sliceable: false };
  }
  const args = known.args;
  const from = known.runner === 'ava' ? 'stdout' : 'file';
  return {
    runner: known.runner,
    source,
    report: { format: known.format, from },
    command: (f, shard) => ({ command: scriptCommand(pm, 'test', [...args(f), ...((shard && runnerShardArgs(known.runner, shard)) ?? [])]) }),
    sliceable: runnerShardArgs(known.runner, { index: 1, total: 1 }) !== undefined,
  };
}

/** A configured command slices with its runner's own flag when that runner is its last command. */
function customPlan(run: string): TestPlan {
  const known = JS_RUNNERS.find((r) => r.pattern.test(lastSegment(run)) && runnerShardArgs(r.runner, { index: 1, total: 1 }));
  return {
    runner: 'custom',
    source: 'config test.run',
    report: { format: 'summary', from: 'output' },
    command: (_f, shard) => ({ command: shard && known ? `${run} ${runnerShardArgs(known.runner, shard)!.join(' ')}` : run }),
    sliceable: known !== undefined,
  };
}

/** Test files at the root and in the usual test folders, so they are run rather than silently skipped. */
function discoveredFiles(root: string, pattern: RegExp): string[] {
  return ['.', 'test', 'tests', '__tests__'].flatMap((dir) =>
    listDir(root, dir).filter((name) => pattern.test(name)).map((name) => (dir === '.' ? name : `${dir}/${name}`)),
  );
}

/** `env` is the scrubbed environment the runner gets (its NODE_OPTIONS is extended, not replaced). */
export function detectTests(root: string, settings: TestSettings, env: Readonly<Record<string, string | undefined>> = {}): TestPlan | undefined {
  if (settings.run) return customPlan(settings.run);
  const pkg = readPackageJson(root);
  const script = pkg?.scripts?.test;
  if (pkg && script && !NPM_PLACEHOLDER.test(script)) return packageScriptPlan(root, script, detectPackageManager(root, pkg), env);

  const jsFiles = discoveredFiles(root, JS_TEST_FILE);
  if (jsFiles.length) {
    return {
      runner: 'node:test',
      source: `test files found (${jsFiles.slice(0, 3).join(', ')}${jsFiles.length > 3 ? ', …' : ''})`,
      report: { format: 'tap', from: 'file' },
      // A slice names its files: those `node --test` finds by itself, split by path hash.
      command: (f, shard) => {
        if (!shard) return { command: ['node', '--test'], env: nodeTestEnv(f, env) };
        const files = hashSlice(nodeTestFiles(root), shard);
        return files.length ? { command: ['node', '--test', ...files], env: nodeTestEnv(f, env) } : undefined;
      },
      sliceable: true,
    };
  }
  const pyFiles = discoveredFiles(root, PY_TEST_FILE);
  const pytestConfigured = hasFile(root, 'pytest.ini', 'conftest.py') || /\[tool\.pytest/.test(readText(root, 'pyproject.toml') ?? '');
  if (pyFiles.length || pytestConfigured) {
    return {
      runner: 'pytest',
      source: pyFiles.length ? `test files found (${pyFiles.slice(0, 3).join(', ')})` : 'pytest configuration',
      report: { format: 'junit', from: 'file' },
      command: (f) => ({ command: ['python3', '-m', 'pytest', '-q', `--junitxml=${f}`] }),
      sliceable: true,
      // A slice names the files pytest collects (its own discovery and configuration), split by path hash.
      units: {
        list: ['python3', '-m', 'pytest', '--collect-only', '-q'],
        read: pytestFiles,
        command: (f, files) => ({ command: ['python3', '-m', 'pytest', '-q', `--junitxml=${f}`, ...files] }),
      },
    };
  }
  if (hasFile(root, 'go.mod')) {
    return {
      runner: 'go test',
      source: 'go.mod',
      report: { format: 'go-json', from: 'stdout' },
      command: () => ({ command: ['go', 'test', '-json', './...'] }),
      sliceable: true,
      units: { list: ['go', 'list', './...'], read: goPackages, command: (_f, packages) => ({ command: ['go', 'test', '-json', ...packages] }) },
    };
  }
  if (hasFile(root, 'Cargo.toml')) {
    return { runner: 'cargo test', source: 'Cargo.toml', report: { format: 'libtest', from: 'output' }, command: () => ({ command: ['cargo', 'test', '--no-fail-fast'] }), sliceable: false };
  }
  return undefined;
}
