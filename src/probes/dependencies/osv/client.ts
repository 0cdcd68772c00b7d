// The OSV API client, the probe's only network I/O: POST /v1/querybatch (at most 1,000 queries a request,
// following each query's next_page_token), then GET /v1/vulns/{id} for the records it names.
// Every request has a timeout and bounded retries with exponential backoff; records are cached for the run.
// Answers are read as a stream up to a size cap, and only same-origin redirects are followed: the package list
// goes to the configured server and nowhere else.
import { normalizeName } from '../names.js';
import { isObject } from '../lockfiles/json.js';
import { toOsvRecord, type OsvRecord } from './record.js';
import { OsvUnavailableError, type Query, type VulnerabilitySource } from './source.js';

export const DEFAULT_OSV_URL = 'https://api.osv.dev';

export interface OsvClientOptions {
  baseUrl: string;
  signal?: AbortSignal;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Attempts per request, first included (default 3). */
  attempts?: number;
  /** First retry delay, doubled each time (default 500 ms). */
  backoffMs?: number;
  /** Queries per querybatch request (default and OSV's maximum: 1,000). */
  batchSize?: number;
  /** Parallel GET /v1/vulns requests (default 8). */
  concurrency?: number;
  /** Largest answer read, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
}

const MAX_BATCH = 1000;
const MAX_PAGES = 100;
const MAX_RETRY_AFTER_MS = 10_000;
const MAX_REDIRECTS = 5;
/**
 * A querybatch answer for 1,000 queries (ids and dates only) is well under 1 MB and the largest OSV records a
 * few hundred kB; 32 MB is far above any real answer, and eight parallel reads of it stay far below 500 MB.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface OsvApiStats {
  /** POST /v1/querybatch requests, pagination follow-ups included. */
  querybatch: number;
  /** GET /v1/vulns/{id} requests. */
  vulns: number;
}

export function createOsvClient(options: OsvClientOptions): VulnerabilitySource & { stats: OsvApiStats } {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const attempts = Math.max(1, options.attempts ?? 3);
  const backoffMs = options.backoffMs ?? 500;
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const stats: OsvApiStats = { querybatch: 0, vulns: 0 };
  const records = new Map<string, Promise<OsvRecord>>();

  async function request(path: string, body?: unknown): Promise<unknown> {
    const url = `${baseUrl}${path}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (options.signal?.aborted) throw new OsvUnavailableError(`${url}: aborted`);
      const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
      let retryAfterMs: number | undefined;
      try {
        const response = await fetchSameOrigin(url, payload, AbortSignal.any(signals));
        if (response.ok) return parseBody(url, await readCapped(url, response, maxBodyBytes));
        const text = await readCapped(url, response, ERROR_TEXT_BYTES, true);
        lastError = `HTTP ${response.status}${text ? `: ${text.slice(0, 200).trim()}` : ''}`;
        // Client errors other than rate limiting will not change on retry.
        if (response.status !== 429 && response.status < 500) break;
        retryAfterMs = retryAfter(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof OsvUnavailableError) throw error;
        lastError = describeFetchError(error, timeoutMs);
        if (options.signal?.aborted) break;
      }
      if (attempt < attempts) await sleep(retryAfterMs ?? backoffMs * 2 ** (attempt - 1), options.signal);
    }
    throw new OsvUnavailableError(`${url}: ${lastError} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`);
  }

  async function queryBatch(queries: readonly Query[]): Promise<string[][]> {
    const ids = queries.map(() => new Set<string>());
    let pending = queries.map((query, index) => ({ index, query, pageToken: undefined as string | undefined }));
    for (let page = 0; pending.length > 0; page += 1) {
      if (page >= MAX_PAGES) throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: more than ${MAX_PAGES} pages of results`);
      const next: typeof pending = [];
      for (let start = 0; start < pending.length; start += batchSize) {
        const chunk = pending.slice(start, start + batchSize);
        stats.querybatch += 1;
        const body = await request('/v1/querybatch', { queries: chunk.map((item) => toApiQuery(item.query, item.pageToken)) });
        const results = isObject(body) && Array.isArray(body.results) ? body.results : undefined;
        if (!results || results.length !== chunk.length) {
          throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: answer is not ${chunk.length} query results`);
        }
        results.forEach((result, i) => {
          const item = chunk[i] as (typeof chunk)[number];
          if (!isObject(result)) throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: result ${i} is not an object`);
          const vulns = result.vulns ?? [];
          if (!Array.isArray(vulns)) throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: "vulns" is not a list`);
          for (const vuln of vulns) {
            if (!isObject(vuln) || typeof vuln.id !== 'string') throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: a vulnerability has no id`);
            ids[item.index]?.add(vuln.id);
          }
          if (typeof result.next_page_token === 'string' && result.next_page_token !== '') {
            next.push({ ...item, pageToken: result.next_page_token });
          }
        });
      }
      pending = next;
    }
    return ids.map((set) => [...set]);
  }

  function record(id: string): Promise<OsvRecord> {
    let cached = records.get(id);
    if (!cached) {
      cached = (async () => {
        stats.vulns += 1;
        const parsed = toOsvRecord(await request(`/v1/vulns/${encodeURIComponent(id)}`));
        if (!parsed || parsed.id !== id) throw new OsvUnavailableError(`${baseUrl}/v1/vulns/${id}: answer is not the OSV record ${id}`);
        return parsed;
      })();
      records.set(id, cached);
    }
    return cached;
  }

  return {
    kind: 'api',
    location: baseUrl,
    stats,
    report: () => ({ requests: { ...stats } }),
    async lookup(queries) {
      const idsPerQuery = await queryBatch(queries);
      const unique = [...new Set(idsPerQuery.flat())];
      const fetched = new Map(await mapLimit(unique, concurrency, async (id) => [id, await record(id)] as const));
      return idsPerQuery.map((ids) => ids.map((id) => fetched.get(id) as OsvRecord).filter((r) => r.withdrawn === undefined));
    },
  };
}

