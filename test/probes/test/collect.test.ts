// The environment that makes runners write their reports: added to what the command would get, never replacing it.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeOptionsSupport, prepareCollection } from '../../../src/probes/test/collect/hooks.js';
import { readReports } from '../../../src/probes/test/collect/read.js';
import { spawnSync } from 'node:child_process';

describe('prepareCollection', () => {
  it('extends NODE_OPTIONS, PYTHONPATH and PYTEST_PLUGINS, keeps task runners from replaying cached runs, and cleans up after itself', () => {
    const collection = prepareCollection({ baseEnv: { NODE_OPTIONS: '--max-old-space-size=4096', PYTHONPATH: '/opt/lib', PYTEST_PLUGINS: 'myplugin' }, nodeTestReporter: true, nodeVersion: process.versions.node });
    expect(collection.env.NODE_OPTIONS).toMatch(/^--max-old-space-size=4096 --import=\S+preload\.mjs --test-reporter=spec --test-reporter-destination=stdout --test-reporter=\S+node-test-reporter\.mjs --test-reporter-destination=stdout$/);
    expect(collection.env.PYTHONPATH).toMatch(new RegExp(`^/opt/lib${delimiter}\\S+hooks$`));
    expect(collection.env.PYTEST_PLUGINS).toBe('myplugin,loki_verify_pytest_report');
    expect(collection.env).toMatchObject({ TURBO_FORCE: 'true', NX_SKIP_NX_CACHE: 'true' });
    expect(readdirSync(collection.reportDir)).toEqual([]);
    collection.dispose();
    expect(existsSync(collection.reportDir)).toBe(false);
  });

  it('adds to NODE_OPTIONS only what the node on PATH accepts there', () => {
    expect(nodeOptionsSupport('22.1.0')).toEqual({ preload: true, testReporter: true });
    expect(nodeOptionsSupport('v20.5.1')).toEqual({ preload: false, testReporter: true });
    expect(nodeOptionsSupport('20.6.0')).toEqual({ preload: true, testReporter: true });
    expect(nodeOptionsSupport('18.19.0')).toEqual({ preload: true, testReporter: true });
    expect(nodeOptionsSupport('18.14.2')).toEqual({ preload: false, testReporter: false });
    expect(nodeOptionsSupport('16.20.0')).toEqual({ preload: false, testReporter: false });
    expect(nodeOptionsSupport(undefined)).toEqual({ preload: false, testReporter: false });
    const old = prepareCollection({ baseEnv: { NODE_OPTIONS: '--max-old-space-size=4096' }, nodeTestReporter: true, nodeVersion: '16.20.0' });
    expect(old.env.NODE_OPTIONS).toBe('--max-old-space-size=4096');
    old.dispose();
  });

  it("leaves node's reporters alone when the repository or NODE_OPTIONS already names one", () => {
    for (const collection of [
      prepareCollection({ baseEnv: {}, nodeTestReporter: false, nodeVersion: process.versions.node }),
      prepareCollection({ baseEnv: { NODE_OPTIONS: '--test-reporter=dot' }, nodeTestReporter: true, nodeVersion: process.versions.node }),
    ]) {
      expect(collection.env.NODE_OPTIONS).not.toMatch(/node-test-reporter/);
      expect(collection.env.NODE_OPTIONS).toMatch(/--import=/);
      collection.dispose();
    }
  });

  it('the preload is inert in a process that is no test runner, and node:test results land in one report per run', () => {
    const collection = prepareCollection({ baseEnv: {}, nodeTestReporter: true, nodeVersion: process.versions.node });
    try {
      const env = { ...process.env, ...collection.env };
      const plain = spawnSync(process.execPath, ['-e', 'console.log(process.argv.length)'], { env, encoding: 'utf8' });
      expect(plain.stdout.trim()).toBe('1');
      const script = join(collection.reportDir, '..', 'inline.test.mjs');
      spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(script)}, "import test from 'node:test';\\ntest('a', () => {});\\ntest('b', () => {});\\n")`]);
      for (let i = 0; i < 2; i++) spawnSync(process.execPath, ['--test', script], { env, encoding: 'utf8' });
      const { runs } = readReports(collection.reportDir);
      expect(runs.map((r) => [r.runner, r.counts.passed])).toEqual([['node:test', 2], ['node:test', 2]]);
    } finally {
      collection.dispose();
    }
  });
});
