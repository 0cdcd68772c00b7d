import { afterAll, describe, expect, it } from 'vitest';
import { detectBuild } from '../../src/probes/build/detect.js';
import { detectTests } from '../../src/probes/test/detect.js';
import { detectPackageManager, scriptCommand } from '../../src/workspace/package-manager.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function dir(files: Files): string {
  return new TestRepo(tempDir()).write(files).dir;
}

describe('detectPackageManager', () => {
  it('prefers the packageManager field, then the lockfile', () => {
    expect(detectPackageManager(dir({}), { packageManager: 'pnpm@9.1.0' })).toBe('pnpm');
    expect(detectPackageManager(dir({}), { packageManager: 'yarn@1.22.22' })).toBe('yarn');
    expect(detectPackageManager(dir({}), { packageManager: 'yarn@4.1.0' })).toBe('yarn-berry');
    expect(detectPackageManager(dir({ 'bun.lock': '{}' }), {})).toBe('bun');
    expect(detectPackageManager(dir({ 'pnpm-lock.yaml': '' }), {})).toBe('pnpm');
    expect(detectPackageManager(dir({ 'yarn.lock': '# yarn lockfile v1\n' }), {})).toBe('yarn');
    expect(detectPackageManager(dir({ 'yarn.lock': '__metadata:\n  version: 8\n' }), {})).toBe('yarn-berry');
    expect(detectPackageManager(dir({ 'package-lock.json': '{}' }), {})).toBe('npm');
  });

  it('runs a package script as the user would', () => {
    expect(scriptCommand('npm', 'test')).toEqual(['npm', 'run', 'test']);
    expect(scriptCommand('yarn-berry', 'test')).toEqual(['yarn', 'run', 'test']);
    expect(scriptCommand('bun', 'build')).toEqual(['bun', 'run', 'build']);
  });
});

describe('detectBuild', () => {
  it('follows config, package script, go, cargo, then a Makefile build target', () => {
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"build":"tsc"}}' }), { build: { run: 'make dist' } })?.command).toBe('make dist');
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"build":"tsc"}}', 'pnpm-lock.yaml': '' }), {})?.command).toEqual(['pnpm', 'run', 'build']);
    expect(detectBuild(dir({ 'go.mod': 'module x\n' }), {})?.command).toEqual(['go', 'build', './...']);
    expect(detectBuild(dir({ 'Cargo.toml': '[package]\n' }), {})?.command).toEqual(['cargo', 'build', '--all-targets']);
    expect(detectBuild(dir({ Makefile: 'CC := gcc\nbuild: main.o\n\tgcc main.o\n' }), {})?.command).toEqual(['make', 'build']);
    expect(detectBuild(dir({ Makefile: 'build := yes\nall:\n\ttrue\n' }), {})).toBeUndefined();
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"test":"x"}}' }), {})).toBeUndefined();
  });
});

describe('detectTests', () => {
  const plan = (files: Files, config = {}) => detectTests(dir(files), config);

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
    expect(plan({ 'README.md': '' }, { test: { run: 'node --test --test-reporter=tap' } })?.nodeTestReporter).toBe(false);
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
});
