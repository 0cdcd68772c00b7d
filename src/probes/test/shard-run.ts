// The test probe's part of a sharded run: which command runs this shard's slice (slice.ts decides how a
// command is cut), or why this shard runs nothing. Listing units (pytest's collection, `go list`) is
// the runner's own work and runs here, as the tests do.
import { ELSEWHERE_REASON, EMPTY_SLICE_REASON } from '../../merge/merge.js';
import type { ProbeOutcome, Shard } from '../../types.js';
import { describeCommand } from '../build/detect.js';
import type { ProbeContext } from '../probe.js';
import type { TestPlan } from './detect.js';
import type { TestSettings } from './index.js';
import { hashSlice, nodeTestShardOption, runnerShardArgs } from './slice.js';

export type SliceRun =
  /** Run `command`; `nodeOption` goes into NODE_OPTIONS, and both are shown as the slice's command. */
  | { command: string | string[]; nodeOption?: string }
  /** Nothing to run on this shard. */
  | { outcome: ProbeOutcome };

/** Bounds the listing of units: it is a collection, not a test run. */
const LIST_TIMEOUT_MS = 120_000;

export async function sliceRun(ctx: ProbeContext<TestSettings>, plan: TestPlan, shard: Shard): Promise<SliceRun> {
  const skipped = (summary: string, details: Record<string, unknown>): SliceRun => ({
    outcome: { status: 'skipped', summary, details: { runner: plan.runner, source: plan.source, shard, ...details } },
  });
  // A command that cannot be cut runs whole, once: on shard 1.
  const whole = (why: string): SliceRun => (shard.index === 1 ? { command: plan.command } : skipped(ELSEWHERE_REASON, { why }));
  const slicing = plan.slicing;
  if (!slicing) return whole(`${plan.runner} (${plan.source}) cannot run a slice`);
  switch (slicing.by) {
    case 'flag':
      return { command: slicing.withArgs(runnerShardArgs(slicing.runner, shard) ?? []) };
    case 'node-option':
      return { command: plan.command, nodeOption: nodeTestShardOption(shard) };
    case 'units':
    case 'listed-units': {
      const units = slicing.by === 'units' ? { found: slicing.find() } : await listUnits(ctx, slicing.list, slicing.read);
      if ('why' in units) return whole(units.why);
      // Nothing found at all: the unsharded run's outcome (no tests), once.
      if (units.found.length === 0) return whole('no test files to split');
      const mine = hashSlice(units.found, shard);
      if (mine.length === 0) return skipped(EMPTY_SLICE_REASON, { units: units.found.length });
      return { command: slicing.withUnits(mine) };
    }
  }
}

async function listUnits(ctx: ProbeContext<TestSettings>, list: string[], read: (stdout: string) => string[]): Promise<{ found: string[] } | { why: string }> {
  const listed = await ctx.exec(list, { timeoutMs: Math.max(1_000, Math.min(LIST_TIMEOUT_MS, ctx.deadline - Date.now())) });
  if (listed.exitCode !== 0) return { why: `\`${describeCommand(list)}\` exited with ${listed.exitCode ?? listed.signal}, so the tests could not be split` };
  return { found: read(listed.stdout) };
}
