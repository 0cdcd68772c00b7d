// scripts/check-dist.js (the last step of npm test, so of .ci/run) rebuilds the bundle and fails when
// the committed dist/ differs. Shown here on a copy of dist/ made stale three ways.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function checkDist(dist: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(PROJECT_ROOT, 'scripts/check-dist.js'), '--dist', dist], { cwd: PROJECT_ROOT, timeout: 240_000 }, (error, _out, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr });
    });
  });
}

describe('check-dist', () => {
  it('fails on a stale dist/, naming each difference and the fix', { timeout: 240_000 }, async () => {
    const stale = join(tempDir(), 'dist');
    cpSync(join(PROJECT_ROOT, 'dist'), stale, { recursive: true });
    appendFileSync(join(stale, 'index.js'), '\n// edited by hand\n');
    rmSync(join(stale, 'licenses.txt'));
    writeFileSync(join(stale, 'left-over.js'), 'export {};\n');

    const { code, stderr } = await checkDist(stale);

    expect(code).toBe(1);
    expect(stderr).toContain(`check-dist: ${stale} is stale, it is not what the sources build:`);
    expect(stderr).toMatch(/ {2}differs: index\.js \(first at line \d+\)/);
    expect(stderr).toContain('  missing: licenses.txt');
    expect(stderr).toContain('  not produced by the build: left-over.js');
    expect(stderr).toContain('check-dist: run `npm run bundle` and commit dist/');
  });

  it('fails when there is no dist/ at all', async () => {
    const { code, stderr } = await checkDist(join(tempDir(), 'dist'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/does not exist: run `npm run bundle` and commit dist\//);
  });
});
