import { afterAll, describe, expect, it } from 'vitest';
import { detectTests } from '../../../src/probes/test/detect.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

function dir(files: Files): string {
  return new TestRepo(tempDir()).write(files).dir;
}

describe('detectTests', () => {
  const plan = (files: Files) => detectTests(dir(files), {});

  it('recognises runners in the test script and adds their reporter arguments when the runner is last', () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"vitest run"}}' })?.command('/r')?.command).toEqual(['npm', 'run', 'test', '--', '--reporter=default', '--reporter=json', '--outputFile.json=/r']);
    expect(plan({ 'package.json': '{"scripts":{"test":"tsc && jest --ci"}}' })?.command('/r')?.command).toEqual(['npm', 'run', 'test', '--', '--json', '--outputFile=/r']);
    expect(plan({ 'package.json': '{"scripts":{"test":"mocha"}}' })?.report).toEqual({ format: 'mocha-json', from: 'file' });
    expect(plan({ 'package.json': '{"scripts":{"test":"ava"}}' })?.report).toEqual({ format: 'tap', from: 'stdout' });
    expect(plan({ 'package.json': '{"scripts":{"test":"node --test test/"}}' })?.command('/r')?.env?.NODE_OPTIONS).toContain('--test-reporter-destination=/r');
  });

  it('runs the slice of a sharded run with the runner’s own flag where it reaches the runner, else not at all', () => {
    const shard = { index: 2, total: 3 };
    expect(plan({ 'package.json': '{"scripts":{"test":"vitest run"}}' })?.command('/r', shard)?.command).toEqual([
      'npm', 'run', 'test', '--', '--reporter=default', '--reporter=json', '--outputFile.json=/r', '--shard=2/3', '--passWithNoTests',
    ]);
    expect(plan({ 'package.json': '{"scripts":{"test":"tsc && jest --ci"}}' })?.command('/r', shard)?.command).toContain('--shard=2/3');
    const nodeScript = plan({ 'package.json': '{"scripts":{"test":"node --test test/"}}' })?.command('/r', shard);
    expect(nodeScript?.env?.NODE_OPTIONS).toContain('--test-shard=2/3');
    expect(nodeScript?.shownEnv).toBe('NODE_OPTIONS=--test-shard=2/3');
    expect(detectTests(dir({}), { run: 'pnpm build && vitest run' })?.command('/r', shard)?.command).toBe('pnpm build && vitest run --shard=2/3 --passWithNoTests');
    for (const files of [{ 'package.json': '{"scripts":{"test":"mocha"}}' }, { 'package.json': '{"scripts":{"test":"vitest run && eslint ."}}' }, { 'test_app.py': '' }, { 'go.mod': 'module x\n' }] as Files[]) {
      expect(plan(files)?.sliceable, JSON.stringify(files)).toBe(false);
    }
    expect(detectTests(dir({}), { run: 'make test' })?.sliceable).toBe(false);
  });

  it('splits the files node --test finds by path hash when it runs them itself; an empty slice has no command', () => {
    const p = plan({ 'test/a.test.js': '', 'test/b.test.js': '', 'lib/c.test.mjs': '', 'lib/util.js': '' });
    const slices = [1, 2, 3].map((index) => p?.command('/r', { index, total: 3 })?.command as string[]);
    expect(slices.flatMap((c) => c.slice(2)).sort()).toEqual(['lib/c.test.mjs', 'test/a.test.js', 'test/b.test.js']);
    expect(slices.every((c) => c[0] === 'node' && c[1] === '--test' && c.length === 3)).toBe(true);
    expect(plan({ 'a.test.js': '' })?.command('/r', { index: 1, total: 1 })?.command).toEqual(['node', '--test', 'a.test.js']);
    const single = [1, 2].map((index) => plan({ 'a.test.js': '' })?.command('/r', { index, total: 2 }));
    expect(single.filter((c) => c === undefined)).toHaveLength(1);
  });

  it('falls back to the closing summary when the runner is not last or unknown', () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"jest && eslint ."}}' })?.report).toEqual({ format: 'summary', from: 'output' });
    expect(plan({ 'package.json': '{"scripts":{"test":"tape test/*.js"}}' })?.runner).toBe('package script');
  });

  it('discovers test files at the root when there is no test script, never skipping them silently', () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"echo \\"Error: no test specified\\" && exit 1"}}', 'util.test.mjs': '' })?.runner).toBe('node:test');
    expect(plan({ 'test_app.py': '' })?.runner).toBe('pytest');
    expect(plan({ 'pyproject.toml': '[tool.pytest.ini_options]\n' })?.runner).toBe('pytest');
    expect(plan({ 'go.mod': 'module x\n' })?.report.format).toBe('go-json');
    expect(plan({ 'README.md': '' })).toBeUndefined();
  });
});
