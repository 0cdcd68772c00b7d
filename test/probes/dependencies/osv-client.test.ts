import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createOsvClient, MAX_BODY_BYTES } from '../../../src/probes/dependencies/osv/client.js';
import { createOfflineDb } from '../../../src/probes/dependencies/osv/offline-db.js';
import { OsvUnavailableError, type Query } from '../../../src/probes/dependencies/osv/source.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';
import { deadUrl, fixtureRecords, startOsvServer, type OsvServer } from './osv-server.js';

const QUERIES: Query[] = [
  { ecosystem: 'npm', name: 'lodash', version: '4.17.15' },
  { ecosystem: 'npm', name: 'ms', version: '2.1.3' },
  { ecosystem: 'Go', name: 'golang.org/x/net', version: 'v0.6.0' },
  { ecosystem: 'PyPI', name: 'requests', version: '2.30.0' },
];

let server: OsvServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => cleanupTempDirs());

const ids = (answers: Array<Array<{ id: string }>>): string[][] => answers.map((records) => records.map((r) => r.id).sort());

describe('OSV API client', () => {
  it('queries in batches of at most 1,000, follows page tokens, and fetches each record once', async () => {
    server = await startOsvServer(fixtureRecords(), { pageSize: 1 });
    const client = createOsvClient({ baseUrl: server.url, batchSize: 2 });
    const answers = await client.lookup([...QUERIES, QUERIES[0] as Query]);
    expect(ids(answers)).toEqual([
      ['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw'],
      [],
      ['GHSA-vvpx-j8f3-3w6h', 'GO-2023-1571'],
      ['GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74'],
      ['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw'],
    ]);
    const batches = server.requests.filter((r) => r.path === '/v1/querybatch');
    // 5 queries in batches of 2 = 3 requests; then page 2 for the 4 queries with more results, page 3 for 2.
    expect(batches.map((r) => (r.body as { queries: unknown[] }).queries.length)).toEqual([2, 2, 1, 2, 2, 2]);
    expect((batches[3]?.body as { queries: Array<{ page_token?: string; version: string }> }).queries[0]).toMatchObject({ page_token: expect.any(String) });
    // Go versions travel without the v prefix.
    expect(JSON.stringify(batches[1]?.body)).toContain('"version":"0.6.0"');
    const details = server.requests.filter((r) => r.method === 'GET').map((r) => r.path).sort();
    expect(details).toEqual([...new Set(details)]);
    expect(details).toHaveLength(7);
    expect(client.stats).toEqual({ querybatch: 6, vulns: 7 });
  });

  it('sends PyPI names normalized and Go and Composer versions without a v prefix', async () => {
    server = await startOsvServer(fixtureRecords());
    const answers = await createOsvClient({ baseUrl: server.url }).lookup([
      { ecosystem: 'Packagist', name: 'guzzlehttp/guzzle', version: 'v7.4.2' },
      { ecosystem: 'PyPI', name: 'PyYAML', version: '5.3.1' },
    ]);
    expect(ids(answers)).toEqual([['GHSA-cwmx-hcrq-mhc3'], ['GHSA-8q59-q68h-6hv4']]);
    expect((server.requests[0]?.body as { queries: unknown[] }).queries).toEqual([
      { package: { ecosystem: 'Packagist', name: 'guzzlehttp/guzzle' }, version: '7.4.2' },
      { package: { ecosystem: 'PyPI', name: 'pyyaml' }, version: '5.3.1' },
    ]);
  });

  it('retries server errors with backoff, then answers', async () => {
    server = await startOsvServer(fixtureRecords(), {
      intercept: (_request, index) => (index < 2 ? { status: 503, body: 'unavailable' } : undefined),
    });
    const client = createOsvClient({ baseUrl: server.url, backoffMs: 10 });
    expect(ids(await client.lookup(QUERIES.slice(0, 1)))).toEqual([['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw']]);
    expect(server.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(3);
  });

  it('gives up after the bounded attempts, naming the last error', async () => {
    server = await startOsvServer([], { intercept: () => ({ status: 502, body: 'bad gateway' }) });
    const client = createOsvClient({ baseUrl: server.url, attempts: 3, backoffMs: 5 });
    await expect(client.lookup(QUERIES)).rejects.toThrow(/querybatch: HTTP 502: bad gateway \(after 3 attempts\)/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry client errors', async () => {
    server = await startOsvServer([], { intercept: () => ({ status: 400, body: '{"code":3,"message":"Invalid query."}' }) });
    await expect(createOsvClient({ baseUrl: server.url, backoffMs: 5 }).lookup(QUERIES)).rejects.toThrow(/HTTP 400/);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['not JSON', '<html>maintenance</html>', /answer is not JSON/],
    ['the wrong number of results', '{"results": []}', /answer is not 4 query results/],
    ['vulns without ids', '{"results": [{"vulns": [{"modified": "x"}]}, {}, {}, {}]}', /a vulnerability has no id/],
  ])('treats an answer that is %s as unavailable', async (_what, body, message) => {
    server = await startOsvServer([], { intercept: () => ({ status: 200, body }) });
    const lookup = createOsvClient({ baseUrl: server.url, backoffMs: 5 }).lookup(QUERIES);
    await expect(lookup).rejects.toThrow(OsvUnavailableError);
    await expect(createOsvClient({ baseUrl: server.url, backoffMs: 5 }).lookup(QUERIES)).rejects.toThrow(message);
  });

  it('rejects a record that is not the one asked for', async () => {
    server = await startOsvServer(fixtureRecords(), {
      intercept: (request) => (request.method === 'GET' ? { status: 200, body: '{"id": "GHSA-other"}' } : undefined),
    });
    await expect(createOsvClient({ baseUrl: server.url }).lookup(QUERIES.slice(0, 1))).rejects.toThrow(/is not the OSV record/);
  });

  it('times out a silent server', async () => {
    server = await startOsvServer([], { intercept: () => ({ status: 200, body: '{}', delayMs: 2000 }) });
    const client = createOsvClient({ baseUrl: server.url, timeoutMs: 100, attempts: 2, backoffMs: 5 });
    await expect(client.lookup(QUERIES)).rejects.toThrow(/no answer within 100 ms \(after 2 attempts\)/);
  });

  it('stops reading an answer past the size cap, once, without retrying', async () => {
    const before = process.memoryUsage().rss;
    server = await startOsvServer([], { intercept: () => ({ status: 200, body: '{"results": [', floodBytes: 700 * 1024 * 1024 }) });
    const client = createOsvClient({ baseUrl: server.url, attempts: 3, backoffMs: 5 });
    await expect(client.lookup(QUERIES)).rejects.toThrow(/querybatch: answer larger than 32 MB, .*; not read/);
    expect(server.requests).toHaveLength(1);
    // Only about the cap crossed the socket (plus kernel buffers), not the 700 MB the server had to send.
    expect(server.floodWritten).toBeLessThan(MAX_BODY_BYTES + 32 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(500 * 1024 * 1024);
  });

  it('refuses an answer whose declared length is past the cap before reading it', async () => {
    server = await startOsvServer([], { intercept: () => ({ status: 200, body: '{"results": []}' }) });
    await expect(createOsvClient({ baseUrl: server.url, maxBodyBytes: 8 }).lookup(QUERIES)).rejects.toThrow(/answer larger than/);
    expect(server.requests).toHaveLength(1);
  });

  it('quotes the start of a flooding error answer and still retries the server error', async () => {
    server = await startOsvServer([], { intercept: () => ({ status: 503, body: 'overloaded ', floodBytes: 64 * 1024 * 1024 }) });
    await expect(createOsvClient({ baseUrl: server.url, attempts: 2, backoffMs: 5 }).lookup(QUERIES)).rejects.toThrow(/HTTP 503: overloaded \(after 2 attempts\)/);
    expect(server.requests).toHaveLength(2);
  });

  it('follows a redirect within the same origin with the same request', async () => {
    server = await startOsvServer(fixtureRecords(), {
      intercept: (request) => (request.path === '/v1/querybatch' ? { status: 307, body: '', headers: { location: '/v2/../v1/querybatch?moved=1' } } : undefined),
    });
    const answers = await createOsvClient({ baseUrl: server.url }).lookup(QUERIES.slice(0, 1));
    expect(ids(answers)).toEqual([['GHSA-29mw-wpgm-hmr9', 'GHSA-35jh-r3h4-6jhm', 'GHSA-p6mc-m468-83gw']]);
    const moved = server.requests.filter((r) => r.path === '/v1/querybatch?moved=1');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ method: 'POST', body: { queries: [{ package: { ecosystem: 'npm', name: 'lodash' } }] } });
  });

  it('never follows a redirect to another host with the package list', async () => {
    const elsewhere = await startOsvServer(fixtureRecords());
    try {
      server = await startOsvServer([], { intercept: () => ({ status: 308, body: '', headers: { location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}/v1/querybatch` } }) });
      await expect(createOsvClient({ baseUrl: server.url, backoffMs: 5 }).lookup(QUERIES)).rejects.toThrow(/redirected to http:\/\/localhost:\d+, another origin .*; not followed/);
      expect(server.requests).toHaveLength(1);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('reports a refused connection', async () => {
    const client = createOsvClient({ baseUrl: await deadUrl(), attempts: 2, backoffMs: 5 });
    await expect(client.lookup(QUERIES)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('offline OSV database', () => {
  function writeDb(): string {
    const dir = tempDir('loki-osv-db-');
    // npm and PyPI as per-ecosystem all.zip exports, the rest as loose .json files at some depth.
    const zipOf = (filter: (file: string) => boolean): Uint8Array =>
      zipSync(Object.fromEntries(fixtureRecords(filter).map((r) => [`${(r as { id: string }).id}.json`, strToU8(JSON.stringify(r))])));
    mkdirSync(join(dir, 'npm'), { recursive: true });
    mkdirSync(join(dir, 'PyPI'), { recursive: true });
    mkdirSync(join(dir, 'loose/Go'), { recursive: true });
    writeFileSync(join(dir, 'npm/all.zip'), zipOf((f) => f.startsWith('npm/')));
    writeFileSync(join(dir, 'PyPI/all.zip'), zipOf((f) => f.startsWith('PyPI/')));
    for (const record of fixtureRecords((f) => !f.startsWith('npm/') && !f.startsWith('PyPI/'))) {
      writeFileSync(join(dir, 'loose/Go', `${(record as { id: string }).id}.json`), JSON.stringify(record));
    }
    writeFileSync(join(dir, 'README.json'), '{"note": "not a record"}');
    return dir;
  }

  it('answers like the API from .json files and all.zip exports', async () => {
    server = await startOsvServer(fixtureRecords());
    const api = await createOsvClient({ baseUrl: server.url }).lookup(QUERIES);
    const db = createOfflineDb(writeDb());
    expect(ids(await db.lookup(QUERIES))).toEqual(ids(api));
    expect(db.stats).toMatchObject({ files: 2 + 9 + 1, records: 18, skipped: 1 });
  });

  it('is unavailable when missing, empty or corrupt', async () => {
    await expect(createOfflineDb(join(tempDir(), 'missing')).lookup(QUERIES)).rejects.toThrow(/is not a directory/);
    await expect(createOfflineDb(tempDir()).lookup(QUERIES)).rejects.toThrow(/holds no OSV records/);
    const broken = tempDir();
    writeFileSync(join(broken, 'GHSA-x.json'), '{"id": ');
    await expect(createOfflineDb(broken).lookup(QUERIES)).rejects.toThrow(/GHSA-x.json is not valid JSON/);
    const badZip = tempDir();
    writeFileSync(join(badZip, 'all.zip'), 'not a zip at all');
    await expect(createOfflineDb(badZip).lookup(QUERIES)).rejects.toThrow(/all.zip is not a readable zip/);
  });
});
