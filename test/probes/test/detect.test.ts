import { afterAll, describe, expect, it } from 'vitest';
import { detectTests } from '../../../src/probes/test/detect.js';
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
});
