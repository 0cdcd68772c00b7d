// Pure: the evidence of every shard of one sharded run -> the parts of one evidence document for the
// whole (contract: "Sharding over a CI matrix"). Each document is checked (schema, integrity hash), the
// set must be exactly shards 1..N of the same head, merge-base, policy and tool version; the verdict
// is decided again from the merged probes with the same pure verdict function.
import { sortFindings } from '../evidence/build.js';
import { integrityHash } from '../evidence/canonical.js';
import type { Evidence, EvidenceProbe } from '../evidence/types.js';
import { evidenceViolations } from '../evidence/validate.js';
import { VerifyError } from '../core/errors.js';
import { SEVERITIES, type Finding, type ProbeResult, type ProbeStatus } from '../types.js';
import { decideVerdict, type VerdictResult } from '../verdict/verdict.js';

/** A shard's evidence and the name it is reported by (its file path). */
export interface ShardDocument {
  name: string;
  document: unknown;
}

export interface MergedEvidence {
  /** The first shard's document: diff, config, tool and environment are the same in every shard. */
  first: Evidence;
  probes: ProbeResult[];
  findings: Finding[];
  verdict: VerdictResult;
  /** Integrity hashes of the shards merged, in shard order. */
  shards: { total: number; integrity: string[] };
}

/** Summary of a non-test probe on shards 2..N: it ran on shard 1 only (see run.ts). */
export const ELSEWHERE_REASON = 'runs on shard 1';
/** Summary of a shard whose slice of the tests was empty. */
export const EMPTY_SLICE_REASON = 'empty slice';

// Worst first: the merged probe takes the worst status any shard gave it.
const STATUS_ORDER: readonly ProbeStatus[] = ['error', 'fail', 'inconclusive', 'pass', 'skipped'];
// Numeric test counts that add up over the shards.
const SUMMED_DETAILS = ['passed', 'failed', 'skipped', 'todo', 'total'] as const;

export function mergeEvidence(inputs: readonly ShardDocument[]): MergedEvidence {
  if (inputs.length === 0) throw new VerifyError('merge: no evidence files given: pass the evidence.json of every shard');
  const shards = inputs.map(checkDocument);
  const total = checkSet(shards);
  shards.sort((a, b) => a.document.shard!.index - b.document.shard!.index);
  const first = shards[0]!.document;

  const findings = dedupe(shards.flatMap((s) => s.document.findings));
  const byProbe = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byProbe.get(finding.probe);
    if (list) list.push(finding);
    else byProbe.set(finding.probe, [finding]);
  }
  const probes = first.probes.map((probe) => mergeProbe(probe.id, shards.map((s) => s.document), byProbe.get(probe.id) ?? []));
  const policy = first.policy;
  const verdict = decideVerdict(
    { probes, emptyDiff: first.diff.files_changed === 0 },
    {
      // Findings carry the policy's final `blocking` already; every severity may keep it.
      blockOn: SEVERITIES,
      required: new Set(policy?.required ?? []),
      deselected: new Set(policy?.deselected ?? []),
    },
  );
  return { first, probes, findings, verdict, shards: { total, integrity: shards.map((s) => s.document.integrity.sha256) } };
}

interface CheckedShard {
  name: string;
  document: Evidence;
}

function checkDocument(input: ShardDocument): CheckedShard {
  const violation = evidenceViolations(input.document);
  if (violation) throw new VerifyError(`merge: ${input.name} is not loki-verify evidence: ${violation}`);
  const document = input.document as Evidence;
  if (integrityHash(document) !== document.integrity.sha256) {
    throw new VerifyError(`merge: ${input.name}: integrity hash does not recompute (the file was changed after the gate wrote it)`);
  }
  if (!document.shard) throw new VerifyError(`merge: ${input.name} is not a shard's evidence (no shard field): run each shard with --shard I/N`);
  if (document.verdict === 'ERROR' && document.diff.head_sha === null) {
    throw new VerifyError(`merge: ${input.name}: shard ${document.shard.index} could not verify (${document.error ?? 'ERROR'})`);
  }
  return { name: input.name, document };
}

