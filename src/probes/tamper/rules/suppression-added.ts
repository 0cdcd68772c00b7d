// Pure: lint and type-check suppressions the PR added. A suppression counts when it is on a line the PR
// touched and its file now holds more of that directive than at the merge-base, beyond what the PR removed
// elsewhere (a suppressed block moved to another file carries its suppressions: not added).
import type { Hit, SourceChange } from '../hit.js';
import type { Suppression } from '../facts.js';

export function suppressionAdded(sources: readonly SourceChange[]): Hit[] {
  // Directives the PR removed somewhere (base count above head count in their file), free to reappear.
  const removed = new Map<string, number>();
  const surplus: Array<{ source: SourceChange; candidates: Suppression[]; count: number; text: string }> = [];
  for (const source of sources) {
    const before = countTexts(source.base?.suppressions ?? []);
    const after = countTexts(source.head?.suppressions ?? []);
    for (const [text, count] of before) {
      const gone = count - (after.get(text) ?? 0);
      if (gone > 0) removed.set(text, (removed.get(text) ?? 0) + gone);
    }
    for (const [text, count] of after) {
      const extra = count - (before.get(text) ?? 0);
      if (extra <= 0) continue;
      const candidates = (source.head?.suppressions ?? []).filter((s) => s.text === text && source.added(s.line));
      surplus.push({ source, candidates, count: extra, text });
    }
  }
  const hits: Hit[] = [];
  for (const { source, candidates, count, text } of surplus) {
    const moved = Math.min(removed.get(text) ?? 0, count);
    removed.set(text, (removed.get(text) ?? 0) - moved);
    for (const suppression of candidates.slice(0, count - moved)) {
      const target = targetLine(source, suppression);
      hits.push({
        rule: 'suppression-added',
        file: source.path,
        line: suppression.line,
        // The directive and the code it silences: stable when lines above move.
        subject: `${text}\u0000${target}`,
        message: `Suppression \`${text}\` added: the check it silences no longer reports this code.`,
        details: { directive: text },
      });
    }
  }
  return hits;
}

function countTexts(suppressions: readonly Suppression[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of suppressions) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  return counts;
}

/** The code a suppression applies to: its own line, or the next non-blank line for a comment on its own. */
function targetLine(source: SourceChange, suppression: Suppression): string {
  const own = source.headLine(suppression.line);
  if (!own.startsWith('//') && !own.startsWith('#') && !own.startsWith('/*') && !own.startsWith('*')) return own;
  for (let line = suppression.line + 1; line < suppression.line + 20; line++) {
    const next = source.headLine(line);
    if (next && !next.startsWith('//') && !next.startsWith('#[') && !next.startsWith('#')) return next;
  }
  return own;
}
