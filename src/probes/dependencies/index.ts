// The dependencies probe: vulnerabilities (OSV) in the package versions a change adds to its lockfiles.
import { isAbsolute, resolve } from 'node:path';
import { Type } from 'typebox';
import { severity, waiver, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, type ProbeContext, type SettingsOf } from '../probe.js';
import { checkLockfiles } from './check.js';
import { collectLockfiles } from './collect.js';
import { createOsvClient, DEFAULT_OSV_URL } from './osv/client.js';
import { createOfflineDb } from './osv/offline-db.js';
import type { VulnerabilitySource } from './osv/source.js';
import { DEFAULT_BLOCK_ON } from './policy.js';

const settings = Type.Object({
  osv_url: Type.Optional(
    Type.String({ pattern: '^https?://', description: 'OSV API base URL (else LOKI_VERIFY_OSV_URL, else https://api.osv.dev).' }),
  ),
  osv_db: Type.Optional(
    Type.String({ minLength: 1, description: 'Offline OSV database directory, relative to the repository root; --osv-db wins.' }),
  ),
  block_on: withDefault(severity({ description: 'Lowest severity of a newly introduced vulnerability that blocks.' }), DEFAULT_BLOCK_ON),
  ignore: withDefault(Type.Array(waiver(), { description: 'Accepted advisories, by id or alias, with a reason and an optional end date.' }), []),
});
type DependenciesSettings = SettingsOf<typeof settings.properties>;

export const dependenciesProbe = defineProbe({
  id: 'dependencies',
  title: 'Dependency vulnerabilities (OSV)',
  timeout: 120,
  security: true,
  settings,

  // Always applicable: with no lockfile changed nothing new can be vulnerable, which is a conclusive pass.
  applies: () => APPLIES,

  async run(ctx) {
    const collected = await collectLockfiles(ctx.git, ctx.diff);
    return checkLockfiles({
      ...collected,
      source: vulnerabilitySource(ctx),
      policy: { blockOn: ctx.settings.block_on, waivers: ctx.settings.ignore, now: ctx.now },
      log: (line) => ctx.log(line),
    });
  },
});

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
