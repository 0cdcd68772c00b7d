import { describe, expect, it } from 'vitest';
import { combineDiff, isAddedLine, parsePatchU0, parseRawZ, parseStatusZ } from '../../src/diff/parse.js';

describe('parseRawZ', () => {
  it('reads statuses and both paths of renames and copies from NUL-separated records', () => {
    const raw = [
      ':100644 100644 aaa bbb M', 'src/a.ts',
      ':000000 100644 000 ccc A', 'new\nline "q".txt',
      ':100644 000000 ddd 000 D', 'gone.txt',
      ':100644 100644 eee fff R087', 'old name.txt', 'new name.txt',
      ':100644 100644 eee fff C100', 'orig.txt', 'copy.txt',
      ':100644 120000 ggg hhh T', 'link',
      '',
    ].join('\0');
    expect(parseRawZ(raw)).toEqual([
      { status: 'modified', path: 'src/a.ts' },
      { status: 'added', path: 'new\nline "q".txt' },
      { status: 'deleted', path: 'gone.txt' },
      { status: 'renamed', path: 'new name.txt', oldPath: 'old name.txt' },
      { status: 'copied', path: 'copy.txt', oldPath: 'orig.txt' },
      { status: 'type-changed', path: 'link' },
    ]);
  });

  it('rejects output it does not understand instead of guessing', () => {
    expect(() => parseRawZ('garbage\0')).toThrow(/unexpected git diff --raw record/);
  });
});

describe('parsePatchU0', () => {
  const patch = [
    'diff --git a/a.ts b/a.ts',
    'index 1..2 100644',
    '--- a/a.ts',
    '+++ b/a.ts',
    '@@ -1,0 +2,3 @@',
    '+one',
    '+two',
    '+three',
    '@@ -10 +13 @@',
    '-old',
    '+new',
    '@@ -20,2 +22,0 @@',
    '-x',
    '-y',
    'diff --git a/img.png b/img.png',
    'new file mode 100644',
    'Binary files /dev/null and b/img.png differ',
    'diff --git a/x b/y',
    'similarity index 100%',
    'rename from x',
    'rename to y',
    'diff --git a/c.txt b/c.txt',
    '--- a/c.txt',
    '+++ b/c.txt',
    '@@ -1 +1 @@',
    '---- a line that starts with dashes',
    '++++ a line that starts with pluses',
    '',
  ].join('\n');

  it('counts added and removed lines and takes added ranges from hunk headers', () => {
    const [a, img, rename, c] = parsePatchU0(patch);
    expect(a).toEqual({ binary: false, added: 4, removed: 3, addedRanges: [{ start: 2, end: 4 }, { start: 13, end: 13 }] });
    expect(img).toEqual({ binary: true, added: 0, removed: 0, addedRanges: [] });
    expect(rename).toEqual({ binary: false, added: 0, removed: 0, addedRanges: [] });
    expect(c).toEqual({ binary: false, added: 1, removed: 1, addedRanges: [{ start: 1, end: 1 }] });
  });

  it('merges adjacent ranges', () => {
    const [file] = parsePatchU0('diff --git a/f b/f\n@@ -1 +1 @@\n-a\n+b\n@@ -2,0 +2,2 @@\n+c\n+d\n');
    expect(file?.addedRanges).toEqual([{ start: 1, end: 3 }]);
  });
});

describe('combineDiff and isAddedLine', () => {
  it('aligns raw entries with patch blocks by position and answers line membership', () => {
    const files = combineDiff(
      [{ status: 'modified', path: 'a' }, { status: 'added', path: 'bin', }],
      [{ binary: false, added: 2, removed: 0, addedRanges: [{ start: 3, end: 4 }, { start: 9, end: 9 }] }, { binary: true, added: 0, removed: 0, addedRanges: [] }],
    );
    expect(files[1]).toMatchObject({ path: 'bin', binary: true, added: 0 });
    expect([2, 3, 4, 5, 9, 10].map((line) => isAddedLine(files[0]!, line))).toEqual([false, true, true, false, true, false]);
  });

  it('takes the two blocks git prints for a type change (file turned into a link) as one file', () => {
    const files = combineDiff(
      [{ status: 'type-changed', path: 'report.md' }, { status: 'modified', path: 'b' }],
      [
        { binary: false, added: 0, removed: 3, addedRanges: [] },
        { binary: false, added: 1, removed: 0, addedRanges: [{ start: 1, end: 1 }] },
        { binary: false, added: 1, removed: 1, addedRanges: [{ start: 5, end: 5 }] },
      ],
    );
    expect(files).toEqual([
      { path: 'report.md', status: 'type-changed', binary: false, added: 1, removed: 3, addedRanges: [{ start: 1, end: 1 }] },
      { path: 'b', status: 'modified', binary: false, added: 1, removed: 1, addedRanges: [{ start: 5, end: 5 }] },
    ]);
  });

  it('refuses to align lists of different lengths', () => {
    expect(() => combineDiff([{ status: 'added', path: 'a' }], [])).toThrow(/cannot align/);
  });
});

describe('parseStatusZ', () => {
  it('lists changed and untracked paths, renames by their new path', () => {
    expect(parseStatusZ(' M a.txt\0?? new file.txt\0R  to.txt\0from.txt\0')).toEqual(['a.txt', 'new file.txt', 'to.txt']);
  });
});
