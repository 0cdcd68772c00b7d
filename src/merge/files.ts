// The I/O around the pure merge, shared by `loki-verify merge` and the Action's merge step: shard files
// in, one evidence.json and report.md out. Whatever goes wrong on the way is an ERROR document naming it.
import { readFileSync } from 'node:fs';
import { errorMessage, VerifyError } from '../core/errors.js';
import { buildEvidence } from '../evidence/build.js';
import type { Evidence } from '../evidence/types.js';
import { createOutputFolder } from '../output/folder.js';
import { renderReport } from '../render/report.js';
import { errorInput, type GateResult } from '../run.js';
import { VERSION } from '../version.js';
import { mergedDocument, mergeEvidence, type ShardDocument } from './merge.js';

/** A shard's evidence file, parsed; `name` is how errors refer to it (its path, or its artifact). */
export function readShard(path: string, name: string): ShardDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new VerifyError(`merge: cannot read ${name}: ${errorMessage(error)}`);
  }
  try {
    return { name, document: JSON.parse(text) as unknown };
  } catch (error) {
    throw new VerifyError(`merge: ${name} is not JSON: ${errorMessage(error)}`);
  }
}

export interface MergeOutput {
  outDir: string;
  now: Date;
  log: (line: string) => void;
}

/**
 * Merges the shards `load` returns and writes the result to `outDir`. A VerifyError from `load` or from the
 * merge (missing shard, tampered file...) becomes ERROR evidence with its message, so there is always a
 * document to publish; `error` repeats the message for the caller's own output.
 */
export async function mergeShards(load: () => Promise<readonly ShardDocument[]> | readonly ShardDocument[], output: MergeOutput): Promise<GateResult & { error?: string }> {
  let evidence: Evidence;
  let failure: string | undefined;
  try {
    const documents = await load();
    if (documents.length === 0) throw new VerifyError('no evidence files given: pass the evidence.json of every shard');
    evidence = mergedDocument(mergeEvidence(documents), output.now);
  } catch (error) {
    failure = error instanceof VerifyError ? errorMessage(error).replace(/^merge: /, '') : `internal error: ${errorMessage(error)}`;
    evidence = buildEvidence(
      errorInput({ toolVersion: VERSION, runId: 'merge', createdAt: output.now, config: {}, redact: (text) => text }, `merge: ${failure}`),
    );
  }
  const report = renderReport(evidence);
  const folder = createOutputFolder({ path: output.outDir, create: true });
  let written: Pick<GateResult, 'evidencePath' | 'reportPath'> = {};
  try {
    const paths = folder.write({ 'evidence.json': `${JSON.stringify(evidence, null, 2)}\n`, 'report.md': report });
    written = { evidencePath: paths['evidence.json']!, reportPath: paths['report.md']! };
  } catch (error) {
    folder.discard(['evidence.json', 'report.md']); // no earlier merge's verdict left behind
    output.log(errorMessage(error));
  }
  return { evidence, verdict: evidence.verdict, exitCode: evidence.exit_code, report, ...written, ...(failure === undefined ? {} : { error: failure }) };
}
