import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isInlineContent, readHeldoutSource } from '../../../src/probes/heldout/source.js';
import { cleanupTempDirs, tempDir } from '../../helpers/repo.js';

afterEach(cleanupTempDirs);

describe('isInlineContent', () => {
  it.each([
    ['items:\n  - id: a', true],
    ['items: []', true],
    ['  items: []', true],
    ['{"items": []}', true],
    ['---\nitems: []', true],
    ['/ci/heldout.yml', false],
    ['../secrets/heldout.json', false],
    ['heldout.yml', false],
    ['items.yml', false],
  ])('%j -> %s', (option, inline) => {
    expect(isInlineContent(option)).toBe(inline);
  });
});

describe('readHeldoutSource', () => {
  it('reads a file outside the working tree', () => {
    const root = tempDir();
    const outside = join(tempDir(), 'h.yml');
    writeFileSync(outside, 'items: []\n');
    expect(readHeldoutSource(outside, root)).toEqual({ kind: 'file', text: 'items: []\n', label: `held-out file ${outside}`, insideTree: undefined });
  });

  it('spots a file inside the working tree, also through a symlink', () => {
    const root = tempDir();
    mkdirSync(join(root, 'ci'));
    writeFileSync(join(root, 'ci/h.yml'), 'items: []\n');
    const link = join(tempDir(), 'link.yml');
    symlinkSync(join(root, 'ci/h.yml'), link);
    expect(readHeldoutSource(join(root, 'ci/h.yml'), root).insideTree).toBe('ci/h.yml');
    expect(readHeldoutSource(link, root).insideTree).toBe('ci/h.yml');
  });

  it('takes inline content as is', () => {
    expect(readHeldoutSource('items:\n  - id: a\n', tempDir())).toEqual({ kind: 'inline', text: 'items:\n  - id: a\n', label: 'inline held-out content' });
  });

  it('throws a one-line VerifyError for a missing path or a directory', () => {
    const root = tempDir();
    expect(() => readHeldoutSource(join(root, 'nope.yml'), root)).toThrow(/cannot be read \(ENOENT\): fix the --heldout path/);
    expect(() => readHeldoutSource(root, root)).toThrow(/is not a file/);
  });
});
