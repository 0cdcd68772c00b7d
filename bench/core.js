#!/usr/bin/env node
// Gate overhead benchmark: a repository of 20,000 files with a 1,000-file PR; the gate resolves the
// diff, runs the engine (every probe deselected, so build and test cost nothing) and writes evidence.
// Prints wall time and peak memory of the whole CLI process, median of several runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FILES = Number(process.env.BENCH_FILES ?? 20_000);
const PR_FILES = Number(process.env.BENCH_PR_FILES ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-core-'));
const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
const write = (path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const body = (i, version) => Array.from({ length: 20 }, (_, line) => `export const value${line} = ${i * 31 + line + version};`).join('\n') + '\n';

try {
  git('init', '-q', '-b', 'main');
  for (let i = 0; i < FILES; i++) write(`pkg${i % 100}/module${i}.js`, body(i, 0));
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.test', 'commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  // The PR: 800 modified files (a few lines each) and 200 new ones.
  for (let i = 0; i < PR_FILES; i++) {
    if (i < PR_FILES * 0.8) write(`pkg${i % 100}/module${i * 7}.js`, body(i * 7, 1));
    else write(`feature/new${i}.js`, body(i, 2));
  }
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.test', 'commit', '-q', '-m', 'pr');

  const script = `
    import { main } from ${JSON.stringify(join(ROOT, 'lib/src/cli.js'))};
    const started = performance.now();
    const code = await main(['main', '--skip', 'build,test,static,secrets,dependencies,heldout', '--out', process.argv[1]],
      { stdout() {}, stderr() {}, env: process.env, stderrIsTTY: false, cwd: process.cwd() });
    process.stdout.write(JSON.stringify({ code, gateMs: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));`;
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, join(dir, '.out')], { cwd: dir, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`gate run failed: ${child.stderr}`);
    samples.push({ ...JSON.parse(child.stdout), wallMs: performance.now() - started });
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const max = (key) => Math.max(...samples.map((s) => s[key]));
  console.log(`core overhead: ${FILES} files, ${PR_FILES}-file PR, ${RUNS} runs (exit code ${samples[0].code}: CONCERNS, as no probe ran)`);
  console.log(`  gate (diff + engine + evidence), median: ${median('gateMs').toFixed(0)} ms (max ${max('gateMs').toFixed(0)} ms)`);
  console.log(`  whole CLI process incl. node start, median: ${median('wallMs').toFixed(0)} ms (max ${max('wallMs').toFixed(0)} ms)`);
  console.log(`  peak memory (max RSS), max: ${(max('maxRssKb') / 1024).toFixed(1)} MB`);
  console.log(`  targets: < 1500 ms, < 200 MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
