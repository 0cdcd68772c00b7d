// npm pack / npm publish: compile a fresh lib/ (gitignored, so a clean clone has none). The old lib/ is
// removed first so no module of a deleted source is shipped, and no source maps are written: they
// would point at src/, which the package does not carry.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

rmSync(join(root, 'lib'), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--sourceMap', 'false'], {
    cwd: root,
    stdio: 'inherit',
  });
} catch {
  console.error('prepack: tsc failed (see above); nothing to pack');
  process.exit(1);
}
