#!/usr/bin/env node
// Tamper probe speed: the whole probe (git reads, parsing, rules, findings) on a PR of 1,000 changed files:
// 300 test files (JS/TS, Python, Go, Rust, Java; some cases skipped, focused or removed), 600 source files
// (lines added, a few suppressions), 60 configs (tsconfig, ESLint, vitest, pyproject, workflows), 40 docs.
// The files are generated from fixed templates, so every run reads the same bytes. Prints the median of
// BENCH_RUNS runs (default 5) and the target (under 1 s).
// Needs a build first: npx tsc -p tsconfig.json (the probe runs from lib/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'lib/src');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(join(LIB, 'probes/tamper/index.js'))) {
  console.error('bench/tamper.js: build first (npx tsc -p tsconfig.json)');
  process.exit(3);
}
const { tamperProbe } = await import(join(LIB, 'probes/tamper/index.js'));
const { resolveDiff } = await import(join(LIB, 'diff/resolve.js'));
const { createGit } = await import(join(LIB, 'git/git.js'));
const { createProbeContext } = await import(join(LIB, 'probes/context.js'));
const { probeSettings } = await import(join(LIB, 'config/defaults.js'));

const jsTest = (i, n, edit) => {
  const cases = Array.from({ length: n }, (_, k) => {
    const head = edit && k === 1 ? (i % 3 === 0 ? 'it.skip' : 'it') : 'it';
    if (edit && k === 2 && i % 10 === 0) return ''; // a removed case
    return `  ${head}('case ${k} of ${i}', () => {\n    const value = compute(${k}, ${i});\n    expect(value).toBe(${k * i});\n    expect(format(value)).toMatch(/\\d+/);\n  });\n`;
  });
  return `import { describe, it, expect } from 'vitest';\nimport { compute, format } from '../src/m${i}.js';\n\ndescribe('module ${i}', () => {\n${cases.join('\n')}});\n${edit ? `\n// extra line ${i}\n` : ''}`;
};
const pyTest = (i, n, edit) =>
  `import pytest\nfrom app.m${i} import compute\n\n` +
  Array.from({ length: n }, (_, k) => `${edit && k === 1 && i % 4 === 0 ? '@pytest.mark.xfail\n' : ''}def test_case_${k}():\n    value = compute(${k})\n    assert value == ${k * 2}\n    assert str(value)\n`).join('\n\n') +
  (edit ? `\n\ndef test_added_${i}():\n    assert compute(0) == 0\n` : '');
const goTest = (i, n, edit) =>
  `package m${i}\n\nimport "testing"\n\n` +
  Array.from({ length: n }, (_, k) => `func TestCase${k}(t *testing.T) {\n${edit && k === 1 && i % 5 === 0 ? '\tt.Skip("flaky")\n' : ''}\tif got := Compute(${k}); got != ${k * 3} {\n\t\tt.Fatalf("got %d", got)\n\t}\n}\n`).join('\n') +
  (edit ? `\n// edited ${i}\n` : '');
const rustTest = (i, n, edit) =>
  `pub fn compute(x: i64) -> i64 { x * 4 }\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n` +
  Array.from({ length: n }, (_, k) => `\n    #[test]\n${edit && k === 1 && i % 2 === 0 ? '    #[ignore]\n' : ''}    fn case_${k}() {\n        assert_eq!(compute(${k}), ${k * 4});\n    }\n`).join('') +
  `}\n${edit ? `// edited ${i}\n` : ''}`;
const javaTest = (i, n, edit) =>
  `import org.junit.jupiter.api.Test;\n\nclass M${i}Test {\n` +
  Array.from({ length: n }, (_, k) => `  @Test\n${edit && k === 1 && i % 2 === 0 ? '  @Disabled\n' : ''}  void case${k}() {\n    assertEquals(${k * 5}, M${i}.compute(${k}));\n  }\n`).join('\n') +
  `}\n${edit ? `// edited ${i}\n` : ''}`;
const tsSource = (i, edit) =>
  `export function compute(a: number, b: number): number {\n  return a * b;\n}\n\nexport function format(value: number): string {\n  return String(value);\n}\n` +
  Array.from({ length: 30 }, (_, k) => `\nexport function helper${k}(x: number): number {\n  const y = x + ${k};\n  return y * ${i};\n}\n`).join('') +
  (edit ? `\nexport function added${i}(x: number): number {\n${i % 25 === 0 ? '  // eslint-disable-next-line @typescript-eslint/no-explicit-any\n' : ''}  return (x as number) + ${i};\n}\n` : '');
const pySource = (i, edit) =>
  Array.from({ length: 30 }, (_, k) => `def helper_${k}(x):\n    y = x + ${k}\n    return y * ${i}\n`).join('\n\n') +
  (edit ? `\n\ndef added(x):${i % 25 === 0 ? '  # noqa: ANN001' : ''}\n    return x + ${i}\n` : '');
