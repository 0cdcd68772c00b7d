// A loopback stand-in for the GitHub services the Action talks to, speaking their real wire formats:
// - the Actions results service as @actions/artifact v2+ calls it (Twirp JSON CreateArtifact /
//   FinalizeArtifact to upload, ListArtifacts / GetSignedArtifactURL to list and download the run's
//   artifacts, authorised by the runtime token's `Actions.Results:<run>:<job>` scope);
// - the Azure blob endpoint behind the signed URLs: Put Block / Put Block List or a single Put Blob to
//   upload, Get Blob (the zip, as application/zip) to download;
// - the REST API's issue comment endpoints used by the sticky comment.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  finalized: boolean;
  createdAt: Date;
  size?: number;
  hash?: string;
  blob?: Buffer;
}

export interface StoredComment {
  id: number;
  body: string;
}

export interface FakeGitHub {
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for this run: an unsigned JWT carrying the scope claim the library reads. */
  runtimeToken: string;
  artifacts: StoredArtifact[];
  comments: Map<number, StoredComment[]>;
  /** Every request, "METHOD path" with the query string, for assertions about the protocol spoken. */
  requests: string[];
  /** Files in an artifact's zip, by name. */
  unzip(artifact: StoredArtifact): Record<string, string>;
  close(): Promise<void>;
}

const RUN_BACKEND_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB_BACKEND_ID = 'ca395085-040a-526b-2ce8-bdc85f692774';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Azure answers writes with 201 and request metadata headers. */
function blobCreated(res: ServerResponse): void {
  res.writeHead(201, {
    'x-ms-request-id': createHash('sha1').update(String(Math.random())).digest('hex'),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
    etag: '"0x8DC0000000000000"',
    'last-modified': new Date(0).toUTCString(),
    'content-length': '0',
  });
  res.end();
}

