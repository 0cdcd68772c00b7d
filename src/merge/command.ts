// `loki-verify merge EVIDENCE... [--out DIR] [--json] [--sarif FILE]`: combines the evidence of every shard of one
// sharded run into one evidence.json and report.md, with the verdict and exit code of the whole.
// Anything off (a missing or duplicate shard, another head, a changed file) is ERROR, exit 3.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../core/errors.js';
import type { Evidence } from '../evidence/types.js';
import { writeSarifFile } from '../render/sarif-file.js';
import { DEFAULT_OUT_DIR } from '../run.js';
import { mergeShards, readShard } from './files.js';

export interface MergeIo {
  cwd: string;
  now?: Date;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage: loki-verify merge EVIDENCE... [--out DIR] [--json] [--sarif FILE]

Merges the evidence.json of every shard of one sharded run (loki-verify --shard I/N) into one
evidence.json and report.md with the verdict of the whole. The shards must be exactly 1..N of the
same head commit, merge-base, policy and tool version, each with an intact integrity hash.

Options:
  --out DIR     where the merged evidence.json and report.md go (default ${DEFAULT_OUT_DIR})
  --json        print the merged evidence on stdout
  --sarif FILE  also write the merged findings as SARIF 2.1.0 (GitHub code scanning)

Exit codes: 0 VERIFIED, 1 CONCERNS, 2 BLOCKED, 3 ERROR (could not merge).`;

export async function runMerge(args: string[], io: MergeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, json: { type: 'boolean' }, sarif: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`loki-verify merge: ${errorMessage(error)}; see loki-verify merge --help\n`);
    return 3;
  }
  if (parsed.values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const outDir = resolve(io.cwd, parsed.values.out ?? DEFAULT_OUT_DIR);
  const sarif = parsed.values.sarif === undefined ? undefined : resolve(io.cwd, parsed.values.sarif);
  if (sarif !== undefined && existsSync(sarif) && statSync(sarif).isDirectory()) {
    io.stderr(`loki-verify merge: --sarif ${sarif} is a folder; name the file to write, e.g. ${join(sarif, 'loki-verify.sarif')}\n`);
    return 3;
  }
  const load = () => parsed.positionals.map((name) => readShard(resolve(io.cwd, name), name));
  const result = await mergeShards(load, { outDir, now: io.now ?? new Date(), log: (line) => io.stderr(`${line}\n`) });
  if (result.error !== undefined) io.stderr(`loki-verify merge: ${result.error}\n`);
  const { evidence } = result;
  if (sarif !== undefined) writeSarif(sarif, evidence, io);
  io.stderr(`loki-verify merge: ${evidence.verdict} (exit ${evidence.exit_code})${result.evidencePath ? `: ${result.evidencePath}` : ''}\n`);
  if (parsed.values.json) io.stdout(`${JSON.stringify(evidence, null, 2)}\n`);
  // Evidence that could not be written is a run that cannot be trusted (contract: Output).
  return result.evidencePath ? evidence.exit_code : 3;
}

/** As for a run, a SARIF file that cannot be written is reported and leaves the verdict as it is. */
function writeSarif(path: string, evidence: Evidence, io: MergeIo): void {
  try {
    writeSarifFile(path, evidence);
    io.stderr(`loki-verify merge: SARIF: ${path}\n`);
  } catch (error) {
    io.stderr(`loki-verify merge: could not write SARIF to ${path}: ${errorMessage(error)}; pass a writable --sarif path\n`);
  }
}
