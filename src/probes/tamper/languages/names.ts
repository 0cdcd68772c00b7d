// Pure: what the name readers of each language (js-names.ts, py-names.ts) say about a file, so one rule
// (rules/subject-removed.ts) can tell a test deleted with the function it tested from one whose subject stays.

/** What a module offers. `open`: it re-exports another module whole (`export * from`, `from x import *`), so any name may be there. */
export interface ModuleNames {
  names: Set<string>;
  open: boolean;
}

/** A binding of the test file taken from a module: `imported` is the exported name, `default`, or `*` (the namespace). */
export interface ImportedBinding {
  specifier: string;
  imported: string;
  local: string;
}

export interface TestFileNames {
  imports: ImportedBinding[];
  /** Names each declaration of the file uses, by the name it declares (helpers: `const strip = (s) => stripColor(s)`). */
  helpers: Map<string, Set<string>>;
  /** Names used by the test declared on a line: `x`, and `ns.x` for members of a namespace. */
  usedOnLine(line: number): Set<string>;
}
