// The dependencies probe: vulnerabilities (OSV) in the package versions a change adds to its lockfiles.
import { Type } from 'typebox';
import { severity, waiver, withDefault } from '../../config/schema-parts.js';
import { APPLIES, defineProbe, type SettingsOf } from '../probe.js';
import { collectLockfiles } from './collect.js';
import type { Severity } from '../../types.js';

/** `dependencies.block_on` unless configured. */
const DEFAULT_BLOCK_ON: Severity = 'high';

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
export type DependenciesSettings = SettingsOf<typeof settings.properties>;

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
    // Decided before the readers, the OSV client and the version orderings load: most changes touch no lockfile.
    if (collected.lockfiles.length === 0 && collected.unsupported.length === 0) {
      return { status: 'pass', summary: 'no dependency changes', details: { lockfiles: [] } };
    }
    const { checkChanges } = await import('./run.js');
    return checkChanges(ctx, collected);
  },
});
