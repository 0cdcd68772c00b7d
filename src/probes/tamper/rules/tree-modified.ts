// Pure: tracked files that a probe running the PR's code (build, test, held-out) changed in the working tree
// or index, from the snapshots the engine takes around those probes.
import { compareText } from '../../../core/text.js';
import type { TreeChange, TreeChangeKind } from '../../../types.js';
import type { Hit } from '../hit.js';

export interface ProbeTreeChanges {
  probe: string;
  changes: readonly TreeChange[];
}


/** Paths named one by one per probe; the rest are counted in one more finding. */
const MAX_LISTED = 50;

const WORDS: Record<TreeChangeKind, string> = {
  added: 'added',
  modified: 'modified',
  deleted: 'deleted',
  mode: 'changed the mode of',
  unstaged: 'changed the index entry of',
  'head-moved': 'moved',
};

export function treeModified(results: readonly ProbeTreeChanges[]): Hit[] {
  const hits: Hit[] = [];
  for (const { probe, changes } of results) {
    const sorted = [...changes].sort((a, b) => compareText(a.path, b.path) || compareText(a.change, b.change));
    for (const change of sorted.slice(0, MAX_LISTED)) {
      hits.push({
        rule: 'tree-modified',
        file: change.path,
        subject: `${probe}\u0000${change.path}\u0000${change.change}`,
        message: `The ${probe} probe ${WORDS[change.change] ?? change.change} ${change.path} while running the PR's code: the code under test changed the repository it was checked in.`,
        details: { probe, change: change.change },
      });
    }
    const rest = sorted.slice(MAX_LISTED);
    if (rest.length > 0) {
      hits.push({
        rule: 'tree-modified',
        file: rest[0]!.path,
        subject: `${probe}\u0000${rest.map((c) => `${c.path}:${c.change}`).join('\u0000')}`,
        message: `The ${probe} probe changed ${rest.length} more tracked files while running the PR's code.`,
        details: { probe, paths: rest.slice(0, 200).map((c) => c.path), count: rest.length },
      });
    }
  }
  return hits;
}
