// Builds the Action bundle: tsc compiles src/ to lib/, then ncc bundles the entry with every dependency
// into one ESM folder (dist/ by default) that the runner executes as node24 (action.yml: dist/index.js).
// Usage: node scripts/bundle.js [OUT_DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));

function node(step, script, args) {
  try {
    execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`bundle: ${step} failed (see above)`);
    process.exit(1);
  }
}

node('tsc', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json']);
// A clean folder: chunk files of an older build must not linger next to the new ones.
rmSync(out, { recursive: true, force: true });
node('ncc', 'node_modules/@vercel/ncc/dist/ncc/cli.js', ['build', 'lib/src/action/main.js', '-o', out, '--license', 'licenses.txt', '--quiet']);

// The bundle is ESM (import.meta, top-level await): Node must not read dist/index.js as CommonJS.
const manifest = join(out, 'package.json');
const type = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).type : undefined;
if (type !== 'module') writeFileSync(manifest, `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
