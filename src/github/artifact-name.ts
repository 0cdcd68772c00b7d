// Pure: the artifact's name per run attempt and its link on the run page (no artifact client loaded), and
// for a sharded run the shards' names and which of a run's artifacts the merge step takes. A shard uploads
// `<artifact-name>-shard-I-of-N`, with `-attempt-K` on a re-run (artifact names are unique per run, across
// attempts): the merge takes each shard's latest attempt, so re-running one failed shard replaces only that shard.
import { VerifyError } from '../core/errors.js';
import type { Shard } from '../types.js';

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

export interface ListedArtifact {
  id: number;
  name: string;
}

export interface ShardArtifact extends ListedArtifact {
  index: number;
  total: number;
}

export function shardArtifactName(name: string, shard: Shard, runAttempt?: string): string {
  return artifactNameFor(`${name}-shard-${shard.index}-of-${shard.total}`, runAttempt);
}

/** Escapes a literal for use inside a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The artifact of every shard 1..N, in shard order. Throws a VerifyError naming the artifacts when none
 * exists, when shards of different totals were uploaded, or when a shard's artifact is missing.
 */
export function pickShardArtifacts(artifacts: readonly ListedArtifact[], name: string): ShardArtifact[] {
  const pattern = new RegExp(`^${literal(name)}-shard-(\\d+)-of-(\\d+)(?:-attempt-(\\d+))?$`);
  const latest = new Map<string, ShardArtifact & { attempt: number }>();
  for (const artifact of artifacts) {
    const match = pattern.exec(artifact.name);
    if (!match) continue;
    const [index, total, attempt] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
    if (index < 1 || index > total) continue;
    const key = `${index}/${total}`;
    const seen = latest.get(key);
    if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.id)) {
      latest.set(key, { id: artifact.id, name: artifact.name, index, total, attempt });
    }
  }
  const found = [...latest.values()].sort((a, b) => a.total - b.total || a.index - b.index);
  if (found.length === 0) {
    throw new VerifyError(
      `no artifact ${name}-shard-I-of-N in this run: run the shards first (input shard: I/N, artifact-name: ${name}) in a job this one needs`,
    );
  }
  const totals = [...new Set(found.map((a) => a.total))];
  if (totals.length > 1) {
    const examples = totals.map((t) => found.find((a) => a.total === t)!.name).join(', ');
    throw new VerifyError(`shard artifacts of different totals in this run (${examples}): every shard must use the same N`);
  }
  const total = totals[0]!;
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !found.some((a) => a.index === i));
  if (missing.length) {
    const names = missing.map((index) => shardArtifactName(name, { index, total })).join(', ');
    throw new VerifyError(`artifact${missing.length === 1 ? '' : 's'} ${names} missing: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${total}`).join(', ')} did not upload (did it run, and finish?)`);
  }
  return found.map(({ attempt: _attempt, ...artifact }) => artifact);
}
