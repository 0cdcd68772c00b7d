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
  intercept?: (request: RecordedRequest, index: number) => { status: number; body: string; delayMs?: number } | undefined;
}

export interface OsvServer {
  url: string;
  requests: RecordedRequest[];
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
      send(res, injected.status, injected.body);
      return;
    }
    if (recorded.method === 'POST' && recorded.path === '/v1/querybatch') {
      const answer = queryBatch(recorded.body);
      send(res, answer.status, JSON.stringify(answer.body));
      return;
    }
    const vuln = /^\/v1\/vulns\/([^/?]+)$/.exec(recorded.path);
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

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}

/** A URL on 127.0.0.1 where nothing listens (a server started and closed at once). */
export async function deadUrl(): Promise<string> {
  const server = await startOsvServer([]);
  await server.close();
  return server.url;
}
