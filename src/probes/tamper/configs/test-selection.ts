// Pure: which test files a runner's config collects, as its own setting kind (not a strength, a set):
// vitest/vite `test.include`/`test.exclude`, jest `testMatch`/`testRegex`/`testPathIgnorePatterns`/`roots`,
// mocha `spec`/`ignore`, ava `files` (`!` entries exclude), pytest `testpaths`/`python_files`/
// `norecursedirs` and `addopts` `--ignore`/`--ignore-glob`/`--deselect`. Only literal entries are read: a
// computed one (`...configDefaults.exclude`) is the tool's default, never guessed.
import type { ConfigDocument, ConfigObject } from './document.js';
import { iniSection } from './python-sections.js';
import { JEST_CONFIG, nameOf, VITEST_CONFIG } from './paths.js';
import { dirOf } from './settings.js';
import { at, isObject, lineIn, objectsWithKey, stringsOf } from './walk.js';

export type SelectionTool = 'vitest' | 'jest' | 'mocha' | 'ava' | 'pytest';

/** One list the config sets, as written, with the line of its key. */
export interface SelectionList {
  /** The key as the user reads it: `test.exclude`, `testPathIgnorePatterns`, `addopts --ignore`. */
  key: string;
  entries: string[];
  /** Some entry (or the whole value) is computed: only the literal entries are known. */
  computed?: boolean;
  line?: number;
}

export interface TestSelection {
  tool: SelectionTool;
  /** Identity across base and head: the config's folder and the tool. */
  id: string;
  /** The folder the runner's patterns are relative to. */
  dir: string;
  file: string;
  /** The lists the config sets, by their role; a role the config leaves out is the runner's default. */
  lists: Partial<Record<SelectionRole, SelectionList>>;
}

/**
 * Roles of the lists: `include` globs (vitest, mocha `spec`, ava), `match` jest globs, `regex` jest
 * `testRegex`, `roots` jest roots, `ignore` globs (vitest, mocha, ava `!`), `ignoreRegex` jest,
 * `paths` pytest `testpaths`, `files` pytest `python_files`, `norecurse` pytest `norecursedirs`,
 * `ignorePaths` pytest `--ignore`, `ignoreGlobs` pytest `--ignore-glob`, `deselect` pytest node ids.
 */
export type SelectionRole = 'include' | 'match' | 'regex' | 'roots' | 'ignore' | 'ignoreRegex' | 'paths' | 'files' | 'norecurse' | 'ignorePaths' | 'ignoreGlobs' | 'deselect';

