#!/usr/bin/env node
// Secrets throughput against the secretlint CLI (recommended preset) on the same content, in two shapes:
//   A. a PR of about 20 MB of mostly clean text over 200 commits (real source files of the project's
//      pinned dependencies, in a fixed order, so every run scans the same bytes), a few planted tokens;
//   B. a PR of 5,000 small files over 50 commits, most of which hold a secret (fake random tokens).
// Also printed, to show where A's cost lies: A as new files only (the same text, no file edited again).
// 30% of A is inserted into 5 files that grow over the 200 commits: git diffs every version of them,
// which secretlint, reading only HEAD, never does.
// Contenders: the secrets probe (probe.run on the PR's history, in this process) and the secretlint CLI
// on the same files checked out at HEAD. Runs are interleaved so machine load hits both alike; medians
// are printed, then both ratios side by side.
// Needs a build first: npx tsc -p tsconfig.json (the probe runs from lib/).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_BYTES = Number(process.env.BENCH_SECRETS_MB ?? 20) * 1e6;
const COMMITS = Number(process.env.BENCH_SECRETS_COMMITS ?? 200);
const SMALL_FILES = Number(process.env.BENCH_SECRETS_FILES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIB = join(ROOT, 'lib/src');
const SECRETLINT = join(ROOT, 'node_modules/secretlint/bin/secretlint.js');

if (!existsSync(join(LIB, 'probes/secrets/index.js'))) {
  console.error('bench/secrets.js: build first (npx tsc -p tsconfig.json)');
  process.exit(3);
}
const { secretsProbe } = await import(join(LIB, 'probes/secrets/index.js'));
const { resolveDiff } = await import(join(LIB, 'diff/resolve.js'));
const { createGit } = await import(join(LIB, 'git/git.js'));
const { probeSettings } = await import(join(LIB, 'config/defaults.js'));
/**
 * The corpus: text files of the project's own direct dependencies, whose versions package-lock.json pins,
 * in a fixed order (real code, docs and data, so the keyword prefilter sees realistic text).
 */
const CORPUS_PACKAGES = ['typescript', 'eslint', '@eslint', '@typescript-eslint', 'vitest', '@vitest', 'vite', 'yaml', 'ajv', '@secretlint', '@actions'];

function corpus() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?js|ts|json|md)$/.test(entry.name)) {
        const size = statSync(path).size;
        if (size > 2_000 && size < 300_000) files.push(path);
      }
    }
  };
  for (const name of CORPUS_PACKAGES) if (existsSync(join(ROOT, 'node_modules', name))) walk(join(ROOT, 'node_modules', name));
  return files;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** Deterministic pseudo-random text (the same bytes every run). */
