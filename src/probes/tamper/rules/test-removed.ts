// Pure: test cases present at the merge-base and gone at head. A case still found elsewhere at head (same
// name in its file, the same body under any name or file, or its name newly appearing in another file) was
// moved or renamed, not removed. When the PR also deletes the module the test file imported, the case went
// with the code it tested: info.
import type { TestCase } from '../facts.js';
import type { Hit, SourceChange } from '../hit.js';
import { importedModuleDeleted } from './module-deleted.js';

export function testRemoved(sources: readonly SourceChange[], deletedPaths: ReadonlySet<string>): Hit[] {
  const headBodies = new Set<string>();
  /** Leaf names of head cases that are new in their file (moved in from elsewhere). */
  const arrivedNames = new Set<string>();
  for (const source of sources) {
    const before = new Set((source.base?.tests ?? []).map((t) => t.name));
    for (const test of cases(source.head?.tests)) {
      if (test.body) headBodies.add(test.body);
      if (!before.has(test.name)) arrivedNames.add(leaf(test.name));
    }
  }

  const hits: Hit[] = [];
  for (const source of sources) {
    if (!source.base || !source.basePath) continue;
    const remaining = countNames(cases(source.head?.tests));
    const moduleGone = importedModuleDeleted(source, deletedPaths);
    for (const test of cases(source.base.tests)) {
      const left = remaining.get(test.name) ?? 0;
      if (left > 0) {
        remaining.set(test.name, left - 1);
        continue;
      }
      if ((test.body && headBodies.has(test.body)) || arrivedNames.has(leaf(test.name))) continue;
      const where = source.deleted ? `deleted with ${source.basePath}` : `deleted from ${source.basePath}`;
      hits.push({
        rule: 'test-removed',
        file: source.basePath,
        baseLine: test.line,
        subject: test.name,
        message: moduleGone
          ? `Test \`${test.name}\` ${where}, together with ${moduleGone}, the module it tested.`
          : `Test \`${test.name}\` ${where} and not found elsewhere in the PR: a removed test no longer guards the code it checked.`,
        ...(moduleGone ? { severity: 'info' as const, details: { module_deleted: moduleGone } } : {}),
      });
    }
  }
  return hits;
}

/** Test cases with a body: suites are containers and `it.todo` plans are not tests yet. */
function cases(tests: readonly TestCase[] | undefined): TestCase[] {
  return (tests ?? []).filter((t) => !t.suite && !t.markers.some((m) => m.todo));
}

function countNames(tests: readonly TestCase[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const test of tests) counts.set(test.name, (counts.get(test.name) ?? 0) + 1);
  return counts;
}

function leaf(name: string): string {
  const at = name.lastIndexOf(' > ');
  return at < 0 ? name : name.slice(at + 3);
}
