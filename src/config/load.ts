// Finds, parses and validates the gate's policy (the configuration file). The only place that knows
// the config's on-disk form and where it is read from.
//
// The policy comes from the merge-base commit, not from the PR's tree (contract: "Policy comes from
// the base"): a pull request cannot loosen the gate that judges it, the same way GitHub reads
// CODEOWNERS and branch rules from the base branch.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { VerifyError } from '../core/errors.js';
import { compileSchema, describeSchemaErrors } from '../core/schema.js';
import { MAX_DOCUMENT_BYTES, parseYamlOrJson } from '../core/yaml-or-json.js';
import type { Probe } from '../probes/probe.js';
import { PROBES } from '../probes/index.js';
import type { ChangedFile, PolicySource } from '../types.js';
import { readFileSafely } from '../workspace/safe-read.js';
import { DEFAULT_CONFIG_PATHS } from './defaults.js';
import { configSchema } from './schema.js';
import type { Config } from './types.js';

/** One compiled validator per probe set (the built-in one, or an embedder's). */
const validators = new WeakMap<readonly Probe[], ValidateFunction<Config>>();

function validatorFor(probes: readonly Probe[]): ValidateFunction<Config> {
  let validate = validators.get(probes);
  if (!validate) validators.set(probes, (validate = compileSchema<Config>(configSchema(probes))));
  return validate;
}

/** Where the policy is read from: the merge-base commit (default), or the working tree (`--policy-from head`). */
export const POLICY_FROM = ['merge-base', 'head'] as const;
export type PolicyFrom = (typeof POLICY_FROM)[number];


export interface LoadedConfig {
  config: Config;
  source: PolicySource;
  /** Repository-relative path of the file read (absolute when outside the repository); undefined with defaults. */
  path?: string;
  /** The text applied, hashed into evidence so a verdict can be tied to its configuration. */
  text?: string;
  /**
   * Repository paths that hold the gate's policy: a change to any of them is a change of the policy
   * (the perimeter probe's `policy-changed`). Empty when the policy lives outside the repository.
   */
  policyPaths: string[];
  /** Lines for the log (a policy the PR adds applies once merged, ...). */
  notes: string[];
}

export interface PolicyRequest {
  /** The repository's top level (realpath). */
  root: string;
  /** `--config FILE` (absolute, or relative to `root`); default: the first of DEFAULT_CONFIG_PATHS. */
  explicitPath?: string;
  from: PolicyFrom;
  /** Reads a repository path at the merge-base commit; undefined when it does not exist there. */
  readAtMergeBase(path: string): Promise<string | undefined>;
  /** The run's probes: each has its own config section (default: the built-in ones). */
  probes?: readonly Probe[];
}

/** Loads the policy as the contract orders; throws VerifyError for a missing, unreadable or invalid file. */
export async function loadConfig(request: PolicyRequest): Promise<LoadedConfig> {
  const parse = (text: string, shown: string): Config => parseConfig(text, shown, request.probes);
  const explicit = request.explicitPath === undefined ? undefined : locate(request.root, request.explicitPath);
  if (explicit && explicit.repoPath === undefined) {
    // A team may keep its policy outside the tree: read as given, the PR cannot reach it.
    const text = readFromDisk(explicit.absolute, explicit.absolute);
    return loaded(parse(text, explicit.absolute), 'file', explicit.absolute, text, []);
  }
  const candidates = explicit ? [explicit.repoPath!] : DEFAULT_CONFIG_PATHS;

  if (request.from === 'head') {
    const found = candidates.find((path) => existsSync(join(request.root, path)));
    if (found === undefined) {
      if (explicit) throw missing(explicit.repoPath!);
      return defaults(candidates, []);
    }
    const text = readFromDisk(join(request.root, found), found, request.root);
    return loaded(parse(text, found), 'head', found, text, candidates);
  }

  for (const path of candidates) {
    const text = await request.readAtMergeBase(path);
    if (text !== undefined) return loaded(parse(text, `${path} (at the merge-base)`), 'merge-base', path, text, candidates);
  }
  // Nothing at the merge-base: the defaults apply, even when the PR adds a policy (it applies once merged).
  const onDisk = candidates.find((path) => existsSync(join(request.root, path)));
  if (explicit && onDisk === undefined) throw missing(explicit.repoPath!);
  const notes = onDisk === undefined
    ? []
    : [`policy ${onDisk} is not in the merge-base commit, so the defaults apply (a policy applies once merged; --policy-from head tries it locally)`];
  return defaults(candidates, notes);
}

/** Whether the PR adds, changes, deletes or renames (either side) one of the policy's paths. */
export function changesPolicy(files: readonly ChangedFile[], policyPaths: readonly string[]): boolean {
  const policy = new Set(policyPaths);
  return files.some((f) => policy.has(f.path) || (f.oldPath !== undefined && policy.has(f.oldPath)));
}

/**
 * Entries of every list in a config, nested ones included (perimeter rules each hold globs): real
 * configs have dozens; 25,000 globs took 20 s and 460 MB to match a thousand paths.
 */
const MAX_LIST_ENTRIES = 5000;

function listEntries(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + listEntries(item), value.length);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + listEntries(item), 0);
  return 0;
}

/** Parses YAML or JSON config text and validates it; errors name the key path and what was expected. */
export function parseConfig(text: string, shown: string, probes: readonly Probe[] = PROBES): Config {
  const data = parseYamlOrJson(text, `config ${shown}`) ?? {};
  const entries = listEntries(data);
  if (entries > MAX_LIST_ENTRIES) {
    throw new VerifyError(`config ${shown} holds ${entries} list entries, more than the ${MAX_LIST_ENTRIES} the gate accepts in all (globs are compiled and tried on every path); shorten the lists`);
  }
  const validateConfig = validatorFor(probes);
  if (!validateConfig(data)) {
    throw new VerifyError(`invalid config ${shown}: ${describeSchemaErrors(validateConfig.errors)}`);
  }
  return data;
}

function loaded(config: Config, source: PolicySource, path: string, text: string, policyPaths: readonly string[]): LoadedConfig {
  return { config, source, path, text, policyPaths: [...policyPaths], notes: [] };
}

function defaults(policyPaths: readonly string[], notes: string[]): LoadedConfig {
  return { config: {}, source: 'defaults', policyPaths: [...policyPaths], notes };
}

/** The explicit path as an absolute path, and as a repository path when it lies inside the repository. */
function locate(root: string, path: string): { absolute: string; repoPath?: string } {
  const absolute = isAbsolute(path) ? path : join(root, path);
  const repoPath = insideRoot(root, absolute) ?? insideRoot(root, realpathOrSelf(absolute));
  return repoPath === undefined ? { absolute } : { absolute, repoPath };
}

function insideRoot(root: string, absolute: string): string | undefined {
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** Resolves symlinked folders (a temp dir under a linked /tmp) so a path inside the repository is seen as such. */
function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Reads a policy file from disk: a regular file of at most 1 MiB; `within` (the repository, whose tree
 * is the PR's) keeps a link from leading out of it.
 */
function readFromDisk(path: string, shown: string, within?: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) throw new VerifyError(`config ${shown} is a directory: pass the policy file itself with --config`);
  const text = readFileSafely(path, { maxBytes: MAX_DOCUMENT_BYTES, shown: `config ${shown}`, ...(within === undefined ? {} : { within }) });
  if (text === undefined) throw missing(shown);
  return text;
}

function missing(shown: string): VerifyError {
  return new VerifyError(`config file ${shown} does not exist: fix the --config path or create the file`);
}
