// Scenario repositories for the dependencies probe: `main` holds the merge-base files, branch `pr` the change.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../../../src/config/types.js';
import { dependenciesProbe } from '../../../src/probes/dependencies/index.js';
import type { RunOptions } from '../../../src/probes/probe.js';
import type { ProbeOutcome } from '../../../src/types.js';
import { makeContext } from '../../helpers/context.js';
import { TestRepo, type Files } from '../../helpers/repo.js';

export const SCENARIOS = resolve(import.meta.dirname, '../../../fixtures/dependencies/scenarios');

/** Files of fixtures/dependencies/scenarios/<name>/<side>, keyed by repository path. */
export function scenarioFiles(name: string, side: 'base' | 'head'): Files {
  const dir = join(SCENARIOS, name, side);
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = join(entry.parentPath, entry.name);
        return [full.slice(dir.length + 1), readFileSync(full, 'utf8')];
      }),
  );
}

/** A repository whose `main` commits `base` and whose branch `pr` (checked out) commits `head` on top. */
export function makeRepo(base: Files, head: Files): TestRepo {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n', ...base });
  repo.checkout('pr', true);
  repo.commit('change', head);
  return repo;
}

export interface RunInit {
  config?: Config;
  options?: RunOptions;
  now?: Date;
}

export async function runProbe(repo: TestRepo, init: RunInit = {}): Promise<ProbeOutcome & { logs: string[] }> {
  const logs: string[] = [];
  const ctx = await makeContext(dependenciesProbe, { root: repo.dir, base: 'main', logs, ...init });
  const outcome = await dependenciesProbe.run(ctx);
  return { ...outcome, logs };
}

/** package-lock.json (v3) pinning `packages` (name -> version) from the npm registry. */
export function npmLock(packages: Record<string, string>): string {
  const entries: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(Object.keys(packages).map((n) => [n, '*'])) } };
  for (const [name, version] of Object.entries(packages)) {
    entries[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`, integrity: 'sha512-x' };
  }
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
}

/** Findings as `rule severity blocking id package@version file:line`, for compact assertions. */
export function summarize(outcome: ProbeOutcome): string[] {
  return (outcome.findings ?? []).map((f) => {
    const d = f.details ?? {};
    return `${f.rule} ${f.severity} ${f.blocking ? 'blocking' : 'non-blocking'} ${String(d.vulnerability)} ${String(d.package)}@${String(d.version)} ${f.file}:${f.line ?? '-'}`;
  });
}

/**
 * An offline OSV database (a temp directory) holding one high-severity record per package given, each affecting
 * exactly that version (an ECOSYSTEM range closed by `last_affected`, so the ecosystem's ordering is exercised).
 */
export function singleRecordDb(dir: string, ...packages: Array<{ ecosystem: string; name: string; version: string }>): string {
  packages.forEach((pkg, index) => {
    const record = {
      schema_version: '1.6.0',
      id: `TEST-${index + 1}`,
      modified: '2026-01-01T00:00:00Z',
      summary: `test advisory for ${pkg.name}`,
      affected: [{ package: { ecosystem: pkg.ecosystem, name: pkg.name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: pkg.version }, { last_affected: pkg.version }] }] }],
      database_specific: { severity: 'HIGH' },
    };
    writeFileSync(join(dir, `${record.id}.json`), JSON.stringify(record));
  });
  return dir;
}
