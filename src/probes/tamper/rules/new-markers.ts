// Pure: skip or focus markers the PR added. A marker counts when it sits on a line the PR touched and its
// test did not already carry it at the merge-base (the test found by name in its base file, by the same
// body anywhere, or by name in another base file: a skipped test moved or renamed keeps its marker).
import type { Marker, MarkerKind, TestCase } from '../facts.js';
import type { SourceChange } from '../hit.js';

export interface NewMarker {
  source: SourceChange;
  test: TestCase;
  marker: Marker;
}

export function newMarkers(sources: readonly SourceChange[], kind: MarkerKind): NewMarker[] {
  const baseByBody = new Map<string, TestCase>();
  const baseByName = new Map<string, TestCase>();
  for (const source of sources) {
    for (const test of source.base?.tests ?? []) {
      if (test.body) baseByBody.set(test.body, test);
      baseByName.set(test.name, test);
    }
  }
  const found: NewMarker[] = [];
  for (const source of sources) {
    if (!source.head) continue;
    const sameFile = new Map((source.base?.tests ?? []).map((t) => [t.name, t]));
    for (const test of source.head.tests) {
      const before = sameFile.get(test.name) ?? (test.body ? baseByBody.get(test.body) : undefined) ?? baseByName.get(test.name);
      const had = countTexts(before?.markers ?? [], kind);
      for (const marker of test.markers) {
        if (marker.kind !== kind) continue;
        const left = had.get(marker.text) ?? 0;
        if (left > 0) {
          had.set(marker.text, left - 1);
          continue;
        }
        if (source.added(marker.line)) found.push({ source, test, marker });
      }
    }
  }
  return found;
}

function countTexts(markers: readonly Marker[], kind: MarkerKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const marker of markers) if (marker.kind === kind) counts.set(marker.text, (counts.get(marker.text) ?? 0) + 1);
  return counts;
}
