// Builds the base worktree before tests run there, as the head was built before its tests: tests that
// import built output (dist/, generated code) would otherwise load the head's build, or nothing. The
// build probe's own command runs again, in the worktree, within the test probe's deadline; a base that
// does not build cannot judge anything, so that is an error of the base judgement, never a verdict.
import { tailLines } from '../../../core/text.js';
import { readPackageJson } from '../../../workspace/files.js';
import { prepareLaunch } from '../../../workspace/launcher.js';
import type { BaseWorktree } from '../../../workspace/base-worktree.js';
import { describeCommand, detectBuild } from '../../build/detect.js';
import { baseBudgetMs } from '../../on-base.js';
import type { ProbeContext } from '../../probe.js';

const CONFIG_SOURCE = 'config build.run';

/** The build the build probe ran at head, when it ran and passed. */
function headBuild(ctx: ProbeContext<unknown>): { command: string; source: string } | undefined {
  const build = ctx.result('build');
  if (build?.status !== 'pass') return undefined;
  const details = build.details as { command?: unknown; source?: unknown };
  if (typeof details.command !== 'string' || typeof details.source !== 'string') return undefined;
  return { command: details.command, source: details.source };
}

/** Runs the head's build in the worktree; returns what ran (for the details) or undefined when the head had no build. Throws when it fails. */
export async function buildOnBase(ctx: ProbeContext<unknown>, wt: BaseWorktree): Promise<string | undefined> {
  const build = headBuild(ctx);
  if (!build) return undefined;
  // The base's own build: a detected command is detected again in the worktree (the PR may have changed it).
  const plan = build.source === CONFIG_SOURCE ? undefined : detectBuild(wt.dir, {});
  if (build.source !== CONFIG_SOURCE && !plan) return 'none (the merge-base has nothing to build)';
  const launch = plan?.packageManager ? prepareLaunch(wt.dir, plan.packageManager, readPackageJson(wt.dir, wt.dir), ctx.env.PATH) : undefined;
  try {
    // A configured command is a shell command string, run as the build probe ran it.
    const command = plan?.command ?? build.command;
    const shown = describeCommand(command);
    ctx.log(`building the merge-base first: ${shown}`);
    const result = await ctx.exec(command, { cwd: wt.dir, timeoutMs: Math.max(1, baseBudgetMs(ctx)), ...(launch ? { env: launch.env } : {}) });
    if (result.exitCode !== 0) {
      const why = result.timedOut || result.aborted ? 'was stopped by the timeout' : `exited with ${result.exitCode ?? result.signal}`;
      throw new Error(`the build \`${shown}\` ${why} on the base, so its tests cannot run there: ${tailLines(result.output, 1).trim()}`);
    }
    return `\`${shown}\` (${Math.round(result.durationMs)} ms)`;
  } finally {
    launch?.dispose();
  }
}
