// Pure: terminal lines for the CLI (one per probe as it finishes, then the verdict and file paths).
import type { Evidence } from '../evidence/types.js';
import type { ProbeResult, ProbeStatus, Verdict } from '../types.js';
import { formatDuration } from './format.js';

type Paint = (code: number, text: string) => string;

export function painter(enabled: boolean): Paint {
  return enabled ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

/** Colour only on a TTY and only when NO_COLOR is unset or empty (https://no-color.org). */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

const STATUS_COLOUR: Record<ProbeStatus, number> = { pass: 32, fail: 31, inconclusive: 33, skipped: 90, error: 35 };
const VERDICT_COLOUR: Record<Verdict, number> = { VERIFIED: 32, CONCERNS: 33, BLOCKED: 31, ERROR: 35 };

export function probeLine(result: ProbeResult, paint: Paint): string {
  const status = paint(STATUS_COLOUR[result.status], result.status.padEnd(12));
  return `  ${result.id.padEnd(13)}${status} ${result.summary} (${formatDuration(result.duration_ms)})`;
}

export function verdictLines(evidence: Evidence, paths: { evidence?: string; report?: string }, paint: Paint): string[] {
  const lines = [`${paint(VERDICT_COLOUR[evidence.verdict], evidence.verdict)} (exit ${evidence.exit_code})`];
  for (const reason of evidence.reasons.slice(0, 10)) lines.push(`  - ${reason}`);
  if (evidence.reasons.length > 10) lines.push(`  - …and ${evidence.reasons.length - 10} more`);
  if (paths.evidence) lines.push(`evidence: ${paths.evidence}`);
  if (paths.report) lines.push(`report:   ${paths.report}`);
  return lines;
}
