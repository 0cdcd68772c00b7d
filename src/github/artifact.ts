// Uploads evidence.json and report.md as one artifact through the Actions results service.
import { DefaultArtifactClient } from '@actions/artifact';
import { basename, dirname } from 'node:path';

/**
 * Artifact names are unique per workflow run, across attempts: a re-run that uploads the same name fails
 * with a conflict. The first attempt keeps the plain name (what users write in download-artifact); later
 * attempts get `-attempt-N`. The `artifact-name` output always says which name was used.
 */
export function artifactNameFor(name: string, runAttempt: string | undefined): string {
  const attempt = Number(runAttempt);
  return Number.isInteger(attempt) && attempt > 1 ? `${name}-attempt-${attempt}` : name;
}

/** Run page link to the artifact, as actions/upload-artifact reports it. */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined;
}

/** Uploads `files` (all in one folder) zipped at the artifact's top level; returns the artifact id. */
export async function uploadEvidence(name: string, files: readonly string[]): Promise<number> {
  const root = dirname(files[0] ?? '.');
  if (files.some((file) => dirname(file) !== root)) {
    throw new Error(`evidence files must share one folder: ${files.map((f) => basename(f)).join(', ')}`);
  }
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}
