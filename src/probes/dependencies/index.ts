// The dependencies probe: vulnerabilities (OSV) in the package versions a change adds to its lockfiles.
import { isAbsolute, resolve } from 'node:path';
import { APPLIES, type Probe, type ProbeContext } from '../probe.js';
import { checkLockfiles } from './check.js';
import { collectLockfiles } from './collect.js';
import { createOsvClient, DEFAULT_OSV_URL } from './osv/client.js';
import { createOfflineDb } from './osv/offline-db.js';
import type { VulnerabilitySource } from './osv/source.js';
import { DEFAULT_BLOCK_ON } from './policy.js';

export const dependenciesProbe: Probe = {
  id: 'dependencies',
  title: 'Dependency vulnerabilities (OSV)',

  // Always applicable: with no lockfile changed nothing new can be vulnerable, which is a conclusive pass.
  applies: () => APPLIES,

  async run(ctx) {
    const collected = await collectLockfiles(ctx.git, ctx.diff);
    const settings = ctx.config.dependencies ?? {};
    return checkLockfiles({
      ...collected,
      source: vulnerabilitySource(ctx),
      policy: { blockOn: settings.block_on ?? DEFAULT_BLOCK_ON, waivers: settings.ignore ?? [], now: ctx.now },
      log: (line) => ctx.log(line),
    });
  },
};

/**
 * The offline database when one is given (--osv-db wins over config `dependencies.osv_db`; relative paths are
 * taken from the repository root), else the API at config `dependencies.osv_url`, LOKI_VERIFY_OSV_URL, or api.osv.dev.
 */
function vulnerabilitySource(ctx: ProbeContext): VulnerabilitySource {
  const settings = ctx.config.dependencies ?? {};
  const database = ctx.options.osvDb ?? settings.osv_db;
  if (database) return createOfflineDb(isAbsolute(database) ? database : resolve(ctx.root, database));
  return createOsvClient({ baseUrl: settings.osv_url ?? ctx.options.osvUrl ?? DEFAULT_OSV_URL, signal: ctx.signal });
}
