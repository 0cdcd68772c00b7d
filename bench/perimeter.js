#!/usr/bin/env node
// Perimeter probe benchmark: a repository of 20,000 files with a 1,000-file PR (200 of them renames) and a
// policy with protected folders, allowed globs and size limits. Times the probe alone (its rules over
// the diff, and the reads of changed workflow files), median of several runs. Target: < 50 ms.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FILES = Number(process.env.BENCH_FILES ?? 20_000);
const PR_FILES = Number(process.env.BENCH_PR_FILES ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const { resolveDiff } = await import(join(ROOT, 'lib/src/diff/resolve.js'));
const { createGit } = await import(join(ROOT, 'lib/src/git/git.js'));
const { perimeterProbe } = await import(join(ROOT, 'lib/src/probes/perimeter/index.js'));

const dir = mkdtempSync(join(tmpdir(), 'loki-bench-perimeter-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.test', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
const write = (path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

try {
  git('init', '-q', '-b', 'main');
  for (let i = 0; i < FILES; i++) write(`pkg${i % 100}/module${i}.js`, `export const v = ${i};\n`);
  write('.github/workflows/verify.yml', 'on: pull_request\njobs:\n  v:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: loki/verify@v1\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  for (let i = 0; i < PR_FILES; i++) {
    if (i < PR_FILES * 0.2) {
      mkdirSync(join(dir, 'moved'), { recursive: true });
      renameSync(join(dir, `pkg${i % 100}/module${i}.js`), join(dir, `moved/module${i}.js`));
    }
    else write(`pkg${i % 100}/module${i * 7}.js`, `export const v = ${i} + 1;\n`);
  }
  write('.github/workflows/verify.yml', 'on: pull_request\njobs:\n  v:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo skipped\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'pr');

  const repo = createGit(dir);
  const diff = await resolveDiff(repo, { base: 'main', outDir: join(dir, '.out'), log: () => undefined });
  const config = {
    perimeter: {
      protected: [{ paths: ['migrations/', 'infra/**', '.github/workflows/'] }, { paths: ['pkg7/**'], severity: 'medium' }],
      allowed: ['pkg*/**', 'moved/**', 'docs/**'],
      max_files: 500,
      max_lines: 4000,
    },
  };
  const ctx = { root: dir, diff, config, options: { policyPaths: ['.loki/verify.yml'] }, git: repo, now: new Date(), signal: new AbortController().signal, log() {} };
  const samples = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const outcome = await perimeterProbe.run(ctx);
    samples.push(performance.now() - started);
    findings = outcome.findings?.length ?? 0;
  }
  samples.sort((a, b) => a - b);
  console.log(`perimeter probe: ${FILES} files, ${diff.files.length}-file PR, ${findings} findings, ${RUNS} runs`);
  console.log(`  median: ${samples[Math.floor(RUNS / 2)].toFixed(1)} ms (min ${samples[0].toFixed(1)}, max ${samples[RUNS - 1].toFixed(1)})`);
  console.log('  target: < 50 ms');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
