// Builds the Action bundle: ncc compiles src/action/main.ts (type-checked with tsconfig.json) and bundles
// it with every dependency into one ESM folder, dist/ by default, that the runner executes as node24
// (action.yml: dist/index.js). Minified, the chunks too (ncc minifies only the entry, and the chunks
// hold almost all the code), ASCII only so V8 keeps each source one byte per character: the runner starts
// it on every job, and the smaller code starts faster in less memory (bench/action-start.js). Straight from the sources: no lib/ is written, so a
// build never races tests that run lib/, and module ids (derived from source paths) are the same on
// every machine.
// Usage: node scripts/bundle.js [OUT_DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));

// A clean folder: chunk files of an older build must not linger next to the new ones.
rmSync(out, { recursive: true, force: true });
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/action/main.ts', '-o', out, '--license', 'licenses.txt', '--no-cache', '--quiet', '--minify'],
    { cwd: root, stdio: 'inherit' },
  );
} catch {
  console.error('bundle: ncc failed (see above)');
  process.exit(1);
}

// ncc also writes the declaration files tsconfig.json asks for; the Action runs JavaScript only.
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.d.ts')) rmSync(join(entry.parentPath, entry.name));
}
for (const entry of readdirSync(out, { withFileTypes: true })) {
  const dir = join(out, entry.name);
  if (entry.isDirectory() && readdirSync(dir, { recursive: true, withFileTypes: true }).every((e) => e.isDirectory())) {
    rmSync(dir, { recursive: true });
  }
}

// Names mangled, code otherwise as written (compressing takes long and gains little here): deterministic.
for (const entry of readdirSync(out, { withFileTypes: true })) {
  if (!entry.isFile() || !/^\d+\.index\.js$/.test(entry.name)) continue;
  const path = join(out, entry.name);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: false, mangle: true, format: { ascii_only: true, comments: false } });
  writeFileSync(path, code);
}

// The bundle is ESM (import.meta, top-level await): Node must not read dist/index.js as CommonJS.
const manifest = join(out, 'package.json');
const type = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).type : undefined;
if (type !== 'module') writeFileSync(manifest, `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
