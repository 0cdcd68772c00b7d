// Runs probes concurrently (respecting `after`), each with its own timeout and crash isolation.
import { errorMessage, VerifyError } from '../core/errors.js';
import type { Probe, ProbeContext } from '../probes/probe.js';
import { PROBE_STATUSES, type Finding, type ProbeId, type ProbeOutcome, type ProbeResult, type TreeChange } from '../types.js';
import { FileReadError } from '../workspace/safe-read.js';
import { treeModifiedFindings, watchTree, type TreeGuard, type TreeWatch } from './tree-guard.js';

/** How long a timed-out probe gets to let its killed processes exit before the engine moves on. */
const SETTLE_AFTER_ABORT_MS = 5000;

export type Selection = { run: true } | { run: false; reason: string };

export interface EngineOptions {
  probes: readonly Probe[];
  /** Whether a probe runs at all (enabled, --only/--skip, trusted code); otherwise skipped with the reason. */
  select(probe: Probe): Selection;
  timeoutMs(probe: Probe): number;
  /** Builds the context a probe runs with; `result` looks up finished probes; `deadline` is when it is stopped. */
  context(probe: Probe, signal: AbortSignal, result: (id: ProbeId) => ProbeResult | undefined, deadline: number): ProbeContext;
  /** Called as each probe finishes (for progress lines). */
  onResult?(result: ProbeResult): void;
  /** Aborting stops every probe (interrupt). */
  signal?: AbortSignal;
  /** Snapshots HEAD, the index and the tracked tree around every probe that runs PR code. */
  tree?: TreeGuard;
}

/** Runs every probe and returns their results in registry order. */
export async function runProbes(options: EngineOptions): Promise<ProbeResult[]> {
  const done = new Map<ProbeId, ProbeResult>();
  const running = new Map<ProbeId, Promise<ProbeResult>>();
  const lookup = (id: ProbeId): ProbeResult | undefined => done.get(id);
  const tree = options.tree ? watchTree(options.tree) : undefined;

  const start = (probe: Probe): Promise<ProbeResult> => {
    const existing = running.get(probe.id);
    if (existing) return existing;
    const promise = (async () => {
      const before = options.probes.filter((p) => probe.after?.includes(p.id));
      await Promise.all(before.map(start));
      const result = await runOne(probe, options, lookup, tree);
      done.set(probe.id, result);
      options.onResult?.(result);
      return result;
    })();
    running.set(probe.id, promise);
    return promise;
  };

  return Promise.all(options.probes.map(start));
}

async function runOne(
  probe: Probe,
  options: EngineOptions,
  lookup: (id: ProbeId) => ProbeResult | undefined,
  tree: TreeWatch | undefined,
): Promise<ProbeResult> {
  const started = performance.now();
  const finish = (outcome: ProbeOutcome): ProbeResult => normalise(probe, outcome, Math.round(performance.now() - started));

  const selection = options.select(probe);
  if (!selection.run) return finish({ status: 'skipped', summary: selection.reason });
  const guard = probe.runsPrCode ? tree : undefined;
  if (!guard) return finish(await execute(probe, options, lookup, (work) => work()));

  // Only a probe that applies runs the PR's code, so only then is the tree snapshotted around it; whatever
  // its end (pass, crash, timeout), what its code did to the tree is checked.
  let changes: TreeChange[] | undefined;
  const outcome = await execute(probe, options, lookup, async (work) => {
    let before;
    try {
      before = await guard.before();
    } catch (error) {
      return { status: 'error', summary: `could not snapshot the working tree before running the PR's code: ${errorMessage(error)}` };
    }
    const outcome = await work();
    try {
      changes = await guard.after(before);
    } catch (error) {
      return { status: 'error', summary: `could not check the working tree after running the PR's code: ${errorMessage(error)}` };
    }
    return outcome;
  });
  const result = finish(outcome);
  if (changes === undefined) return result;
  if (changes.length === 0) return { ...result, tree_changes: changes };
  const findings = options.tree?.report
    ? treeModifiedFindings(probe.id, changes, result.findings).map((f) => ({ probe: probe.id, ...f }))
    : [];
  return { ...result, tree_changes: changes, findings: [...result.findings, ...findings] };
}

/**
 * Applicability, then the probe's run under its timeout, wrapped by `around` (which starts the run when
 * it is ready); a crash is an `error` outcome.
 */
async function execute(
  probe: Probe,
  options: EngineOptions,
  lookup: (id: ProbeId) => ProbeResult | undefined,
  around: (work: () => Promise<ProbeOutcome>) => Promise<ProbeOutcome>,
): Promise<ProbeOutcome> {
  const controller = new AbortController();
  const stopOnInterrupt = (): void => controller.abort();
  options.signal?.addEventListener('abort', stopOnInterrupt, { once: true });
  const timeoutMs = options.timeoutMs(probe);
  const ctx = options.context(probe, controller.signal, lookup, Date.now() + timeoutMs);
  try {
    const applicability = await caught(() => probe.applies(ctx));
    if ('status' in applicability) return applicability;
    if (!applicability.applies) return { status: 'skipped', summary: applicability.reason };
    return await around(() => caught(() => runTimed(probe, ctx, controller, timeoutMs)));
  } finally {
    options.signal?.removeEventListener('abort', stopOnInterrupt);
  }
}

/** The probe's run, stopped (and given time to settle) when it outlasts its timeout. */
async function runTimed(probe: Probe, ctx: ProbeContext, controller: AbortController, timeoutMs: number): Promise<ProbeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = probe.run(ctx);
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const first = await Promise.race([work, timedOut]);
    if (first !== 'timeout') return first;

    controller.abort();
    // Let the probe's killed processes exit and its cleanup (e.g. held-out files) run, within bounds.
    let settleTimer: NodeJS.Timeout | undefined;
    await Promise.race([work.catch(() => undefined), new Promise((r) => (settleTimer = setTimeout(r, SETTLE_AFTER_ABORT_MS)))]);
    clearTimeout(settleTimer);
    return {
      status: 'inconclusive',
      summary: `timed out after ${formatSeconds(timeoutMs)}; raise ${probe.id}.timeout in the config if this is expected`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** `step`'s value, or the outcome its exception stands for. */
async function caught<T>(step: () => T | Promise<T>): Promise<T | ProbeOutcome> {
  try {
    return await step();
  } catch (error) {
    // A file of the tree that cannot be read safely (a link out, a FIFO, too large): the probe could not judge.
    if (error instanceof FileReadError) return { status: 'inconclusive', summary: errorMessage(error) };
    const summary = error instanceof VerifyError ? errorMessage(error) : `probe crashed: ${errorMessage(error)}`;
    return { status: 'error', summary };
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Fills in the engine-owned fields and guards against probes breaking the result contract. */
function normalise(probe: Probe, outcome: ProbeOutcome, durationMs: number): ProbeResult {
  if (!PROBE_STATUSES.includes(outcome.status)) {
    return normalise(probe, { status: 'error', summary: `probe returned an unknown status '${String(outcome.status)}'` }, durationMs);
  }
  const findings: Finding[] = (outcome.findings ?? []).map((finding) => ({ probe: probe.id, ...finding }));
  return {
    id: probe.id,
    title: probe.title,
    status: outcome.status,
    // One line in the terminal, the probe table and annotations, whatever a tool's error text held.
    summary: outcome.summary.replace(/\s*\n\s*/g, ' ').trim(),
    duration_ms: durationMs,
    findings,
    details: outcome.details ?? {},
  };
}
