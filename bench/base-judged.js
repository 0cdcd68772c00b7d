#!/usr/bin/env node
// Cost of judging tests against the merge-base on a green PR: a vitest suite of 2,000 tests (40 files
// of 50) in a git repository, and a PR that fixes a function and adds 5 tests for it in a new file.
// The test probe runs twice per round, interleaved so machine load hits both alike:
//   1. off: test.anti_placebo: off (the head run alone; with no failing test nothing else runs);
//   2. on:  the default (concern): the head run (the base worktree prepared meanwhile), then the 5 new tests on the base.
// The base's checkout and dependencies are prepared while the head's tests run; the base's own test run
// follows the head run. Reported: the base part after the head run (details.base.duration_ms), the
// overlapped preparation (details.base.prepare_ms), and on - off per round as a cross-check.
// Target: both under 10% of the full test run (medians over the rounds). Print the load average with them.
// Needs a build first: npx tsc -p tsconfig.json (the probe runs from lib/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'lib/src');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = 40;
const TESTS_PER_FILE = 50;
const NEW_TESTS = 5;

if (!existsSync(join(LIB, 'probes/test/index.js'))) {
  console.error('bench/base-judged.js: build first (npx tsc -p tsconfig.json)');
  process.exit(3);
}
const { testProbe } = await import(join(LIB, 'probes/test/index.js'));
const { createProbeContext } = await import(join(LIB, 'probes/context.js'));
const { probeSettings } = await import(join(LIB, 'config/defaults.js'));
const { scrubEnv } = await import(join(LIB, 'process/env.js'));
const { createGit } = await import(join(LIB, 'git/git.js'));
const { resolveDiff } = await import(join(LIB, 'diff/resolve.js'));

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.test', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.test' };
const git = (dir, ...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, stdio: 'pipe' });

function buildRepository(dir) {
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-suite', type: 'module', scripts: { test: 'vitest run' } }));
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'test'));
  writeFileSync(join(dir, 'src/clamp.js'), 'export const clamp = (x, lo, hi) => Math.max(lo, x);\n');
  for (let f = 0; f < FILES; f++) {
    const tests = Array.from({ length: TESTS_PER_FILE }, (_, t) => `  it('case ${t}', () => expect(${f} + ${t}).toBe(${f + t}));`).join('\n');
    writeFileSync(join(dir, 'test', `suite-${f}.test.js`), `import { describe, it, expect } from 'vitest';\n\ndescribe('suite ${f}', () => {\n${tests}\n});\n`);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  // vitest is installed, not committed: this project's own copy, as `npm ci` would provide it.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  git(dir, 'checkout', '-qb', 'fix');
  writeFileSync(join(dir, 'src/clamp.js'), 'export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));\n');
  const tests = Array.from({ length: NEW_TESTS }, (_, t) => `  it('caps ${t}', () => expect(clamp(${100 + t}, 0, 10)).toBe(10));`).join('\n');
  writeFileSync(join(dir, 'test/clamp.test.js'), `import { describe, it, expect } from 'vitest';\nimport { clamp } from '../src/clamp.js';\n\ndescribe('clamp', () => {\n${tests}\n});\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'fix clamp');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-base-'));
try {
  buildRepository(dir);
  const gitApi = createGit(dir);
  const diff = await resolveDiff(gitApi, { base: 'main' });
  const childEnv = scrubEnv(process.env, []);
  const context = (antiPlacebo) =>
    createProbeContext({
      root: dir,
      diff,
      settings: probeSettings({ test: { anti_placebo: antiPlacebo } }, testProbe),
      options: {},
      git: gitApi,
      now: new Date(),
      deadline: Date.now() + 900_000,
      signal: new AbortController().signal,
      childEnv,
      // BENCH_TRACE=1 prints the probe's log lines with their time, to see where the time goes.
      log: process.env.BENCH_TRACE ? (line) => console.log(`  ${performance.now().toFixed(0).padStart(8)} ms  ${line}`) : () => undefined,
      result: () => undefined,
    });
  console.log(`suite: ${FILES} files x ${TESTS_PER_FILE} tests = ${FILES * TESTS_PER_FILE} vitest tests; the PR adds ${NEW_TESTS} tests in one new file`);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} rounds of both, alternating which goes first (after one warm-up round)`);

  const rounds = [];
  const probe = async (mode) => {
    const started = performance.now();
    const outcome = await testProbe.run(context(mode));
    return { outcome, ms: performance.now() - started };
  };
  for (let round = -1; round < RUNS; round++) {
    // Alternating which runs first, so whatever the first run warms (page cache, compile cache) favours neither.
    const order = round % 2 === 0 ? ['off', 'concern'] : ['concern', 'off'];
    const results = {};
    for (const mode of order) results[mode] = await probe(mode);
    const { off, concern: on } = results;
    if (off.outcome.status !== 'pass') throw new Error(`off: ${off.outcome.status} ${off.outcome.summary}`);
    const newTests = on.outcome.details.new_tests ?? [];
    if (on.outcome.status !== 'pass' || on.outcome.findings?.length || newTests.length !== NEW_TESTS || !newTests.every((t) => t.fails_on_base)) {
      throw new Error(`on: ${on.outcome.status} ${on.outcome.summary} ${JSON.stringify(on.outcome.details.anti_placebo)} ${JSON.stringify(newTests)}`);
    }
    if (round < 0) continue;
    const base = on.outcome.details.base;
    rounds.push({ off: off.ms, on: on.ms, base: base.duration_ms, prepare: base.prepare_ms });
  }
  const list = (key) => rounds.map((r) => r[key].toFixed(0)).join(', ');
  const med = (f) => median(rounds.map(f));
  const percent = (ratio) => `${(ratio * 100).toFixed(1)}%`;
  console.log(`full test run (anti_placebo: off):        median ${med((r) => r.off).toFixed(0)} ms  (${list('off')})`);
  console.log(`with the base judgement (default):        median ${med((r) => r.on).toFixed(0)} ms  (${list('on')})`);
  console.log(`base checkout + dependencies (overlapped): median ${med((r) => r.prepare).toFixed(0)} ms  (${list('prepare')})`);
  console.log(`base part after the head run:              median ${med((r) => r.base).toFixed(0)} ms  (${list('base')})`);
  // Per round, so a load swing between rounds does not count as cost: the base part measured directly,
  // and the whole probe's extra time (on - off of the same round; noisier, a cross-check).
  const basePart = med((r) => r.base / r.off);
  const extra = med((r) => (r.on - r.off) / r.off);
  console.log(`base part: ${percent(basePart)} of the full run; extra on - off: ${percent(extra)} (medians of the rounds' ratios)`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const met = basePart < 0.1 && extra < 0.1;
  console.log(`target < 10%: ${met ? 'met' : 'NOT met'}`);
  if (!met) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
