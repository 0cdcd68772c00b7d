// Pure: probe results -> verdict, exit code and the reasons behind them (contract: exit codes and verdicts).
import type { ExitCode, Finding, ProbeId, ProbeResult, Severity, Verdict } from '../types.js';

export interface VerdictPolicy {
  /** Severities that may block; a finding blocks when its probe says so and its severity is listed. */
  blockOn: readonly Severity[];
  /** Probes whose `skipped` status lowers the verdict to CONCERNS. */
  required: ReadonlySet<ProbeId>;
  /** Probes the user left out with --only/--skip: never counted against the verdict. */
  deselected: ReadonlySet<ProbeId>;
}

export interface VerdictInput {
  probes: readonly ProbeResult[];
  /** The diff has no changed files. */
  emptyDiff: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  exitCode: ExitCode;
  /** Why the verdict is not better, one line each, most serious first. */
  reasons: string[];
}

const EXIT_CODES: Record<Verdict, ExitCode> = { VERIFIED: 0, CONCERNS: 1, BLOCKED: 2, ERROR: 3 };

export function exitCodeOf(verdict: Verdict): ExitCode {
  return EXIT_CODES[verdict];
}

/** The policy's final word on each finding: it may only relax a probe's `blocking`, never add to it. */
export function applyPolicy(findings: readonly Finding[], policy: Pick<VerdictPolicy, 'blockOn'>): Finding[] {
  return findings.map((f) => ({ ...f, blocking: f.blocking && policy.blockOn.includes(f.severity) }));
}

export function decideVerdict(input: VerdictInput, policy: VerdictPolicy): VerdictResult {
  const blocked: string[] = [];
  const errors: string[] = [];
  const concerns: string[] = [];

  if (input.emptyDiff) concerns.push('empty diff: the change has no committed files to verify');
  if (!input.probes.some((p) => p.status !== 'skipped')) concerns.push('no probe ran: nothing was verified');

  for (const probe of input.probes) {
    const findings = applyPolicy(probe.findings, policy);
    const blocking = findings.filter((f) => f.blocking).length;
    const advisory = findings.length - blocking;
    if (blocking > 0) blocked.push(`${probe.id}: ${blocking} blocking finding${blocking === 1 ? '' : 's'} (${probe.summary})`);
    switch (probe.status) {
      case 'error':
        errors.push(`${probe.id} could not run: ${probe.summary}`);
        break;
      case 'inconclusive':
        concerns.push(`${probe.id} is inconclusive: ${probe.summary}`);
        break;
      case 'fail':
        // A failure whose findings the policy relaxed still needs a human look.
        if (blocking === 0) concerns.push(`${probe.id} failed without blocking findings: ${probe.summary}`);
        break;
      case 'skipped':
        if (policy.required.has(probe.id) && !policy.deselected.has(probe.id)) {
          concerns.push(`${probe.id} is required but was skipped: ${probe.summary}`);
        }
        break;
      case 'pass':
        break;
    }
    if (advisory > 0 && probe.status !== 'fail') {
      const notable = findings.filter((f) => !f.blocking && f.severity !== 'info').length;
      if (notable > 0) concerns.push(`${probe.id}: ${notable} non-blocking finding${notable === 1 ? '' : 's'}`);
    }
  }

  // A blocking finding is conclusive even when another probe could not run.
  const verdict: Verdict = blocked.length ? 'BLOCKED' : errors.length ? 'ERROR' : concerns.length ? 'CONCERNS' : 'VERIFIED';
  return { verdict, exitCode: exitCodeOf(verdict), reasons: [...blocked, ...errors, ...concerns] };
}
