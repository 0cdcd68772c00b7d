// Sets up result collection for one test command: a private folder that every runner invocation
// writes its own report into, and the environment that makes the runners do it. The command line the
// user wrote is never changed:
// - Node: NODE_OPTIONS=--import <preload> adds each runner's report options inside its own process
//   (vitest, jest, mocha, ava), and a node:test reporter is registered with --test-reporter.
// - pytest: a plugin through PYTEST_PLUGINS and PYTHONPATH.
import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { makeTempDir } from '../../../process/temp-dir.js';
import { injectReporters, mochaReport, nodeTestReport } from './node-hooks.js';
import { PYTEST_PLUGIN_MODULE, pytestPlugin } from './pytest-plugin.js';

export interface Collection {
  /** Where the reports land, one file per runner invocation. */
  reportDir: string;
  /** Variables to add to the test command's environment. */
  env: Record<string, string>;
  /**
   * Node's on-disk compile cache, shared with the runs on the merge-base (which load the same runner
   * from the head's linked node_modules, and so start faster). Absent when the user set or disabled one.
   */
  compileCacheEnv: Record<string, string>;
  dispose(): void;
}

export interface CollectionOptions {
  /** The environment the command would otherwise get (NODE_OPTIONS, PYTHONPATH, PYTEST_PLUGINS are extended). */
  baseEnv: Record<string, string | undefined>;
  /**
   * False when the repository passes its own `--test-reporter` to node: node requires as many
   * destinations as reporters across NODE_OPTIONS and the command line, so adding one would break it.
   */
  nodeTestReporter: boolean;
  /** The version of the `node` on the command's PATH (undefined: none, or unknown). */
  nodeVersion?: string | undefined;
}

/**
 * What the node on PATH accepts in NODE_OPTIONS: `--import` from 18.19 and 20.6, `--test-reporter`
 * from 18.15 and 19.6. An older node refuses to start at all with an option it does not know there,
 * so nothing is added for it (its counts then come from the output).
 */
export function nodeOptionsSupport(version: string | undefined): { preload: boolean; testReporter: boolean } {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return { preload: false, testReporter: false };
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const atLeast = (table: Record<number, number>, from: number): boolean => major >= from || (table[major] !== undefined && minor >= table[major]!);
  return { preload: atLeast({ 18: 19, 20: 6 }, 21), testReporter: atLeast({ 18: 15, 19: 6 }, 20) };
}

/** A path inside NODE_OPTIONS, quoted when it has spaces (NODE_OPTIONS splits on them). */
function optionPath(path: string): string {
  return /\s/.test(path) ? `"${path.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : path;
}

export function prepareCollection(options: CollectionOptions): Collection {
  // Removed when done, and also when the run is interrupted.
  const temp = makeTempDir('loki-verify-test-');
  const dir = temp.path;
  const reportDir = join(dir, 'reports');
  const hooksDir = join(dir, 'hooks');
  mkdirSync(reportDir);
  mkdirSync(hooksDir);
  const literal = JSON.stringify;

  const mochaFile = join(hooksDir, 'mocha-reporter.cjs');
  writeFileSync(mochaFile, `module.exports = function lokiVerifyReporter(runner, options) {\n  (${mochaReport.toString()})(runner, options, require);\n};\n`);
  const preloadFile = join(hooksDir, 'preload.mjs');
  // Collection must never break the user's process: any error in it is swallowed.
  const fsImport = `import { realpathSync, appendFileSync, writeFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\nconst fs = { realpathSync, appendFileSync, writeFileSync, createRequire };\n`;
  writeFileSync(preloadFile, `${fsImport}try {\n  (${injectReporters.toString()})(${literal(reportDir)}, ${literal(mochaFile)}, fs);\n} catch {}\n`);
  const nodeTestFile = join(hooksDir, 'node-test-reporter.mjs');
  // An async generator that yields nothing: node's reporter shape, with no output of its own.
  writeFileSync(nodeTestFile, `${fsImport}export default async function* lokiVerifyReporter(source) {\n  await (${nodeTestReport.toString()})(source, ${literal(reportDir)}, fs);\n}\n`);
  writeFileSync(join(hooksDir, `${PYTEST_PLUGIN_MODULE}.py`), pytestPlugin(reportDir));

  const support = nodeOptionsSupport(options.nodeVersion);
  const nodeOptions = [options.baseEnv.NODE_OPTIONS, support.preload ? `--import=${optionPath(preloadFile)}` : ''];
  // Reporters already in NODE_OPTIONS (a CI-wide setting) would be miscounted against destinations, as on the command line.
  if (support.testReporter && options.nodeTestReporter && !/--test-reporter\b/.test(options.baseEnv.NODE_OPTIONS ?? '')) {
    // The user's output stays the spec reporter; ours prints nothing and writes its own file.
    nodeOptions.push('--test-reporter=spec', '--test-reporter-destination=stdout', `--test-reporter=${optionPath(nodeTestFile)}`, '--test-reporter-destination=stdout');
  }
  const appendTo = (value: string | undefined, add: string, sep: string): string => (value ? `${value}${sep}${add}` : add);
  // Node 22.1+ reads it; older nodes ignore it. It only caches compiled code, keyed by the source's hash.
  const userCache = options.baseEnv.NODE_COMPILE_CACHE !== undefined || options.baseEnv.NODE_DISABLE_COMPILE_CACHE !== undefined;
  const compileCacheEnv: Record<string, string> = userCache ? {} : { NODE_COMPILE_CACHE: join(dir, 'compile-cache') };
  return {
    reportDir,
    compileCacheEnv,
    env: {
      ...compileCacheEnv,
      ...(nodeOptions.some(Boolean) ? { NODE_OPTIONS: nodeOptions.filter(Boolean).join(' ') } : {}),
      PYTHONPATH: appendTo(options.baseEnv.PYTHONPATH, hooksDir, delimiter),
      PYTEST_PLUGINS: appendTo(options.baseEnv.PYTEST_PLUGINS, PYTEST_PLUGIN_MODULE, ','),
      // A task runner's cache (local or remote) replays an earlier run's log instead of running the tests:
      // nothing would run at this commit, and no report be written. Turborepo and Nx run every task anew.
      TURBO_FORCE: 'true',
      NX_SKIP_NX_CACHE: 'true',
    },
    dispose: () => temp.remove(),
  };
}
