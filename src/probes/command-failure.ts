// Shared reading of a finished command for probes that run the PR's build or tests.
import type { ExecResult } from '../process/exec.js';
import type { ProbeOutcome } from '../types.js';

/** Exit codes a shell uses for "command not found" and "not executable". */
const NOT_RUNNABLE = new Set([126, 127]);

/**
 * The inconclusive outcome for a command that never really ran (not installed, aborted), or
 * undefined when it ran to an exit code the probe should judge.
 */
export function notRunOutcome(what: string, command: string, result: ExecResult): ProbeOutcome | undefined {
  if (result.spawnError) {
    return { status: 'inconclusive', summary: `${what} could not start (${result.spawnError}): install the tool or set the command in the config` };
  }
  if (result.aborted || result.timedOut) return { status: 'inconclusive', summary: `${what} was stopped before it finished` };
  if (result.exitCode !== null && NOT_RUNNABLE.has(result.exitCode)) {
    return {
      status: 'inconclusive',
      summary: `${what} could not run \`${command}\` (exit ${result.exitCode}: command not found): install dependencies before running the gate`,
    };
  }
  return undefined;
}
