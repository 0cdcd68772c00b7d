// Hand-made inputs for the pure rule tests.
import type { Marker, SourceFacts, Suppression, TestCase } from '../../../../src/probes/tamper/facts.js';
import type { SourceChange } from '../../../../src/probes/tamper/hit.js';

export function testCase(name: string, line: number, body: string, markers: Marker[] = [], suite = false): TestCase {
  return { name, line, body, suite, markers };
}

export function facts(tests: TestCase[] = [], suppressions: Suppression[] = [], imports: string[] = []): SourceFacts {
  return { tests, suppressions, imports };
}

/** A changed source file; `added` lists the head lines the PR touched (default: every line). */
export function change(init: {
  path: string;
  basePath?: string;
  deleted?: boolean;
  language?: SourceChange['language'];
  base?: SourceFacts;
  head?: SourceFacts;
  added?: number[];
  lines?: string[];
}): SourceChange {
  const added = init.added ? new Set(init.added) : undefined;
  return {
    path: init.path,
    ...(init.basePath ? { basePath: init.basePath } : {}),
    deleted: init.deleted ?? false,
    language: init.language ?? 'javascript',
    ...(init.base ? { base: init.base } : {}),
    ...(init.head ? { head: init.head } : {}),
    added: (line) => (added ? added.has(line) : true),
    headLine: (line) => init.lines?.[line - 1]?.trim() ?? '',
  };
}
