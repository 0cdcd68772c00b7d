// conan.lock: Conan 2 (`requires`, `build_requires`, `python_requires` lists of `name/version[@user/channel]
// [#revision[%timestamp]]`) and Conan 1 (`graph_lock.nodes`, each with a `ref`; node 0 is the consumer).
// Packages are ConanCenter's, as OSV names them.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { parseJsonObject } from './json.js';
import { matchingLines } from './lines.js';
import { expectKind, optional, optionalList, required } from './shape.js';

export function parseConanLock(text: string): Package[] {
  const lock = parseJsonObject(text, 'conan.lock');
  const lines = matchingLines(text, /"(?:ref"\s*:\s*")?([^"/\s]+\/[^"\s]+)"/);
  const graph = optional(lock, 'graph_lock', 'object', []);
  if (graph) {
    const nodes = required(graph, 'nodes', 'object', ['graph_lock']);
    return Object.entries(nodes).flatMap(([id, value]) => {
      const where = ['graph_lock', 'nodes', id];
      const node = expectKind(value, 'object', where);
      const ref = optional(node, 'ref', 'string', where) ?? optional(node, 'pref', 'string', where);
      // The consumer (conanfile.py or .txt) has a path and, at most, its own name: it is not a package.
      if (ref === undefined || optional(node, 'path', 'string', where) !== undefined) return [];
      const pkg = fromReference(ref, lines);
      return pkg ? [{ ...pkg, dev: optional(node, 'context', 'string', where) === 'build' ? true : undefined }] : [];
    });
  }
  if (!['requires', 'build_requires', 'python_requires'].some((key) => key in lock)) {
    throw new LockfileParseError('neither "graph_lock" nor "requires" found: not a conan.lock');
  }
  return ['requires', 'build_requires', 'python_requires'].flatMap((key) =>
    optionalList(lock, key, 'string', []).flatMap((ref) => {
      const pkg = fromReference(ref, lines);
      return pkg ? [{ ...pkg, dev: key === 'build_requires' ? true : undefined }] : [];
    }),
  );
}

function fromReference(ref: string, lines: Map<string, number>): Package | undefined {
  const match = /^([^/@#\s]+)\/([^@#\s]+)/.exec(ref);
  if (!match) return undefined;
  return { ecosystem: 'ConanCenter', name: match[1] as string, version: match[2] as string, line: lines.get(ref) };
}
