// Finds, parses and validates the configuration file. The only place that knows the config's on-disk form.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { VerifyError } from '../core/errors.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compileSchema, describeSchemaErrors } from '../core/schema.js';
import { MAX_DOCUMENT_BYTES, parseYamlOrJson } from '../core/yaml-or-json.js';
import type { Probe } from '../probes/probe.js';
import { PROBES } from '../probes/index.js';
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

export interface LoadedConfig {
  config: Config;
  /** Repository-relative (or absolute, when outside) path of the file read; undefined when defaults apply. */
  source?: string;
  /** The file's raw text, hashed into evidence so a verdict can be tied to its configuration. */
  text?: string;
}

/**
 * Loads `explicitPath` (must exist) or the first default config file present under `root`, validated for
 * `probes` (each probe has its own section).
 */
export function loadConfig(root: string, explicitPath?: string, probes: readonly Probe[] = PROBES): LoadedConfig {
  const path = explicitPath
    ? (isAbsolute(explicitPath) ? explicitPath : join(root, explicitPath))
    : DEFAULT_CONFIG_PATHS.map((p) => join(root, p)).find((p) => existsSync(p));
  if (!path) return { config: {} };
  const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
  // Inside the repository the file is PR content: no link out of it; anywhere: a regular file, size-limited.
  const inside = !isAbsolute(shown);
  const text = readFileSafely(path, { maxBytes: MAX_DOCUMENT_BYTES, shown: `config file ${shown}`, ...(inside ? { within: root } : {}) });
  if (text === undefined) {
    throw new VerifyError(`config file ${shown} does not exist: fix the --config path or create the file`);
  }
  return { config: parseConfig(text, shown, probes), source: shown, text };
}

/** Parses YAML or JSON config text and validates it; errors name the key path and what was expected. */
export function parseConfig(text: string, shown: string, probes: readonly Probe[] = PROBES): Config {
  const data = parseYamlOrJson(text, `config ${shown}`) ?? {};
  const validateConfig = validatorFor(probes);
  if (!validateConfig(data)) {
    throw new VerifyError(`invalid config ${shown}: ${describeSchemaErrors(validateConfig.errors)}`);
  }
  return data;
}
