// Pure: test cases present at the merge-base and gone at head. A case still found elsewhere at head (same
// name in its file, the same body under any name or file, or its name newly appearing in another file) was
// moved or renamed, not removed. A case of a file the runners collect by its name (`*.test.ts`) counts as
// found only in such files: renamed to `x.ts`, its text stays but no runner runs it. When the PR also
// deletes the module the test file imported, or removes from it the names the case uses, the case went
// with the code it tested: info.
import type { TestCase } from '../facts.js';
import type { Hit, SourceChange } from '../hit.js';
import { collectedByName } from '../languages/collected.js';
import { importedModuleDeleted } from './module-deleted.js';
import type { SubjectRemoved } from './subject-removed.js';

/** Where head cases are: bodies anywhere, and leaf names of cases new in their file (moved in from elsewhere). */
interface HeadCases {
  bodies: Set<string>;
  arrivedNames: Set<string>;
}

/** `subjectRemoved`: whether the PR removed the names a case used from the module it imported them from. */
export function testRemoved(sources: readonly SourceChange[], deletedPaths: ReadonlySet<string>, subjectRemoved?: SubjectRemoved): Hit[] {
  const everywhere = headCases(sources);
  const collected = headCases(sources.filter((source) => collectedByName(source.path, source.language)));

  const hits: Hit[] = [];
  for (const source of sources) {
    if (!source.base || !source.basePath) continue;
    // A file collected by name must stay so for its cases to keep running.
    const byName = collectedByName(source.basePath, source.language);
    const stillCollected = !byName || collectedByName(source.path, source.language);
    const headTests = cases(source.head?.tests);
    const remaining = countNames(stillCollected ? headTests : []);
    const textStays = countNames(headTests);
    const found = byName ? collected : everywhere;
    const moduleGone = importedModuleDeleted(source, deletedPaths);
    for (const test of cases(source.base.tests)) {
      const left = remaining.get(test.name) ?? 0;
      if (left > 0) {
        remaining.set(test.name, left - 1);
        continue;
      }
      if (isFound(test, found)) continue;
      if (byName && ((textStays.get(test.name) ?? 0) > 0 || isFound(test, everywhere))) {
        hits.push(uncollected(source, test, stillCollected ? undefined : source.path));
        continue;
      }
      const where = source.deleted ? `deleted with ${source.basePath}` : `deleted from ${source.basePath}`;
      const hit = { rule: 'test-removed' as const, file: source.basePath, baseLine: test.line, subject: test.name };
      const namesGone = moduleGone ? undefined : subjectRemoved?.(source, test);
      if (moduleGone) {
        hits.push({ ...hit, message: `Test \`${test.name}\` ${where}, together with ${moduleGone}, the module it tested.`, severity: 'info', details: { module_deleted: moduleGone } });
      } else if (namesGone) {
        const names = namesGone.names.map((name) => `\`${name}\``).join(', ');
        hits.push({ ...hit, message: `Test \`${test.name}\` ${where}, together with ${names}, which the PR removes from ${namesGone.module}.`, severity: 'info', details: { module: namesGone.module, names_removed: namesGone.names } });
      } else {
        hits.push({ ...hit, message: `Test \`${test.name}\` ${where} and not found elsewhere in the PR: a removed test no longer guards the code it checked.` });
      }
    }
  }
  return hits;
}

/** A case whose text is still at head, but only in files no runner collects by default. */
function uncollected(source: SourceChange, test: TestCase, renamedTo: string | undefined): Hit {
  const basePath = source.basePath!;
  return {
    rule: 'test-removed',
    file: basePath,
    baseLine: test.line,
    subject: test.name,
    message: renamedTo
      ? `Test \`${test.name}\` no longer runs: ${basePath} was renamed to ${renamedTo}, a name test runners do not collect by default.`
      : `Test \`${test.name}\` no longer runs: it moved from ${basePath} into a file whose name test runners do not collect by default.`,
    details: { not_collected: true, ...(renamedTo ? { renamed_to: renamedTo } : {}) },
  };
}

function headCases(sources: readonly SourceChange[]): HeadCases {
  const found: HeadCases = { bodies: new Set(), arrivedNames: new Set() };
  for (const source of sources) {
    const before = new Set((source.base?.tests ?? []).map((t) => t.name));
    for (const test of cases(source.head?.tests)) {
      if (test.body) found.bodies.add(test.body);
      if (!before.has(test.name)) found.arrivedNames.add(leaf(test.name));
    }
  }
  return found;
}

function isFound(test: TestCase, found: HeadCases): boolean {
  return (test.body !== '' && found.bodies.has(test.body)) || found.arrivedNames.has(leaf(test.name));
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
