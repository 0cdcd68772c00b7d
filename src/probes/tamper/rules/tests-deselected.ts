// Pure: test-skipped hits for a runner config the PR changed so that test files that exist at the merge-base
// (and still exist at head) are no longer collected: an exclude added, an include narrowed, a pytest
// `--ignore`/`--deselect`. Decided on the files themselves, not the patterns: a pattern that takes no
// existing test file out of the run (`exclude: ['node_modules', 'dist']`, a folder without tests) is no
// finding, whatever it says; a list the config computes (not a literal) is not judged.
import picomatch from 'picomatch';
import type { SelectionList, SelectionRole, SelectionTool, TestSelection } from '../configs/test-selection.js';
import type { Hit } from '../hit.js';
import { relativeToDir } from '../../static/paths.js';
import { holdsTests, languageOf } from '../languages/paths.js';

/** Files named in one finding; the rest are counted. */
const MAX_LISTED = 20;

type Lists = TestSelection['lists'];

/** The runners' defaults for a list the config leaves out. */
const DEFAULTS: Record<SelectionTool, Partial<Record<SelectionRole, string[]>>> = {
  vitest: { include: ['**/*.{test,spec}.?(c|m)[jt]s?(x)'], ignore: ['**/node_modules/**', '**/dist/**'] },
  jest: { match: ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'], ignoreRegex: ['/node_modules/'], roots: ['<rootDir>'] },
  mocha: { include: ['./test/*.{js,cjs,mjs}'] },
  ava: {
    include: ['test.js', 'src/test.js', 'source/test.js', '**/test-*.js', '**/*.spec.js', '**/*.test.js', '**/test/**/*.js', '**/tests/**/*.js', '**/__tests__/**/*.js'].map((g) => g.replace(/\.js$/, '.{js,cjs,mjs,ts,cts,mts,tsx}')),
    // ava never runs these as test files, whatever `files` says.
    ignore: ['**/fixtures/**', '**/helpers/**', '**/_*', '**/_*/**'],
  },
  pytest: { paths: [''], files: ['test_*.py', '*_test.py'], norecurse: ['*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}'] },
};

/** The absolute path jest matches patterns against, with `<rootDir>` standing for the config's folder. */
const ROOT = '/<rootDir>';

export function testsDeselected(base: readonly TestSelection[], head: readonly TestSelection[], baseFiles: readonly string[], gone: ReadonlySet<string>): Hit[] {
  const before = new Map(base.map((s) => [s.id, s]));
  const after = new Map(head.map((s) => [s.id, s]));
  const hits: Hit[] = [];
  // The merge-base's test files that still exist, once for every changed selection.
  const candidates = baseFiles.filter((file) => !gone.has(file) && isTestFile(file));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const now = after.get(id);
    const some = (now ?? old)!;
    const changed = changedKeys(old?.lists ?? {}, now?.lists ?? {});
    if (changed.length === 0) continue;
    const tests = candidates.filter((file) => within(file, some.dir));
    const was = collector(some.tool, old?.lists ?? {});
    const is = collector(some.tool, now?.lists ?? {});
    if (!was || !is) continue;
    const lost = tests.filter((file) => was(relativeToDir(some.dir, file)) && !is(relativeToDir(some.dir, file)));
    const testSet = new Set(tests);
    const deselected = newEntries(old?.lists.deselect, now?.lists.deselect).filter((nodeId) => nodeId.includes('::') && testSet.has(joinPath(some.dir, nodeId.split('::')[0]!)));
    if (lost.length === 0 && deselected.length === 0) continue;
    const where = now ?? old!;
    const list = changed.map((role) => where.lists[role] ?? old?.lists[role]).find(Boolean);
    const line = list?.line;
    const what = [
      ...(lost.length ? [`${lost.length} test file${lost.length === 1 ? '' : 's'} that exist${lost.length === 1 ? 's' : ''} at the merge-base no longer collected: ${lost.slice(0, MAX_LISTED).join(', ')}${lost.length > MAX_LISTED ? `, and ${lost.length - MAX_LISTED} more` : ''}`] : []),
      ...(deselected.length ? [`deselected: ${deselected.slice(0, MAX_LISTED).join(', ')}`] : []),
    ].join('; ');
    const keys = [...new Set(changed.map((role) => (now?.lists[role] ?? old?.lists[role])!.key))];
    hits.push({
      rule: 'test-skipped',
      file: where.file,
      ...(line === undefined ? {} : now ? { line } : { baseLine: line }),
      subject: `${id}\u0000${[...lost, ...deselected].join('\u0000')}`,
      message: `${some.tool} ${keys.map((k) => `\`${k}\``).join(', ')} in ${where.file} changed: ${what}.`,
      details: { tool: some.tool, settings: keys, ...(lost.length ? { files: lost.slice(0, MAX_LISTED), file_count: lost.length } : {}), ...(deselected.length ? { deselected: deselected.slice(0, MAX_LISTED) } : {}), ...(now ? {} : { side: 'base' }) },
    });
  }
  return hits;
}

function changedKeys(old: Lists, now: Lists): SelectionRole[] {
  const roles = new Set([...Object.keys(old), ...Object.keys(now)] as SelectionRole[]);
  return [...roles].filter((role) => JSON.stringify(old[role] ? [old[role].entries, old[role].computed] : null) !== JSON.stringify(now[role] ? [now[role].entries, now[role].computed] : null));
}

function newEntries(old: SelectionList | undefined, now: SelectionList | undefined): string[] {
  const had = new Set(old?.entries ?? []);
  return (now?.entries ?? []).filter((entry) => !had.has(entry));
}

function isTestFile(path: string): boolean {
  const language = languageOf(path);
  return (language === 'javascript' || language === 'python') && holdsTests(path, language);
}

/** Whether `file` is `dir` or lies under it (`''` is the repository root). */
function within(file: string, dir: string): boolean {
  return dir === '' || file === dir || file.startsWith(`${dir}/`);
}

function joinPath(dir: string, path: string): string {
  const clean = path.replace(/^\.\//, '');
  return dir === '' ? clean : `${dir}/${clean}`;
}

/**
 * Whether the runner collects a file (path relative to the config's folder) under these lists; undefined
 * when it cannot be told: a selecting list (include, testMatch, roots, testpaths) the config computes, or a
 * pattern that is not a valid regular expression.
 */
function collector(tool: SelectionTool, lists: Lists): ((file: string) => boolean) | undefined {
  const selecting: SelectionRole[] = ['include', 'match', 'regex', 'roots', 'paths', 'files'];
  if (selecting.some((role) => lists[role]?.computed)) return undefined;
  const entries = (role: SelectionRole): string[] | undefined => lists[role]?.entries ?? DEFAULTS[tool][role];
  const globs = (patterns: string[] | undefined, options: picomatch.PicomatchOptions = {}) => (patterns?.length ? picomatch(patterns.map((p) => p.replace(/^\.\//, '')), { dot: true, ...options }) : () => false);
  try {
    switch (tool) {
      case 'vitest': {
        const include = globs(entries('include'));
        const ignore = globs(entries('ignore'));
        return (file) => include(file) && !ignore(file);
      }
      case 'ava': {
        const include = globs(entries('include'));
        const ignore = globs([...(lists.ignore?.entries ?? []), ...DEFAULTS.ava.ignore!]);
        return (file) => include(file) && !ignore(file);
      }
      case 'mocha': {
        // A folder in `spec` is its files (mocha is not recursive unless told).
        const include = globs(entries('include')?.map((p) => (/[*?{[]/.test(p) || /\.\w+$/.test(p) ? p : `${p.replace(/\/$/, '')}/*`)));
        const ignore = globs(entries('ignore'));
        return (file) => include(file) && !ignore(file);
      }
      case 'jest': {
        const absolute = (p: string) => p.replaceAll('<rootDir>', ROOT);
        const roots = entries('roots')!.map((r) => absolute(r).replace(/\/$/, ''));
        const match = lists.regex && !lists.match ? undefined : globs(entries('match')!.map(absolute));
        const regexes = (lists.regex && !lists.match ? lists.regex.entries : []).map((r) => new RegExp(r));
        const ignore = entries('ignoreRegex')!.map((r) => new RegExp(absolute(r)));
        return (file) => {
          const path = `${ROOT}/${file}`;
          if (!roots.some((root) => path.startsWith(`${root}/`))) return false;
          if (match ? !match(path) : !regexes.some((r) => r.test(path))) return false;
          return !ignore.some((r) => r.test(path));
        };
      }
      case 'pytest': {
        const paths = entries('paths')!.map((p) => p.replace(/^\.\/?/, '').replace(/\/$/, ''));
        const names = globs(entries('files'), { basename: true });
        const norecurse = globs(entries('norecurse'));
        const ignorePaths = (lists.ignorePaths?.entries ?? []).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
        const ignoreGlobs = globs(lists.ignoreGlobs?.entries);
        const deselected = new Set((lists.deselect?.entries ?? []).filter((id) => !id.includes('::')).map((p) => p.replace(/^\.\//, '')));
        return (file) => {
          if (!paths.some((dir) => within(file, dir)) || !names(file)) return false;
          if (file.split('/').slice(0, -1).some((segment) => norecurse(segment))) return false;
          return !ignorePaths.some((dir) => within(file, dir)) && !ignoreGlobs(file) && !deselected.has(file);
        };
      }
    }
  } catch {
    return undefined;
  }
}
