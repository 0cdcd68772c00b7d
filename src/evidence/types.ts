// The evidence document, as schemas/evidence.schema.json describes it.
import type { ExitCode, FileStatus, Finding, PolicySource, ProbeId, ProbeStatus, Severity, Verdict } from '../types.js';

export const SCHEMA_VERSION = '1.0';

export interface EvidenceFile {
  path: string;
  old_path?: string;
  status: FileStatus;
  binary: boolean;
  added: number;
  removed: number;
}

export interface EvidenceProbe {
  id: ProbeId;
  title: string;
  status: ProbeStatus;
  summary: string;
  duration_ms: number;
  details: Record<string, unknown>;
}

export interface Evidence {
  schema_version: typeof SCHEMA_VERSION;
  tool: { name: 'loki-verify'; version: string };
  run_id: string;
  created_at: string;
  verdict: Verdict;
  exit_code: ExitCode;
  reasons: string[];
  error?: string;
  diff: {
    base_ref: string | null;
    base_sha: string | null;
    merge_base: string | null;
    head_sha: string | null;
    files_changed: number;
    lines_added: number;
    lines_removed: number;
    commits: string[];
    shallow: boolean;
    dirty: string[];
    files: EvidenceFile[];
  };
  probes: EvidenceProbe[];
  findings: Finding[];
  config: {
    /** Where the applied policy came from (contract: merge-base, head, file or defaults); null when not read. */
    source: PolicySource | null;
    sha256: string | null;
    /** The policy file's repository path (absolute when outside the repository). */
    path?: string;
    /** The PR adds, changes or deletes the policy file (the base's policy was applied all the same). */
    pr_changes_policy?: boolean;
  };
  environment?: { ci?: boolean; node?: string; platform?: string; github?: Record<string, string> };
  /** This run's slice of a sharded run (`--shard I/N`). */
  shard?: { index: number; total: number };
  /** A merged document: how many shards, and the integrity hash of each, in shard order. */
  merged?: { total: number; integrity: string[] };
  /** The policy the verdict was decided with, so the verdict can be decided again (merge). */
  policy?: { block_on: Severity[]; required: ProbeId[]; deselected: ProbeId[] };
  llm_review: { status: 'skipped'; reason?: string };
  integrity: { algorithm: 'sha256'; sha256: string };
}
