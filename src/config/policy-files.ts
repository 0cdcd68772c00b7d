// Reads the probes' own policy files (`.gitleaks.toml`) from where the run reads its policy: the
// merge-base commit, or the working tree with `--policy-from head`. Apart from load.ts so that a probe
// can use it without loading the config machinery.
import { join } from 'node:path';
import { readFileSafely } from '../workspace/safe-read.js';
import type { PolicyFrom } from './load.js';

/** A probe's policy file is a short list or a few rules; a larger one in the working tree is refused. */
const MAX_POLICY_FILE_BYTES = 8 * 1024 * 1024;

export interface PolicyFileReader {
  from: PolicyFrom;
  /** The file's text, or undefined when it does not exist there; throws when it cannot be read safely. */
  read(path: string): Promise<string | undefined>;
  /** The path as messages name it: `.gitleaks.toml (at the merge-base)`. */
  shown(path: string): string;
}

export interface PolicyFileSource {
  /** The repository's top level. */
  root: string;
  from: PolicyFrom;
  /** Reads a repository path at the merge-base commit; undefined when it does not exist there. */
  readAtMergeBase(path: string): Promise<string | undefined>;
}

export function policyFileReader({ root, from, readAtMergeBase }: PolicyFileSource): PolicyFileReader {
  if (from === 'head') {
    return {
      from,
      // Like the config file itself: a regular file of the tree, no link out of it.
      read: (path) => Promise.resolve(readFileSafely(join(root, path), { maxBytes: MAX_POLICY_FILE_BYTES, shown: path, within: root })),
      shown: (path) => `${path} (in the working tree, --policy-from head)`,
    };
  }
  return { from, read: readAtMergeBase, shown: (path) => `${path} (at the merge-base)` };
}
