// Pure: what the tamper rules need to know about one version of a source file, whatever its language.
import { lineOf, lineStarts } from '../../core/text.js';

export type MarkerKind = 'skip' | 'focus';

/** A skip or focus marker on a test, a suite or a whole file (`it.skip`, `@pytest.mark.xfail`, `t.Skip`...). */
export interface Marker {
  kind: MarkerKind;
  /** The marker as written, normalised (`it.skip`, `@pytest.mark.xfail`, `t.Skip`, `#[ignore]`). */
  text: string;
  line: number;
  /** A planned test without a body (`it.todo`): skipped, never focused. */
  todo?: boolean;
}

export interface TestCase {
  /** Full name: enclosing suites, modules or classes joined with ` > `. */
  name: string;
  /** Declaration line (1-based). */
  line: number;
  /** The body with whitespace removed: equal bodies mean the same test under another name or file. */
  body: string;
  /** A suite (describe, test class, module) rather than a case; suites are not counted as removed tests. */
  suite: boolean;
  markers: Marker[];
}

/** A lint or type-check suppression (`eslint-disable-next-line`, `# noqa`, `#[allow(...)]`...). */
export interface Suppression {
  /** The directive as written, whitespace collapsed. */
  text: string;
  /** What it is (`eslint-disable-next-line`, `nolint`, `#[allow]`) and the rules it names (none: all). */
  kind: string;
  codes: string[];
  line: number;
}

export interface SourceFacts {
  tests: TestCase[];
  suppressions: Suppression[];
  /** Module specifiers the file imports (relative paths for JS, dotted names for Python). */
  imports: string[];
}

export const NO_FACTS: SourceFacts = { tests: [], suppressions: [], imports: [] };

/**
 * Whitespace removed: the form in which two bodies are compared. An empty body (`{}`, `: pass`) is ''
 * (no identity), so two placeholder tests never count as the same test.
 */
export function bodyKey(text: string): string {
  const key = text.replace(/\s+/g, '');
  const inner = key.replace(/^:/, '').replace(/^\{(.*)\}$/s, '$1');
  return inner === '' || inner === 'pass' || inner === '...' ? '' : key;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** 1-based line of each offset, by binary search over the line starts of `text`. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => lineOf(starts, offset) + 1;
}
