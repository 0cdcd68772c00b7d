// Fails when dist/ differs from what scripts/bundle.js builds from the current sources: a stale bundle
// would ship old code to every workflow using the Action. The rebuild goes to a temp folder, so the
// committed dist/ is never touched. Usage: node scripts/check-dist.js [--dist DIR] (default: dist/)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const committed = resolve(values.dist ?? join(root, 'dist'));
const FIX = 'run `npm run bundle` and commit dist/';
const shown = relative(root, committed).startsWith('..') ? committed : relative(root, committed) || '.';

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** 1-based number of the first line where two texts differ. */
function firstDifferentLine(a, b) {
  const left = a.toString('utf8').split('\n');
  const right = b.toString('utf8').split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}

if (!existsSync(committed)) {
  console.error(`check-dist: ${shown} does not exist: ${FIX}`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'loki-verify-dist-'));
try {
  const fresh = join(scratch, 'dist');
  execFileSync(process.execPath, [join(root, 'scripts/bundle.js'), fresh], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const expected = files(fresh);
  const actual = files(committed);
  const problems = [
    ...expected.filter((f) => !actual.includes(f)).map((f) => `missing: ${f}`),
    ...actual.filter((f) => !expected.includes(f)).map((f) => `not produced by the build: ${f}`),
  ];
  for (const file of expected.filter((f) => actual.includes(f))) {
    const built = readFileSync(join(fresh, file));
    const present = readFileSync(join(committed, file));
    if (!built.equals(present)) problems.push(`differs: ${file} (first at line ${firstDifferentLine(built, present)})`);
  }
  if (problems.length) {
    console.error(`check-dist: ${shown} is stale, it is not what the sources build:`);
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(`check-dist: ${FIX}`);
    process.exitCode = 1;
  } else {
    console.error(`check-dist: ${shown} matches the sources (${expected.length} files)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
