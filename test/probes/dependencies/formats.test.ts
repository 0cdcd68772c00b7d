// One scenario per lockfile format: the change adds a vulnerable package, the probe names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { fixtureRecords, startOsvServer, type OsvServer } from './osv-server.js';
import { makeRepo, runProbe, scenarioFiles, summarize } from './scenario.js';

let server: OsvServer;
beforeAll(async () => {
  server = await startOsvServer(fixtureRecords());
});
afterAll(async () => {
  await server.close();
  cleanupTempDirs();
});

const NEW = 'dependencies/vulnerable-dependency';

describe.each([
  ['npm-v3', 'fail', [`${NEW} high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 package-lock.json:42`, `${NEW} medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 package-lock.json:42`]],
  ['npm-v1', 'fail', [`${NEW} critical blocking GHSA-xvch-5gv4-984h minimist@1.2.5 package-lock.json:21`]],
  [
    'npm-shrinkwrap-v2',
    'fail',
    [
      `${NEW} high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.15 tools/cli/npm-shrinkwrap.json:19`,
      `${NEW} high blocking GHSA-p6mc-m468-83gw lodash@4.17.15 tools/cli/npm-shrinkwrap.json:19`,
      `${NEW} medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.15 tools/cli/npm-shrinkwrap.json:19`,
    ],
  ],
  ['yarn-classic', 'fail', [`${NEW} high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 yarn.lock:10`, `${NEW} medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 yarn.lock:10`]],
  ['yarn-berry', 'fail', [`${NEW} critical blocking GHSA-xvch-5gv4-984h minimist@1.2.5 yarn.lock:15`]],
  ['pnpm-v6', 'fail', [`${NEW} high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.19 pnpm-lock.yaml:26`, `${NEW} medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.19 pnpm-lock.yaml:26`]],
  ['pnpm-v9', 'fail', [`${NEW} critical blocking GHSA-xvch-5gv4-984h minimist@1.2.5 pnpm-lock.yaml:40`]],
  ['bun', 'fail', [`${NEW} high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 bun.lock:16`, `${NEW} medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 bun.lock:16`]],
  ['requirements', 'fail', [`${NEW} critical blocking GHSA-8q59-q68h-6hv4 pyyaml@5.3.1 services/ml/requirements.txt:9`]],
  // GHSA-j8r2-6x86-q33q and PYSEC-2023-74 are one vulnerability; moderate, so a concern, not a block.
  ['poetry', 'pass', [`${NEW} medium non-blocking GHSA-j8r2-6x86-q33q requests@2.30.0 poetry.lock:31`]],
  ['uv', 'fail', [`${NEW} critical blocking GHSA-8q59-q68h-6hv4 pyyaml@5.3.1 uv.lock:26`, `${NEW} medium non-blocking GHSA-h5c8-rqwp-cp95 jinja2@3.1.2 uv.lock:11`]],
  ['pipenv', 'fail', [`${NEW} critical blocking GHSA-8q59-q68h-6hv4 pyyaml@5.3.1 Pipfile.lock:39`, `${NEW} medium non-blocking GHSA-j8r2-6x86-q33q requests@2.30.0 Pipfile.lock:26`]],
  ['go', 'fail', [`${NEW} high blocking GHSA-vvpx-j8f3-3w6h golang.org/x/net@v0.6.0 services/api/go.mod:7`]],
  [
    'go-sum-only',
    'fail',
    [
      `${NEW} high blocking GHSA-vvpx-j8f3-3w6h golang.org/x/net@v0.0.0-20220826154423-83b083e8dc8b tools/go.sum:5`,
      `${NEW} high blocking GO-2022-0969 golang.org/x/net@v0.0.0-20220826154423-83b083e8dc8b tools/go.sum:5`, // unrated: treated as high
    ],
  ],
  ['cargo', 'fail', [`${NEW} critical blocking RUSTSEC-2021-0003 smallvec@1.6.0 Cargo.lock:20`, `${NEW} medium non-blocking RUSTSEC-2020-0071 time@0.1.45 Cargo.lock:26`]],
  ['bundler', 'fail', [`${NEW} high blocking GHSA-crjr-9rc5-ghw8 nokogiri@1.13.3 Gemfile.lock:16`]],
  ['composer', 'fail', [`${NEW} high blocking GHSA-cwmx-hcrq-mhc3 guzzlehttp/guzzle@7.4.2 composer.lock:8`]],
] as const)('%s', (scenario, status, expected) => {
  it('reports the vulnerable package the change adds', async () => {
    const repo = makeRepo(scenarioFiles(scenario, 'base'), scenarioFiles(scenario, 'head'));
    const outcome = await runProbe(repo, { options: { osvUrl: server.url } });
    expect(summarize(outcome)).toEqual(expected);
    expect(outcome.status).toBe(status);
  });
});
