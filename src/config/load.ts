// Finds, parses and validates the configuration file. The only place that knows the config's on-disk form.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { VerifyError } from '../core/errors.js';
import { compileSchema, describeSchemaErrors } from '../core/schema.js';
import { parseYamlOrJson } from '../core/yaml-or-json.js';
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
  if (!existsSync(path)) {
    throw new VerifyError(`config file ${shown} does not exist: fix the --config path or create the file`);
  }
  const text = readFileSync(path, 'utf8');
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
