import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from '../../helpers/repo.js';
import { makeRepo, npmLock, runProbe, scenarioFiles, summarize } from './scenario.js';
import { deadUrl, fixtureRecords, OSV_FIXTURES, startOsvServer, type OsvServer } from './osv-server.js';

let server: OsvServer;
beforeAll(async () => {
  server = await startOsvServer(fixtureRecords(), { pageSize: 2 });
});
afterAll(async () => {
  await server.close();
  cleanupTempDirs();
});
afterEach(() => {
  server.requests.length = 0;
});

const api = () => ({ options: { osvUrl: server.url } });

describe('dependencies probe', () => {
  it('blocks a vulnerable version the change adds, and names it', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('fail');
    expect(summarize(outcome)).toEqual([
      'dependencies/vulnerable-dependency high blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 package-lock.json:42',
      'dependencies/vulnerable-dependency medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 package-lock.json:42',
    ]);
    const [first] = outcome.findings ?? [];
    expect(first?.message).toBe(
      'lodash 4.17.20 (npm) has GHSA-35jh-r3h4-6jhm / CVE-2021-23337 (high): Command Injection in lodash; fixed in 4.17.21',
    );
    expect(first?.details).toMatchObject({
      ecosystem: 'npm',
      lockfile: 'package-lock.json',
      aliases: ['CVE-2021-23337'],
      summary: 'Command Injection in lodash',
      fixed_version: '4.17.21',
      severity: 'high',
      severity_source: 'database',
      introduced_by_change: true,
      dev: false,
    });
    expect(first?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(outcome.summary).toBe(
      '1 lockfile changed, 2 package versions introduced; vulnerabilities: 1 blocking (high or worse), 1 below high',
    );
    expect(outcome.details).toMatchObject({
      source: { kind: 'api', location: server.url },
      lockfiles: [{ path: 'package-lock.json', format: 'package-lock', ecosystem: 'npm', introduced: 2, updated: 1, unchanged: 2, removed: 0 }],
      packages_checked: 4,
      requests: { querybatch: 1, vulns: 2 },
    });
  });

  it('gives the same fingerprints on a second run', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const first = await runProbe(repo, api());
    const second = await runProbe(repo, api());
    expect(second.findings?.map((f) => f.fingerprint)).toEqual(first.findings?.map((f) => f.fingerprint));
  });

  it('finds nothing when the change bumps the package to the fixed version', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ lodash: '4.17.20', ms: '2.1.3' }) }, { 'package-lock.json': npmLock({ lodash: '4.17.21', ms: '2.1.3' }) });
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([]);
    expect(outcome.summary).toBe('1 lockfile changed, 1 package version introduced; no known vulnerabilities');
    expect(outcome.details).toMatchObject({ lockfiles: [{ introduced: 1, updated: 1, removed: 1 }] });
  });

  it('reports a vulnerability already at the merge-base as info, not blocking', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ lodash: '4.17.20' }) }, { 'package-lock.json': npmLock({ lodash: '4.17.20', ms: '2.1.3' }) });
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('pass');
    expect(summarize(outcome)).toEqual([
      'dependencies/pre-existing-vulnerability info non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 package-lock.json:15',
      'dependencies/pre-existing-vulnerability info non-blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 package-lock.json:15',
    ]);
    expect(outcome.findings?.[1]?.message).toContain('already present at the merge-base');
  });

  it('introduces nothing when an update moves between two versions affected by the same vulnerability', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ lodash: '4.17.15' }) }, { 'package-lock.json': npmLock({ lodash: '4.17.20' }) });
    const outcome = await runProbe(repo, api());
    // GHSA-p6mc-m468-83gw is fixed by the update; the other two were there before it.
    expect(summarize(outcome)).toEqual([
      'dependencies/pre-existing-vulnerability info non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 package-lock.json:14',
      'dependencies/pre-existing-vulnerability info non-blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 package-lock.json:14',
    ]);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toMatchObject({ packages_checked: 2 });
  });

  it('blocks a downgrade into a vulnerable version', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ lodash: '4.17.21' }) }, { 'package-lock.json': npmLock({ lodash: '4.17.20' }) });
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.rule)).toEqual(['dependencies/vulnerable-dependency', 'dependencies/vulnerable-dependency']);
  });

  it('applies a waiver by alias, and stops applying one that has lapsed', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const now = new Date('2026-06-15T10:00:00Z');
    const outcome = await runProbe(repo, {
      ...api(),
      now,
      config: {
        dependencies: {
          ignore: [
            { id: 'CVE-2021-23337', reason: 'lodash.template is never called', until: '2026-12-31' },
            { id: 'GHSA-29mw-wpgm-hmr9', reason: 'no untrusted input reaches trim()', until: '2026-06-14' },
          ],
        },
      },
    });
    expect(summarize(outcome)).toEqual([
      'dependencies/vulnerable-dependency medium non-blocking GHSA-29mw-wpgm-hmr9 lodash@4.17.20 package-lock.json:42',
      'dependencies/waived-vulnerability info non-blocking GHSA-35jh-r3h4-6jhm lodash@4.17.20 package-lock.json:42',
    ]);
    expect(outcome.status).toBe('pass');
    expect(outcome.findings?.[0]?.message).toContain('waiver expired on 2026-06-14 (no untrusted input reaches trim())');
    expect(outcome.findings?.[1]?.message).toContain('waived: lodash.template is never called (until 2026-12-31)');
    expect(outcome.summary).toContain('1 below high, 1 waived');
  });

  it('follows dependencies.block_on', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const critical = await runProbe(repo, { ...api(), config: { dependencies: { block_on: 'critical' } } });
    expect(critical.status).toBe('pass');
    expect(critical.findings?.every((f) => !f.blocking)).toBe(true);
    const medium = await runProbe(repo, { ...api(), config: { dependencies: { block_on: 'medium' } } });
    expect(medium.findings?.filter((f) => f.blocking)).toHaveLength(2);
  });

  it('is inconclusive, never a pass, when OSV cannot be reached', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const outcome = await runProbe(repo, { options: { osvUrl: await deadUrl() } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toMatch(/^vulnerability data unavailable: http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch: ECONNREFUSED .*\(after 3 attempts\)$/);
    expect(outcome.findings).toBeUndefined();
  });

  it('is inconclusive when OSV answers garbage', async () => {
    const garbage = await startOsvServer([], { intercept: () => ({ status: 200, body: 'Service temporarily down' }) });
    try {
      const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
      const outcome = await runProbe(repo, { options: { osvUrl: garbage.url } });
      expect(outcome.status).toBe('inconclusive');
      expect(outcome.summary).toContain('answer is not JSON');
    } finally {
      await garbage.close();
    }
  });

  it('uses config dependencies.osv_url over the environment', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const outcome = await runProbe(repo, { options: { osvUrl: await deadUrl() }, config: { dependencies: { osv_url: server.url } } });
    expect(outcome.status).toBe('fail');
  });

  it('is inconclusive naming a lockfile that does not parse, and still checks the others', async () => {
    const repo = makeRepo(
      { 'web/package-lock.json': npmLock({ ms: '2.1.3' }), 'api/yarn.lock': '' },
      {
        'web/package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n<<<<<<< HEAD\n',
        'api/yarn.lock': 'minimist@^1.2.0:\n  version "1.2.5"\n  resolved "https://registry.yarnpkg.com/minimist/-/minimist-1.2.5.tgz"\n',
      },
    );
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toMatch(/web\/package-lock\.json does not parse: not valid JSON \(.+\)/);
    expect(summarize(outcome)).toEqual([
      // GHSA-vh95-rmgr-6w4m was fixed in 1.2.3: not reported.
      'dependencies/vulnerable-dependency critical blocking GHSA-xvch-5gv4-984h minimist@1.2.5 api/yarn.lock:1',
    ]);
  });

  it('passes with "no dependency changes" when no lockfile changed, without asking OSV', async () => {
    const repo = makeRepo({ 'package-lock.json': npmLock({ lodash: '4.17.20' }) }, { 'src/index.js': 'export {};\n', 'package.json': '{}\n' });
    const outcome = await runProbe(repo, { options: { osvUrl: await deadUrl() } });
    expect(outcome).toMatchObject({ status: 'pass', summary: 'no dependency changes' });
    expect(server.requests).toEqual([]);
  });

  it('reads a renamed lockfile at its old path', async () => {
    const lock = npmLock({ lodash: '4.17.20', ms: '2.1.3' });
    const repo = makeRepo({ 'app/package-lock.json': lock }, { 'app/package-lock.json': null, 'apps/web/package-lock.json': lock.replace('"version": "1.0.0"', '"version": "1.0.1"') });
    const outcome = await runProbe(repo, api());
    expect(outcome.details).toMatchObject({ lockfiles: [{ path: 'apps/web/package-lock.json', old_path: 'app/package-lock.json', introduced: 0 }] });
    // Nothing new to look up: no request, and a pass.
    expect(outcome.status).toBe('pass');
    expect(server.requests).toEqual([]);
  });

  it('treats a lockfile renamed to another name as gone', async () => {
    const lock = npmLock({ lodash: '4.17.20' });
    const repo = makeRepo({ 'package-lock.json': lock }, { 'package-lock.json': null, 'package-lock.json.bak': lock });
    expect(await runProbe(repo, api())).toMatchObject({ status: 'pass', summary: 'no dependency changes' });
  });

  it('counts every package of a lockfile as new when its merge-base version does not parse', async () => {
    const repo = makeRepo({ 'package-lock.json': '{ broken' }, { 'package-lock.json': npmLock({ minimist: '1.2.5' }) });
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('fail');
    expect(outcome.details).toMatchObject({ lockfiles: [{ base_error: expect.stringContaining('not valid JSON') }] });
    expect(outcome.logs.join('\n')).toContain('all its packages count as new');
  });

  it('is inconclusive when a lockfile it cannot read changed (bun.lockb)', async () => {
    const repo = makeRepo({}, { 'bun.lockb': Buffer.from([0x23, 0x21, 0x2f, 0x75, 0x00, 0x01, 0x02]) });
    const outcome = await runProbe(repo, api());
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toContain('bun.lockb was not checked: bun.lockb is binary');
  });

  it('leaves go.sum to go.mod where the module has one', async () => {
    const repo = makeRepo(scenarioFiles('go', 'base'), { 'services/api/go.sum': scenarioFiles('go', 'head')['services/api/go.sum'] as string });
    const outcome = await runProbe(repo, api());
    expect(outcome).toMatchObject({ status: 'pass', summary: 'no dependency changes' });
  });

  it('leaves go.sum to a go.mod the change renames away (the merge-base has it)', async () => {
    const base = scenarioFiles('go', 'base');
    const repo = makeRepo(base, {
      'services/api/go.mod': null,
      'services/api/go.mod.orig': base['services/api/go.mod'] as string,
      'services/api/go.sum': scenarioFiles('go', 'head')['services/api/go.sum'] as string,
    });
    const outcome = await runProbe(repo, api());
    expect(outcome).toMatchObject({ status: 'pass', summary: 'no dependency changes' });
  });

  it('gives the same findings from the offline database as from the API', async () => {
    const repo = makeRepo(
      { ...scenarioFiles('npm-v3', 'base'), ...scenarioFiles('cargo', 'base'), ...scenarioFiles('go', 'base') },
      { ...scenarioFiles('npm-v3', 'head'), ...scenarioFiles('cargo', 'head'), ...scenarioFiles('go', 'head') },
    );
    const online = await runProbe(repo, api());
    const offline = await runProbe(repo, { options: { osvUrl: await deadUrl(), osvDb: OSV_FIXTURES } });
    expect(offline.status).toBe(online.status);
    expect(offline.findings).toEqual(online.findings);
    expect(offline.findings?.length).toBeGreaterThan(4);
    expect(offline.details).toMatchObject({ source: { kind: 'offline', location: OSV_FIXTURES }, database: { records: 18 } });
    // config dependencies.osv_db, relative to the repository root, works the same way.
    const viaConfig = await runProbe(repo, { config: { dependencies: { osv_db: OSV_FIXTURES } } });
    expect(viaConfig.findings).toEqual(online.findings);
  });

  it('is inconclusive when the offline database is missing', async () => {
    const repo = makeRepo(scenarioFiles('npm-v3', 'base'), scenarioFiles('npm-v3', 'head'));
    const outcome = await runProbe(repo, { options: { osvDb: 'no/such/db' } });
    expect(outcome.status).toBe('inconclusive');
    expect(outcome.summary).toMatch(/offline OSV database .*no\/such\/db is not a directory/);
  });
});
