// Pure: the verdict and the `fail-on` input -> whether the step fails, and the message it fails with.
import type { Evidence } from '../evidence/types.js';
import type { Verdict } from '../types.js';
import { exitCodeOf } from '../verdict/verdict.js';

export const FAIL_ON = ['blocked', 'concerns'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const THRESHOLD: Record<FailOn, Verdict> = { blocked: 'BLOCKED', concerns: 'CONCERNS' };

/** Undefined when the step passes. ERROR always fails: the gate could not verify, which is never a pass. */
export function failureMessage(evidence: Pick<Evidence, 'verdict' | 'exit_code' | 'reasons' | 'error'>, failOn: FailOn): string | undefined {
  if (evidence.verdict === 'ERROR') {
    return `loki-verify could not verify (ERROR, exit 3): ${evidence.error ?? evidence.reasons[0] ?? 'unknown error'}`;
  }
  // Exit codes rank the verdicts, from VERIFIED (0) to ERROR (3).
  if (exitCodeOf(evidence.verdict) < exitCodeOf(THRESHOLD[failOn])) return undefined;
  const why = evidence.reasons[0] ? `: ${evidence.reasons[0]}` : '';
  return `loki-verify verdict ${evidence.verdict} (exit ${evidence.exit_code}) fails the step (fail-on: ${failOn})${why}`;
}
