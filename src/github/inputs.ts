// Action inputs -> one plain, validated settings object. A bad value throws a VerifyError naming the input,
// so the step fails before anything runs. Reading inputs is injected (`InputReader`) to keep this testable.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { VerifyError } from '../core/errors.js';
import { parseShard } from '../merge/shard.js';
import { isInlineContent } from '../probes/heldout/source.js';
import type { Shard } from '../types.js';
import { FAIL_ON, type FailOn } from './fail-on.js';

export const DEFAULT_ARTIFACT_NAME = 'loki-verify-evidence';

/** Characters the artifact service refuses in a name (as @actions/artifact validates it). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;

// YAML 1.2 core schema booleans, the set @actions/core accepts for boolean inputs.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

export interface ActionSettings {
  /** Absolute directory the gate runs in (`working-directory`, relative to the workspace). */
  workingDirectory: string;
  /** Explicit base ref; wins over the base taken from the event. */
  base?: string;
  /** Absolute path of the config file. */
  config?: string;
  failOn: FailOn;
  /** Absolute path of the held-out file, or inline held-out content (typically a secret). */
  heldout?: string;
  artifactName: string;
  comment: boolean;
  /** Absolute path the SARIF file is written to. */
  sarifPath?: string;
  githubToken: string;
  allowUntrustedCode: boolean;
  /** This step is one shard of a matrix (`shard: I/N`): it verifies its slice and uploads it for the merge. */
  shard?: Shard;
  /** This step merges the shards' artifacts of the run (`merge: true`) instead of verifying. */
  merge: boolean;
}

/** Value of an input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when unset. */
export type InputReader = (name: string) => string;

/**
 * Inputs as the runner passes them and @actions/core's getInput reads them: `INPUT_<NAME>` (spaces as
 * underscores, upper-cased, dashes kept), trimmed. Read directly so the Action starts without the toolkit.
 */
export function envInputs(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, input('working-directory') || '.');
  if (!isDirectory(workingDirectory)) {
    throw new VerifyError(`input working-directory: ${workingDirectory} is not a directory in the workspace`);
  }
  const inDir = (path: string): string => resolve(workingDirectory, path);

  const base = optional(input('base'));
  if (base !== undefined && (base.startsWith('-') || /\s/.test(base))) {
    throw new VerifyError(`input base: '${base}' is not a git ref (use a branch, tag or commit sha)`);
  }

  // Existence is the gate's to judge: inside the repository the policy is read at the merge-base, so
  // a PR that deletes the file is still judged by it.
  const config = optional(input('config'));

  // The held-out input is either a path or the checks themselves (a secret): never echo its content.
  const heldoutInput = optional(input('heldout'));
  const heldoutPath = heldoutInput === undefined || isInlineContent(heldoutInput) ? undefined : inDir(heldoutInput);
  const heldout = heldoutPath ?? heldoutInput;
  if (heldoutPath !== undefined && !existsSync(heldoutPath)) {
    throw new VerifyError(`input heldout: file ${heldoutInput} does not exist (pass a path or the checks as YAML/JSON content)`);
  }

  const artifactName = input('artifact-name') || DEFAULT_ARTIFACT_NAME;
  if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw new VerifyError(`input artifact-name: '${artifactName}' contains a character artifacts refuse (" : < > | * ? \\ / or a newline)`);
  }

  const comment = booleanInput(input, 'comment', false);
  const githubToken = input('github-token');
  if (comment && !githubToken) {
    throw new VerifyError('input github-token: required when comment is true (the default is ${{ github.token }})');
  }
  const sarif = optional(input('sarif-path'));

  const shardInput = optional(input('shard'));
  const shard = shardInput === undefined ? undefined : parseShard(shardInput, 'input shard');
  const merge = booleanInput(input, 'merge', false);
  if (merge && shard) {
    throw new VerifyError(`input merge: true merges the shards' artifacts; it cannot be one of them (shard: ${shardInput}): use two jobs, a matrix of shards and a merge job`);
  }

  return {
    workingDirectory,
    failOn: failOnInput(input('fail-on')),
    artifactName,
    comment,
    githubToken,
    allowUntrustedCode: booleanInput(input, 'allow-untrusted-code', false),
    merge,
    ...(shard === undefined ? {} : { shard }),
    ...(base === undefined ? {} : { base }),
    ...(config === undefined ? {} : { config: inDir(config) }),
    ...(heldout === undefined ? {} : { heldout }),
    ...(sarif === undefined ? {} : { sarifPath: inDir(sarif) }),
  };
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function failOnInput(value: string): FailOn {
  if (value === '') return 'blocked';
  const normalised = value.toLowerCase();
  if ((FAIL_ON as readonly string[]).includes(normalised)) return normalised as FailOn;
  throw new VerifyError(`input fail-on: '${value}' is not one of ${FAIL_ON.join(', ')}`);
}

function booleanInput(input: InputReader, name: string, fallback: boolean): boolean {
  const value = input(name);
  if (value === '') return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new VerifyError(`input ${name}: '${value}' is not a boolean (use true or false)`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
