// The held-out probe: acceptance checks kept outside the repository, run only at the gate.
// A held-out file that cannot be read, parsed or validated is an input error of the gate: it throws
// VerifyError, which the engine turns into probe status `error` (verdict ERROR, never a pass).
import { Type } from 'typebox';
import { oneOf, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, notApplicable, type ProbeContext } from '../probe.js';
import { parseHeldout } from '../../heldout/file.js';
import { buildOutcome, itemLabel, REVEALS, type ItemReport } from './outcome.js';
import { runItem } from './run-item.js';
import { readHeldoutSource } from './source.js';
import { compareSnapshots, createTreeSnapshotter, type TreeChanges } from '../../workspace/tree-snapshot.js';

const RESERVE_MS = 5000;

const settings = Type.Object({
  reveal: withDefault(oneOf(REVEALS, { description: 'What evidence and logs show of an item.' }), 'titles'),
  log_output: withDefault(Type.Boolean({ description: "Write each item's output to the step log." }), false),
});

export const heldoutProbe = defineProbe({
  id: 'heldout',
  title: 'Held-out acceptance checks',
  timeout: 600,
  settings,
  // Runs the PR's code; after the probes that build and run it, so no other probe writes to the tree meanwhile.
  after: ['build', 'test', 'static'],
  runsPrCode: true,
  // The checks' output would tell the builder what they test; it is shown only on request.
  hidesOutput: (settings) => !settings.log_output,

  applies(ctx) {
    return ctx.options.heldout?.trim() ? APPLIES : notApplicable('no held-out checks supplied');
  },

  async run(ctx) {
    // Items stop a little before the engine's own timeout would, so results already gathered (a failed
    // item) are reported instead of a bare "timed out": enough for the kill grace and a tree snapshot.
    const budgetMs = ctx.deadline - Date.now();
    const deadline = ctx.deadline - Math.min(RESERVE_MS, budgetMs / 10);
    const { reveal, log_output: keepOutput } = ctx.settings;

    const source = ctx.options.heldoutSource ?? readHeldoutSource(ctx.options.heldout ?? '', ctx.root);
    if (source instanceof Error) throw source;
    const { items } = parseHeldout(source.text, source.label);
    if (items.length === 0) return { status: 'skipped', summary: 'the held-out checks list no items' };

    const snapshotter = createTreeSnapshotter(ctx.git);
    let previous = await snapshotter.snapshot({ untracked: true });
    const reports: ItemReport[] = [];
    for (const item of items) {
      const { result, touched, output } = await runItem(ctx, item, { remainingMs: deadline - Date.now(), keepOutput });
      // Compared after every item that ran, so a change is pinned on the item whose run made it.
      let changes: TreeChanges = { changed: [], ignored: [] };
      if (touched) {
        const current = await snapshotter.snapshot({ untracked: true });
        changes = compareSnapshots(previous, current);
        previous = current;
      }
      // A hidden file that could not be removed is counted in `leftovers`; its path stays secret.
      const hidden = new Set(Object.keys(item.files ?? {}));
      const treeChanges = changes.changed.filter((path) => !hidden.has(path));
      const ignoredChanges = changes.ignored.filter((path) => !hidden.has(path));
      reports.push({ ...result, treeChanges, ignoredChanges });
      logItem(ctx, itemLabel(result, reveal), result.status, result.reason, result.durationMs, output);
    }
    return buildOutcome({ source: source.kind, reveal, items: reports, insideTree: source.insideTree });
  },
});

function logItem(ctx: ProbeContext, label: string, status: string, reason: string, ms: number, output?: string): void {
  ctx.log(`${label}: ${status} (${reason}) in ${(ms / 1000).toFixed(1)} s`);
  if (output === undefined) return;
  for (const line of output.replace(/\s+$/, '').split('\n')) ctx.log(`${label} | ${line}`);
}
