// The safe reader on real files, links, FIFOs and devices.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReadError, readFileSafely, readTreeFile } from '../../src/workspace/safe-read.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

function tree(): string {
  const root = tempDir();
  mkdirSync(join(root, 'packages/a'), { recursive: true });
  writeFileSync(join(root, 'packages/a/package.json'), '{"name":"a"}');
  return root;
}

describe('readFileSafely', () => {
  it('reads a regular file and follows a link that stays inside the repository', () => {
    const root = tree();
    symlinkSync('packages/a/package.json', join(root, 'package.json'));
    expect(readTreeFile(root, 'package.json')).toBe('{"name":"a"}');
  });

  it('says a missing file (or a dangling link) is absent', () => {
    const root = tree();
    symlinkSync('nowhere', join(root, 'dangling'));
    expect(readTreeFile(root, 'missing.json')).toBeUndefined();
    expect(readTreeFile(root, 'dangling')).toBeUndefined();
  });

  it('refuses links out of the repository, also through a linked folder', () => {
    const root = tree();
    const outside = tempDir();
    writeFileSync(join(outside, 'x'), 'secret');
    symlinkSync(join(outside, 'x'), join(root, 'file'));
    symlinkSync(outside, join(root, 'dir'));
    expect(() => readTreeFile(root, 'file')).toThrow(/^file links outside the repository/);
    expect(() => readTreeFile(root, 'dir/x')).toThrow(FileReadError);
  });

  it('never opens a FIFO or a device, and names the limit of an oversized file', () => {
    const root = tree();
    execFileSync('mkfifo', [join(root, 'fifo')]);
    expect(() => readTreeFile(root, 'fifo')).toThrow(/^fifo is not a regular file/);
    expect(() => readFileSafely('/dev/zero', { maxBytes: 10 })).toThrow(/is not a regular file/);
    writeFileSync(join(root, 'big'), 'x'.repeat(3 * 1024));
    expect(() => readTreeFile(root, 'big', 2 * 1024)).toThrow(/^big is larger than the 2 KiB the gate reads/);
  });

  it('reads only the head when asked, whatever the size', () => {
    const root = tree();
    writeFileSync(join(root, 'yarn.lock'), `# header\n__metadata:\n${'x'.repeat(100_000)}`);
    expect(readFileSafely(join(root, 'yarn.lock'), { within: root, maxBytes: 10, head: 20 })).toBe('# header\n__metadata:');
  });
});