function random(seed, length, alphabet = ALNUM) {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  while (out.length < length) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

/** A fake credential line of one of several families (built at run time: no token literals in this file). */
function secretLine(i) {
  const kinds = [
    () => `const deployToken = "${'gh' + 'p_'}${random(i, 36)}";`,
    () => `aws_access_key_id = ${'AK' + 'IA'}${random(i, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `SLACK_BOT=${'xo' + 'xb-'}${random(i, 12, '0123456789')}-${random(i + 1, 13, '0123456789')}-${random(i + 2, 24)}`,
    () => `stripe.api_key = "${'sk' + '_live_'}${random(i, 48)}"`,
    () => `//registry.npmjs.org/:_authToken=${'np' + 'm_'}${random(i, 36)}`,
    () => `SENDGRID_API_KEY=${'S' + 'G.'}${random(i, 22)}.${random(i + 3, 43)}`,
    () => `db_password = "${random(i, 8)}!${random(i + 5, 9)}"`,
    () => `twilio_key: ${'S' + 'K'}${random(i, 32, HEX)}`,
  ];
  return kinds[i % kinds.length]();
}

const COMMITTER = 'committer Bench <bench@example.test>';
const inline = (path, text) => `M 644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;

/** Shape A: about TARGET_BYTES of real text over COMMITS commits; 70% new files, 30% inserted into growing files (none with `newFilesOnly`). */
function largeTextPr({ newFilesOnly = false } = {}) {
  const files = corpus();
  const growing = new Map();
  const chunks = [];
  let next = 0;
  let added = 0;
  let planted = 0;
  for (let c = 0; c < COMMITS; c++) {
    chunks.push(`commit refs/heads/feature\n${COMMITTER} ${1767225600 + c} +0000\ndata 9\nchange ${String(c).padStart(2, '0').slice(-2)}\n`);
    if (c === 0) chunks.push('from refs/heads/main\n');
    const perCommit = Math.max(0, TARGET_BYTES - added) / (COMMITS - c);
    let size = 0;
    do {
      const source = files[next++ % files.length];
      let text = readFileSync(source, 'utf8');
      if (c % 20 === 7 && size === 0) {
        text = `${secretLine(c)}\n${text}`;
        planted++;
      }
      chunks.push(inline(`src/c${c}/${relative(join(ROOT, 'node_modules'), source)}`, text));
      size += Buffer.byteLength(text);
      added += Buffer.byteLength(text);
    } while (size < perCommit * (newFilesOnly ? 1 : 0.7));
    if (newFilesOnly) continue;
    const target = `src/growing/module${c % 5}.js`;
    const insert = readFileSync(files[next++ % files.length], 'utf8').slice(0, Math.round(perCommit * 0.3));
    const lines = (growing.get(target) ?? '').split('\n');
    lines.splice(Math.floor(lines.length / 2), 0, insert);
    growing.set(target, lines.join('\n'));
    chunks.push(inline(target, growing.get(target)));
    added += Buffer.byteLength(insert);
  }
  return { chunks, added, planted };
}

/** Shape B: SMALL_FILES small files over 50 commits, four in five holding a secret. */
function manySecretsPr() {
  const chunks = [];
  let added = 0;
  let planted = 0;
  const perCommit = Math.ceil(SMALL_FILES / 50);
  for (let f = 0; f < SMALL_FILES; f++) {
    if (f % perCommit === 0) {
      const c = f / perCommit;
      chunks.push(`commit refs/heads/feature\n${COMMITTER} ${1767225600 + c} +0000\ndata 9\nchange ${String(c).padStart(2, '0').slice(-2)}\n`);
      if (c === 0) chunks.push('from refs/heads/main\n');
    }
    const body = Array.from({ length: 12 }, (_, k) => `export const setting${k} = compute(${f}, ${k}, "${random(f * 31 + k, 10)}");`);
    if (f % 5 !== 4) {
      body.splice(6, 0, secretLine(f));
      planted++;
    }
    const text = body.join('\n') + '\n';
    chunks.push(inline(`config/part${Math.floor(f / 100)}/settings${f}.js`, text));
    added += Buffer.byteLength(text);
  }
  return { chunks, added, planted };
}

/** A repository: base commit on main, the PR's commits on feature, checked out. */
function buildRepository(dir, pr) {
  const base = `commit refs/heads/main\n${COMMITTER} 1767225600 +0000\ndata 4\nbase\n${inline('README.md', '# bench\n')}`;
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: base + pr.chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', 'feature'], { cwd: dir });
}

const PRESET = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });

function secretlintCli(dir) {
  const child = spawnSync(process.execPath, [SECRETLINT, '--secretlintrcJSON', PRESET, '--format', 'json', '--no-color', '**/*'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.status !== 0 && child.status !== 1) throw new Error(`secretlint failed (${child.status}): ${child.stderr.slice(0, 400)}`);
  return JSON.parse(child.stdout).reduce((n, r) => n + r.messages.length, 0);
}

/**
 * CPU seconds of this process and of its finished children (git for the probe, the secretlint CLI),
 * from /proc/self/stat: on a shared machine, CPU time is what the work costs, wall time what it waited.
 */
function cpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0); // utime stime cutime cstime
  return ticks / 100;
}

async function timed(fn) {
  const cpu = cpuSeconds();
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, cpuMs: (cpuSeconds() - cpu) * 1000, value };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(name, pr) {
  const dir = mkdtempSync(join(tmpdir(), 'loki-bench-secrets-'));
  try {
    buildRepository(dir, pr);
    const git = createGit(dir);
    const diff = await resolveDiff(git, { base: 'main' });
    const ctx = {
      root: dir,
      diff,
      settings: probeSettings({}, secretsProbe),
      options: {},
      git,
      now: new Date(),
      deadline: Number.POSITIVE_INFINITY,
      signal: new AbortController().signal,
      env: {},
      exec: () => Promise.reject(new Error('not used')),
      log: () => undefined,
      result: () => undefined,
    };
    const times = { probe: [], cli: [], probeCpu: [], cliCpu: [] };
    const found = {};
    for (let run = 0; run < RUNS; run++) {
      const probe = await timed(() => secretsProbe.run(ctx));
      times.probe.push(probe.ms);
      times.probeCpu.push(probe.cpuMs);
      found.probe = probe.value.findings?.length ?? 0;
      const cli = await timed(() => secretlintCli(dir));
      times.cli.push(cli.ms);
      times.cliCpu.push(cli.cpuMs);
      found.cli = cli.value;
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    return { name, commits: diff.commits.length, mb: pr.added / 1e6, planted: pr.planted, ...m, found };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} interleaved runs each, medians`);
const results = [
  await measure(`A: ${TARGET_BYTES / 1e6} MB of mostly clean text`, largeTextPr()),
  await measure(`B: ${SMALL_FILES} small files, most with a secret`, manySecretsPr()),
  await measure(`A as new files only (no file edited again)`, largeTextPr({ newFilesOnly: true })),
];
console.log('');
console.log('shape                                        commits     MB  planted  probe wall / CPU ms  secretlint wall / CPU ms  probe finds  secretlint finds');
for (const r of results) {
  const pair = (wall, cpu) => `${wall.toFixed(0)} / ${cpu.toFixed(0)}`;
  console.log(
    `${r.name.padEnd(44)} ${String(r.commits).padStart(7)} ${r.mb.toFixed(1).padStart(6)} ${String(r.planted).padStart(8)} ${pair(r.probe, r.probeCpu).padStart(20)} ${pair(r.cli, r.cliCpu).padStart(25)} ${String(r.found.probe).padStart(12)} ${String(r.found.cli).padStart(17)}`,
  );
}
const ratio = (r, wall) => (wall ? r.cli / r.probe : r.cliCpu / r.probeCpu);
const line = (wall) => results.map((r, i) => `${['A', 'B', 'A new files only'][i]} ${ratio(r, wall).toFixed(2)}x`).join(' | ');
const shapes = results.slice(0, 2);
console.log('');
console.log('throughput of the probe vs the secretlint CLI (preset-recommend) on the same content, side by side:');
console.log(`  wall time: ${line(true)}`);
console.log(`  CPU time (probe with its git processes): ${line(false)}`);
console.log(`target >= 2x on both shapes (A and B): ${shapes.every((r) => ratio(r, true) >= 2) ? 'met' : 'not met'} in wall time, ${shapes.every((r) => ratio(r, false) >= 2) ? 'met' : 'not met'} in CPU time`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
