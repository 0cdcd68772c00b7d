// Shared reading of a finished command for probes that run the PR's build or tests.
import type { ExecResult } from '../process/exec.js';
import type { ProbeOutcome } from '../types.js';
import { diagnoseEnvironment } from './environment-facts.js';

/** The inconclusive outcome for a command that never really ran (could not start, stopped), else undefined. */
export function notRunOutcome(what: string, result: ExecResult): ProbeOutcome | undefined {
  if (result.spawnError) {
    return { status: 'inconclusive', summary: `${what} could not start (${result.spawnError}): install the tool or set the command in the config` };
  }
  if (result.aborted || result.timedOut) return { status: 'inconclusive', summary: `${what} was stopped before it finished` };
  return undefined;
}

/**
 * The inconclusive outcome for a command that failed because of the machine (tool or dependency not
 * installed, no network, a runner usage error), with the cause and the fix; undefined when the
 * failure is the PR's to answer for.
 */
export function environmentOutcome(what: string, command: string, root: string, result: ExecResult): ProbeOutcome | undefined {
  if (result.exitCode === 0) return undefined;
  const problem = diagnoseEnvironment(root, result);
  if (!problem) return undefined;
  return {
    status: 'inconclusive',
    summary: `${what} could not be judged: \`${command}\` failed because of the environment (${problem.cause}); fix: ${problem.fix}`,
    details: { environment: problem },
  };
}
