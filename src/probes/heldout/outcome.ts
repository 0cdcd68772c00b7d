// Turns item results into the probe's outcome. Pure. Shows ids, statuses, durations and (by default)
// titles; never commands, hidden paths or contents, or output: none of those reach this module.
import { fingerprint } from '../../core/fingerprint.js';
import type { ProbeFinding, ProbeOutcome } from '../../types.js';
import type { ItemResult } from './run-item.js';

/** What evidence and logs show of a held-out item (config `heldout.reveal`). */
export const REVEALS = ['ids', 'titles'] as const;
export type Reveal = (typeof REVEALS)[number];

export interface ItemReport extends ItemResult {
  /** Working-tree paths the item's run changed (see tree.ts); hidden paths never appear here. */
  treeChanges: string[];
  /** Ignored entries (caches, build output) the run added or removed: reported, not graded. */
  ignoredChanges: string[];
}

export interface OutcomeInput {
  source: 'file' | 'inline';
  reveal: Reveal;
  items: ItemReport[];
  /** Repository-relative path of a held-out file that lies inside the working tree. */
  insideTree?: string;
}

const LISTED_PATHS = 10;

/** `AC-7` or `AC-7 ("Rejects negative amounts")`, as the reveal setting allows. */
export function itemLabel(item: Pick<ItemResult, 'id' | 'title'>, reveal: Reveal): string {
  return reveal === 'titles' ? `${item.id} ("${item.title}")` : item.id;
}

export function buildOutcome(input: OutcomeInput): ProbeOutcome {
  const { items, reveal } = input;
  const findings: ProbeFinding[] = [];
  if (input.insideTree !== undefined) findings.push(insideTreeFinding(input.insideTree));
  for (const item of items) {
    if (item.status === 'fail') findings.push(itemFinding(item, reveal, 'item-failed'));
    if (item.status === 'inconclusive') findings.push(itemFinding(item, reveal, 'item-inconclusive'));
    if (item.treeChanges.length || item.leftovers) findings.push(treeFinding(item, reveal));
  }

  const failed = items.filter((i) => i.status === 'fail');
  const unsure = items.filter((i) => i.status === 'inconclusive');
  const blocking = findings.some((f) => f.blocking);
  const status = blocking ? 'fail' : unsure.length ? 'inconclusive' : 'pass';
  return {
    status,
    summary: summarise(items.length, failed, unsure, items.some((i) => i.treeChanges.length || i.leftovers)),
    findings,
    details: {
      source: input.source,
      reveal,
      counts: {
        total: items.length,
        passed: items.filter((i) => i.status === 'pass').length,
        failed: failed.length,
        inconclusive: unsure.length,
      },
      items: items.map((item) => ({
        id: item.id,
        ...(reveal === 'titles' ? { title: item.title } : {}),
        status: item.status,
        reason: item.reason,
        duration_ms: item.durationMs,
        ...(item.treeChanges.length ? { tree_changes: item.treeChanges } : {}),
        ...(item.leftovers ? { hidden_files_left: item.leftovers } : {}),
        ...(item.ignoredChanges.length ? { ignored_changes: item.ignoredChanges.slice(0, 50) } : {}),
      })),
    },
  };
}

function summarise(total: number, failed: ItemResult[], unsure: ItemResult[], treeChanged: boolean): string {
  const checks = total === 1 ? '1 held-out check' : `${total} held-out checks`;
  const ids = (list: ItemResult[]): string => list.map((i) => i.id).join(', ');
  const parts: string[] = [];
  const passed = total - failed.length - unsure.length;
  if (!failed.length && !unsure.length) parts.push(total === 1 ? `${checks} passed` : `all ${checks} passed`);
  else {
    parts.push(`${checks}: ${passed} passed`);
    if (failed.length) parts.push(`${failed.length} failed (${ids(failed)})`);
    if (unsure.length) parts.push(`${unsure.length} could not run (${ids(unsure)})`);
  }
  const text = parts.join(', ');
  return treeChanged ? `${text}; the held-out run changed the working tree` : text;
}

function itemFinding(item: ItemResult, reveal: Reveal, rule: 'item-failed' | 'item-inconclusive'): ProbeFinding {
  const failed = rule === 'item-failed';
  return {
    rule: `heldout/${rule}`,
    severity: failed ? 'high' : 'medium',
    blocking: failed,
    message: failed
      ? `held-out check ${itemLabel(item, reveal)} failed: ${item.reason}`
      : `held-out check ${itemLabel(item, reveal)} could not run: ${item.reason}`,
    fingerprint: fingerprint('heldout', rule, item.id),
    details: { item: item.id, status: item.status, reason: item.reason },
  };
}

function treeFinding(item: ItemReport, reveal: Reveal): ProbeFinding {
  const shown = item.treeChanges.slice(0, LISTED_PATHS);
  const more = item.treeChanges.length - shown.length;
  const parts = [...shown];
  if (more > 0) parts.push(`and ${more} more`);
  if (item.leftovers) parts.push(`${item.leftovers} hidden file(s) that could not be removed`);
  return {
    rule: 'heldout/tree-changed',
    severity: 'high',
    blocking: true,
    message: `held-out run changed the working tree (check ${itemLabel(item, reveal)}): ${parts.join(', ')}`,
    fingerprint: fingerprint('heldout', 'tree-changed', item.id, item.treeChanges.join('\0'), item.leftovers),
    details: { item: item.id, paths: item.treeChanges.slice(0, 50), hidden_files_left: item.leftovers },
  };
}

function insideTreeFinding(path: string): ProbeFinding {
  return {
    rule: 'heldout/file-in-working-tree',
    severity: 'medium',
    blocking: false,
    message: `the held-out file ${path} is inside the working tree, where the builder can read it: keep it outside the repository (e.g. in a CI secret)`,
    file: path,
    fingerprint: fingerprint('heldout', 'file-in-working-tree', path),
  };
}
