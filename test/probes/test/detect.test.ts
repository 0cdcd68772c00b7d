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
    expect(plan({ 'package.json': '{"scripts":{"test":"vitest run"}}' })?.command('/r').command).toEqual(['npm', 'run', 'test', '--', '--reporter=default', '--reporter=json', '--outputFile.json=/r']);
    expect(plan({ 'package.json': '{"scripts":{"test":"tsc && jest --ci"}}' })?.command('/r').command).toEqual(['npm', 'run', 'test', '--', '--json', '--outputFile=/r']);
    expect(plan({ 'package.json': '{"scripts":{"test":"mocha"}}' })?.report).toEqual({ format: 'mocha-json', from: 'file' });
    expect(plan({ 'package.json': '{"scripts":{"test":"ava"}}' })?.report).toEqual({ format: 'tap', from: 'stdout' });
    expect(plan({ 'package.json': '{"scripts":{"test":"node --test test/"}}' })?.command('/r').env?.NODE_OPTIONS).toContain('--test-reporter-destination=/r');
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
