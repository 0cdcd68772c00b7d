// Runs one held-out item: writes its hidden files, runs its command, removes the files, classifies the result.
import type { ExecResult } from '../../process/exec.js';
import type { ProbeContext } from '../probe.js';
import type { HeldoutItem } from '../../heldout/file.js';
import { materialise } from './materialise.js';

export type ItemStatus = 'pass' | 'fail' | 'inconclusive';

export interface ItemResult {
  id: string;
  title: string;
  status: ItemStatus;
  /** Public explanation: exit code, timeout, conflict. Never the command, a hidden path, or output. */
  reason: string;
  durationMs: number;
  exitCode?: number | null;
  /** Hidden files that could not be removed (count only: their paths are secret). */
  leftovers: number;
}

export interface ItemRun {
  /** Milliseconds the probe has left; the item gets at most this much. */
  remainingMs: number;
  /** Keep the output for the step log (config `heldout.log_output`). */
  keepOutput: boolean;
}

/**
 * The item's result; `touched` when anything was written or run (the tree needs checking afterwards);
 * with `keepOutput`, the command's output for the step log.
 */
export async function runItem(
  ctx: ProbeContext,
  item: HeldoutItem,
  run: ItemRun,
): Promise<{ result: ItemResult; touched: boolean; output?: string }> {
  const base = { id: item.id, title: item.title, durationMs: 0, leftovers: 0 };
  const notRun = (reason: string): { result: ItemResult; touched: false } => ({
    result: { ...base, status: 'inconclusive', reason },
    touched: false,
  });
  if (ctx.signal.aborted) return notRun('not run: the gate stopped the probe');
  if (run.remainingMs <= 0) return notRun('not run: the held-out probe\'s time budget ran out');

  const placed = materialise(ctx.root, item.files ?? {});
  if (!placed.ok) return notRun(placed.reason);

  const ownLimit = item.timeout === undefined ? Infinity : item.timeout * 1000;
  const timeoutMs = Math.max(1, Math.min(ownLimit, run.remainingMs));
  let exec: ExecResult;
  try {
    // keepBytes 0 unless the output is wanted: what is never captured cannot leak into evidence.
    exec = await ctx.exec(item.run, { timeoutMs, keepBytes: run.keepOutput ? undefined : 0 });
  } finally {
    base.leftovers = placed.materialised.remove().length;
  }
  const budgetHit = timeoutMs < ownLimit;
  const result: ItemResult = { ...base, durationMs: exec.durationMs, exitCode: exec.exitCode, ...classify(exec, timeoutMs, budgetHit) };
  return run.keepOutput ? { result, touched: true, output: exec.output } : { result, touched: true };
}

function classify(exec: ExecResult, timeoutMs: number, budgetHit: boolean): Pick<ItemResult, 'status' | 'reason'> {
  if (exec.timedOut) {
    const limit = `${formatSeconds(timeoutMs)}`;
    return {
      status: 'inconclusive',
      reason: budgetHit ? `timed out: the held-out probe's time budget ran out after ${limit}` : `timed out after ${limit}`,
    };
  }
  if (exec.aborted) return { status: 'inconclusive', reason: 'stopped: the gate stopped the probe' };
  if (exec.spawnError !== undefined) return { status: 'inconclusive', reason: 'could not start the shell' };
  if (exec.exitCode === 0) return { status: 'pass', reason: 'passed' };
  if (exec.exitCode === 127) return { status: 'inconclusive', reason: 'command not found (exit code 127)' };
  if (exec.exitCode === 126) return { status: 'inconclusive', reason: 'command not executable (exit code 126)' };
  if (exec.exitCode === null) return { status: 'fail', reason: `killed by ${exec.signal ?? 'a signal'}` };
  return { status: 'fail', reason: `exit code ${exec.exitCode}` };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
