import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPathFromDiffHeader, unquotePath } from '../../../src/probes/secrets/git-path.js';
import { hunkLines, parsePatch } from '../../../src/probes/secrets/patch.js';
import { PROJECT_ROOT } from '../../helpers/cli.js';

const fixture = readFileSync(join(PROJECT_ROOT, 'fixtures/secrets/commit.patch'), 'utf8');

describe('git path quoting', () => {
  it('unquotes C-style escapes, octal UTF-8 bytes and raw UTF-8', () => {
    expect(unquotePath('"b/we\\"ird\\\\name\\n.txt"')).toBe('b/we"ird\\name\n.txt');
    expect(unquotePath('"b/\\303\\274ber\\ttab.txt"')).toBe('b/über\ttab.txt');
    expect(unquotePath('"b/ünï.txt"')).toBe('b/ünï.txt');
    expect(unquotePath('b/plain name.txt')).toBe('b/plain name.txt');
  });

  it('reads the new path of a diff --git header when it is unambiguous', () => {
    expect(newPathFromDiffHeader('a/x y.txt b/x y.txt')).toBe('x y.txt');
    expect(newPathFromDiffHeader('"a/new\\nline" "b/new\\nline"')).toBe('new\nline');
    expect(newPathFromDiffHeader('a/plain "b/\\303\\274"')).toBe('ü');
    // A rename with spaces cannot be split: `rename to` names the path instead.
    expect(newPathFromDiffHeader('a/old name b/new name')).toBeUndefined();
  });
});

describe('commit patch parser', () => {
  const files = parsePatch(fixture);
  const byPath = (path: string) => files.find((f) => f.path === path);

  it('finds every file of the patch, with its exact path', () => {
    expect(files.map((f) => f.path)).toEqual([
      'src/app.ts',
      'docs/read me.md',
      'we"ird\\name\n.txt',
      'new name.txt',
      'img/logo.png',
      'vendor/lib',
      'gone.txt',
      'über.txt',
    ]);
  });

  it('keeps new-side lines of each hunk with their line numbers, marking added ones', () => {
    const hunks = byPath('src/app.ts')!.hunks.map((h) => ({ start: h.start, lines: hunkLines(h), added: [...h.added] }));
    expect(hunks).toEqual([
      { start: 1, lines: ['const a = 1;', 'const b = 2;', 'const c = 3;'], added: [0, 1, 0] },
      { start: 11, lines: ['new line', ''], added: [1, 1] },
      // An empty context line (diff.suppressBlankEmpty) and a "\ No newline" marker.
      { start: 22, lines: ['', 'last line'], added: [0, 1] },
    ]);
    expect(byPath('src/app.ts')!.blob).toBe('2'.repeat(40));
  });

  it('reads names followed by a tab and quoted names', () => {
    expect(hunkLines(byPath('docs/read me.md')!.hunks[0]!)).toEqual(['hello']);
    expect(hunkLines(byPath('we"ird\\name\n.txt')!.hunks[0]!)).toEqual(['quoted']);
    expect(hunkLines(byPath('über.txt')!.hunks[0]!)).toEqual(['y']);
  });

  it('marks binary files, submodules and deletions', () => {
    expect(byPath('new name.txt')).toMatchObject({ binary: true, blob: '6'.repeat(40), hunks: [] });
    expect(byPath('img/logo.png')).toMatchObject({ binary: true, blob: '7'.repeat(40) });
    expect(byPath('vendor/lib')).toMatchObject({ submodule: true });
    expect(byPath('gone.txt')).toMatchObject({ deleted: true, hunks: [] });
    expect(byPath('gone.txt')!.blob).toBeUndefined();
  });
});
