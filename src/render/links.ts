// Where a reader goes from a finding: the project's docs, an advisory's page, a file at the head commit.
import { PROBE_IDS } from '../probes/index.js';
import type { Finding, ProbeId } from '../types.js';

export const PROJECT_URL = 'https://github.com/loki/verify';

/** A built-in probe's page under docs/ (every one has one); an embedder's probe points at the README. */
export function probeDocsUrl(probe: ProbeId): string {
  return PROBE_IDS.includes(probe) ? `${PROJECT_URL}/blob/main/docs/${probe}.md` : `${PROJECT_URL}#how-it-works`;
}

/** OSV's page for an advisory id (GHSA-…, CVE-…, PYSEC-…, GO-…, RUSTSEC-…). */
export function osvUrl(id: string): string {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

/** The advisory a dependencies finding is about, when it names one. */
export function advisoryOf(finding: Pick<Finding, 'probe' | 'details'>): string | undefined {
  const id = finding.details?.vulnerability;
  return finding.probe === 'dependencies' && typeof id === 'string' && id !== '' ? id : undefined;
}

/** Where the repository lives on GitHub, for links to files at a commit. */
export interface RepositoryLink {
  /** https://github.com or a GitHub Enterprise server. */
  serverUrl: string;
  /** owner/name */
  repository: string;
}

/** The repository of a GitHub Actions run, from the runner's variables. */
export function repositoryLink(env: NodeJS.ProcessEnv): RepositoryLink | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return undefined;
  return { serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''), repository };
}

/** A file at a commit, at a line when known: `https://github.com/o/r/blob/<sha>/src/a%20b.ts#L3`. */
export function fileUrl(link: RepositoryLink, sha: string, path: string, line?: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${link.serverUrl}/${link.repository}/blob/${sha}/${encoded}${line === undefined ? '' : `#L${line}`}`;
}
