// Pure: whether the PR deleted the module a test file tested (then its removed tests are info, not high).
import type { SourceChange } from '../hit.js';

const JS_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** The deleted module's path, or undefined. */
export function importedModuleDeleted(source: SourceChange, deleted: ReadonlySet<string>): string | undefined {
  const path = source.basePath ?? source.path;
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  switch (source.language) {
    case 'javascript':
      for (const specifier of source.base?.imports ?? []) {
        const hit = resolveJsImport(path, specifier, deleted);
        if (hit) return hit;
      }
      return undefined;
    case 'python':
      for (const module of source.base?.imports ?? []) {
        const hit = resolvePythonImport(path, module, deleted);
        if (hit) return hit;
      }
      return undefined;
    case 'go':
      // Package code lives beside its tests: a deleted non-test file of the same directory.
      for (const deletedPath of deleted) {
        if (deletedPath.endsWith('.go') && !deletedPath.endsWith('_test.go') && dirname(deletedPath) === dir) return deletedPath;
      }
      return undefined;
    case 'rust':
      // Unit tests live in the module they test: deleting the file deletes both.
      return source.deleted && !/(?:^|\/)tests\//.test(path) ? path : undefined;
    case 'java': {
      const subject = /(\w+?)(?:Tests?|IT)\.java$/.exec(path)?.[1];
      if (!subject) return undefined;
      for (const deletedPath of deleted) if (deletedPath.endsWith(`/${subject}.java`) || deletedPath === `${subject}.java`) return deletedPath;
      return undefined;
    }
  }
}

/**
 * The repository file among `paths` that a JS import of `from` names: a relative specifier, or a path
 * alias (`@/x`, `~/x`, `#/x`) or baseUrl import (`src/x`) matched by its path's end. Undefined for packages.
 */
export function resolveJsImport(from: string, specifier: string, paths: ReadonlySet<string>): string | undefined {
  const bare = specifier.replace(/\.[cm]?js$/, '');
  if (specifier.startsWith('.')) {
    const target = normalise(dirname(from), bare);
    return JS_EXTENSIONS.map((ext) => target + ext).find((candidate) => paths.has(candidate));
  }
  if (!/^(?:[@~#]\/|src\/|lib\/|app\/)/.test(specifier)) return undefined;
  const tail = bare.replace(/^[@~#]\//, '');
  return [...paths].find((path) => JS_EXTENSIONS.some((ext) => path === tail + ext || path.endsWith(`/${tail}${ext}`)));
}

/** The repository file among `paths` a Python import of `from` names (`a.b`, `.b`, `..a.b`): `b.py` or `b/__init__.py`; absolute ones by their path's end. */
export function resolvePythonImport(from: string, module: string, paths: ReadonlySet<string>): string | undefined {
  const relative = /^(\.+)(.*)$/.exec(module);
  const base = relative ? normalise(dirname(from), '../'.repeat(relative[1]!.length - 1) || '.') : '';
  const tail = (relative ? relative[2]! : module).replace(/\./g, '/');
  const stem = relative ? (base && tail ? `${base}/${tail}` : base || tail) : tail;
  for (const path of paths) {
    for (const candidate of [`${stem}.py`, `${stem}/__init__.py`]) {
      if (path === candidate || (!relative && path.endsWith(`/${candidate}`))) return path;
    }
  }
  return undefined;
}

function dirname(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** Joins a relative specifier to a directory and resolves `.` and `..`. */
function normalise(dir: string, specifier: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
