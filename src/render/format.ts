// Formatting shared by the renderers (report.md, terminal, job summary).
import type { Finding, ProbeStatus, Verdict } from '../types.js';
import { advisoryOf } from './links.js';

export const VERDICT_MEANING: Record<Verdict, string> = {
  VERIFIED: 'every applicable probe passed with conclusive evidence',
  CONCERNS: 'inconclusive evidence, an empty diff, or non-blocking findings',
  BLOCKED: 'a blocking finding',
  ERROR: 'the verifier could not complete',
};

export const STATUS_ICON: Record<ProbeStatus, string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  skipped: '⏭️',
  error: '💥',
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** `file:line` (or `file`, or the commit) where a finding points. */
export function findingLocation(finding: Finding): string {
  const place = finding.file ? (finding.line ? `${finding.file}:${finding.line}` : finding.file) : '';
  const commit = finding.commit ? `@${finding.commit.slice(0, 12)}` : '';
  return `${place}${commit}` || '—';
}

/**
 * The rule a reader looks up, as SARIF, the terminal and the summary name it: `probe/rule` with the probe
 * once (`heldout/item-failed` stays), and the advisory for a vulnerable dependency (`dependencies/GHSA-…`).
 */
export function ruleId(finding: Pick<Finding, 'probe' | 'rule' | 'details'>): string {
  const advisory = advisoryOf(finding);
  if (advisory) return `dependencies/${advisory}`;
  return finding.rule.startsWith(`${finding.probe}/`) ? finding.rule : `${finding.probe}/${finding.rule}`;
}
