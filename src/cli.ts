// Command-line entry: parse arguments, run the gate, print, exit with the verdict's code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { POLICY_FROM, type PolicyFrom } from './config/load.js';
import { errorMessage, VerifyError } from './core/errors.js';
import { baseFromEvent } from './github/event-base.js';
import { runHeldoutSelect } from './heldout/select-command.js';
import { runMerge } from './merge/command.js';
import { parseShard } from './merge/shard.js';
import { runGate, DEFAULT_OUT_DIR, type GateOptions } from './run.js';
import { painter, probeLine, useColour, verdictLines } from './render/terminal.js';
import { PROBE_IDS } from './probes/index.js';
import type { ProbeId } from './types.js';
import { VERSION } from './version.js';

const USAGE = `Usage: loki-verify [BASE] [options]
       loki-verify merge EVIDENCE... [--out DIR] [--json]
       loki-verify heldout select CHECKLIST [--out DIR]

Verifies the committed change merge-base(BASE, HEAD)..HEAD and writes evidence.json and report.md.
BASE defaults to the base the event names in GitHub Actions (the pull request or merge group base,
the commit before a push), else the first of origin/HEAD, origin/main, origin/master, main, master
that exists.

Options:
  --out DIR          where evidence.json and report.md go (default ${DEFAULT_OUT_DIR})
  --config FILE      configuration file (default .loki/verify.yml if present); inside the
                     repository it is read from the merge-base commit, like the default
  --policy-from WHERE  read the policy from 'merge-base' (default: a PR cannot loosen the gate
                     that judges it) or 'head' (the working tree, for local experiments)
  --shard I/N        run the I-th of N slices of the tests (other probes run on shard 1 only);
                     combine the shards' evidence with 'loki-verify merge'
  --only LIST        run only these probes (comma-separated: ${PROBE_IDS.join(', ')})
  --skip LIST        do not run these probes
  --heldout FILE     held-out acceptance checks kept outside the working tree
  --osv-db DIR       offline OSV database (no network for the dependencies probe)
  --json             print the evidence document on stdout (human output goes to stderr)
  --cwd DIR          run as if started in DIR
  -h, --help         show this help
  -v, --version      print the version

Exit codes: 0 VERIFIED, 1 CONCERNS, 2 BLOCKED, 3 ERROR (could not verify).`;

/**
 * In a GitHub Actions job the default base comes from the event, by the same rule the Action uses
 * (the PR or merge group base, the commit before a push, the default branch for a new branch).
 */
function actionsEventBase(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    return baseFromEvent(env.GITHUB_EVENT_NAME ?? '', JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))).base;
  } catch {
    return undefined; // unreadable payload: fall back to the other defaults
  }
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  stderrIsTTY: boolean;
  cwd: string;
}

function probeList(value: string | undefined, flag: string): ProbeId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !PROBE_IDS.includes(id));
  if (unknown.length) {
    throw new VerifyError(`${flag}: unknown probe id ${unknown.join(', ')} (expected ${PROBE_IDS.join(', ')})`);
  }
  return ids;
}

function policyFrom(value: string): PolicyFrom {
  if (!(POLICY_FROM as readonly string[]).includes(value)) {
    throw new VerifyError(`--policy-from: expected ${POLICY_FROM.join(' or ')}, got '${value}'`);
  }
  return value as PolicyFrom;
}

/** Paths on the command line are relative to where the user stands, not to the repository root. */
function parse(argv: string[], cwd: string): { options: GateOptions; json: boolean } | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        config: { type: 'string' },
        'policy-from': { type: 'string' },
        shard: { type: 'string' },
        only: { type: 'string' },
        skip: { type: 'string' },
        heldout: { type: 'string' },
        'osv-db': { type: 'string' },
        json: { type: 'boolean' },
        cwd: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new VerifyError(`${errorMessage(error)}; see loki-verify --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length > 1) throw new VerifyError(`expected at most one BASE, got ${positionals.join(' ')}; see loki-verify --help`);
  const options: GateOptions = {
    ...(positionals[0] === undefined ? {} : { base: positionals[0] }),
    ...(values.config === undefined ? {} : { config: resolve(cwd, values.config) }),
    ...(values['policy-from'] === undefined ? {} : { policyFrom: policyFrom(values['policy-from']) }),
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard, '--shard') }),
    ...(values.heldout === undefined ? {} : { heldout: resolve(cwd, values.heldout) }),
    ...(values['osv-db'] === undefined ? {} : { osvDb: resolve(cwd, values['osv-db']) }),
    ...(values.out === undefined ? {} : { out: resolve(cwd, values.out) }),
    ...(values.cwd === undefined ? {} : { cwd: resolve(cwd, values.cwd) }),
  };
  const only = probeList(values.only, '--only');
  const skip = probeList(values.skip, '--skip');
  if (only) options.only = only;
  if (skip) options.skip = skip;
  return { options, json: Boolean(values.json) };
}

/** `--out` and `--cwd` read from arguments that failed to parse, so the ERROR evidence lands where asked. */
function outputLocation(argv: string[], cwd: string): Pick<GateOptions, 'out' | 'cwd'> {
  const { values } = parseArgs({ args: argv, strict: false, allowPositionals: true, options: { out: { type: 'string' }, cwd: { type: 'string' } } });
  return {
    cwd: typeof values.cwd === 'string' ? resolve(cwd, values.cwd) : cwd,
    ...(typeof values.out === 'string' ? { out: resolve(cwd, values.out) } : {}),
  };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io);
  if (argv[0] === 'heldout') {
    if (argv[1] === 'select') return runHeldoutSelect(argv.slice(2), io);
    io.stderr(`loki-verify: unknown command 'heldout ${argv[1] ?? ''}': the only held-out command is 'heldout select CHECKLIST [--out DIR]'\n`);
    return 3;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, io.cwd);
  } catch (error) {
    const message = errorMessage(error);
    io.stderr(`loki-verify: ${message}\n`);
    // Nothing is verified, but the ERROR evidence is written wherever the output folder can be found.
    const result = await runGate({ ...outputLocation(argv, io.cwd), env: io.env, inputError: message, log: (line) => io.stderr(`${line}\n`) });
    if (result.evidencePath) io.stderr(`evidence: ${result.evidencePath}\n`);
    return 3;
  }
  if (parsed === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }

  const paint = painter(useColour({ isTTY: io.stderrIsTTY }, io.env));
  io.stderr(`loki-verify ${VERSION}\n`);
  const eventBase = parsed.options.base === undefined ? actionsEventBase(io.env) : undefined;
  const result = await runGate({
    cwd: io.cwd,
    ...(eventBase === undefined ? {} : { base: eventBase }),
    ...parsed.options,
    env: io.env,
    log: (line) => io.stderr(`${line}\n`),
    onProbe: (probe) => io.stderr(`${probeLine(probe, paint)}\n`),
  });
  if (result.evidence.error) io.stderr(`loki-verify: error: ${result.evidence.error}\n`);
  for (const line of verdictLines(result.evidence, { evidence: result.evidencePath, report: result.reportPath }, paint)) {
    io.stderr(`${line}\n`);
  }
  if (parsed.json) io.stdout(`${JSON.stringify(result.evidence, null, 2)}\n`);
  return result.exitCode;
}
