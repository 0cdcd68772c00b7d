// `loki-verify merge EVIDENCE... [--out DIR] [--json]`: combines the evidence of every shard of one
// sharded run into one evidence.json and report.md, with the verdict and exit code of the whole.
// Anything off (a missing or duplicate shard, another head, a changed file) is ERROR, exit 3.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage, VerifyError } from '../core/errors.js';
import { buildEvidence } from '../evidence/build.js';
import type { Evidence } from '../evidence/types.js';
import { renderReport } from '../render/report.js';
import { DEFAULT_OUT_DIR, errorInput, writeOutputs } from '../run.js';
import { VERSION } from '../version.js';
import { mergedDocument, mergeEvidence, type ShardDocument } from './merge.js';

export interface MergeIo {
  cwd: string;
  now?: Date;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage: loki-verify merge EVIDENCE... [--out DIR] [--json]

Merges the evidence.json of every shard of one sharded run (loki-verify --shard I/N) into one
evidence.json and report.md with the verdict of the whole. The shards must be exactly 1..N of the
same head commit, merge-base, policy and tool version, each with an intact integrity hash.

Options:
  --out DIR   where the merged evidence.json and report.md go (default ${DEFAULT_OUT_DIR})
  --json      print the merged evidence on stdout

Exit codes: 0 VERIFIED, 1 CONCERNS, 2 BLOCKED, 3 ERROR (could not merge).`;

export function runMerge(args: string[], io: MergeIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`loki-verify merge: ${errorMessage(error)}; see loki-verify merge --help\n`);
    return 3;
  }
  if (parsed.values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const now = io.now ?? new Date();
  const outDir = resolve(io.cwd, parsed.values.out ?? DEFAULT_OUT_DIR);
  let evidence: Evidence;
  try {
    if (parsed.positionals.length === 0) throw new VerifyError('no evidence files given: pass the evidence.json of every shard');
    const documents = parsed.positionals.map((name) => readShard(resolve(io.cwd, name), name));
    evidence = mergedDocument(mergeEvidence(documents), now);
  } catch (error) {
    const message = error instanceof VerifyError ? errorMessage(error).replace(/^merge: /, '') : `internal error: ${errorMessage(error)}`;
    io.stderr(`loki-verify merge: ${message}\n`);
    evidence = buildEvidence(errorInput({ toolVersion: VERSION, runId: 'merge', createdAt: now, config: {}, redact: (text) => text }, `merge: ${message}`));
  }
  const report = renderReport(evidence);
  const written = writeOutputs(outDir, evidence, report, (line) => io.stderr(`${line}\n`));
  io.stderr(`loki-verify merge: ${evidence.verdict} (exit ${evidence.exit_code})${written.evidencePath ? `: ${written.evidencePath}` : ''}\n`);
  if (parsed.values.json) io.stdout(`${JSON.stringify(evidence, null, 2)}\n`);
  // Evidence that could not be written is a run that cannot be trusted (contract: Output).
  return written.evidencePath ? evidence.exit_code : 3;
}

function readShard(path: string, name: string): ShardDocument {
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
