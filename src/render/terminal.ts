// Pure: terminal lines for the CLI and the Action log: one per probe as it finishes, a heartbeat for a
// probe still running, then the blocking findings grouped by file (as eslint's stylish formatter does),
// the verdict and where the files went.
import { sortFindings } from '../evidence/build.js';
import type { Evidence } from '../evidence/types.js';
import type { Finding, ProbeId, ProbeResult, ProbeStatus, Severity, Verdict } from '../types.js';
import { formatDuration, ruleId } from './format.js';

export type Paint = (code: number, text: string) => string;

export function painter(enabled: boolean): Paint {
  return enabled ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

/**
 * Whether to colour a stream. FORCE_COLOR decides when set (`0` or `false` turn colour off, anything else
 * on), as in Node and chalk; otherwise colour only on a TTY, without NO_COLOR (https://no-color.org) and
 * not on a dumb terminal.
 */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

const STATUS_COLOUR: Record<ProbeStatus, number> = { pass: 32, fail: 31, inconclusive: 33, skipped: 90, error: 35 };
const VERDICT_COLOUR: Record<Verdict, number> = { VERIFIED: 32, CONCERNS: 33, BLOCKED: 31, ERROR: 35 };
const SEVERITY_COLOUR: Record<Severity, number> = { critical: 31, high: 31, medium: 33, low: 33, info: 90 };
const UNDERLINE = 4;
const DIM = 90;
const BOLD = 1;

/** Blocking findings listed in the terminal; the rest are counted (every one is in report.md). */
export const MAX_LISTED_FINDINGS = 50;
/** A heartbeat shows this much of the probe's last output line. */
const OUTPUT_LINE_MAX = 120;

export function probeLine(result: ProbeResult, paint: Paint): string {
  const status = paint(STATUS_COLOUR[result.status], result.status.padEnd(12));
  return `  ${result.id.padEnd(13)}${status} ${result.summary} (${formatDuration(result.duration_ms)})`;
}

/** A sign of life for a probe still running: elapsed time and, when it printed any, its last output line. */
export function heartbeatLine(id: ProbeId, elapsedMs: number, lastOutput: string | undefined, paint: Paint): string {
  const line = lastOutput === undefined ? '' : ` · ${truncate(lastOutput, OUTPUT_LINE_MAX)}`;
  return `  ${id.padEnd(13)}${paint(DIM, 'running'.padEnd(12))} ${formatDuration(Math.round(elapsedMs / 1000) * 1000)}${paint(DIM, line)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Where a group of findings points: a file, a commit (a secret in a commit message), or nothing. */
function groupOf(finding: Finding): string {
  if (finding.file !== undefined) return finding.file;
  if (finding.commit !== undefined) return `commit ${finding.commit.slice(0, 12)}`;
  return '(no file)';
}

/** `line:column` inside a file group; nothing for a finding without a line. */
function position(finding: Finding): string {
  if (finding.file === undefined || finding.line === undefined) return '';
  return finding.column === undefined ? String(finding.line) : `${finding.line}:${finding.column}`;
}

/**
 * The blocking findings, most severe first, grouped by where they point (files in order of their most
 * severe finding), then a line counting them and the non-blocking ones:
 *
 *     src/config.ts
 *       2:7  high  Type 'string' is not assignable to type 'number'.  static/TS2322
 */
export function findingLines(findings: readonly Finding[], paint: Paint, max = MAX_LISTED_FINDINGS): string[] {
  const blocking = sortFindings(findings.filter((f) => f.blocking));
  const advisory = findings.filter((f) => !f.blocking);
  if (!findings.length) return [];
  const lines: string[] = [];
  const shown = blocking.slice(0, max);
  const groups = new Map<string, Finding[]>();
  for (const finding of shown) groups.set(groupOf(finding), [...(groups.get(groupOf(finding)) ?? []), finding]);

  for (const [where, group] of groups) {
    const width = {
      position: Math.max(...group.map((f) => position(f).length)),
      severity: Math.max(...group.map((f) => f.severity.length)),
    };
    lines.push('', paint(UNDERLINE, where));
    for (const f of group) {
      const at = width.position ? `${paint(DIM, position(f).padEnd(width.position))}  ` : '';
      lines.push(`  ${at}${paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(width.severity))}  ${firstLine(f.message)}  ${paint(DIM, ruleId(f))}`);
    }
  }
  if (blocking.length > shown.length) lines.push('', `  …and ${plural(blocking.length - shown.length, 'more blocking finding')} in report.md`);

  const counts = [blocking.length ? paint(BOLD, plural(blocking.length, 'blocking finding')) : 'no blocking findings'];
  if (advisory.length) counts.push(`${plural(advisory.length, 'non-blocking finding')} (${severityCounts(advisory)}) listed in report.md`);
  lines.push('', `${blocking.length ? paint(31, '✖') : paint(33, '!')} ${counts.join(', ')}`);
  return lines;
}

/** `2 medium, 1 info`, most severe first. */
function severityCounts(findings: readonly Finding[]): string {
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  return order
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
}

/** After an interrupt: what the files now hold, so nobody mistakes them for a finished run. */
export function interruptedLine(signal: string, paths: { evidence?: string; report?: string; sarif?: string }): string {
  const written = [paths.evidence, paths.report, paths.sarif].filter((p): p is string => p !== undefined);
  const what = written.length
    ? `wrote what the finished probes had found (verdict ERROR) to ${written.join(', ')}`
    : 'could not write the evidence of the probes that had finished';
  return `loki-verify: interrupted by ${signal}; ${what}`;
}

/** The verdict, its reasons (the error is printed once, by the caller, not again as a reason) and the files. */
export function verdictLines(evidence: Evidence, paths: { evidence?: string; report?: string; sarif?: string }, paint: Paint): string[] {
  const lines = ['', `${paint(VERDICT_COLOUR[evidence.verdict], evidence.verdict)} (exit ${evidence.exit_code})`];
  const reasons = evidence.reasons.filter((reason) => reason !== evidence.error);
  for (const reason of reasons.slice(0, 10)) lines.push(`  - ${reason}`);
  if (reasons.length > 10) lines.push(`  - …and ${reasons.length - 10} more`);
  if (paths.evidence) lines.push(`evidence: ${paths.evidence}`);
  if (paths.report) lines.push(`report:   ${paths.report}`);
  if (paths.sarif) lines.push(`sarif:    ${paths.sarif}`);
  return lines;
}
