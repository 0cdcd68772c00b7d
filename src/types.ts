// Shared vocabulary of the gate. Allowed values are declared once and reused for types and validation.
import type { Finding } from './evidence/schema.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A probe's id: the built-in ones are listed in the registry (src/probes/index.ts); embedders add their own. */
export type ProbeId = string;

export const PROBE_STATUSES = ['pass', 'fail', 'inconclusive', 'skipped', 'error'] as const;
export type ProbeStatus = (typeof PROBE_STATUSES)[number];

export const VERDICTS = ['VERIFIED', 'CONCERNS', 'BLOCKED', 'ERROR'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type ExitCode = 0 | 1 | 2 | 3;

/** One slice of a sharded run: `--shard I/N`, 1 <= index <= total. */
export interface Shard {
  index: number;
  total: number;
}

/** Where the applied policy came from (contract: "Policy comes from the base"). */
export const POLICY_SOURCES = ['merge-base', 'head', 'file', 'defaults'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

/** One problem a probe found (its shape is the evidence schema's). `blocking` is the probe's own judgement; the policy may only relax it. */
export type { Finding };

/** A finding as a probe returns it: the engine fills in `probe`. */
export type ProbeFinding = Omit<Finding, 'probe'>;

export interface ProbeOutcome {
  status: ProbeStatus;
  summary: string;
  findings?: ProbeFinding[];
  /** Probe-specific details, copied into evidence (redacted). */
  details?: Record<string, unknown>;
}

export interface ProbeResult {
  id: ProbeId;
  title: string;
  status: ProbeStatus;
  summary: string;
  duration_ms: number;
  findings: Finding[];
  details: Record<string, unknown>;
  /** For a probe that runs PR code: what it changed in HEAD, the index and the tracked tree (engine-owned). */
  tree_changes?: TreeChange[];
}

/** What running PR code did to one tracked path, or to HEAD (path `HEAD`, change `head-moved`). */
export const TREE_CHANGE_KINDS = ['added', 'modified', 'deleted', 'mode', 'unstaged', 'head-moved'] as const;
export type TreeChangeKind = (typeof TREE_CHANGE_KINDS)[number];
export interface TreeChange {
  /** Repository-relative path, or `HEAD`. */
  path: string;
  change: TreeChangeKind;
}

// ---------------------------------------------------------------- diff

export const FILE_STATUSES = ['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** Inclusive 1-based line range in the new version of a file. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  path: string;
  /** For renames and copies: the path at the merge-base. */
  oldPath?: string;
  status: FileStatus;
  binary: boolean;
  added: number;
  removed: number;
  /** Lines of the new file that the PR added (empty for deleted and binary files). */
  addedRanges: LineRange[];
}

export interface DiffResult {
  baseRef: string;
  baseSha: string;
  mergeBase: string;
  headSha: string;
  /** Commits in merge-base..HEAD, oldest first. */
  commits: string[];
  files: ChangedFile[];
  linesAdded: number;
  linesRemoved: number;
  shallow: boolean;
  /** Paths with uncommitted changes (reported, not graded). */
  dirty: string[];
}
