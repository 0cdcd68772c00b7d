// Finds, parses and validates the configuration file. The only place that knows the config's on-disk form.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { VerifyError } from '../errors.js';
import { compileSchema, describeSchemaErrors } from '../schema.js';
import { readFileSafely } from '../workspace/safe-read.js';
import { MAX_DOCUMENT_BYTES, parseYamlOrJson } from '../yaml-or-json.js';
import { DEFAULT_CONFIG_PATHS } from './defaults.js';
import type { Config } from './types.js';

const validateConfig = compileSchema<Config>(configSchema);

export interface LoadedConfig {
  config: Config;
  /** Repository-relative (or absolute, when outside) path of the file read; undefined when defaults apply. */
  source?: string;
  /** The file's raw text, hashed into evidence so a verdict can be tied to its configuration. */
  text?: string;
}

/** Loads `explicitPath` (must exist) or the first default config file present under `root`. */
export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
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
  return { config: parseConfig(text, shown), source: shown, text };
}

/** Parses YAML or JSON config text and validates it; errors name the key path and what was expected. */
export function parseConfig(text: string, shown: string): Config {
  const data = parseYamlOrJson(text, `config ${shown}`) ?? {};
  if (!validateConfig(data)) {
    throw new VerifyError(`invalid config ${shown}: ${describeSchemaErrors(validateConfig.errors)}`);
  }
  return data;
}
