// What every git call of the gate runs with: an environment that selects the repository the gate stands
// in and runs no program the repository (or code the PR ran) configured, and `-c` overrides for the same.
//
// Threat: `.git/config`, `.git/info/attributes` and the PR's `.gitattributes` are written by whoever
// prepared the checkout and, while probes run, by the PR's own code. Command-line configuration wins over
// every config file, so the overrides below hold whatever those files say.
import { scrubEnv } from '../process/env.js';

/**
 * Variables that make git work on another repository, index, object store or config file than the one
 * at the working directory (set by a hook that runs the gate, or left over in a CI job). Cleared.
 */
export const REPOSITORY_SELECTING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_PREFIX',
  'GIT_QUARANTINE_PATH',
  'GIT_SHALLOW_FILE',
  'GIT_GRAFT_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_CONFIG',
] as const;

/** Variables naming programs git would run (diff drivers, pagers, editors, password prompts). Replaced. */
const PROGRAM_VARIABLES = ['GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_ASKPASS', 'SSH_ASKPASS'];

/** Transports git may use to fetch the base; `ext::` (runs a command) and `git://` (core.gitProxy) are not among them. */
const ALLOWED_PROTOCOLS = 'file:https:http:ssh';

/** Names of repository-selecting variables set in `env`, for the log line that says they were ignored. */
export function repositorySelectingSet(env: NodeJS.ProcessEnv): string[] {
  return REPOSITORY_SELECTING.filter((name) => env[name] !== undefined);
}

/** `env` without the repository-selecting variables (probes' children get the same repository as the gate). */
export function withoutRepositorySelection<T extends NodeJS.ProcessEnv | Record<string, string>>(env: T): T {
  const out = { ...env };
  for (const name of REPOSITORY_SELECTING) delete out[name];
  return out;
}

/**
 * The environment of the gate's own git processes: credentials scrubbed (git gets its credentials from
 * the workflow's config, e.g. actions/checkout's extraheader), repository selection cleared, no programs,
 * replace objects ignored, prompts off, stable C-locale messages. A `GIT_SSH_COMMAND`, `GIT_SSH` or
 * `GIT_ALLOW_PROTOCOL` the user set in the environment is theirs and kept.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out = withoutRepositorySelection(scrubEnv(env));
  for (const name of PROGRAM_VARIABLES) delete out[name];
  return {
    ...out,
    GIT_TERMINAL_PROMPT: '0',
    // Set but empty: git skips core.askPass and SSH_ASKPASS and asks nobody.
    GIT_ASKPASS: '',
    GIT_PAGER: 'cat',
    GIT_EDITOR: ':',
    GIT_SEQUENCE_EDITOR: ':',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_ALLOW_PROTOCOL: env.GIT_ALLOW_PROTOCOL ?? ALLOWED_PROTOCOLS,
    GIT_PROTOCOL_FROM_USER: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

/** `-c` overrides on every call: nothing configured in the repository runs, output is plain. */
export function staticOverrides(env: NodeJS.ProcessEnv): string[] {
  const settings = [
    'core.quotePath=false',
    'color.ui=false',
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.pager=cat',
    'core.editor=:',
    'sequence.editor=:',
    'core.askPass=',
    'diff.external=',
    'log.showSignature=false',
    'gc.auto=0',
    'maintenance.auto=false',
    'fetch.recurseSubmodules=false',
    'submodule.recurse=false',
    'protocol.ext.allow=never',
    'uploadpack.packObjectsHook=',
    'core.alternateRefsCommand=',
    ...(env.GIT_SSH_COMMAND || env.GIT_SSH ? [] : ['core.sshCommand=ssh']),
  ];
  return settings.flatMap((setting) => ['-c', setting]);
}

/**
 * Subcommands that may run programs named by keys with a per-driver or per-URL name (`filter.<x>.clean`,
 * `credential.<url>.helper`): the keys present in the repository's own config
 * are looked up right before each such call and overridden, so a driver planted while the run is under
 * way is neutral too. Reads of committed objects (cat-file, show REV:PATH, diff/log between commits with
 * --no-textconv) run none of them and skip the lookup.
 */
export const WORKTREE_OR_NETWORK = new Set(['status', 'fetch', 'worktree', 'checkout', 'switch', 'restore', 'reset', 'add', 'stash', 'diff', 'ls-files', 'read-tree', 'archive', 'clone', 'pull', 'merge', 'submodule', 'ls-remote', 'update-index', 'apply']);

/**
 * Config keys that name a program and hold per name: filter drivers (and whether they are required) and
 * credential helpers per URL.
 */
export const PROGRAM_KEYS_PATTERN = '^(filter\\..*\\.(clean|smudge|process|required)|credential\\..*helper)$';

/** Overrides that make the program a key names (or the driver it belongs to) do nothing. */
function neutralise(key: string): string[] {
  const driver = /^(filter\..*)\.[a-z]+$/.exec(key)?.[1];
  // An empty filter command is no filter, and a driver that is not required may be absent.
  if (driver) return [`${driver}.clean=`, `${driver}.smudge=`, `${driver}.process=`, `${driver}.required=false`];
  return [`${key}=`]; // an empty credential.helper resets the helper list
}

/**
 * Subcommands that start an upload-pack: `remote.<name>.uploadpack` cannot be overridden by `-c` (git
 * keeps the first value it reads), so the program is named on the command line.
 */
export const UPLOAD_PACK = new Set(['fetch', 'ls-remote', 'pull', 'clone']);

/**
 * Parses `git config -z --show-scope --get-regexp` output (`scope NUL key LF value NUL` records) and
 * returns the overrides for keys set by the repository itself (local and worktree scope, including the
 * files they include). Pure.
 */
export function repositoryProgramOverrides(output: string): string[] {
  const settings = new Set<string>();
  const fields = output.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const scope = fields[i]!;
    const key = fields[i + 1]!.split('\n')[0]!;
    if (scope === 'local' || scope === 'worktree') for (const setting of neutralise(key)) settings.add(setting);
  }
  return [...settings].flatMap((setting) => ['-c', setting]);
}

/** Subcommands whose output could go through a textconv or an external diff driver: turned off. */
export const DIFFING = new Set(['diff', 'log', 'show']);
