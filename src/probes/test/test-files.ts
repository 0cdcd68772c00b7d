// The test files node's built-in runner finds by itself (`node --test` without arguments), so a sharded
// run can split exactly the files an unsharded run would have run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

/**
 * node's default pattern (lib/internal/test_runner/utils.js kDefaultPattern, node 22.6+ with type
 * stripping): searched from the working directory, node_modules excluded, dot folders not entered.
 */
export const NODE_TEST_PATTERN = '**/{test,test/**/*,test-*,*[._-]test}.{js,mjs,cjs,ts,mts,cts}';

/** Paths (relative, with /) of the files `node --test` runs in `root`, sorted. Symbolic links are not followed. */
export function nodeTestFiles(root: string): string[] {
  const matches = picomatch(NODE_TEST_PATTERN);
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && matches(path)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}
