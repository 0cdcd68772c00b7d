// Uploads evidence.json and report.md as one artifact through the Actions results service. Loaded only
// when an upload happens: the artifact client is most of the Action's start-up cost.
import { DefaultArtifactClient } from '@actions/artifact';
import { basename, dirname } from 'node:path';

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
