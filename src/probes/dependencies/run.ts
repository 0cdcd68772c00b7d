// The dependencies probe's work once a change touches a lockfile (loaded only then): the OSV source is
// decided, then the lockfiles are parsed, diffed, looked up and judged by the policy (check.ts).
import { isAbsolute, resolve } from 'node:path';
import type { ProbeOutcome } from '../../types.js';
import type { ProbeContext } from '../probe.js';
import { checkLockfiles } from './check.js';
import type { CollectedLockfiles } from './collect.js';
import type { DependenciesSettings } from './index.js';
import { createOsvClient, DEFAULT_OSV_URL } from './osv/client.js';
import { createOfflineDb } from './osv/offline-db.js';
import type { VulnerabilitySource } from './osv/source.js';

export function checkChanges(ctx: ProbeContext<DependenciesSettings>, collected: CollectedLockfiles): Promise<ProbeOutcome> {
  return checkLockfiles({
    ...collected,
    source: vulnerabilitySource(ctx),
    policy: { blockOn: ctx.settings.block_on, waivers: ctx.settings.ignore, now: ctx.now },
    log: (line) => ctx.log(line),
  });
}

/**
 * The one place the OSV source is decided: the offline database when one is given (--osv-db wins over config
 * `dependencies.osv_db`; relative paths are taken from the repository root), else the API at config
 * `dependencies.osv_url`, LOKI_VERIFY_OSV_URL, or api.osv.dev.
 */
function vulnerabilitySource(ctx: ProbeContext<DependenciesSettings>): VulnerabilitySource {
  const { settings } = ctx;
  const database = ctx.options.osvDb ?? settings.osv_db;
  if (database) return createOfflineDb(isAbsolute(database) ? database : resolve(ctx.root, database));
  return createOsvClient({ baseUrl: settings.osv_url ?? ctx.options.osvUrl ?? DEFAULT_OSV_URL, signal: ctx.signal });
}
