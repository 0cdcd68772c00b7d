// Pure: how the test run is cut into the I-th of N slices of a sharded run (contract: "Sharding over a CI
// matrix"). A runner with sharding of its own gets its own flag; otherwise the test files are split by a
// stable hash of their path, so every shard of one checkout computes the same split.
import { createHash } from 'node:crypto';
import type { Shard } from '../../types.js';

/** How a sharded run cuts a test command (docs/sharding.md); a command without one runs whole on shard 1. */
export type Slicing =
  /** The runner's own flag, appended to the command (it reaches the runner: the runner is the last command). */
  | { by: 'flag'; runner: string; withArgs(args: readonly string[]): string | string[] }
  /** node's own --test-shard, through NODE_OPTIONS: the command is run as written. */
  | { by: 'node-option' }
  /** Units (test files, packages) split by path hash and named on the command: found by the gate, or listed by the runner. */
  | { by: 'units'; find(): string[]; withUnits(units: readonly string[]): string[] }
  | { by: 'listed-units'; list: string[]; read(stdout: string): string[]; withUnits(units: readonly string[]): string[] };

/**
 * The runners that shard themselves, with the flags of their I-th slice. The no-tests flag keeps a slice
 * without files (more shards than test files) an empty slice rather than a runner error.
 */
const RUNNER_SHARD_ARGS: Array<[string, RegExp, (shard: Shard) => string[]]> = [
  ['vitest', /\bvitest\b/, (s) => [`--shard=${s.index}/${s.total}`, '--passWithNoTests']],
  ['jest', /\bjest\b/, (s) => [`--shard=${s.index}/${s.total}`, '--passWithNoTests']],
  ['playwright', /\bplaywright\s+test\b/, (s) => [`--shard=${s.index}/${s.total}`, '--pass-with-no-tests']],
];

/** The runner's own shard arguments, undefined when it has none. */
export function runnerShardArgs(runner: string, shard: Shard): string[] | undefined {
  return RUNNER_SHARD_ARGS.find(([name]) => name === runner)?.[2](shard);
}

/** The last command of a script (after &&, ||, ;, |): only there do appended arguments reach the runner. */
function lastCommand(script: string): string {
  return script.split(/&&|\|\||;|\|/).pop()!.trim();
}

/** The runner with sharding of its own that is the last command of `script`, so an appended flag reaches it. */
export function shardingRunnerIn(script: string): string | undefined {
  const last = lastCommand(script);
  return RUNNER_SHARD_ARGS.find(([, pattern]) => pattern.test(last))?.[0];
}

/** node's built-in runner shards the files it finds itself; this option works from NODE_OPTIONS too. */
export function nodeTestShardOption(shard: Shard): string {
  return `--test-shard=${shard.index}/${shard.total}`;
}

/**
 * The I-th of N slices of `paths` (test files, package paths). The paths are ordered by the hash of
 * their text and dealt round-robin: the split depends on the set of paths only (not on the order they
 * were found in, nor on the machine), shards get counts that differ by at most one, and neighbouring
 * files (often the slow ones of one feature) land on different shards.
 */
export function hashSlice(paths: readonly string[], shard: Shard): string[] {
  const unique = [...new Set(paths)];
  const keyed = unique.map((path) => ({ path, key: createHash('sha256').update(path).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.filter((_, i) => i % shard.total === shard.index - 1).map((k) => k.path).sort();
}

/**
 * The shard that runs the anti-placebo check of a sharded run: shard 1. Its judgement is about all the
 * PR's new tests together (a placebo finding means none of them fails on the base), and shard verdicts
 * merge by the worst, so it is made once, where the tests of any slicing always have a slice (shard 1
 * is never an empty slice while there is a test) and where the unsharded probes run too.
 */
export const ANTI_PLACEBO_SHARD = 1;

/** The test files in `pytest --collect-only -q` output (node ids `path::test[param]`), in order. */
export function pytestFiles(output: string): string[] {
  const files = output.split('\n').filter((line) => line.includes('::')).map((line) => line.slice(0, line.indexOf('::')).trim());
  return [...new Set(files)];
}

/** The packages in `go list ./...` output, one import path a line. */
export function goPackages(output: string): string[] {
  return output.split('\n').map((line) => line.trim()).filter(Boolean);
}
