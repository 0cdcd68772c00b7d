// Guards what is judged against the PR's own code: HEAD, the index and the tracked tree are snapshotted
// before the first probe that runs PR code and compared after each, so every change is pinned on the
// probe that made it (`tree_changes`). The `tamper` probe turns them into `tree-modified` findings; when
// it is not selected, the engine does (`treeModifiedFindings`), so the promise holds on its own.
import { fingerprint } from '../core/fingerprint.js';
import type { TreeChange, TreeChangeKind, ProbeFinding } from '../types.js';
import { trackedChanges, type TreeSnapshot } from '../workspace/tree-snapshot.js';

/** Evidence stays bounded when a build checks out another commit (every file changes). */
const MAX_RECORDED_CHANGES = 1000;
/** One finding per changed path up to this many, then one finding counting the rest. */
const MAX_FINDINGS = 50;

export interface TreeGuard {
  snapshot(): Promise<TreeSnapshot>;
  /** Whether the engine reports changes as findings itself (no `tamper` probe selected to do it). */
  report: boolean;
}

export interface TreeWatch {
  /** Snapshot to compare the next PR-code probe against (taken on first use). */
  before(): Promise<TreeSnapshot>;
  /** Takes a new snapshot, returns the changes since `before` and makes it the next baseline. */
  after(before: TreeSnapshot): Promise<TreeChange[]>;
}

export function watchTree(guard: TreeGuard): TreeWatch {
  let baseline: Promise<TreeSnapshot> | undefined;
  return {
    before: () => (baseline ??= guard.snapshot()),
    async after(before) {
      const current = guard.snapshot();
      baseline = current;
      return trackedChanges(before, await current).slice(0, MAX_RECORDED_CHANGES);
    },
  };
}

function namedPaths(paths: unknown): string[] {
  return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
}

const DESCRIBED: Record<TreeChangeKind, string> = {
  'added': 'added to the index',
  'modified': 'modified',
  'deleted': 'deleted',
  'mode': 'mode changed',
  'unstaged': 'removed from the index',
  'head-moved': 'moved to another commit',
};

/**
 * Blocking `tree-modified` findings naming each change a probe made, except paths the probe's own
 * blocking findings already name (`file`, or `details.paths` as the held-out probe lists them). Pure.
 */
export function treeModifiedFindings(probe: string, changes: readonly TreeChange[], own: readonly ProbeFinding[] = []): ProbeFinding[] {
  const reported = new Set(own.filter((f) => f.blocking).flatMap((f) => [f.file, ...namedPaths(f.details?.paths)]));
  const unreported = changes.filter((change) => !reported.has(change.path));
  const finding = (path: string | undefined, message: string, parts: string[]): ProbeFinding => ({
    rule: 'tree-modified',
    severity: 'high',
    blocking: true,
    message: `${probe} changed what is being judged while running the PR's code: ${message}`,
    ...(path === undefined ? {} : { file: path }),
    fingerprint: fingerprint('tree-modified', probe, ...parts),
  });
  const named = unreported.slice(0, MAX_FINDINGS).map(({ path, change }) =>
    finding(path === 'HEAD' && change === 'head-moved' ? undefined : path, `${path} ${DESCRIBED[change]}`, [path, change]),
  );
  const rest = unreported.slice(MAX_FINDINGS);
  if (rest.length) named.push(finding(undefined, `and ${rest.length} more tracked path(s) changed (listed in the probe's tree_changes)`, ['more', String(rest.length)]));
  return named;
}
