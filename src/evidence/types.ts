// The evidence document, as schemas/evidence.schema.json describes it.
import type { ExitCode, FileStatus, Finding, ProbeId, ProbeStatus, TreeChange, Verdict } from '../types.js';

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
  tree_changes?: TreeChange[];
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
  config: { source: string | null; sha256: string | null };
  environment?: { ci?: boolean; node?: string; platform?: string; github?: Record<string, string> };
  llm_review: { status: 'skipped'; reason?: string };
  integrity: { algorithm: 'sha256'; sha256: string };
}
