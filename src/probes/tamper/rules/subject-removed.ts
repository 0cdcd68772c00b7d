// Pure: whether a removed JS/TS or Python test went with the code it tested although the module stays: the
// test (or a helper of its file that it uses) uses a name the test file imported from a repository module,
// and the PR removes that name from the module (declared or exported at the merge-base, no longer at head).
// A test deleted while what it uses stays is not excused.
import type { TestCase } from '../facts.js';
import type { SourceChange } from '../hit.js';
import { jsModuleNames, jsTestFileNames } from '../languages/js-names.js';
import type { ModuleNames, TestFileNames } from '../languages/names.js';
import type { Language } from '../languages/paths.js';
import { pyModuleNames, pyTestFileNames } from '../languages/py-names.js';
import { resolveJsImport, resolvePythonImport } from './module-deleted.js';

interface NamesReader {
  module(text: string, path: string): ModuleNames;
  testFile(text: string, path: string): TestFileNames;
  resolve(from: string, specifier: string, paths: ReadonlySet<string>): string | undefined;
}

/** Languages whose tests import what they test by name (Go, Rust and Java tests sit with their code). */
const READERS: Partial<Record<Language, NamesReader>> = {
  javascript: { module: jsModuleNames, testFile: jsTestFileNames, resolve: resolveJsImport },
  python: { module: (text) => pyModuleNames(text), testFile: (text) => pyTestFileNames(text), resolve: resolvePythonImport },
};

/** Both sides of a changed file, by its merge-base path. */
export interface SideTexts {
  base?: string;
  head?: string;
}

export interface RemovedSubject {
  /** The module the names were removed from. */
  module: string;
  names: string[];
}

export type SubjectRemoved = (source: SourceChange, test: TestCase) => RemovedSubject | undefined;

/** What each local name of a test file stands for when the PR removed it: the module and the removed name. */
type RemovedLocals = Map<string, { module: string; name: string }>;

/** `texts`: the changed files' texts by merge-base path. Files and modules are parsed once, when first asked. */
export function subjectRemoved(texts: ReadonlyMap<string, SideTexts>): SubjectRemoved {
  const paths = new Set(texts.keys());
  const removedFrom = new Map<string, Set<string> | undefined>();
  const removedIn = (reader: NamesReader, module: string): Set<string> | undefined => {
    if (!removedFrom.has(module)) removedFrom.set(module, removedNames(reader, module, texts.get(module)));
    return removedFrom.get(module);
  };
  const localsOf = new Map<string, { file: TestFileNames; removed: RemovedLocals } | undefined>();
  const locals = (reader: NamesReader, path: string): { file: TestFileNames; removed: RemovedLocals } | undefined => {
    if (!localsOf.has(path)) localsOf.set(path, readLocals(reader, path));
    return localsOf.get(path);
  };
  const readLocals = (reader: NamesReader, path: string): { file: TestFileNames; removed: RemovedLocals } | undefined => {
    const text = texts.get(path)?.base;
    const file = text === undefined ? undefined : attempt(() => reader.testFile(text, path));
    if (!file) return undefined;
    const removed: RemovedLocals = new Map();
    for (const binding of file.imports) {
      const module = reader.resolve(path, binding.specifier, paths);
      const gone = module ? removedIn(reader, module) : undefined;
      if (!module || !gone) continue;
      if (binding.imported === '*') for (const name of gone) removed.set(`${binding.local}.${name}`, { module, name });
      else if (gone.has(binding.imported)) removed.set(binding.local, { module, name: binding.imported });
    }
    return { file, removed: withHelpers(removed, file.helpers) };
  };

  return (source, test) => {
    const reader = READERS[source.language];
    if (!reader || !source.basePath) return undefined;
    const found = locals(reader, source.basePath);
    if (!found || found.removed.size === 0) return undefined;
    const hits = [...found.file.usedOnLine(test.line)].flatMap((name) => {
      const hit = found.removed.get(name);
      return hit ? [hit] : [];
    });
    if (hits.length === 0) return undefined;
    return { module: hits[0]!.module, names: [...new Set(hits.filter((h) => h.module === hits[0]!.module).map((h) => h.name))].sort() };
  };
}

/** Names the module offers at the merge-base and no longer at head; undefined when it cannot be told. */
function removedNames(reader: NamesReader, path: string, texts: SideTexts | undefined): Set<string> | undefined {
  if (texts?.base === undefined || texts.head === undefined) return undefined;
  const { base, head } = texts;
  const before = attempt(() => reader.module(base, path));
  const after = attempt(() => reader.module(head, path));
  if (!before || !after || after.open) return undefined;
  const gone = new Set([...before.names].filter((name) => !after.names.has(name)));
  return gone.size > 0 ? gone : undefined;
}

/** A helper of the test file that uses a removed name stands for it too (to a fixed point: helpers of helpers). */
function withHelpers(removed: RemovedLocals, helpers: ReadonlyMap<string, ReadonlySet<string>>): RemovedLocals {
  if (removed.size === 0) return removed;
  let grew = true;
  while (grew) {
    grew = false;
    for (const [helper, uses] of helpers) {
      if (removed.has(helper)) continue;
      const via = [...uses].map((name) => removed.get(name)).find((hit) => hit !== undefined);
      if (via) {
        removed.set(helper, via);
        grew = true;
      }
    }
  }
  return removed;
}

/** A text the parser rejects tells nothing: no excuse is made from it. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
