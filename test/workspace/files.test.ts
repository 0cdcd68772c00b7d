import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realOr } from '../../src/workspace/files.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

describe('realOr', () => {
  it('resolves links, and gives a path that cannot be resolved back as it is', () => {
    const dir = tempDir('loki-real-');
    mkdirSync(join(dir, 'target'));
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    expect(realOr(join(dir, 'link'))).toBe(realpathSync(join(dir, 'target')));
    expect(realOr(join(dir, 'gone'))).toBe(join(dir, 'gone'));
  });
});