export async function startFakeGitHub(options: { githubToken: string }): Promise<FakeGitHub> {
  const runtimeToken = [
    base64url({ typ: 'JWT', alg: 'RS256' }),
    base64url({ scp: `Actions.GenericRead:00000000 Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}`, iat: 1767225600 }),
    'c2lnbmF0dXJl',
  ].join('.');
  const artifacts: StoredArtifact[] = [];
  const comments = new Map<number, StoredComment[]>();
  const requests: string[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let nextId = 1000;
  let url = '';

  const twirp = async (method: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.headers.authorization !== `Bearer ${runtimeToken}`) return json(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
    const body = JSON.parse((await read(req)).toString('utf8')) as Record<string, unknown>;
    // Proto field names (snake_case), as the library sends them.
    if (body.workflow_run_backend_id !== RUN_BACKEND_ID || body.workflow_job_run_backend_id !== JOB_BACKEND_ID) {
      return json(res, 400, { code: 'invalid_argument', msg: 'backend ids do not match the token scope' });
    }
    const name = String(body.name);
    if (method === 'CreateArtifact') {
      if (body.version !== 7) return json(res, 400, { code: 'invalid_argument', msg: `unsupported version ${String(body.version)}` });
      if (artifacts.some((a) => a.name === name)) {
        return json(res, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` });
      }
      const artifact: StoredArtifact = { id: nextId++, name, runBackendId: RUN_BACKEND_ID, jobBackendId: JOB_BACKEND_ID, finalized: false, createdAt: new Date() };
      artifacts.push(artifact);
      return json(res, 200, { ok: true, signed_upload_url: `${url}/devstoreaccount1/actions-results/${artifact.id}/${encodeURIComponent(name)}.zip?sv=2025-01-05&se=2099-01-01&sr=b&sp=cw&sig=c2lnbmVk` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.name === name && !a.finalized);
      if (!artifact?.blob) return json(res, 404, { code: 'not_found', msg: 'no uploaded artifact to finalize' });
      const size = Number(body.size);
      const hash = (body.hash as { value?: string } | string | undefined);
      const hashValue = typeof hash === 'string' ? hash : hash?.value;
      if (size !== artifact.blob.length) return json(res, 400, { code: 'invalid_argument', msg: `size ${size} != ${artifact.blob.length}` });
      if (hashValue !== `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`) {
        return json(res, 400, { code: 'invalid_argument', msg: 'hash mismatch' });
      }
      Object.assign(artifact, { finalized: true, size, hash: hashValue });
      return json(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    if (method === 'ListArtifacts') {
      // The run's finalized artifacts (every job's), optionally filtered by name or id (wrapper types are
      // plain JSON values); int64 fields are strings in proto JSON.
      const nameFilter = body.name_filter as string | undefined;
      const idFilter = body.id_filter as string | undefined;
      const listed = artifacts.filter(
        (a) => a.finalized && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === String(idFilter)),
      );
      return json(res, 200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          digest: a.hash,
        })),
      });
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.find((a) => a.name === name && a.finalized);
      if (!artifact) return json(res, 404, { code: 'not_found', msg: `no artifact named ${name}` });
      return json(res, 200, { signed_url: `${url}/devstoreaccount1/actions-results/${artifact.id}/${encodeURIComponent(name)}.zip?sv=2025-01-05&se=2099-01-01&sr=b&sp=r&sig=c2lnbmVk` });
    }
    return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  };

  /** Get Blob on a signed read URL: the artifact's zip. */
  const download = (res: ServerResponse, artifact: StoredArtifact): void => {
    if (!artifact.finalized || !artifact.blob) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.blob.length), 'x-ms-blob-type': 'BlockBlob' });
    res.end(artifact.blob);
  };

  const blob = async (req: IncomingMessage, res: ServerResponse, target: URL): Promise<void> => {
    const permission = req.method === 'GET' ? 'r' : 'cw';
    if ((req.method !== 'PUT' && req.method !== 'GET') || target.searchParams.get('sig') !== 'c2lnbmVk' || target.searchParams.get('sp') !== permission) {
      res.writeHead(403).end();
      return;
    }
    const id = Number(target.pathname.split('/')[3]);
    const artifact = artifacts.find((a) => a.id === id);
    if (!artifact) {
      res.writeHead(404).end();
      return;
    }
    if (req.method === 'GET') return download(res, artifact);
    const body = await read(req);
    const staged = blocks.get(target.pathname) ?? new Map<string, Buffer>();
    blocks.set(target.pathname, staged);
    const comp = target.searchParams.get('comp');
    if (comp === 'block') {
      staged.set(target.searchParams.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      // <BlockList><Latest>id</Latest>...</BlockList>: the blob is the listed blocks in order.
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
      if (ids.some((blockId) => !staged.has(blockId))) {
        res.writeHead(400).end();
        return;
      }
      artifact.blob = Buffer.concat(ids.map((blockId) => staged.get(blockId) as Buffer));
    } else if (req.headers['x-ms-blob-type'] === 'BlockBlob') {
      artifact.blob = body;
    } else {
      res.writeHead(400).end();
      return;
    }
    blobCreated(res);
  };

  const restComments = async (req: IncomingMessage, res: ServerResponse, target: URL): Promise<void> => {
    if (req.headers.authorization !== `token ${options.githubToken}`) return json(res, 401, { message: 'Bad credentials' });
    const list = target.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
    const one = target.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
    if (list && req.method === 'GET') return json(res, 200, comments.get(Number(list[1])) ?? []);
    if (list && req.method === 'POST') {
      const { body } = JSON.parse((await read(req)).toString('utf8')) as { body: string };
      const comment = { id: nextId++, body };
      comments.set(Number(list[1]), [...(comments.get(Number(list[1])) ?? []), comment]);
      return json(res, 201, comment);
    }
    if (one && req.method === 'PATCH') {
      const { body } = JSON.parse((await read(req)).toString('utf8')) as { body: string };
      const comment = [...comments.values()].flat().find((c) => c.id === Number(one[1]));
      if (!comment) return json(res, 404, { message: 'Not Found' });
      comment.body = body;
      return json(res, 200, comment);
    }
    return json(res, 404, { message: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', url);
    requests.push(`${req.method} ${target.pathname}${target.search}`);
    const handled = target.pathname.startsWith(TWIRP)
      ? twirp(target.pathname.slice(TWIRP.length), req, res)
      : target.pathname.startsWith('/devstoreaccount1/')
        ? blob(req, res, target)
        : restComments(req, res, target);
    handled.catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    runtimeToken,
    artifacts,
    comments,
    requests,
    unzip(artifact) {
      const files = unzipSync(new Uint8Array(artifact.blob ?? Buffer.alloc(0)));
      return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, Buffer.from(data).toString('utf8')]));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
