// Each format end to end: a change that adds a fixture folder's lockfiles, and an offline database with a record
// for exactly one package they pin, blocks on that package in that lockfile, through git, the probe and the policy.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir, type Files } from '../../helpers/repo.js';
import { makeRepo, runProbe, singleRecordDb } from './scenario.js';

afterAll(() => cleanupTempDirs());

const FORMATS = resolve(import.meta.dirname, '../../../fixtures/dependencies/formats');

/** The folder's lockfiles (not expected.json, not the invalid variants), keyed by repository path. */
function validFiles(dir: string): Files {
  const files: Files = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      const path = relative(dir, full);
      if (path === 'expected.json' || path === 'malformed' || path === 'wrong-type') continue;
      if (statSync(full).isDirectory()) walk(full);
      else files[path] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe.each(readdirSync(FORMATS).sort())('%s', (name) => {
  it('blocks on a record for exactly one package the added lockfile pins', async () => {
    const dir = join(FORMATS, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { lockfiles: Record<string, Array<[string, string, string]>> };
    const [lockfile, packages] = Object.entries(expected.lockfiles)[0] as [string, Array<[string, string, string]>];
    const [ecosystem, pkg, version] = packages[0] as [string, string, string];
    const db = singleRecordDb(tempDir('loki-osv-db-'), { ecosystem, name: pkg, version });
    const outcome = await runProbe(makeRepo({}, validFiles(dir)), { options: { osvDb: db } });
    const blocking = (outcome.findings ?? []).filter((f) => f.blocking);
    expect(blocking.map((f) => `${f.file} ${String(f.details?.package)}`)).toContain(`${lockfile} ${pkg}`);
    expect(blocking.every((f) => f.details?.vulnerability === 'TEST-1')).toBe(true);
    // Unchecked entries (a version range, a version managed outside the repository) keep the probe from passing.
    expect(outcome.status).toBe(outcome.summary.includes('was not checked') ? 'inconclusive' : 'fail');
  });
});
