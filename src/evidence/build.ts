// Pure: everything a run learned -> the evidence document (redacted, findings ordered, integrity set).
import { compareText } from '../core/text.js';
import type { DiffResult, Finding, PolicySource, ProbeResult, Severity } from '../types.js';
import type { VerdictResult } from '../verdict/verdict.js';
import { integrityHash } from './canonical.js';
import { redactDeep, type Redactor } from './redact.js';
import { SCHEMA_VERSION, type Evidence } from './types.js';

export interface EvidenceInput {
  toolVersion: string;
  runId: string;
  createdAt: Date;
  verdict: VerdictResult;
  /** Why the gate could not verify (ERROR from a VerifyError or crash). */
  error?: string;
  /** Base ref asked for, known even when the diff could not be resolved. */
  baseRef?: string;
  diff?: DiffResult;
  probes: readonly ProbeResult[];
  /** Findings after policy (blocking may have been relaxed). */
  findings: readonly Finding[];
  /** The policy applied (undefined fields: not known, e.g. the run failed before it was read). */
  config: { source?: PolicySource; path?: string; sha256?: string; prChangesPolicy?: boolean };
  environment?: Evidence['environment'];
  shard?: Evidence['shard'];
  policy?: Evidence['policy'];
  redact: Redactor;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Most severe first, blocking before advisory, then by place; stable for identical input. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(b.blocking) - Number(a.blocking) ||
      compareText(a.probe, b.probe) ||
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.fingerprint, b.fingerprint),
  );
}

export function buildEvidence(input: EvidenceInput): Evidence {
  const { diff } = input;
  const document: Omit<Evidence, 'integrity'> = {
    schema_version: SCHEMA_VERSION,
    tool: { name: 'loki-verify', version: input.toolVersion },
    run_id: input.runId,
    created_at: input.createdAt.toISOString(),
    verdict: input.verdict.verdict,
    exit_code: input.verdict.exitCode,
    reasons: input.verdict.reasons,
    ...(input.error === undefined ? {} : { error: input.error }),
    diff: {
      base_ref: diff?.baseRef ?? input.baseRef ?? null,
      base_sha: diff?.baseSha ?? null,
      merge_base: diff?.mergeBase ?? null,
      head_sha: diff?.headSha ?? null,
      files_changed: diff?.files.length ?? 0,
      lines_added: diff?.linesAdded ?? 0,
      lines_removed: diff?.linesRemoved ?? 0,
      commits: diff?.commits ?? [],
      shallow: diff?.shallow ?? false,
      dirty: diff?.dirty ?? [],
      files: (diff?.files ?? []).map((f) => ({
        path: f.path,
        ...(f.oldPath === undefined ? {} : { old_path: f.oldPath }),
        status: f.status,
        binary: f.binary,
        added: f.added,
        removed: f.removed,
      })),
    },
    probes: input.probes.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      summary: p.summary,
      duration_ms: p.duration_ms,
      details: p.details,
      ...(p.tree_changes === undefined ? {} : { tree_changes: p.tree_changes }),
    })),
    findings: sortFindings(input.findings),
    config: {
      source: input.config.source ?? null,
      sha256: input.config.sha256 ?? null,
      ...(input.config.path === undefined ? {} : { path: input.config.path }),
      ...(input.config.prChangesPolicy === undefined ? {} : { pr_changes_policy: input.config.prChangesPolicy }),
    },
    ...(input.environment ? { environment: input.environment } : {}),
    ...(input.shard ? { shard: input.shard } : {}),
    ...(input.policy ? { policy: input.policy } : {}),
    llm_review: { status: 'skipped', reason: 'the gate is deterministic: no language model is consulted' },
  };
  const redacted = redactDeep(document, input.redact);
  return { ...redacted, integrity: { algorithm: 'sha256', sha256: integrityHash(redacted) } };
}