const goSource = (i, edit) =>
  `package m${i}\n\n` + Array.from({ length: 30 }, (_, k) => `func Helper${k}(x int) int {\n\treturn x*${k} + ${i}\n}\n`).join('\n') + (edit ? `\nfunc Added(x int) int { return x + ${i} }\n` : '');
const tsconfig = (i, edit) => JSON.stringify({ compilerOptions: { strict: true, target: edit ? 'es2023' : 'es2022', noUncheckedIndexedAccess: !(edit && i === 3) } }, null, 2);
const workflow = (i, edit) =>
  `name: ci${i}\non: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - name: Test\n        run: npm test${edit && i === 1 ? ' || true' : ''}\n      - name: Lint\n        run: npx eslint .\n${edit ? '# edited\n' : ''}`;

function files(edit) {
  const out = new Map();
  const makers = [
    [150, (i) => [`packages/p${i % 20}/test/m${i}.test.ts`, jsTest(i, 8, edit)]],
    [60, (i) => [`py/tests/test_m${i}.py`, pyTest(i, 8, edit)]],
    [50, (i) => [`go/m${i}/m${i}_test.go`, goTest(i, 8, edit)]],
    [20, (i) => [`rust/c${i}/src/lib.rs`, rustTest(i, 8, edit)]],
    [20, (i) => [`java/src/test/java/M${i}Test.java`, javaTest(i, 8, edit)]],
    [300, (i) => [`packages/p${i % 20}/src/m${i}.ts`, tsSource(i, edit)]],
    [150, (i) => [`py/app/m${i}.py`, pySource(i, edit)]],
    [150, (i) => [`go/m${i}/m${i}.go`, goSource(i, edit)]],
    [20, (i) => [`packages/p${i}/tsconfig.json`, tsconfig(i, edit)]],
    [20, (i) => [`packages/p${i}/eslint.config.js`, `export default [{ rules: { 'no-console': '${edit && i === 2 ? 'off' : 'error'}', eqeqeq: 'error' } }];\n${edit ? '// edited\n' : ''}`]],
    [10, (i) => [`packages/p${i}/vitest.config.ts`, `export default { test: { coverage: { thresholds: { lines: ${edit && i === 4 ? 70 : 90} } } } };\n${edit ? '// edited\n' : ''}`]],
    [10, (i) => [`.github/workflows/ci${i}.yml`, workflow(i, edit)]],
    [40, (i) => [`docs/page${i}.md`, `# Page ${i}\n\n${'Some documentation text. '.repeat(40)}\n${edit ? 'Edited.\n' : ''}`]],
  ];
  for (const [count, make] of makers) {
    for (let i = 0; i < count; i++) {
      const [path, text] = make(i);
      out.set(path, text);
    }
  }
  return out;
}

function buildRepository(dir) {
  const inline = (path, text) => `M 644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (ref, message, parent, entries) =>
    `commit ${ref}\ncommitter Bench <bench@example.test> 1767225600 +0000\ndata ${message.length}\n${message}\n${parent ? `from ${parent}\n` : ''}${[...entries].map(([p, t]) => inline(p, t)).join('')}\n`;
  const stream = commit('refs/heads/main', 'base', undefined, files(false)) + commit('refs/heads/feature', 'change', 'refs/heads/main', files(true));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  execFileSync('git', ['checkout', '-q', 'feature'], { cwd: dir });
}

const dir = mkdtempSync(join(tmpdir(), 'bench-tamper-'));
try {
  buildRepository(dir);
  const git = createGit(dir);
  const diff = await resolveDiff(git, { base: 'main' });
  const times = [];
  const cpu = [];
  let outcome;
  for (let run = 0; run < RUNS; run++) {
    const ctx = createProbeContext({
      root: dir,
      diff,
      settings: probeSettings({}, tamperProbe),
      options: {},
      git,
      now: new Date(),
      deadline: Number.POSITIVE_INFINITY,
      signal: new AbortController().signal,
      childEnv: {},
      log: () => {},
      result: () => undefined,
    });
    const start = performance.now();
    const startCpu = process.cpuUsage();
    outcome = await tamperProbe.run(ctx);
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const cpuMedian = cpu[Math.floor(cpu.length / 2)];
  console.log(`changed files: ${diff.files.length}; findings: ${outcome.findings?.length ?? 0} (${JSON.stringify(outcome.details.by_rule)})`);
  console.log(`tamper probe wall time: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${RUNS} runs`);
  console.log(`tamper probe CPU time of this process (git excluded): median ${cpuMedian.toFixed(0)} ms; load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);
  console.log(`target: under 1000 ms wall -> ${median < 1000 ? 'met' : 'MISSED'} (median), ${times[0] < 1000 ? 'met' : 'MISSED'} (best run)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
