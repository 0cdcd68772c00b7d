// Scenario repositories for the static probe, with a real eslint and typescript.
//
// No network: a repository gets tools by symlinking this project's own node_modules (eslint 10,
// typescript 5.9, and eslint 9 installed under the alias `eslint-v9` for eslintrc configs). The probe
// finds `node_modules/<pkg>` inside the repository, so the symlink looks like an ordinary install.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeContext } from '../../helpers/context.js';
import { TestRepo, type Files } from '../../helpers/repo.js';
import type { Config } from '../../../src/config/types.js';
import { staticProbe } from '../../../src/probes/static/index.js';
import type { ProbeOutcome } from '../../../src/types.js';

export const PROJECT_MODULES = resolve(import.meta.dirname, '../../../node_modules');

/** `current`: eslint 10 + typescript; `eslint9`: only eslint 9; `none`: nothing installed. */
export type Install = 'current' | 'eslint9' | 'none';

/** A repository with `base` committed on `main` and the `feature` branch checked out. */
export function scenario(base: Files, install: Install = 'current'): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { '.gitignore': 'node_modules\n*.tsbuildinfo\n', ...base });
  if (install === 'current') symlinkSync(PROJECT_MODULES, join(repo.dir, 'node_modules'));
  if (install === 'eslint9') {
    mkdirSync(join(repo.dir, 'node_modules'));
    symlinkSync(join(PROJECT_MODULES, 'eslint-v9'), join(repo.dir, 'node_modules/eslint'));
  }
  return repo.checkout('feature', true);
}

export interface StaticRun extends ProbeOutcome {
  logs: string[];
}

/** Runs the probe as the engine would: `applies` first, then `run`. */
export async function runStatic(repo: TestRepo, config: Config = {}): Promise<StaticRun> {
  const logs: string[] = [];
  const ctx = await makeContext(staticProbe, { root: repo.dir, base: 'main', config, logs });
  const applicability = await staticProbe.applies(ctx);
  if (!applicability.applies) return { status: 'skipped', summary: applicability.reason, logs };
  return { ...(await staticProbe.run(ctx)), logs };
}

/** Lines joined with a final newline. */
export const lines = (...text: string[]): string => `${text.join('\n')}\n`;
