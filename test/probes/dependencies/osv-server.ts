// A loopback OSV API (POST /v1/querybatch with per-query pagination, GET /v1/vulns/{id}) fed with fixture
// records. It decides which records affect a query with the probe's own range evaluation (match.ts, tested
// on its own), so these tests exercise the client, the pipeline and the policy end to end.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { matchRecord } from '../../../src/probes/dependencies/match.js';
import { toOsvRecord, type OsvRecord } from '../../../src/probes/dependencies/osv/record.js';
import { ECOSYSTEMS, type Ecosystem } from '../../../src/probes/dependencies/types.js';

export const OSV_FIXTURES = resolve(import.meta.dirname, '../../../fixtures/dependencies/osv');

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface OsvServerOptions {
  /** Vulnerabilities per page of one query's results before a next_page_token (default 1000). */
  pageSize?: number;
  /** Answer a request differently (fault injection); undefined lets the API answer. */
  intercept?: (request: RecordedRequest, index: number) => InjectedAnswer | undefined;
}

export interface InjectedAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Follow `body` with this many bytes of filler, written as the client reads them (a flooding server). */
  floodBytes?: number;
}

export interface OsvServer {
  url: string;
  requests: RecordedRequest[];
  /** Bytes of flood filler the server managed to write, over all requests. */
  floodWritten: number;
  close(): Promise<void>;
}

/** Every fixture record (raw JSON objects), optionally only those whose file name passes `filter`. */
export function fixtureRecords(filter: (file: string) => boolean = () => true): unknown[] {
  return readdirSync(OSV_FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && filter(file))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(OSV_FIXTURES, file), 'utf8')) as unknown);
}

export async function startOsvServer(raw: unknown[], options: OsvServerOptions = {}): Promise<OsvServer> {
  const records = raw.map((r) => toOsvRecord(r)).filter((r): r is OsvRecord => r !== undefined);
  const byId = new Map(records.map((r, i) => [r.id, raw[i]]));
  const pageSize = options.pageSize ?? 1000;
  const requests: RecordedRequest[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '' };
    if (text) {
      try {
        recorded.body = JSON.parse(text);
      } catch {
        recorded.body = text;
      }
    }
    requests.push(recorded);
    const injected = options.intercept?.(recorded, requests.length - 1);
    if (injected) {
      if (injected.delayMs) await new Promise((r) => setTimeout(r, injected.delayMs));
      if (injected.floodBytes) await flood(res, injected);
      else send(res, injected.status, injected.body, injected.headers);
      return;
    }
    const pathname = recorded.path.split('?')[0] ?? '';
    if (recorded.method === 'POST' && pathname === '/v1/querybatch') {
      const answer = queryBatch(recorded.body);
      send(res, answer.status, JSON.stringify(answer.body));
      return;
    }
    const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(pathname);
    if (recorded.method === 'GET' && vuln?.[1]) {
      const record = byId.get(decodeURIComponent(vuln[1]));
      if (record) send(res, 200, JSON.stringify(record));
      else send(res, 404, JSON.stringify({ code: 5, message: 'Bug not found.' }));
      return;
    }
    send(res, 404, JSON.stringify({ code: 5, message: 'Not Found' }));
  };

  function queryBatch(body: unknown): { status: number; body: unknown } {
    const queries = (body as { queries?: unknown[] } | undefined)?.queries;
    if (!Array.isArray(queries)) return { status: 400, body: { code: 3, message: 'Invalid query.' } };
    if (queries.length > 1000) return { status: 400, body: { code: 3, message: 'Too many queries.' } };
    const results = queries.map((query) => {
      const q = query as { package?: { ecosystem?: string; name?: string }; version?: string; page_token?: string };
      const ecosystem = ECOSYSTEMS.find((e) => e === q.package?.ecosystem) as Ecosystem | undefined;
      if (!ecosystem || !q.package?.name || !q.version) return {};
      const hits = records
        .filter((r) => r.withdrawn === undefined && matchRecord(r, { ecosystem, name: q.package?.name ?? '', version: q.version ?? '' }).status === 'affected')
        .map((r) => ({ id: r.id, modified: r.modified }));
      const offset = q.page_token ? Number(Buffer.from(q.page_token, 'base64url').toString('utf8')) : 0;
      const page = hits.slice(offset, offset + pageSize);
      const next = offset + pageSize < hits.length ? Buffer.from(String(offset + pageSize)).toString('base64url') : undefined;
      return { ...(page.length > 0 ? { vulns: page } : {}), ...(next ? { next_page_token: next } : {}) };
    });
    return { status: 200, body: { results } };
  }

  /** Writes the filler in 1 MB chunks, waiting for the socket to drain: only what the client reads is sent. */
  async function flood(res: ServerResponse, answer: InjectedAnswer): Promise<void> {
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.write(answer.body);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let left = answer.floodBytes ?? 0; left > 0 && !res.destroyed; left -= chunk.length) {
      const slice = left < chunk.length ? chunk.subarray(0, left) : chunk;
      if (!res.write(slice)) await drainedOrClosed(res);
      if (!res.destroyed) state.floodWritten += slice.length;
    }
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  const state = {
    url: `http://127.0.0.1:${port}`,
    requests,
    floodWritten: 0,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
  return state;
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolveWait) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolveWait();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

/** A URL on 127.0.0.1 where nothing listens (a server started and closed at once). */
export async function deadUrl(): Promise<string> {
  const server = await startOsvServer([]);
  await server.close();
  return server.url;
}
