import { afterAll, describe, expect, it } from 'vitest';
import { detectBuild } from '../../../src/probes/build/detect.js';
import { detectPackageManager, scriptCommand } from '../../../src/workspace/package-manager.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../../helpers/repo.js';

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
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"build":"tsc"}}' }), { run: 'make dist' })?.command).toBe('make dist');
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"build":"tsc"}}', 'pnpm-lock.yaml': '' }), {})?.command).toEqual(['pnpm', 'run', 'build']);
    expect(detectBuild(dir({ 'go.mod': 'module x\n' }), {})?.command).toEqual(['go', 'build', './...']);
    expect(detectBuild(dir({ 'Cargo.toml': '[package]\n' }), {})?.command).toEqual(['cargo', 'build', '--all-targets']);
    expect(detectBuild(dir({ Makefile: 'CC := gcc\nbuild: main.o\n\tgcc main.o\n' }), {})?.command).toEqual(['make', 'build']);
    expect(detectBuild(dir({ Makefile: 'build := yes\nall:\n\ttrue\n' }), {})).toBeUndefined();
    expect(detectBuild(dir({ 'package.json': '{"scripts":{"test":"x"}}' }), {})).toBeUndefined();
  });
});
