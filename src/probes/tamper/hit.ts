// Pure: what a tamper rule reports, before severities, the allow-list and fingerprints are applied.
import type { Severity } from '../../types.js';
import type { SourceFacts } from './facts.js';
import type { Language } from './languages/paths.js';

export const RULE_IDS = [
  'test-removed',
  'test-skipped',
  'test-focused',
  'suppression-added',
  'threshold-lowered',
  'check-disabled',
  'tree-modified',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Hit {
  rule: RuleId;
  file: string;
  /** Head line the PR touched. */
  line?: number;
  /** Base line, for what the PR removed. */
  baseLine?: number;
  message: string;
  /** What the finding is about, for its fingerprint: never a line number, so unrelated edits do not move it. */
  subject: string;
  /** A severity this hit has whatever the rule's setting (a removed test whose module went too: info). */
  severity?: Severity;
  details?: Record<string, unknown>;
}

/** One changed source file, both sides analysed. */
export interface SourceChange {
  /** Head path; the base path for a deleted file. */
  path: string;
  /** Path at the merge-base; undefined for an added file. */
  basePath?: string;
  deleted: boolean;
  language: Language;
  base?: SourceFacts;
  head?: SourceFacts;
  /** Whether the PR added (or changed) this head line. */
  added(line: number): boolean;
  /** Text of a head line, trimmed ('' beyond the end). */
  headLine(line: number): string;
}
