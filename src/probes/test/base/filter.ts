// Pure: the commands that re-run chosen tests, with each runner's own filters, writing a report of
// every test they ran. A selection names a test (by name, from a head run's failure) or only its file
// (anti-placebo runs whole test files). Tests are grouped by the folder their runner runs in: the
// nearest package for Node runners (workspaces), the go module's package folder, the root for pytest.
import { posix } from 'node:path';
import type { ResultFormat } from './results.js';

/** Runners whose tests can be re-run by name or file on the base. */
export const RERUN_RUNNERS = ['vitest', 'jest', 'node:test', 'mocha', 'pytest', 'go test'] as const;
export type RerunRunner = (typeof RERUN_RUNNERS)[number];

export function isRerunRunner(runner: string): runner is RerunRunner {
  return (RERUN_RUNNERS as readonly string[]).includes(runner);
}

export interface TestSelection {
  /** Repository-relative test file, when known. */
  file?: string;
  /** The test's full name as the head run reported it; absent: every test of `file`. */
  name?: string;
  /** Suite path and title, when the report gave them. */
  titlePath?: string[];
  /** The runner's own id (pytest node id, go `package.TestName`). */
  id?: string;
}

export interface RerunCommand {
  runner: RerunRunner;
  /** Repository-relative folder to run in ('' for the root). */
  cwd: string;
  /** argv; argv[0] is resolved from node_modules/.bin upwards of `cwd` when `nodeBin` is set. */
  argv: string[];
  nodeBin: boolean;
  report: { format: ResultFormat; from: 'file' | 'stdout' };
}

/** Where a repository-relative file's runner runs: its package folder (Node), module (go), or the root. */
export interface Layout {
  packageDir(file: string): string;
  goModuleDir(file: string): string;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The suite path as a name filter matches it: runners join it with a space (jest, mocha, node, vitest
 * before 5) or with ' > ' (vitest 5). Without a suite path every space of the full name may be either.
 */
const LEVEL = '(?: | > )';

function fullNamePattern(test: TestSelection): string {
  if (test.titlePath?.length) return test.titlePath.map(escapeRegExp).join(LEVEL);
  return test.name!.split(' ').map(escapeRegExp).join(LEVEL);
}

/** One anchored alternation of full names (vitest -t, jest -t, node --test-name-pattern, mocha --grep). */
function namePattern(tests: readonly TestSelection[]): string {
  return `^(?:${[...new Set(tests.map(fullNamePattern))].join('|')})$`;
}

function within(cwd: string, file: string): string {
  return cwd ? posix.relative(cwd, file) : file;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The node runners' commands for one folder: files when every test has one, names when every test has one. */
function nodeCommand(runner: 'vitest' | 'jest' | 'node:test' | 'mocha', cwd: string, tests: TestSelection[], report: string): RerunCommand {
  const files = tests.every((t) => t.file) ? [...new Set(tests.map((t) => within(cwd, t.file!)))] : [];
  const pattern = tests.every((t) => t.name) ? namePattern(tests) : undefined;
  switch (runner) {
    case 'vitest':
      return {
        runner, cwd, nodeBin: true, report: { format: 'jest-json', from: 'file' },
        argv: ['vitest', 'run', ...files, ...(pattern ? ['-t', pattern] : []), '--reporter=json', `--outputFile=${report}`, '--includeTaskLocation', '--passWithNoTests', '--watch=false'],
      };
    case 'jest':
      return {
        runner, cwd, nodeBin: true, report: { format: 'jest-json', from: 'file' },
        argv: ['jest', ...(files.length ? ['--runTestsByPath', ...files] : []), ...(pattern ? ['-t', pattern] : []), '--json', `--outputFile=${report}`, '--testLocationInResults', '--passWithNoTests', '--ci', '--watchAll=false'],
      };
    case 'node:test':
      return {
        runner, cwd, nodeBin: false, report: { format: 'node-junit', from: 'file' },
        argv: ['node', '--test', '--test-reporter=junit', `--test-reporter-destination=${report}`, ...(pattern ? [`--test-name-pattern=${pattern}`] : []), ...files],
      };
    case 'mocha':
      return {
        runner, cwd, nodeBin: true, report: { format: 'mocha-json', from: 'file' },
        argv: ['mocha', '--reporter=json', `--reporter-option=output=${report}`, ...(pattern ? ['--grep', pattern] : []), ...files],
      };
  }
}

const NODE_ID = /^[^:]+\.py::/;

/**
 * pytest node ids (`file::Class::test[param]`) or whole files, from the root (where its rootdir and
 * conftest are found); tests known only by a JUnit-style name (`pkg.module.Class::test`) by `-k` on their function names.
 */
function pytestCommand(tests: TestSelection[], report: string): RerunCommand {
  const ids = tests.map((t) => t.id ?? (t.name && NODE_ID.test(t.name) ? t.name : undefined) ?? (t.name ? undefined : t.file));
  const byKeyword = tests.some((t, i) => t.name && ids[i] === undefined);
  const keywords = byKeyword ? [...new Set(tests.filter((t) => t.name).map((t) => t.name!.split(/::|\./).pop()!.replace(/\[.*$/, '')))] : [];
  const targets = byKeyword ? [] : [...new Set(ids.filter((t): t is string => t !== undefined))];
  return {
    runner: 'pytest', cwd: '', nodeBin: false, report: { format: 'pytest-junit', from: 'file' },
    // The xunit1 family carries file and line; a module that fails to import must not stop the others.
    argv: ['python3', '-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', `--junitxml=${report}`, '--continue-on-collection-errors', ...(keywords.length ? ['-k', keywords.join(' or ')] : []), ...targets],
  };
}

/** `go test -run '^(?:TestA|TestB)$' ./pkg` per package: go matches top-level names, so subtests run with their parent. */
function goCommands(tests: TestSelection[], layout: Layout): RerunCommand[] {
  return [...groupBy(tests, (t) => (t.file ? layout.goModuleDir(t.file) : '')).entries()].flatMap(([moduleDir, group]) =>
    [...groupBy(group, (t) => (t.file ? posix.dirname(within(moduleDir, t.file)) : '')).entries()].map(([dir, inPackage]) => {
      const names = inPackage.every((t) => t.name) ? [...new Set(inPackage.map((t) => t.titlePath?.[0] ?? t.name!.split('.').pop()!.split('/')[0]!))] : [];
      const pkg = !dir ? './...' : dir === '.' ? '.' : `./${dir}`;
      return {
        runner: 'go test' as const, cwd: moduleDir, nodeBin: false, report: { format: 'go-json' as const, from: 'stdout' as const },
        argv: ['go', 'test', '-json', '-count=1', ...(names.length ? ['-run', `^(?:${names.map(escapeRegExp).join('|')})$`] : []), pkg],
      };
    }),
  );
}

/**
 * The commands that re-run `tests` of `runner`; `reportFile(i)` is the report path of the i-th command.
 * Tests without a file are run from the root.
 */
export function rerunCommands(runner: RerunRunner, tests: readonly TestSelection[], layout: Layout, reportFile: (index: number) => string): RerunCommand[] {
  if (tests.length === 0) return [];
  if (runner === 'pytest') return [pytestCommand([...tests], reportFile(0))];
  if (runner === 'go test') return goCommands([...tests], layout);
  const groups = groupBy(tests, (t) => (t.file ? layout.packageDir(t.file) : ''));
  return [...groups.entries()].map(([cwd, group], index) => nodeCommand(runner, cwd, group, reportFile(index)));
}
