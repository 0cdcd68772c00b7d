// How the repository's package manager is run, and the exact install command messages name.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateByTitle } from '../../src/probes/test/locate.js';
import { jsInstallCommand, pythonInstallCommand } from '../../src/workspace/install.js';
import { prepareLaunch, shimFor } from '../../src/workspace/launcher.js';
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../helpers/repo.js';
import { spawnSync } from 'node:child_process';

afterAll(cleanupTempDirs);

function dir(files: Files): string {
  return new TestRepo(tempDir()).write(files).dir;
}

/** A PATH folder holding only the named executables. */
function pathWith(...tools: string[]): string {
  const bin = tempDir('loki-bin-');
  for (const tool of tools) {
    writeFileSync(join(bin, tool), '#!/bin/sh\necho fake\n');
    chmodSync(join(bin, tool), 0o755);
  }
  return bin;
}

describe('package manager launch', () => {
  it('yarn berry: the committed yarnPath release runs with node, even when a yarn is installed', () => {
    const root = dir({ '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.5.0.cjs\n' });
    expect(shimFor(root, 'yarn-berry', { packageManager: 'yarn@4.5.0' }, pathWith('yarn'))).toEqual({ name: 'yarn', argv: ['node', join(root, '.yarn/releases/yarn-4.5.0.cjs')], note: 'yarn from yarnPath .yarn/releases/yarn-4.5.0.cjs' });
  });

  it('pnpm and yarn named by packageManager but not installed: through corepack', () => {
    expect(shimFor(dir({}), 'pnpm', { packageManager: 'pnpm@9.12.0' }, pathWith('corepack'))).toMatchObject({ name: 'pnpm', argv: ['corepack', 'pnpm'] });
    expect(shimFor(dir({}), 'yarn-berry', { packageManager: 'yarn@4.5.0' }, pathWith('corepack'))).toMatchObject({ name: 'yarn', argv: ['corepack', 'yarn'] });
    // Installed, or not named, or no corepack: used as it is.
    expect(shimFor(dir({}), 'pnpm', { packageManager: 'pnpm@9.12.0' }, pathWith('pnpm', 'corepack'))).toBeUndefined();
    expect(shimFor(dir({}), 'pnpm', {}, pathWith('corepack'))).toBeUndefined();
    expect(shimFor(dir({}), 'pnpm', { packageManager: 'pnpm@9.12.0' }, pathWith())).toBeUndefined();
    expect(shimFor(dir({}), 'npm', { packageManager: 'npm@10.0.0' }, pathWith('corepack'))).toBeUndefined();
  });

  it('the shim is first on PATH, so scripts that call the package manager again find it', () => {
    const root = dir({ '.yarnrc.yml': 'yarnPath: release.cjs\n', 'release.cjs': "console.log('berry', process.argv.slice(2).join(' '));\n" });
    const launch = prepareLaunch(root, 'yarn-berry', {}, process.env.PATH);
    try {
      const run = spawnSync('sh', ['-c', 'yarn run test'], { cwd: root, env: { ...process.env, ...launch.env }, encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('berry run test');
    } finally {
      launch.dispose();
    }
  });
});

describe('install commands', () => {
  it('per package manager and lockfile', () => {
    expect(jsInstallCommand(dir({ 'package-lock.json': '{}' }), 'npm')).toBe('npm ci');
    expect(jsInstallCommand(dir({}), 'npm')).toBe('npm install');
    expect(jsInstallCommand(dir({ 'pnpm-lock.yaml': '' }), 'pnpm')).toBe('pnpm install --frozen-lockfile');
    expect(jsInstallCommand(dir({ 'yarn.lock': '' }), 'yarn-berry')).toBe('yarn install --immutable');
    expect(jsInstallCommand(dir({ 'yarn.lock': '' }), 'yarn')).toBe('yarn install --frozen-lockfile');
    expect(jsInstallCommand(dir({ 'bun.lock': '' }), 'bun')).toBe('bun install --frozen-lockfile');
  });

  it('python: every requirements file, else the project with its test extra', () => {
    expect(pythonInstallCommand(dir({ 'requirements.txt': '', 'requirements-dev.txt': '', 'requirements.in': '' }))).toBe('pip install -r requirements.txt && pip install -r requirements-dev.txt');
    expect(pythonInstallCommand(dir({ 'pyproject.toml': '[project]\nname = "x"\n\n[project.optional-dependencies]\ntest = ["pytest"]\n' }))).toBe("pip install -e '.[test]'");
    expect(pythonInstallCommand(dir({ 'setup.py': '' }))).toBe('pip install -e .');
    expect(pythonInstallCommand(dir({}))).toBeUndefined();
  });
});

describe('locateByTitle: a failing test named without a place', () => {
  it('the one declaration of that title, in the file ava names', () => {
    const root = dir({ 'test/a.test.js': "import test from 'ava';\n\ntest('adds', (t) => t.pass());\n", 'test/b.test.js': "test.serial(\"adds\", (t) => t.pass());\ntest('other', () => {});\n" });
    mkdirSync(join(root, 'node_modules/x'), { recursive: true });
    writeFileSync(join(root, 'node_modules/x/x.test.js'), "test('other', () => {});\n");
    expect(locateByTitle(root, [{ name: 'test/b.test.js › adds' }, { name: 'other' }, { name: 'adds' }, { name: 'gone' }])).toEqual([
      { name: 'test/b.test.js › adds', file: 'test/b.test.js', line: 1 },
      { name: 'other', file: 'test/b.test.js', line: 2 },
      // Declared twice: no guess.
      { name: 'adds' },
      { name: 'gone' },
    ]);
  });

  it('a root test.js counts as a test file (sindresorhus/p-limit)', () => {
    const root = dir({ 'index.js': "export const map = () => {};\n", 'test.js': "import test from 'ava';\n\ntest('map works when detached from the limit', async (t) => {});\n" });
    expect(locateByTitle(root, [{ name: 'map works when detached from the limit' }])).toEqual([{ name: 'map works when detached from the limit', file: 'test.js', line: 3 }]);
  });
});
