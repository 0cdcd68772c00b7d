#!/usr/bin/env node
// Action cold start: the bundle (node dist/index.js, as the runner starts it) on a trivial repository,
// without upload or comment. Prints the time to the first probe line and the peak RSS, side by side with
// `node -e 0` (the floor no Action can go under), median of several runs.
// Usage: node bench/action-start.js [--dist DIR] (default dist/; `node scripts/bundle.js DIR` builds one)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const ENTRY = join(resolve(values.dist ?? join(ROOT, 'dist')), 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PROBE_LINE = /^ {2}\S+ +(pass|fail|inconclusive|skipped|error) /m;

/** Peak resident set of a process so far (VmHWM), in bytes; 0 once it is gone. */
function peakRss(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs a command; resolves with the wall time to the first stdout match (or exit), the total, and peak RSS. */
function measure(args, options, firstLine) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let firstMs;
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 5);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (firstMs === undefined && firstLine?.test(out)) firstMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk) => (out += chunk));
    // VmHWM is read one last time as the process ends (exit fires before the pid is reaped).
    child.on('exit', () => (peak = Math.max(peak, peakRss(child.pid))));
    child.on('close', (code) => {
      clearInterval(poll);
      const totalMs = performance.now() - started;
      if (firstLine && firstMs === undefined) return fail(new Error(`no probe line (exit ${code}):\n${out}`));
      done({ firstMs: firstMs ?? totalMs, totalMs, peakMb: peak / 2 ** 20 });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-start-'));
try {
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.test', ...args], { cwd: repo });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README.md'), '# bench\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'README.md'), '# bench\n\nA change.\n');
  git('commit', '-q', '-am', 'change');

  const runner = join(dir, 'runner');
  mkdirSync(join(runner, 'temp'), { recursive: true });
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
  for (const [name, file] of Object.entries(files)) {
    files[name] = join(runner, file);
    writeFileSync(files[name], '');
  }
  writeFileSync(join(runner, 'event.json'), '{}');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: 'loki/bench',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: join(runner, 'temp'),
    ...files,
    INPUT_BASE: 'main',
    'INPUT_WORKING-DIRECTORY': repo,
    'INPUT_FAIL-ON': 'blocked',
    'INPUT_ARTIFACT-NAME': 'loki-verify-evidence',
    INPUT_COMMENT: 'false',
    // The runner always passes the github-token input (its default is the job's token), so the bundle
    // re-executes itself without it (src/process/clean-start.ts), as on every real run.
    'INPUT_GITHUB-TOKEN': 'ghs_bench0000000000000000000000000000',
    'INPUT_ALLOW-UNTRUSTED-CODE': 'false',
  };

  const floor = [];
  const action = [];
  for (let run = 0; run < RUNS; run++) {
    floor.push(await measure(['-e', '0'], { cwd: repo }));
    action.push(await measure([ENTRY], { cwd: repo, env }, PROBE_LINE));
  }
  const median = (samples, key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const row = (name, samples) =>
    `  ${name.padEnd(28)}${median(samples, 'firstMs').toFixed(0).padStart(6)} ms${median(samples, 'totalMs').toFixed(0).padStart(8)} ms${median(samples, 'peakMb').toFixed(1).padStart(9)} MB`;
  console.log(`Action cold start on a trivial repository (${ENTRY}), median of ${RUNS} runs`);
  console.log(`  ${''.padEnd(28)}${'first probe line'.padStart(9)}  ${'total'.padStart(8)}  ${'peak RSS'.padStart(9)}`);
  console.log(row('node -e 0', floor));
  console.log(row('node dist/index.js', action));
  console.log('  targets: first probe line <= 300 ms, peak RSS <= 100 MB');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
