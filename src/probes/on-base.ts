// Running the PR's build or tests again on the merge-base, for the probes that judge a failure by
// whether it was already there: a temporary base worktree within the probe's own deadline, kept back
// from it so the head's outcome is still returned when the base is slow, and always removed.
import type { BaseWorktree } from '../workspace/base-worktree.js';
import type { ProbeContext } from './probe.js';

/** `concern`: a failure the base has too is advisory (preexisting-failure); `block`: it blocks as before. */
export const PREEXISTING_MODES = ['concern', 'block'] as const;
export type PreexistingMode = (typeof PREEXISTING_MODES)[number];

/** Kept back from the probe's deadline for the head's own outcome. */
const RESERVE_MS = 5_000;
/** Below this the base is not even checked out. */
const MIN_BUDGET_MS = 15_000;

/** Milliseconds a command on the base may still run. */
export function baseBudgetMs(ctx: Pick<ProbeContext, 'deadline'>): number {
  return ctx.deadline - Date.now() - RESERVE_MS;
}

/** A fresh worktree of the merge-base with its dependencies; throws (one line) when it cannot be made or time is short. */
export async function openOnBase<C>(ctx: ProbeContext<C>): Promise<BaseWorktree> {
  if (baseBudgetMs(ctx) < MIN_BUDGET_MS) throw new Error('too little time left before the probe timeout');
  // Loaded when a base is needed: the probes' definitions (which import this module) stay light.
  const { openBaseWorktree } = await import('../workspace/base-worktree.js');
  return openBaseWorktree({
    git: ctx.git,
    root: ctx.root,
    sha: ctx.diff.mergeBase,
    changed: ctx.diff.files,
    signal: ctx.signal,
    run: async (argv, cwd) => {
      const result = await ctx.exec(argv, { cwd, timeoutMs: Math.max(1, baseBudgetMs(ctx)) });
      return { ok: result.exitCode === 0, output: result.output };
    },
  });
}

/** Runs `use` in a fresh worktree of the merge-base, removed afterwards. */
export async function onBaseWorktree<C, T>(ctx: ProbeContext<C>, use: (worktree: BaseWorktree) => Promise<T>): Promise<T> {
  const worktree = await openOnBase(ctx);
  try {
    ctx.log(`judging against the merge-base ${ctx.diff.mergeBase.slice(0, 12)} in a temporary worktree (dependencies: ${worktree.dependencies})`);
    return await use(worktree);
  } finally {
    worktree.dispose();
  }
}
