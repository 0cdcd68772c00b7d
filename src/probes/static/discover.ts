// Finds the eslint and TypeScript configurations that apply to a directory of the checked-out tree.
import { join } from 'node:path';
import { hasFile, readPackageJson, type PackageJson } from '../../workspace/files.js';
import { ancestorDirs } from './paths.js';

/** Flat configs, as eslint 8.57-10 look them up. */
export const FLAT_CONFIG_FILES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
] as const;

/** Legacy eslintrc configs in eslint's own order of precedence; `package.json#eslintConfig` comes last. */
export const LEGACY_CONFIG_FILES = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc.json', '.eslintrc'] as const;

export interface EslintConfigRef {
  kind: 'flat' | 'legacy';
  /** Where eslint runs (repository-relative, '' for the root): the config's own directory. */
  dir: string;
  /** The config file that decided it (repository-relative). */
  file: string;
}

export interface ConfigLookup {
  /** The eslint configuration for files in `dir`, if any. */
  eslintConfig(dir: string): EslintConfigRef | undefined;
  /** The nearest `tsconfig.json` at or above `dir` (repository-relative), if any. */
  tsconfig(dir: string): string | undefined;
}

/**
 * Lookups against the tree under `root`, cached per directory.
 * - Flat config: the nearest `eslint.config.*` above the file wins (what eslint 10 does per file and
 *   eslint 9 does when run from that directory); eslint then ignores any eslintrc.
 * - Legacy: without a flat config, eslintrc files cascade from the file up; eslint runs from the outermost
 *   one, where `.eslintignore` and the installed eslint usually live.
 */
export function createConfigLookup(root: string): ConfigLookup {
  const found = new Map<string, { flat?: string; legacy?: string; tsconfig?: string }>();
  const inDir = (dir: string) => {
    let entry = found.get(dir);
    if (!entry) {
      const at = (name: string): string => (dir === '' ? name : `${dir}/${name}`);
      const base = join(root, dir);
      const flat = FLAT_CONFIG_FILES.find((name) => hasFile(base, name));
      const legacy = LEGACY_CONFIG_FILES.find((name) => hasFile(base, name)) ?? (hasPackageEslintConfig(base, root) ? 'package.json' : undefined);
      entry = {
        ...(flat ? { flat: at(flat) } : {}),
        ...(legacy ? { legacy: at(legacy) } : {}),
        ...(hasFile(base, 'tsconfig.json') ? { tsconfig: at('tsconfig.json') } : {}),
      };
      found.set(dir, entry);
    }
    return entry;
  };

  return {
    eslintConfig(dir) {
      const chain = ancestorDirs(dir);
      for (const current of chain) {
        const flat = inDir(current).flat;
        if (flat) return { kind: 'flat', dir: current, file: flat };
      }
      const legacyDirs = chain.filter((current) => inDir(current).legacy);
      if (!legacyDirs.length) return undefined;
      return { kind: 'legacy', dir: legacyDirs[legacyDirs.length - 1]!, file: inDir(legacyDirs[0]!).legacy! };
    },
    tsconfig(dir) {
      for (const current of ancestorDirs(dir)) {
        const tsconfig = inDir(current).tsconfig;
        if (tsconfig) return tsconfig;
      }
      return undefined;
    },
  };
}

/** Whether `dir`'s package.json has an `eslintConfig` object (a broken package.json is the build probe's business). */
function hasPackageEslintConfig(dir: string, root: string): boolean {
  const manifest = readPackageJson(dir, root) as (PackageJson & { eslintConfig?: unknown }) | undefined;
  return typeof manifest?.eslintConfig === 'object' && manifest.eslintConfig !== null;
}
