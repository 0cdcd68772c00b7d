// The static probe with the repository's real TypeScript compiler on temp git repositories.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { lines, runStatic, scenario } from './scenario.js';

afterAll(cleanupTempDirs);

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, types: [], lib: ['es2022'], noEmit: true }, include: ['src'] });

describe('static probe: tsc', () => {
  it('a type error the PR introduces is a finding; an old one elsewhere is only counted', async () => {
    const repo = scenario({
      'tsconfig.json': TSCONFIG,
      'src/count.ts': lines('export function count(items: string[]): number {', '  return items.length;', '}'),
      'src/legacy.ts': lines('export const old: number = "debt";'),
    });
    repo.commit('use count', {
      'src/main.ts': lines('import { count } from "./count";', '', 'export const label: string = count(["a"]);'),
      // A file no tsconfig includes is not type-checked: the evidence says so.
      'scripts/tool.ts': 'export const x = 1;\n',
    });
    const run = await runStatic(repo);
    expect(run.status).toBe('fail');
    expect(run.findings).toEqual([
      {
        rule: 'TS2322',
        severity: 'high',
        blocking: true,
        message: "Type 'number' is not assignable to type 'string'.",
        file: 'src/main.ts',
        line: 3,
        column: 14,
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        details: { tool: 'tsc' },
      },
    ]);
    expect(run.details).toMatchObject({
      held_back: 1,
      tsc: {
        checked: 1,
        runs: [{ tsconfig: 'tsconfig.json', mode: 'project', typescript: expect.stringMatching(/^5\./), exit_code: 2 }],
        uncovered: ['scripts/tool.ts'],
        diagnostics: { total: 2, in_scope: 1, held_back: 1 },
      },
      eslint: { checked: 0, idle: 'no eslint configuration covers the changed files', unconfigured: ['scripts/tool.ts', 'src/main.ts'] },
    });
  });

  it('a solution with project references is checked with --build, each project against the others', async () => {
    const composite = (refs: string[]) =>
      JSON.stringify({ compilerOptions: { composite: true, strict: true, types: [], lib: ['es2022'] }, include: ['*.ts'], references: refs.map((path) => ({ path })) });
    const repo = scenario({
      '.gitignore': 'node_modules\n*.tsbuildinfo\n*.js\n*.d.ts\n',
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './core' }, { path: './app' }] }),
      'core/tsconfig.json': composite([]),
      'core/size.ts': 'export function size(text: string): number { return text.length; }\n',
      'app/tsconfig.json': composite(['../core']),
      'app/main.ts': 'import { size } from "../core/size";\nexport const n: number = size("a");\n',
    });
    repo.commit('misuse size', { 'app/main.ts': 'import { size } from "../core/size";\nexport const n: number = size("a");\nexport const s: string = size("b");\n' });
    const run = await runStatic(repo);
    expect(run.findings!.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(['app/main.ts:3:14 TS2322']);
    expect(run.details).toMatchObject({ tsc: { runs: [{ tsconfig: 'app/tsconfig.json', mode: 'build' }] } });
  });

  it('each package of a monorepo is checked with its own tsconfig', async () => {
    const repo = scenario({
      'packages/a/tsconfig.json': TSCONFIG,
      'packages/a/src/a.ts': 'export const a = 1;\n',
      'packages/b/tsconfig.json': JSON.stringify({ compilerOptions: { strict: false, types: [], lib: ['es2022'], noEmit: true }, include: ['src'] }),
      'packages/b/src/b.ts': 'export const b = 1;\n',
    });
    repo.commit('implicit any in both', {
      'packages/a/src/a.ts': 'export const a = 1;\nexport function f(x) { return x; }\n',
      'packages/b/src/b.ts': 'export const b = 1;\nexport function g(x) { return x; }\n',
    });
    const run = await runStatic(repo);
    // Only package a is strict: the same code is an error there and fine in b.
    expect(run.findings!.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['packages/a/src/a.ts:2 TS7006']);
    expect((run.details!.tsc as { runs: Array<{ tsconfig: string }> }).runs.map((r) => r.tsconfig)).toEqual([
      'packages/a/tsconfig.json',
      'packages/b/tsconfig.json',
    ]);
  });

  it('a tsconfig with TypeScript changes but typescript not installed is inconclusive, with the fix', async () => {
    const repo = scenario({ 'tsconfig.json': TSCONFIG }, 'none');
    repo.commit('add code', { 'src/a.ts': 'export const n: number = "x";\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('inconclusive');
    expect(run.summary).toBe('tsconfig.json configures TypeScript but typescript is not installed in the repository: install dependencies before running the gate');
  });

  it('project-wide errors (a missing type package) make the check inconclusive, not a pass', async () => {
    const repo = scenario({ 'tsconfig.json': JSON.stringify({ compilerOptions: { types: ['not-installed-types'], noEmit: true }, include: ['src'] }) });
    repo.commit('add code', { 'src/a.ts': 'export const n = 1;\n' });
    const run = await runStatic(repo);
    expect(run.status).toBe('inconclusive');
    expect(run.summary).toMatch(/^tsc for tsconfig\.json reported project errors: TS2688 Cannot find type definition file for 'not-installed-types'/);
  });

  it('a clean TypeScript change passes', async () => {
    const repo = scenario({ 'tsconfig.json': TSCONFIG, 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('add code', { 'src/a.ts': 'export const a = 1;\nexport const b: string = "b";\n' });
    const run = await runStatic(repo);
    expect(run).toMatchObject({ status: 'pass', summary: 'tsc checked 1 project; no problems on added lines', findings: [] });
  });
});
