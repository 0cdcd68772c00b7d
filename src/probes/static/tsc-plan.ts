// Pure: which TypeScript projects cover the changed files, given where the tsconfig files are.
import type { ConfigLookup } from './discover.js';
import { isTsFile, type StaticScope } from './diagnostic.js';
import { repoDirname } from './paths.js';

export interface TscPlan {
  /** `tsconfig.json` files to check (repository-relative), sorted. */
  projects: string[];
  /** Changed TypeScript files. */
  tsFiles: string[];
}

/**
 * The nearest `tsconfig.json` of each changed TypeScript file, plus any changed `tsconfig.json` itself
 * (a PR can break the project from there); with scope `all`, also the root's.
 */
export function planTsc(files: readonly string[], scope: StaticScope, lookup: ConfigLookup): TscPlan {
  const projects = new Set<string>();
  const tsFiles: string[] = [];
  for (const file of files) {
    if (file === 'tsconfig.json' || file.endsWith('/tsconfig.json')) projects.add(file);
    if (!isTsFile(file)) continue;
    tsFiles.push(file);
    const project = lookup.tsconfig(repoDirname(file));
    if (project) projects.add(project);
  }
  if (scope === 'all') {
    const root = lookup.tsconfig('');
    if (root) projects.add(root);
  }
  return { projects: [...projects].sort(), tsFiles };
}