export function testSelections(path: string, document: ConfigDocument): TestSelection[] {
  const name = nameOf(path);
  const dir = dirOf(path);
  const out: TestSelection[] = [];
  const add = (tool: SelectionTool, lists: TestSelection['lists'], project = ''): void => {
    if (Object.keys(lists).length > 0) out.push({ tool, id: `${dir}|${tool}${project ? `|${project}` : ''}`, dir, file: path, lists });
  };
  const list = (owner: ConfigObject, key: string, shown: string, keep: (entry: string) => boolean = () => true): SelectionList | undefined => {
    if (!(key in owner)) return undefined;
    const line = lineIn(document, owner, key);
    const value = owner[key];
    const computed = !(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')));
    return { key: shown, entries: (typeof value === 'string' ? [value] : stringsOf(value)).filter(keep), ...(computed ? { computed } : {}), ...(line === undefined ? {} : { line }) };
  };
  const defined = <T>(entries: Array<[SelectionRole, T | undefined]>): Partial<Record<SelectionRole, T>> => Object.fromEntries(entries.filter(([, v]) => v !== undefined));

  if (document.format === 'ini') {
    for (const section of ['pytest', 'tool:pytest']) {
      if (section === 'pytest' && !/^(?:pytest|tox)\.ini$/.test(name)) continue;
      const options = iniSection(document, section);
      if (!options) continue;
      const value = (key: string): SelectionList | undefined => {
        const entry = options.get(key);
        return entry ? { key, entries: entry.value.split(/\s+/).filter(Boolean), line: entry.line } : undefined;
      };
      const addopts = options.get('addopts');
      add('pytest', { ...defined([['paths', value('testpaths')], ['files', value('python_files')], ['norecurse', value('norecursedirs')]]), ...(addopts ? pytestAddopts(addopts.value, addopts.line) : {}) });
    }
    return out;
  }
  const root = document.root;
  if (name === 'pyproject.toml') {
    const options = at(root, 'tool', 'pytest', 'ini_options');
    if (isObject(options)) {
      const addopts = options['addopts'];
      const text = Array.isArray(addopts) ? addopts.filter((a) => typeof a === 'string').join(' ') : typeof addopts === 'string' ? addopts : '';
      add('pytest', {
        ...defined([['paths', list(options, 'testpaths', 'testpaths')], ['files', list(options, 'python_files', 'python_files')], ['norecurse', list(options, 'norecursedirs', 'norecursedirs')]]),
        ...pytestAddopts(text, lineIn(document, options, 'addopts')),
      });
    }
    return out;
  }
  const fromPackage = name === 'package.json';
  // vitest/vite: `test: { include, exclude }`, in the config or in each workspace project.
  if (VITEST_CONFIG.test(name)) {
    const tests = objectsWithKey(root, 'test').map(({ value }) => value).filter(isObject);
    tests.forEach((value, index) => {
      // Workspace projects are told apart by their name, else their order.
      const project = typeof value['name'] === 'string' ? value['name'] : tests.length > 1 ? String(index) : '';
      add('vitest', defined([['include', list(value, 'include', 'test.include')], ['ignore', list(value, 'exclude', 'test.exclude')]]), project);
    });
  }
  const jest = fromPackage ? at(root, 'jest') : JEST_CONFIG.test(name) ? root : undefined;
  if (isObject(jest)) {
    add('jest', defined([['match', list(jest, 'testMatch', 'testMatch')], ['regex', list(jest, 'testRegex', 'testRegex')], ['ignoreRegex', list(jest, 'testPathIgnorePatterns', 'testPathIgnorePatterns')], ['roots', list(jest, 'roots', 'roots')]]));
  }
  const mocha = fromPackage ? at(root, 'mocha') : /^\.mocharc\./.test(name) ? root : undefined;
  if (isObject(mocha)) {
    add('mocha', defined([['include', list(mocha, 'spec', 'spec')], ['ignore', list(mocha, 'ignore', 'ignore') ?? list(mocha, 'exclude', 'exclude')]]));
  }
  const ava = fromPackage ? at(root, 'ava') : /^ava\.config\./.test(name) ? root : undefined;
  if (isObject(ava) && 'files' in ava) {
    const positive = list(ava, 'files', 'files', (entry) => !entry.startsWith('!'));
    const negative = list(ava, 'files', 'files', (entry) => entry.startsWith('!'));
    add('ava', defined([['include', positive?.entries.length ? positive : undefined], ['ignore', negative?.entries.length ? { ...negative, entries: negative.entries.map((e) => e.slice(1)) } : undefined]]));
  }
  return out;
}

/** `--ignore`, `--ignore-glob` and `--deselect` in a pytest command line (`--opt=v` and `--opt v`). */
function pytestAddopts(text: string, line: number | undefined): Partial<Record<SelectionRole, SelectionList>> {
  const words = text.split(/\s+/).filter(Boolean).map((w) => w.replace(/^["']|["']$/g, ''));
  const found: Partial<Record<SelectionRole, SelectionList>> = {};
  const options: Array<[string, SelectionRole]> = [['--ignore', 'ignorePaths'], ['--ignore-glob', 'ignoreGlobs'], ['--deselect', 'deselect']];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    for (const [option, role] of options) {
      const value = word === option ? words[++index] : word.startsWith(`${option}=`) ? word.slice(option.length + 1) : undefined;
      if (value === undefined) continue;
      const list = (found[role] ??= { key: `addopts ${option}`, entries: [], ...(line === undefined ? {} : { line }) });
      list.entries.push(value);
    }
  }
  return found;
}
