// Command-line entry: parse arguments, run the gate, print, exit with the verdict's code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { POLICY_FROM, type PolicyFrom } from './config/load.js';
import { errorMessage, VerifyError } from './core/errors.js';
import { baseFromEvent } from './github/event-base.js';
import { runHeldoutSelect } from './heldout/select-command.js';
import { runMerge } from './merge/command.js';
import { parseShard } from './merge/shard.js';
import { PROBE_IDS } from './probes/index.js';
import { progressOptions, startHeartbeat } from './render/heartbeat.js';
import { writeSarifFile } from './render/sarif-file.js';
import { findingLines, interruptedLine, painter, useColour, verdictLines } from './render/terminal.js';
import { runGate, DEFAULT_OUT_DIR, type GateOptions, type GateResult } from './run.js';
import type { ProbeId } from './types.js';
import { VERSION } from './version.js';

const USAGE = `Usage: loki-verify [BASE] [options]
       loki-verify merge EVIDENCE... [--out DIR] [--json] [--sarif FILE]
       loki-verify heldout select CHECKLIST [--out DIR]
       loki-verify help

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
  --only LIST        run only these probes (comma-separated: ${PROBE_IDS.join(', ')});
                     the others are 'not selected' and the verdict speaks for the chosen ones only
  --skip LIST        do not run these probes (not selected either)
  --heldout FILE     held-out acceptance checks kept outside the working tree
  --osv-db DIR       offline OSV database (no network for the dependencies probe)
  --sarif FILE       also write the findings as SARIF 2.1.0 (GitHub code scanning, IDE viewers)
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
  /** How often running probes show a sign of life (default 15 s). */
  heartbeatMs?: number;
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

const OPTIONS = {
  out: { type: 'string' },
  config: { type: 'string' },
  'policy-from': { type: 'string' },
  shard: { type: 'string' },
  only: { type: 'string' },
  skip: { type: 'string' },
  heldout: { type: 'string' },
  'osv-db': { type: 'string' },
  sarif: { type: 'string' },
  json: { type: 'boolean' },
  cwd: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

interface Parsed {
  options: GateOptions;
  json: boolean;
  sarif?: string;
}

/** Paths on the command line are relative to where the user stands, not to the repository root. */
function parse(argv: string[], cwd: string): Parsed | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new VerifyError(`${argumentProblem(error)}; see loki-verify --help`);
  }
  const { values, positionals } = parsed;
  if (values.help || (positionals.length === 1 && positionals[0] === 'help')) return 'help';
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
  return { options, json: Boolean(values.json), ...(values.sarif === undefined ? {} : { sarif: resolve(cwd, values.sarif) }) };
}

/**
 * parseArgs' own texts suggest quoting an unknown option as a positional argument, which is never what a
 * user of this CLI meant: name the option, and the closest known one.
 */
function argumentProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]*)/.exec(errorMessage(error))?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const suggestion = closestOption(option);
    return `unknown option ${option}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.replace(/^-+/, '').split(/[ =]/)[0] ?? '';
    const spec = OPTIONS[name as keyof typeof OPTIONS] ?? Object.entries(OPTIONS).find(([, o]) => 'short' in o && o.short === name)?.[1];
    return spec?.type === 'boolean' ? `option --${name} takes no value` : `option ${option.split(/[ =]/)[0]} needs a value`;
  }
  return errorMessage(error);
}

/** The known option within two edits of what was typed (`--sarf` -> `--sarif`). */
function closestOption(typed: string): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0] ?? '';
  let best: { option: string; distance: number } | undefined;
  for (const option of Object.keys(OPTIONS)) {
    const distance = editDistance(name, option);
    if (distance <= 2 && (!best || distance < best.distance)) best = { option, distance };
  }
  return best && `--${best.option}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
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
  const print = (line: string): void => io.stderr(`${line}\n`);
  const { sarif } = parsed;
  if (sarif !== undefined && existsSync(sarif) && statSync(sarif).isDirectory()) {
    print(`loki-verify: --sarif ${sarif} is a folder; name the file to write, e.g. ${join(sarif, 'loki-verify.sarif')}`);
    return 3;
  }
  print(`loki-verify ${VERSION}`);
  const eventBase = parsed.options.base === undefined ? actionsEventBase(io.env) : undefined;
  const heartbeat = startHeartbeat({ print, paint, ...(io.heartbeatMs === undefined ? {} : { intervalMs: io.heartbeatMs }) });
  const result = await runGate({
    cwd: io.cwd,
    ...(eventBase === undefined ? {} : { base: eventBase }),
    ...parsed.options,
    env: io.env,
    ...progressOptions(heartbeat, print, paint),
    onInterrupted: (interrupted, signal) => {
      heartbeat.stop();
      const sarifPath = sarif === undefined ? undefined : writeSarif(sarif, interrupted, print);
      print(interruptedLine(signal, { evidence: interrupted.evidencePath, report: interrupted.reportPath, sarif: sarifPath }));
    },
  }).finally(heartbeat.stop);

  const sarifPath = sarif === undefined ? undefined : writeSarif(sarif, result, print);
  for (const line of findingLines(result.evidence.findings, paint)) print(line);
  if (result.evidence.error) print(`${paint(35, 'loki-verify: error:')} ${result.evidence.error}`);
  for (const line of verdictLines(result.evidence, { evidence: result.evidencePath, report: result.reportPath, sarif: sarifPath }, paint)) {
    print(line);
  }
  if (parsed.json) io.stdout(`${JSON.stringify(result.evidence, null, 2)}\n`);
  return result.exitCode;
}

/** Writes the SARIF file; a failure is reported and leaves the verdict as it is. Returns the path written. */
function writeSarif(path: string, result: GateResult, print: (line: string) => void): string | undefined {
  try {
    writeSarifFile(path, result.evidence);
    return path;
  } catch (error) {
    print(`loki-verify: could not write SARIF to ${path}: ${errorMessage(error)}; pass a writable --sarif path`);
    return undefined;
  }
}
