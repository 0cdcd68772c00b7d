// Which test runner a repository uses and how to run it with a machine-readable report.
import type { TestSettings } from './index.js';
import { hasFile, listDir, readPackageJson, readText } from '../../workspace/files.js';
import { detectPackageManager, scriptCommand, type PackageManager } from '../../workspace/package-manager.js';
import type { ReportFormat } from './reports.js';

export interface TestPlan {
  runner: string;
  /** Where the plan came from, for the summary. */
  source: string;
  /** The report is read from `file` (written by the runner), or from the command's stdout or whole output. */
  report: { format: ReportFormat; from: 'file' | 'stdout' | 'output' };
  /** The command and extra environment, given the path the runner should write its report to. */
  command(reportFile: string): { command: string | string[]; env?: Record<string, string> };
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

/** Reporters for node's built-in runner go through NODE_OPTIONS: flags after a file pattern are not parsed. */
function nodeTestEnv(file: string, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const flags = `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${file}`;
  return { NODE_OPTIONS: [env.NODE_OPTIONS, flags].filter(Boolean).join(' ') };
}

/** The last command of a script (after &&, ||, ;): only there do appended arguments reach the runner. */
function lastSegment(script: string): string {
  return script.split(/&&|\|\||;/).pop()!.trim();
}

function packageScriptPlan(root: string, script: string, pm: PackageManager, env: Readonly<Record<string, string | undefined>>): TestPlan {
  const known = JS_RUNNERS.find((r) => r.pattern.test(script));
  const base = scriptCommand(pm, 'test');
  if (!known) {
    return { runner: 'package script', source: `package.json test script (${pm})`, report: { format: 'summary', from: 'output' }, command: () => ({ command: base }) };
  }
  const source = `package.json test script (${known.runner}, ${pm})`;
  if (known.runner === 'node:test') {
    return { runner: known.runner, source, report: { format: 'tap', from: 'file' }, command: (f) => ({ command: base, env: nodeTestEnv(f, env) }) };
  }
  if (!known.args || !known.pattern.test(lastSegment(script))) {
    // The runner is not last in the script: run it as written and read its closing summary.
    return { runner: known.runner, source, report: { format: 'summary', from: 'output' }, command: () => ({ command: base }) };
  }
  const args = known.args;
  const from = known.runner === 'ava' ? 'stdout' : 'file';
  return { runner: known.runner, source, report: { format: known.format, from }, command: (f) => ({ command: scriptCommand(pm, 'test', args(f)) }) };
}

/** Test files at the root and in the usual test folders, so they are run rather than silently skipped. */
function discoveredFiles(root: string, pattern: RegExp): string[] {
  return ['.', 'test', 'tests', '__tests__'].flatMap((dir) =>
    listDir(root, dir).filter((name) => pattern.test(name)).map((name) => (dir === '.' ? name : `${dir}/${name}`)),
  );
}

/** `env` is the scrubbed environment the runner gets (its NODE_OPTIONS is extended, not replaced). */
export function detectTests(root: string, settings: Pick<TestSettings, 'run'>, env: Readonly<Record<string, string | undefined>> = {}): TestPlan | undefined {
  if (settings.run) {
    const command = settings.run;
    return { runner: 'custom', source: 'config test.run', report: { format: 'summary', from: 'output' }, command: () => ({ command }) };
  }
  const pkg = readPackageJson(root);
  const script = pkg?.scripts?.test;
  if (pkg && script && !NPM_PLACEHOLDER.test(script)) return packageScriptPlan(root, script, detectPackageManager(root, pkg), env);

  const jsFiles = discoveredFiles(root, JS_TEST_FILE);
  if (jsFiles.length) {
    return {
      runner: 'node:test',
      source: `test files found (${jsFiles.slice(0, 3).join(', ')}${jsFiles.length > 3 ? ', …' : ''})`,
      report: { format: 'tap', from: 'file' },
      command: (f) => ({ command: ['node', '--test'], env: nodeTestEnv(f, env) }),
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
    };
  }
  if (hasFile(root, 'go.mod')) {
    return { runner: 'go test', source: 'go.mod', report: { format: 'go-json', from: 'stdout' }, command: () => ({ command: ['go', 'test', '-json', './...'] }) };
  }
  if (hasFile(root, 'Cargo.toml')) {
    return { runner: 'cargo test', source: 'Cargo.toml', report: { format: 'libtest', from: 'output' }, command: () => ({ command: ['cargo', 'test', '--no-fail-fast'] }) };
  }
  return undefined;
}
