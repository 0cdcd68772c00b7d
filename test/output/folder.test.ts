// The output folder's writer with a file system that fails midway (disk full), for machines where a
// small tmpfs cannot be mounted (test/scenarios/output.test.ts mounts one where it can).
import * as fs from 'node:fs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VerifyError } from '../../src/core/errors.js';
import { createOutputFolder, GITIGNORE, type OutputFs } from '../../src/output/folder.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

/** The real file system, except that the `failAt`-th write reports a full disk after writing half its bytes. */
function diskFullAt(failAt: number): OutputFs {
  let writes = 0;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Buffer, offset: number) => {
      if (++writes === failAt) {
        fs.writeSync(fd, buffer, offset, Math.floor((buffer.length - offset) / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return fs.writeSync(fd, buffer, offset);
    }) as OutputFs['writeSync'],
  };
}

describe('output folder writer', () => {
  it('a write that fails midway replaces nothing and leaves no temp file', async () => {
    const path = join(tempDir(), 'out');
    const folder = createOutputFolder({ path, create: true, fs: diskFullAt(3) }); // 1: .gitignore, 2: evidence, 3: report
    await folder.prepare();
    expect(readFileSync(join(path, GITIGNORE.name), 'utf8')).toBe(GITIGNORE.text);
    writeFileSync(join(path, 'evidence.json'), '{"earlier":true}');
    expect(() => folder.write({ 'evidence.json': '{"new":true}', 'report.md': 'x'.repeat(100_000) })).toThrow(VerifyError);
    expect(() => folder.write({ 'evidence.json': '{}' })).not.toThrow();
    expect(readdirSync(path).sort()).toEqual(['.gitignore', 'evidence.json']);
  });

  it('the error names the folder and the reason, and discard removes an earlier run\'s files', async () => {
    const path = join(tempDir(), 'out');
    const folder = createOutputFolder({ path, create: true, fs: diskFullAt(2) });
    await folder.prepare();
    writeFileSync(join(path, 'evidence.json'), '{"earlier":true}');
    expect(() => folder.write({ 'evidence.json': '{"new":true}' })).toThrow(/output folder .*out could not be written \(ENOSPC: no space left on device\); free space or pass a writable --out folder/);
    expect(readFileSync(join(path, 'evidence.json'), 'utf8')).toBe('{"earlier":true}');
    folder.discard(['evidence.json', 'report.md']);
    expect(existsSync(join(path, 'evidence.json'))).toBe(false);
  });

  it('creates nothing outside a repository unless told to', async () => {
    const path = join(tempDir(), 'missing', 'out');
    await expect(createOutputFolder({ path, create: false }).prepare()).rejects.toThrow(/does not exist/);
    expect(existsSync(join(path, '..'))).toBe(false);
  });
});
