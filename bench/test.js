#!/usr/bin/env node
// Test probe overhead: a vitest suite of 2,000 tests (40 files of 50), run
//   1. raw: the repository's test command as the user runs it (`npm run test`), nothing added;
//   2. probe: testProbe.run in this process: the same command with result collection (the preload in
//      NODE_OPTIONS, one JSON report per vitest run), reading the report and judging it.
// Target: the probe's own overhead <= 5% of the raw time or 300 ms, whichever is larger.
// Runs are interleaved so machine load hits both alike; medians are printed.
// Needs a build first: npx tsc -p tsconfig.json (the probe runs from lib/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'lib/src');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILES = 40;
const TESTS_PER_FILE = 50;

if (!existsSync(join(LIB, 'probes/test/index.js'))) {
  console.error('bench/test.js: build first (npx tsc -p tsconfig.json)');
  process.exit(3);
}
const { testProbe } = await import(join(LIB, 'probes/test/index.js'));
const { createProbeContext } = await import(join(LIB, 'probes/context.js'));
const { probeSettings } = await import(join(LIB, 'config/defaults.js'));
const { scrubEnv } = await import(join(LIB, 'process/env.js'));
const { createGit } = await import(join(LIB, 'git/git.js'));

function buildSuite(dir) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-suite', type: 'module', scripts: { test: 'vitest run' } }));
  // vitest is installed, not part of the suite: this project's own copy, as `npm ci` would provide it.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'test'));
  for (let f = 0; f < FILES; f++) {
    const tests = Array.from({ length: TESTS_PER_FILE }, (_, t) => `  it('case ${t}', () => expect(${f} + ${t}).toBe(${f + t}));`).join('\n');
    writeFileSync(join(dir, 'test', `suite-${f}.test.js`), `import { describe, it, expect } from 'vitest';\n\ndescribe('suite ${f}', () => {\n${tests}\n});\n`);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-test-'));
try {
  buildSuite(dir);
  const childEnv = scrubEnv(process.env, []);
  const ctx = createProbeContext({
    root: dir,
    diff: { files: [], commits: [] },
    settings: probeSettings({}, testProbe),
    options: {},
    // The probe makes no git call; the context binds one to the probe's signal all the same.
    git: createGit(dir),
    now: new Date(),
    deadline: Number.POSITIVE_INFINITY,
    signal: new AbortController().signal,
    childEnv,
    log: () => undefined,
    result: () => undefined,
  });
  console.log(`suite: ${FILES} files x ${TESTS_PER_FILE} tests = ${FILES * TESTS_PER_FILE} vitest tests`);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} interleaved runs each (after one warm-up of each)`);

  const times = { raw: [], probe: [] };
  for (let run = -1; run < RUNS; run++) {
    let started = performance.now();
    const raw = spawnSync('npm', ['run', 'test'], { cwd: dir, env: childEnv, encoding: 'utf8' });
    const rawMs = performance.now() - started;
    if (raw.status !== 0) throw new Error(`raw run exited ${raw.status}: ${raw.stderr.slice(-400)}`);
    started = performance.now();
    const outcome = await testProbe.run(ctx);
    const probeMs = performance.now() - started;
    if (outcome.status !== 'pass' || outcome.details.total !== FILES * TESTS_PER_FILE) throw new Error(`probe: ${outcome.status} ${outcome.summary}`);
    if (run < 0) continue;
    times.raw.push(rawMs);
    times.probe.push(probeMs);
  }
  const raw = median(times.raw);
  const probe = median(times.probe);
  const overhead = probe - raw;
  const allowed = Math.max(0.05 * raw, 300);
  console.log(`raw \`npm run test\`:  median ${raw.toFixed(0)} ms  (${times.raw.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`test probe:          median ${probe.toFixed(0)} ms  (${times.probe.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`overhead: ${overhead.toFixed(0)} ms (${((overhead / raw) * 100).toFixed(1)}%); target <= ${allowed.toFixed(0)} ms (5% or 300 ms): ${overhead <= allowed ? 'met' : 'NOT met'}`);
  if (overhead > allowed) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