/** Exactly shards 1..N, once each, of one run: same head, merge-base, policy and tool version. */
function checkSet(shards: readonly CheckedShard[]): number {
  const [reference] = shards;
  const total = reference!.document.shard!.total;
  const same: Array<[string, (e: Evidence) => unknown]> = [
    ['shard total', (e) => e.shard!.total],
    ['head commit', (e) => e.diff.head_sha],
    ['merge-base', (e) => e.diff.merge_base],
    ['config', (e) => e.config.sha256],
    ['tool version', (e) => e.tool.version],
  ];
  for (const shard of shards.slice(1)) {
    for (const [what, read] of same) {
      if (read(shard.document) !== read(reference!.document)) {
        throw new VerifyError(
          `merge: ${shard.name} has a different ${what} (${String(read(shard.document))}) than ${reference!.name} (${String(read(reference!.document))}): merge the shards of one run only`,
        );
      }
    }
  }
  const seen = new Map<number, string>();
  for (const shard of shards) {
    const index = shard.document.shard!.index;
    const earlier = seen.get(index);
    if (earlier) throw new VerifyError(`merge: shard ${index}/${total} given twice (${earlier} and ${shard.name})`);
    seen.set(index, shard.name);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new VerifyError(`merge: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${total}`).join(', ')} missing: pass the evidence of all ${total} shards`);
  return total;
}

function mergeProbe(id: EvidenceProbe['id'], documents: readonly Evidence[], findings: Finding[]): ProbeResult {
  const entries = documents.map((d) => d.probes.find((p) => p.id === id)).filter((p): p is EvidenceProbe => p !== undefined);
  // Shards 2..N list every probe but test as skipped ("runs on shard 1"): only the shards that ran it count.
  const ran = entries.filter((p) => !(p.status === 'skipped' && (p.summary === ELSEWHERE_REASON || p.summary === EMPTY_SLICE_REASON)));
  const counted = ran.length ? ran : entries.slice(0, 1);
  const worst = [...counted].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))[0]!;
  return {
    id,
    title: worst.title,
    status: worst.status,
    summary: counted.length > 1 ? mergedSummary(counted, worst) : worst.summary,
    duration_ms: Math.max(...counted.map((p) => p.duration_ms)),
    findings,
    details: counted.length > 1 ? mergedDetails(counted, documents) : worst.details,
  };
}

function mergedSummary(entries: readonly EvidenceProbe[], worst: EvidenceProbe): string {
  const sums = sumDetails(entries);
  if (sums.passed !== undefined || sums.failed !== undefined) {
    const failed = sums.failed ?? 0;
    return `${failed ? `${failed} failed, ` : ''}${sums.passed ?? 0} passed${sums.skipped ? `, ${sums.skipped} skipped` : ''} over ${entries.length} shards`;
  }
  return `${worst.summary} (worst of ${entries.length} shards)`;
}

function mergedDetails(entries: readonly EvidenceProbe[], documents: readonly Evidence[]): Record<string, unknown> {
  const listed = (key: string): unknown[] => dedupeJson(entries.flatMap((p) => (Array.isArray(p.details[key]) ? p.details[key] : [])));
  const failures = listed('failures');
  const newTests = listed('new_tests');
  // The anti-placebo check runs on one shard for the whole run; the others say `other-shard`.
  const antiPlacebo = entries.map((p) => p.details.anti_placebo).find((state) => typeof state === 'string' && state !== 'other-shard');
  return {
    ...sumDetails(entries),
    ...(failures.length ? { failures } : {}),
    ...(newTests.length ? { new_tests: newTests } : {}),
    ...(antiPlacebo === undefined ? {} : { anti_placebo: antiPlacebo }),
    shards: entries.map((p) => ({
      index: documents.find((d) => d.probes.includes(p))!.shard!.index,
      status: p.status,
      summary: p.summary,
      ...(typeof p.details.command === 'string' ? { command: p.details.command } : {}),
      // Each shard's judgement against the merge-base (its re-run failures, what it could not check).
      ...(p.details.base === undefined ? {} : { base: p.details.base }),
    })),
  };
}

function sumDetails(entries: readonly EvidenceProbe[]): Partial<Record<(typeof SUMMED_DETAILS)[number], number>> {
  const sums: Partial<Record<(typeof SUMMED_DETAILS)[number], number>> = {};
  for (const key of SUMMED_DETAILS) {
    const values = entries.map((p) => p.details[key]).filter((v): v is number => typeof v === 'number');
    if (values.length) sums[key] = values.reduce((a, b) => a + b, 0);
  }
  return sums;
}

/** One finding per fingerprint and probe (a secret seen by every shard is one secret). */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.probe}\u0000${finding.rule}\u0000${finding.fingerprint}`;
    if (!seen.has(key)) seen.set(key, finding);
  }
  return [...seen.values()];
}

function dedupeJson(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The merged evidence document: the first shard's run facts with the merged probes, findings and verdict. */
export function mergedDocument(merged: MergedEvidence, createdAt: Date): Evidence {
  const { integrity: _integrity, shard: _shard, ...facts } = merged.first;
  const document: Omit<Evidence, 'integrity'> = {
    ...facts,
    created_at: createdAt.toISOString(),
    verdict: merged.verdict.verdict,
    exit_code: merged.verdict.exitCode,
    reasons: merged.verdict.reasons,
    probes: merged.probes.map(({ findings: _findings, ...probe }) => probe),
    findings: sortFindings(merged.findings),
    merged: merged.shards,
  };
  return { ...document, integrity: { algorithm: 'sha256', sha256: integrityHash(document) } };
}
