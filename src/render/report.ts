// Pure: evidence -> report.md (also the base of the Actions job summary and the PR comment).
// Read top-down in five seconds: the verdict, the findings most severe first (linked to the file at the
// head commit and to the advisory), what else kept the verdict from VERIFIED, a one-line diff, and the
// probe table folded away.
import type { Evidence } from '../evidence/types.js';
import type { Finding, ProbeStatus, Severity } from '../types.js';
import { formatDuration, ruleId, STATUS_ICON, VERDICT_MEANING } from './format.js';
import { advisoryOf, fileUrl, osvUrl, type RepositoryLink } from './links.js';

const VERDICT_BANNER: Record<Evidence['verdict'], string> = {
  VERIFIED: '✅ VERIFIED',
  CONCERNS: '⚠️ CONCERNS',
  BLOCKED: '⛔ BLOCKED',
  ERROR: '💥 ERROR',
};

const SEVERITY_ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const STATUSES: readonly ProbeStatus[] = ['fail', 'error', 'inconclusive', 'pass', 'skipped'];

/**
 * Text from the PR (test names, tool messages) as one table cell of plain text: one line, pipes escaped,
 * and no markdown or HTML of its own (a PR must not be able to format, link or hide parts of the report).
 */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~|])/g, '\\$1');
}

/** Inline code that holds any text: the fence is one backtick longer than the longest run inside. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function short(sha: string | null): string {
  return sha ? `\`${sha.slice(0, 12)}\`` : '—';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export interface ReportOptions {
  /** Show at most this many findings; the rest are counted (job summaries have a size limit). */
  maxFindings?: number;
  /** Where the full list is, named when findings were left out. */
  fullListHint?: string;
  /** The repository on GitHub: findings link to their file at the head commit. */
  repository?: RepositoryLink;
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
  lines.push(`# loki-verify: ${VERDICT_BANNER[evidence.verdict]}`, '');
  lines.push(`**Exit code ${evidence.exit_code}**: ${VERDICT_MEANING[evidence.verdict]}.${findingCounts(evidence.findings)}`, '');
  if (evidence.error) lines.push(`> **Error:** ${cell(evidence.error)}`, '');
  const gateNote = policyNote(evidence.config);
  if (gateNote) lines.push(`> ${gateNote}`, '');

  lines.push(...renderFindings(evidence, options));
  const reasons = evidence.reasons.filter((reason) => reason !== evidence.error);
  if (reasons.length) lines.push('## Why', '', ...reasons.map((r) => `- ${cell(r)}`), '');
  lines.push(diffLine(evidence), '');
  lines.push(...renderProbes(evidence));
  lines.push(
    `<sub>loki-verify ${evidence.tool.version} · schema ${evidence.schema_version} · run ${evidence.run_id} · ` +
      `evidence sha256 \`${evidence.integrity.sha256.slice(0, 16)}\`</sub>`,
    '',
  );
  return lines.join('\n');
}

/** ` 2 blocking findings (1 critical, 1 high), 3 non-blocking.` */
function findingCounts(findings: readonly Finding[]): string {
  if (!findings.length) return '';
  const blocking = findings.filter((f) => f.blocking);
  const parts: string[] = [];
  if (blocking.length) {
    const bySeverity = SEVERITIES.map((s) => [s, blocking.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    parts.push(`**${plural(blocking.length, 'blocking finding')}** (${bySeverity.map(([s, n]) => `${n} ${s}`).join(', ')})`);
  }
  const rest = findings.length - blocking.length;
  if (rest) parts.push(`${rest} non-blocking`);
  return ` ${parts.join(', ')}.`;
}

function diffLine(evidence: Evidence): string {
  const { diff } = evidence;
  if (diff.head_sha === null) return '**Diff:** not resolved.';
  const notes = [
    diff.shallow ? 'shallow checkout, deepened to the merge-base' : '',
    diff.dirty.length ? `${plural(diff.dirty.length, 'uncommitted path')} not graded` : '',
  ].filter(Boolean);
  return (
    `**Diff:** ${plural(diff.files_changed, 'file')} changed, +${diff.lines_added} / -${diff.lines_removed} lines in ${plural(diff.commits.length, 'commit')} ` +
    `against ${diff.base_ref === null ? '—' : code(diff.base_ref)} (merge-base ${short(diff.merge_base)}, head ${short(diff.head_sha)})` +
    `${notes.length ? `; ${notes.join('; ')}` : ''}.`
  );
}

function renderProbes(evidence: Evidence): string[] {
  if (!evidence.probes.length) return [];
  const counts = STATUSES.map((s) => [s, evidence.probes.filter((p) => p.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'error' ? 'errored' : s === 'fail' ? 'failed' : s === 'pass' ? 'passed' : s}`);
  const lines = ['<details>', `<summary>Probes: ${counts.join(', ')}</summary>`, '', '| Probe | Status | Summary | Duration |', '| --- | --- | --- | --- |'];
  for (const probe of evidence.probes) {
    lines.push(`| ${probe.id} | ${STATUS_ICON[probe.status]} ${probe.status} | ${cell(probe.summary)} | ${formatDuration(probe.duration_ms)} |`);
  }
  lines.push('', '</details>', '');
  return lines;
}

function renderFindings(evidence: Evidence, options: ReportOptions): string[] {
  const { findings } = evidence;
  if (!findings.length) return [];
  const limit = options.maxFindings ?? findings.length;
  const shown = findings.slice(0, limit);
  const lines = ['## Findings', '', '| Severity | Where | Finding | Rule |', '| --- | --- | --- | --- |'];
  for (const f of shown) {
    const severity = `${SEVERITY_ICON[f.severity]} ${f.blocking ? `**${f.severity}**, blocking` : f.severity}`;
    lines.push(`| ${severity} | ${where(f, evidence, options.repository)} | ${cell(f.message)} | ${rule(f)} |`);
  }
  if (findings.length > shown.length) {
    const rest = findings.length - shown.length;
    lines.push('', `…and ${plural(rest, 'more finding')}${options.fullListHint ? `: ${options.fullListHint}` : ''}.`);
  }
  lines.push('');
  return lines;
}

/** The finding's place, linked to the file at the head commit (or to the commit) when the repository is known. */
function where(finding: Finding, evidence: Evidence, repository: RepositoryLink | undefined): string {
  const head = evidence.diff.head_sha;
  if (finding.file !== undefined) {
    const text = code(finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`);
    // A secret in a commit's file is shown at that commit: a later commit may have deleted it.
    const sha = finding.commit ?? head;
    return repository && sha ? `[${text}](${fileUrl(repository, sha, finding.file, finding.line)})` : text;
  }
  if (finding.commit !== undefined) {
    const text = `commit ${code(finding.commit.slice(0, 12))}`;
    return repository ? `[${text}](${repository.serverUrl}/${repository.repository}/commit/${finding.commit})` : text;
  }
  return '—';
}

/** The rule as code, an advisory linked to its OSV page. */
function rule(finding: Finding): string {
  const id = code(ruleId(finding));
  const advisory = advisoryOf(finding);
  return advisory ? `[${id}](${osvUrl(advisory)})` : id;
}
