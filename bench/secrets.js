#!/usr/bin/env node
// Secrets throughput: a PR of about 20 MB of added text over 200 commits (real source files of the
// project's pinned dependencies, in a fixed order, so every run scans the same bytes), scanned by
//   1. the secrets probe (probe.run on the PR's history, in this process),
//   2. the loki-verify CLI with --only secrets (a whole process: start-up, diff, probe, evidence),
//   3. the secretlint CLI on the same content checked out at HEAD, with the probe's rules,
//   4. the secretlint CLI with only its recommended preset (its usual configuration).
// Runs are interleaved so machine load hits every contender alike; medians are printed.
// Needs a build first: npx tsc -p tsconfig.json (the probe runs from lib/).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_BYTES = Number(process.env.BENCH_SECRETS_MB ?? 20) * 1e6;
const COMMITS = Number(process.env.BENCH_SECRETS_COMMITS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIB = join(ROOT, 'lib/src');
const SECRETLINT = join(ROOT, 'node_modules/secretlint/bin/secretlint.js');

if (!existsSync(join(LIB, 'probes/secrets/index.js'))) {
  console.error('bench/secrets.js: build first (npx tsc -p tsconfig.json)');
  process.exit(3);
}
const { secretsProbe } = await import(join(LIB, 'probes/secrets/index.js'));
const { EXTRA_RULES, EXTRA_ID_PREFIX } = await import(join(LIB, 'probes/secrets/rules.js'));
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

/** Fake credentials planted in a few commits (built at run time: no token literals in this file). */
function plantedLine(i) {
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const body = Array.from({ length: 36 }, (_, k) => alnum[(i * 7919 + k * 104729) % alnum.length]).join('');
  return `const deployToken = "${'gh' + 'p_'}${body}";`;
}

/** Builds the repository with git fast-import: base commit on main, COMMITS commits on feature. */
function buildRepository(dir) {
  const files = corpus();
  const growing = new Map();
  const chunks = ['commit refs/heads/main\ncommitter Bench <bench@example.test> 1767225600 +0000\ndata 4\nbase\nM 644 inline README.md\ndata 8\n# bench\n\n'];
  const inline = (path, text) => `M 644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  let next = 0;
  let added = 0;
  let planted = 0;
  for (let c = 0; c < COMMITS; c++) {
    const message = `change ${c}`;
    chunks.push(`commit refs/heads/feature\ncommitter Bench <bench@example.test> ${1767225600 + c} +0000\ndata ${message.length}\n${message}\n`);
    if (c === 0) chunks.push('from refs/heads/main\n');
    // About 70% new files, 30% lines inserted into the middle of files that grow over the PR; the
    // budget of each commit is what is left of the target spread over the commits left.
    const perCommit = Math.max(0, TARGET_BYTES - added) / (COMMITS - c);
    let size = 0;
    do {
      const source = files[next++ % files.length];
      let text = readFileSync(source, 'utf8');
      if (c % 20 === 7 && size === 0) {
        text = `${plantedLine(c)}\n${text}`;
        planted++;
      }
      chunks.push(inline(`src/c${c}/${relative(join(ROOT, 'node_modules'), source)}`, text));
      size += Buffer.byteLength(text);
      added += Buffer.byteLength(text);
    } while (size < perCommit * 0.7);
    const target = `src/growing/module${c % 5}.js`;
    const insert = readFileSync(files[next++ % files.length], 'utf8').slice(0, Math.round(perCommit * 0.3));
    const lines = (growing.get(target) ?? '').split('\n');
    lines.splice(Math.floor(lines.length / 2), 0, insert);
    growing.set(target, lines.join('\n'));
    chunks.push(inline(target, growing.get(target)));
    added += Buffer.byteLength(insert);
  }
  const git = (...args) => execFileSync('git', args, { cwd: dir, input: args[0] === 'fast-import' ? chunks.join('') : undefined, maxBuffer: 1 << 30 });
  git('init', '-q', '-b', 'main');
  git('fast-import', '--quiet');
  git('checkout', '-q', 'feature');
  return { added, planted };
}

/** secretlint configuration equivalent to the probe's rules (preset + its pattern rules). */
function probeRulesConfig() {
  return JSON.stringify({
    rules: [
      {
        id: '@secretlint/secretlint-rule-preset-recommend',
        rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true }, allowMessageIds: ['AWSAccountID'] }],
      },
      {
        id: '@secretlint/secretlint-rule-pattern',
        options: { patterns: EXTRA_RULES.map((r) => ({ name: EXTRA_ID_PREFIX + r.id, patterns: [`/${r.pattern.source}/${r.pattern.flags}`] })) },
      },
    ],
  });
}
const PRESET_ONLY = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });

function timed(fn) {
  const started = performance.now();
  const value = fn();
  return value instanceof Promise ? value.then((v) => ({ ms: performance.now() - started, value: v })) : { ms: performance.now() - started, value };
}

function secretlintCli(dir, configJson) {
  const child = spawnSync(process.execPath, [SECRETLINT, '--secretlintrcJSON', configJson, '--format', 'json', '--no-color', '**/*'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0 && child.status !== 1) throw new Error(`secretlint failed (${child.status}): ${child.stderr.slice(0, 400)}`);
  const results = JSON.parse(child.stdout);
  return { files: results.length, messages: results.reduce((n, r) => n + r.messages.length, 0) };
}

function gateCli(dir, out) {
  const child = spawnSync(process.execPath, [join(ROOT, 'bin/loki-verify.js'), 'main', '--only', 'secrets', '--out', out], { cwd: dir, encoding: 'utf8' });
  if (child.status !== 2) throw new Error(`loki-verify exited ${child.status}: ${child.stderr.slice(-400)}`);
  return JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')).findings.length;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-secrets-'));
try {
  const { added, planted } = buildRepository(dir);
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
  const headBytes = Number(execFileSync('git', ['ls-tree', '-r', '-l', 'HEAD'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
    .split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.split(/\s+/)[3]), 0));
  console.log(`repository: ${diff.commits.length} commits, ${diff.files.length} files, ${(added / 1e6).toFixed(1)} MB added (${(headBytes / 1e6).toFixed(1)} MB at HEAD), ${planted} planted tokens`);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} interleaved runs each`);

  const times = { probe: [], gate: [], same: [], preset: [] };
  const counts = {};
  for (let run = 0; run < RUNS; run++) {
    const probe = await timed(() => secretsProbe.run(ctx));
    times.probe.push(probe.ms);
    counts.probe = probe.value.findings?.length ?? 0;
    const gate = timed(() => gateCli(dir, join(dir, '.loki-out')));
    times.gate.push(gate.ms);
    counts.gate = gate.value;
    const same = timed(() => secretlintCli(dir, probeRulesConfig()));
    times.same.push(same.ms);
    counts.same = same.value.messages;
    const preset = timed(() => secretlintCli(dir, PRESET_ONLY));
    times.preset.push(preset.ms);
    counts.preset = preset.value.messages;
  }

  const rows = [
    ['secrets probe (probe.run, in process)', times.probe, added, counts.probe],
    ['loki-verify --only secrets (whole CLI)', times.gate, added, counts.gate],
    ['secretlint CLI, same rules, HEAD files', times.same, headBytes, counts.same],
    ['secretlint CLI, recommended preset only', times.preset, headBytes, counts.preset],
  ];
  console.log('');
  console.log('contender                                    median ms     min ms    MB/s   findings');
  for (const [name, samples, bytes, found] of rows) {
    console.log(`${name.padEnd(44)} ${median(samples).toFixed(0).padStart(9)} ${Math.min(...samples).toFixed(0).padStart(10)} ${mbps(bytes, median(samples)).padStart(7)} ${String(found).padStart(10)}`);
  }
  const speedup = (a, b) => (median(b) / median(a)).toFixed(2);
  console.log('');
  console.log(`speed-up of the probe over secretlint CLI (same rules): ${speedup(times.probe, times.same)}x; over the preset-only CLI: ${speedup(times.probe, times.preset)}x`);
  console.log(`speed-up of the whole loki-verify CLI over secretlint CLI (same rules): ${speedup(times.gate, times.same)}x; over the preset-only CLI: ${speedup(times.gate, times.preset)}x`);
  console.log(`target (probe at least 2x faster than the secretlint CLI with the same rules): ${median(times.same) / median(times.probe) >= 2 ? 'met' : 'NOT met'}`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
