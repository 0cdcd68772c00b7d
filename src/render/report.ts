// Pure: evidence -> report.md (also the base of the Actions job summary).
import type { Evidence } from '../evidence/types.js';
import type { Finding } from '../types.js';
import { findingLocation, formatDuration, STATUS_ICON, VERDICT_MEANING } from './format.js';

const VERDICT_BANNER: Record<Evidence['verdict'], string> = {
  VERIFIED: '✅ VERIFIED',
  CONCERNS: '⚠️ CONCERNS',
  BLOCKED: '⛔ BLOCKED',
  ERROR: '💥 ERROR',
};

/** Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function short(sha: string | null): string {
  return sha ? `\`${sha.slice(0, 12)}\`` : '—';
}

export interface ReportOptions {
  /** Show at most this many findings; the rest are counted (job summaries have a size limit). */
  maxFindings?: number;
  /** Where the full list is, named when findings were left out. */
  fullListHint?: string;
}

/** Said first when the PR touches the gate itself, so a reviewer knows which policy judged it. */
export function policyNote(config: Evidence['config']): string | undefined {
  if (!config.pr_changes_policy) return undefined;
  return config.source === 'head'
    ? "This PR changes the gate's policy, and the PR's own policy was applied (--policy-from head)."
    : config.source === 'defaults'
      ? "This PR changes the gate's policy; the base has none, so the defaults were applied (the PR's policy applies once merged)."
      : "This PR changes the gate's policy; the base's policy was applied.";
}

export function renderReport(evidence: Evidence, options: ReportOptions = {}): string {
  const lines: string[] = [];
  const { diff } = evidence;
  lines.push(`# loki-verify: ${VERDICT_BANNER[evidence.verdict]}`, '');
  lines.push(`**Exit code ${evidence.exit_code}**: ${VERDICT_MEANING[evidence.verdict]}.`, '');
  if (evidence.error) lines.push(`> **Error:** ${cell(evidence.error)}`, '');
  const gateNote = policyNote(evidence.config);
  if (gateNote) lines.push(`> ${gateNote}`, '');
  if (evidence.reasons.length) {
    lines.push('## Why', '', ...evidence.reasons.map((r) => `- ${r}`), '');
  }

  lines.push('## Diff', '');
  lines.push(
    `Base \`${diff.base_ref ?? '—'}\` ${short(diff.base_sha)}, merge-base ${short(diff.merge_base)}, head ${short(diff.head_sha)}: ` +
      `**${diff.files_changed}** file${diff.files_changed === 1 ? '' : 's'} changed, **+${diff.lines_added} / -${diff.lines_removed}** lines` +
      ` in ${diff.commits.length} commit${diff.commits.length === 1 ? '' : 's'}.`,
  );
  if (diff.shallow) lines.push('', 'The checkout is shallow; history was deepened as needed to find the merge-base.');
  if (diff.dirty.length) {
    lines.push('', `Working tree has ${diff.dirty.length} uncommitted path${diff.dirty.length === 1 ? '' : 's'} (reported, not graded).`);
  }
  lines.push('');

  if (evidence.probes.length) {
    lines.push('## Probes', '', '| Probe | Status | Summary | Duration |', '| --- | --- | --- | --- |');
    for (const probe of evidence.probes) {
      lines.push(`| ${probe.id} | ${STATUS_ICON[probe.status]} ${probe.status} | ${cell(probe.summary)} | ${formatDuration(probe.duration_ms)} |`);
    }
    lines.push('');
  }

  lines.push(...renderFindings(evidence.findings, options));
  lines.push(
    `<sub>loki-verify ${evidence.tool.version} · schema ${evidence.schema_version} · run ${evidence.run_id} · ` +
      `evidence sha256 \`${evidence.integrity.sha256.slice(0, 16)}\`</sub>`,
    '',
  );
  return lines.join('\n');
}

function renderFindings(findings: readonly Finding[], options: ReportOptions): string[] {
  if (!findings.length) return ['## Findings', '', 'None.', ''];
  const limit = options.maxFindings ?? findings.length;
  const shown = findings.slice(0, limit);
  const lines = ['## Findings', '', '| Severity | Blocking | Probe | Rule | Where | Message |', '| --- | --- | --- | --- | --- | --- |'];
  for (const f of shown) {
    lines.push(`| ${f.severity} | ${f.blocking ? 'yes' : 'no'} | ${f.probe} | \`${cell(f.rule)}\` | ${cell(findingLocation(f))} | ${cell(f.message)} |`);
  }
  if (findings.length > shown.length) {
    const rest = findings.length - shown.length;
    lines.push('', `…and ${rest} more finding${rest === 1 ? '' : 's'}${options.fullListHint ? `: ${options.fullListHint}` : ''}.`);
  }
  lines.push('');
  return lines;
}