/**
 * Go and Composer versions go to OSV without a `v` prefix, the form advisories use (Go's module versions always
 * carry one; Composer's normalization drops it).
 */
function toApiQuery(query: Query, pageToken: string | undefined): Record<string, unknown> {
  return {
    package: { ecosystem: query.ecosystem, name: normalizeName(query.ecosystem, query.name) },
    version: query.ecosystem === 'Go' || query.ecosystem === 'Packagist' ? query.version.replace(/^v(?=\d)/, '') : query.version,
    ...(pageToken === undefined ? {} : { page_token: pageToken }),
  };
}

/**
 * One request, following redirects by hand: a redirect within the server's origin is followed with the same
 * method and body (a POST turned into a GET would only bring an error back); one to any other origin is refused,
 * so neither the package list nor the request reaches a host nobody configured. Not retried: it will not change.
 */
async function fetchSameOrigin(url: string, payload: string | undefined, signal: AbortSignal): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(current, {
      method: payload === undefined ? 'GET' : 'POST',
      headers: { accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }), 'user-agent': 'loki-verify' },
      body: payload,
      redirect: 'manual',
      signal,
    });
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel();
    const target = new URL(location, current);
    if (target.origin !== origin) {
      throw new OsvUnavailableError(`${url}: redirected to ${target.origin}, another origin than ${origin}; not followed (set dependencies.osv_url to the server that answers)`);
    }
    if (hop >= MAX_REDIRECTS) throw new OsvUnavailableError(`${url}: more than ${MAX_REDIRECTS} redirects`);
    current = target.href;
  }
}

/** Error answers are quoted, not parsed: their first kilobytes are enough. */
const ERROR_TEXT_BYTES = 4096;

/**
 * The answer's text, read chunk by chunk up to `limit` bytes. Past the limit the stream is cancelled and the
 * answer is unavailable (not retried: the same server would send the same flood again), unless `truncate` asks
 * for the first `limit` bytes only.
 */
async function readCapped(url: string, response: Response, limit: number, truncate = false): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!truncate && declared > limit) {
    await response.body?.cancel();
    throw new OsvUnavailableError(tooLarge(url, limit));
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      await reader.cancel();
      if (!truncate) throw new OsvUnavailableError(tooLarge(url, limit));
      chunks.push(value.subarray(0, limit - size));
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(url: string, limit: number): string {
  return `${url}: answer larger than ${Math.round(limit / 1024 / 1024)} MB, far beyond any real OSV answer; not read`;
}

function parseBody(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new OsvUnavailableError(`${url}: answer is not JSON (${JSON.stringify(text.slice(0, 80))})`);
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'aborted';
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code ? `${code} (${cause?.message ?? ''})`.replace(/ \(\)$/, '') : error instanceof Error ? error.message : String(error);
}

function retryAfter(header: string | null): number | undefined {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
