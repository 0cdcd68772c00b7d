// The test files node's built-in runner finds by itself (`node --test` without arguments), so a sharded
// run can split exactly the files an unsharded run would have run.
import picomatch from 'picomatch';
import { walkFiles } from '../../workspace/files.js';

/**
 * node's default pattern (lib/internal/test_runner/utils.js kDefaultPattern, node 22.6+ with type
 * stripping): searched from the working directory, node_modules excluded, dot folders not entered.
 */
export const NODE_TEST_PATTERN = '**/{test,test/**/*,test-*,*[._-]test}.{js,mjs,cjs,ts,mts,cts}';

/** Paths (relative, with /) of the files `node --test` runs in `root`, sorted. */
export function nodeTestFiles(root: string): string[] {
  return walkFiles(root, (name) => name !== 'node_modules' && !name.startsWith('.'), picomatch(NODE_TEST_PATTERN));
}
