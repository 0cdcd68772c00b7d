// Pure: the verdict and the `fail-on` input -> whether the step fails, and the message it fails with.
import { sortFindings } from '../evidence/build.js';
import type { Evidence } from '../evidence/types.js';
import { findingLocation, ruleId } from '../render/format.js';
import type { Verdict } from '../types.js';
import { exitCodeOf } from '../verdict/verdict.js';

export const FAIL_ON = ['blocked', 'concerns'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const THRESHOLD: Record<FailOn, Verdict> = { blocked: 'BLOCKED', concerns: 'CONCERNS' };

/** Reasons named in the step's failure message; the summary has them all. */
const NAMED = 3;

/** Undefined when the step passes. ERROR always fails: the gate could not verify, which is never a pass. */
export function failureMessage(evidence: Pick<Evidence, 'verdict' | 'exit_code' | 'reasons' | 'error' | 'findings'>, failOn: FailOn): string | undefined {
  if (evidence.verdict === 'ERROR') {
    return `loki-verify could not verify (ERROR, exit 3): ${evidence.error ?? evidence.reasons[0] ?? 'unknown error'}`;
  }
  // Exit codes rank the verdicts, from VERIFIED (0) to ERROR (3).
  if (exitCodeOf(evidence.verdict) < exitCodeOf(THRESHOLD[failOn])) return undefined;
  const why = mostSevere(evidence);
  return `loki-verify verdict ${evidence.verdict} (exit ${evidence.exit_code}) fails the step (fail-on: ${failOn})${why ? `: ${why}` : ''}`;
}

/** The most severe blocking findings (`critical secrets/github at src/config.ts:3`), else the first reasons. */
function mostSevere(evidence: Pick<Evidence, 'reasons' | 'findings'>): string {
  const blocking = sortFindings(evidence.findings.filter((f) => f.blocking));
  const named = blocking.length
    ? blocking.slice(0, NAMED).map((f) => `${f.severity} ${ruleId(f)}${f.file === undefined && f.commit === undefined ? '' : ` at ${findingLocation(f)}`}`)
    : evidence.reasons.slice(0, NAMED);
  const rest = (blocking.length || evidence.reasons.length) - named.length;
  const noun = blocking.length ? 'blocking finding' : 'reason';
  return [...named, ...(rest > 0 ? [`and ${rest} more ${noun}${rest === 1 ? '' : 's'} in the job summary`] : [])].join('; ');
}
