// Pure: lint and type-check suppressions the PR added. A suppression counts when it is on a line the PR
// touched and its file now holds more of that directive (its kind and the rules it names; the free-text
// reason does not matter) than at the merge-base, unless it only narrows one the PR removed from the file
// (`nolint:golint,staticcheck` -> `nolint:staticcheck`), or the PR removed the same directive elsewhere
// (a suppressed block moved to another file carries its suppressions: not added).
import type { Hit, SourceChange } from '../hit.js';
import type { Suppression } from '../facts.js';

export function suppressionAdded(sources: readonly SourceChange[]): Hit[] {
  // Directives the PR removed somewhere (base count above head count in their file), free to reappear.
  const removed = new Map<string, number>();
  const surplus: Array<{ source: SourceChange; candidates: Suppression[]; count: number; key: string }> = [];
  for (const source of sources) {
    const before = group(source.base?.suppressions ?? []);
    const after = group(source.head?.suppressions ?? []);
    const gone: Suppression[] = [];
    for (const [key, old] of before) {
      const left = old.length - (after.get(key)?.length ?? 0);
      if (left > 0) gone.push(...old.slice(0, left));
    }
    for (const [key, now] of after) {
      let extra = now.length - (before.get(key)?.length ?? 0);
      // A directive that names fewer rules than one the PR removed from this file narrows it.
      while (extra > 0) {
        const wider = gone.findIndex((g) => g.kind === now[0]!.kind && covers(g, now[0]!));
        if (wider < 0) break;
        gone.splice(wider, 1);
        extra--;
      }
      if (extra <= 0) continue;
      surplus.push({ source, candidates: now.filter((s) => source.added(s.line)), count: extra, key });
    }
    for (const g of gone) removed.set(keyOf(g), (removed.get(keyOf(g)) ?? 0) + 1);
  }
  const hits: Hit[] = [];
  const seen = new Map<string, number>();
  for (const { source, candidates, count, key } of surplus) {
    const moved = Math.min(removed.get(key) ?? 0, count);
    removed.set(key, (removed.get(key) ?? 0) - moved);
    for (const suppression of candidates.slice(0, count - moved)) {
      // The directive and the code it silences: stable when lines above move. The same pair added twice
      // in a file is two findings (the second and later ones numbered).
      const subject = `${key}\u0000${targetLine(source, suppression)}`;
      const repeat = (seen.get(`${source.path}\u0000${subject}`) ?? 0) + 1;
      seen.set(`${source.path}\u0000${subject}`, repeat);
      hits.push({
        rule: 'suppression-added',
        file: source.path,
        line: suppression.line,
        subject: repeat === 1 ? subject : `${subject}\u0000${repeat}`,
        message: `Suppression \`${suppression.text}\` added: the check it silences no longer reports this code.`,
        details: { directive: suppression.text },
      });
    }
  }
  return hits;
}

function keyOf(s: Suppression): string {
  return `${s.kind}\u0000${s.codes.join(',')}`;
}

function group(suppressions: readonly Suppression[]): Map<string, Suppression[]> {
  const groups = new Map<string, Suppression[]>();
  for (const s of suppressions) {
    const key = keyOf(s);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

/** Whether `wide` silences at least what `narrow` does (no codes: every rule). */
function covers(wide: Suppression, narrow: Suppression): boolean {
  if (wide.codes.length === 0) return true;
  return narrow.codes.length > 0 && narrow.codes.every((code) => wide.codes.includes(code));
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
