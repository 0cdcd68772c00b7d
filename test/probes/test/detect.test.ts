import { afterAll, describe, expect, it } from 'vitest';
import { detectTests } from '../../../src/probes/test/detect.js';
import type { Slicing } from '../../../src/probes/test/slice.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

afterAll(cleanupTempDirs);

function dir(files: Files): string {
  return new TestRepo(tempDir()).write(files).dir;
}

describe('detectTests', () => {
  const plan = (files: Files, settings = {}) => detectTests(dir(files), settings);

  it('runs the test script exactly as written and names the runner, also behind `npm run x`', () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"vitest run"}}' })).toMatchObject({ runner: 'vitest', command: ['npm', 'run', 'test'], ecosystem: 'node' });
    expect(plan({ 'package.json': '{"scripts":{"test":"npm run test:unit","test:unit":"jest --ci"}}' })).toMatchObject({ runner: 'jest', command: ['npm', 'run', 'test'] });
    expect(plan({ 'package.json': '{"scripts":{"test":"c8 node --test"}}', 'pnpm-lock.yaml': '' })).toMatchObject({ runner: 'node:test', command: ['pnpm', 'run', 'test'] });
    expect(plan({ 'package.json': '{"scripts":{"test":"tape test/*.js"}}' })?.runner).toBe('package script');
  });

  it("leaves node's reporters alone when the repository passes its own --test-reporter", () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"node --test"}}' })?.nodeTestReporter).toBe(true);
    expect(plan({ 'package.json': '{"scripts":{"test":"npm run t","t":"node --test --test-reporter=dot"}}' })?.nodeTestReporter).toBe(false);
    expect(plan({ 'package.json': '{"scripts":{"test":"pnpm -r test"}}', 'packages/a/package.json': '{"scripts":{"test":"node --test --test-reporter spec"}}' })?.nodeTestReporter).toBe(false);
    expect(plan({ 'README.md': '' }, { run: 'node --test --test-reporter=tap' })?.nodeTestReporter).toBe(false);
  });

  it('discovers test files when there is no test script, never skipping them silently', () => {
    expect(plan({ 'package.json': '{"scripts":{"test":"echo \\"Error: no test specified\\" && exit 1"}}', 'util.test.mjs': '' })).toMatchObject({ runner: 'node:test', command: ['node', '--test'] });
    expect(plan({ 'test_app.py': '' })).toMatchObject({ runner: 'pytest', command: ['python3', '-m', 'pytest'] });
    expect(plan({ 'pyproject.toml': '[tool.pytest.ini_options]\n' })?.runner).toBe('pytest');
    expect(plan({ 'setup.cfg': '[tool:pytest]\n' })?.runner).toBe('pytest');
    expect(plan({ 'go.mod': 'module x\n' })).toMatchObject({ command: ['go', 'test', '-json', './...'], printed: 'go-json' });
    expect(plan({ 'Cargo.toml': '[package]\n' })).toMatchObject({ printed: 'libtest' });
    expect(plan({ 'README.md': '' })).toBeUndefined();
  });

  it('slices a sharded run with the runner’s own flag where it reaches the runner, node’s --test-shard, or units split by hash', () => {
    const slicing = (files: Files, settings = {}): Slicing | undefined => plan(files, settings)?.slicing;
    const flag = (s: Slicing | undefined, args: string[]) => (s?.by === 'flag' ? s.withArgs(args) : undefined);
    expect(slicing({ 'package.json': '{"scripts":{"test":"vitest run"}}' })).toMatchObject({ by: 'flag', runner: 'vitest' });
    expect(flag(slicing({ 'package.json': '{"scripts":{"test":"vitest run"}}' }), ['--shard=2/3'])).toEqual(['npm', 'run', 'test', '--', '--shard=2/3']);
    expect(flag(slicing({ 'package.json': '{"scripts":{"test":"tsc && jest --ci"}}', 'pnpm-lock.yaml': '' }), ['--shard=1/2'])).toEqual(['pnpm', 'run', 'test', '--shard=1/2']);
    expect(flag(slicing({ 'README.md': '' }, { run: 'make build && vitest run' }), ['--shard=1/2'])).toBe('make build && vitest run --shard=1/2');
    expect(slicing({ 'package.json': '{"scripts":{"test":"playwright test"}}' })).toMatchObject({ by: 'flag', runner: 'playwright' });
    expect(slicing({ 'package.json': '{"scripts":{"test":"c8 node --test"}}' })).toEqual({ by: 'node-option' });
    expect(slicing({ 'a.test.js': '' })).toMatchObject({ by: 'units' });
    expect(slicing({ 'test_app.py': '' })).toMatchObject({ by: 'listed-units', list: ['python3', '-m', 'pytest', '--collect-only', '-q'] });
    expect(slicing({ 'go.mod': 'module x\n' })).toMatchObject({ by: 'listed-units', list: ['go', 'list', './...'] });
    // The flag would not reach the runner (not the last command, or behind another script): not sliced.
    for (const script of ['vitest run && eslint .', 'npm run test:unit', 'vitest run | tee log', 'mocha', 'tape test/*.js']) {
      expect(slicing({ 'package.json': JSON.stringify({ scripts: { test: script, 'test:unit': 'vitest run' } }) }), script).toBeUndefined();
    }
    expect(slicing({ 'Cargo.toml': '[package]\n' })).toBeUndefined();
    expect(slicing({ 'README.md': '' }, { run: 'make test' })).toBeUndefined();
  });

  it('names the files node --test would find, and the units a slice runs', () => {
    const s = plan({ 'test/a.test.js': '', 'lib/c.test.mjs': '', 'lib/util.js': '', 'node_modules/x/test.js': '' })?.slicing;
    expect(s?.by === 'units' && s.find()).toEqual(['lib/c.test.mjs', 'test/a.test.js']);
    expect(s?.by === 'units' && s.withUnits(['test/a.test.js'])).toEqual(['node', '--test', 'test/a.test.js']);
  });
});
