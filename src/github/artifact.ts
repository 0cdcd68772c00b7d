// The evidence artifacts through the Actions results service: a run uploads evidence.json and report.md as
// one artifact; the merge step of a sharded run lists the run's artifacts and downloads every shard's.
// Loaded only when an upload or a download happens: the artifact client is most of the Action's start-up cost.
import { DefaultArtifactClient } from '@actions/artifact';
import { basename, dirname, join } from 'node:path';
import { errorMessage, VerifyError } from '../core/errors.js';
import { readShard } from '../merge/files.js';
import type { ShardDocument } from '../merge/merge.js';
import { pickShardArtifacts } from './artifact-name.js';

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

/**
 * Downloads the evidence of every shard of this run (`<name>-shard-I-of-N`, see pickShardArtifacts) into
 * `dir`. Each document is named after its artifact, so the merge's errors say which artifact is off.
 */
export async function downloadShardEvidence(name: string, dir: string): Promise<ShardDocument[]> {
  const client = new DefaultArtifactClient();
  const listed = await client.listArtifacts().catch((error: unknown) => {
    throw new VerifyError(`could not list the artifacts of this run: ${errorMessage(error)}`);
  });
  const documents: ShardDocument[] = [];
  for (const artifact of pickShardArtifacts(listed.artifacts, name)) {
    const path = join(dir, artifact.name);
    const digest = listed.artifacts.find((a) => a.id === artifact.id)?.digest;
    const { digestMismatch } = await client
      .downloadArtifact(artifact.id, { path, ...(digest ? { expectedHash: digest } : {}) })
      .catch((error: unknown) => {
        throw new VerifyError(`could not download artifact ${artifact.name}: ${errorMessage(error)}`);
      });
    if (digestMismatch) throw new VerifyError(`artifact ${artifact.name}: its download does not match the digest it was uploaded with`);
    documents.push(readShard(join(path, 'evidence.json'), `artifact ${artifact.name}`));
  }
  return documents;
}
