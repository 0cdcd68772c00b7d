// Pure: the artifact's name per run attempt and its link on the run page (no artifact client loaded).

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
