// Pure: which eslint runs cover the changed files, given where the configurations are.
import type { ConfigLookup, EslintConfigRef } from './discover.js';
import { isJsOrTsFile, type StaticScope } from './diagnostic.js';
import { relativeToDir, repoDirname } from './paths.js';

export interface EslintUnit {
  config: EslintConfigRef;
  /** Paths (or `.`) relative to `config.dir`, where eslint runs. */
  targets: string[];
}

export interface EslintPlan {
  units: EslintUnit[];
  /** Changed JS/TS files no eslint configuration covers. */
  unconfigured: string[];
}

/**
 * Groups changed files by the configuration that applies to them. Flat configs get every changed file
 * and eslint decides what it lints (its `files` and `ignores`); legacy eslint parses any file it is
 * given as JavaScript, so it only gets JS/TS sources. With scope `all`, each unit (and the root's
 * configuration, if any) lints its whole directory.
 */
export function planEslint(files: readonly string[], scope: StaticScope, lookup: ConfigLookup): EslintPlan {
  const units = new Map<string, EslintUnit>();
  const unconfigured: string[] = [];
  const unitFor = (config: EslintConfigRef): EslintUnit => {
    const key = `${config.kind}:${config.dir}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { config, targets: [] };
      units.set(key, unit);
    }
    return unit;
  };

  for (const file of files) {
    const config = lookup.eslintConfig(repoDirname(file));
    if (!config) {
      if (isJsOrTsFile(file)) unconfigured.push(file);
      continue;
    }
    if (config.kind === 'legacy' && !isJsOrTsFile(file)) continue;
    unitFor(config).targets.push(relativeToDir(config.dir, file));
  }
  if (scope === 'all') {
    const rootConfig = lookup.eslintConfig('');
    if (rootConfig) unitFor(rootConfig);
    for (const unit of units.values()) unit.targets = ['.'];
  }
  const ordered = [...units.values()].sort((a, b) => (a.config.dir < b.config.dir ? -1 : a.config.dir > b.config.dir ? 1 : 0));
  return { units: ordered, unconfigured };
}
