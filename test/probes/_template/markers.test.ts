// The template's pure module, on a fixture: what a copied probe's unit tests look like.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConflictMarkers } from '../../../src/probes/_template/markers.js';

const conflicted = readFileSync(new URL('fixtures/conflicted.md', import.meta.url), 'utf8');

describe('findConflictMarkers', () => {
  it('finds every marker of a conflict (diff3 style included) on added lines', () => {
    expect(findConflictMarkers(conflicted, [{ start: 1, end: 12 }])).toEqual([
      { line: 2, marker: '=======' },
      { line: 5, marker: '<<<<<<<' },
      { line: 7, marker: '|||||||' },
      { line: 9, marker: '=======' },
      { line: 11, marker: '>>>>>>>' },
    ]);
  });

  it('ignores lines the PR did not add', () => {
    expect(findConflictMarkers(conflicted, [{ start: 9, end: 12 }])).toEqual([]);
    expect(findConflictMarkers(conflicted, [{ start: 5, end: 5 }])).toEqual([{ line: 5, marker: '<<<<<<<' }]);
  });

  it('does not take a heading underline or a longer rule for a marker', () => {
    expect(findConflictMarkers('Title\n=======\n', [{ start: 1, end: 2 }])).toEqual([]);
    expect(findConflictMarkers('<<<<<<<<< not one\n========\n', [{ start: 1, end: 2 }])).toEqual([]);
  });
});
