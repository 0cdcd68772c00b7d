// What a gate run loads: the parsers, clients and report readers of a probe load only when the change gives
// that probe something to parse, so the Action and the CLI start fast in little memory (bench/action-start.js).
// The run is recorded by a module hook (module.registerHooks) that logs every file Node loads.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const RECORDER = `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({
  load(url, context, nextLoad) {
    appendFileSync(process.env.LOADED_LOG, url + '\\n');
    return nextLoad(url, context);
  },
});
`;

/** Libraries only some changes need: none may load for a change that gives no probe anything to parse. */
const ON_DEMAND = [
  '@babel/parser',
  '@lezer/common',
  '@yarnpkg/parsers',
  'js-yaml',
  '@renovatebot/pep440',
  '@renovatebot/ruby-semver',
  'ae-cvss-calculator',
  'fflate',
  'tap-parser',
  'fast-xml-parser',
  're2js',
  'smol-toml',
  '@actions/core',
];

/** The npm packages a gate run on `repo` loaded (from the `feature` branch against `main`). */
function loadedPackages(repo: TestRepo): Set<string> {
  const dir = tempDir('loki-loads-');
  const hook = join(dir, 'record.mjs');
  const log = join(dir, 'loaded.log');
  writeFileSync(hook, RECORDER);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', hook, BIN, 'main', '--out', join(dir, 'out')], {
    cwd: repo.dir,
    env: cleanEnv({ LOADED_LOG: log }),
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).not.toBe(3);
  const packages = readFileSync(log, 'utf8').matchAll(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//g);
  return new Set([...packages].map((match) => match[1]!));
}

function repoWith(base: Record<string, string>, head: Record<string, string>): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n', ...base });
  repo.checkout('feature', true);
  repo.commit('change', head);
  return repo;
}

describe('what a gate run loads', () => {
  it('a change to a README loads none of the on-demand parsers, clients and report readers', () => {
    const loaded = loadedPackages(repoWith({}, { 'README.md': '# app\n\nMore words.\n' }));
    expect(loaded.has('ajv'), 'the recorder sees the packages every run loads').toBe(true);
    expect(ON_DEMAND.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('a changed lockfile loads its reader, a changed test file its syntax tree parser', () => {
    const yarnLock = '# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n';
    // Removing the package introduces nothing: no vulnerability lookup (and no network) is needed.
    const loaded = loadedPackages(
      repoWith({ 'yarn.lock': yarnLock, 'test/a.test.js': "test('a', () => {});\n" }, { 'yarn.lock': '# yarn lockfile v1\n', 'test/a.test.js': "test.skip('a', () => {});\n" }),
    );
    expect(loaded.has('@yarnpkg/parsers')).toBe(true);
    expect(loaded.has('@babel/parser')).toBe(true);
  });
});
