// Pure: a check setting read from a config file, and the comparison of base and head settings that finds
// the ones the PR weakened. Every config the tamper probe reads (coverage thresholds, lint rule levels,
// compiler flags, CI steps) is expressed as settings, so one comparison serves them all.

export type SettingRule = 'threshold-lowered' | 'check-disabled';

export interface Setting {
  rule: SettingRule;
  /** Identity across base and head: directory or file, tool, scope and name (never a line number). */
  id: string;
  /** What the setting is, for messages: "vitest coverage threshold `lines`". */
  label: string;
  /** Larger is stricter. */
  strength: number;
  /** The value as the user reads it: "90", "error", "on", "runs". */
  shown: string;
  /** Strength and wording when the setting is absent (the tool's default). */
  absent: { strength: number; shown: string };
  file: string;
  line?: number;
  /** The id of a setting this one only follows (a tsconfig flag implied by `strict`): reported through it. */
  impliedBy?: string;
}

export interface Weakening {
  rule: SettingRule;
  id: string;
  label: string;
  /** Where the weaker value is: the head setting, or the base one when the setting was removed. */
  file: string;
  line?: number;
  side: 'head' | 'base';
  from: string;
  to: string;
}

/**
 * Settings whose head strength is below their base strength (absent counts as the tool's default). A
 * setting that only follows another one at head (`impliedBy`) is reported through that one when it is weakened too.
 */
export function weakenedSettings(base: readonly Setting[], head: readonly Setting[]): Weakening[] {
  const found = compare(base, head);
  const weakened = new Set(found.map((w) => w.id));
  const after = byId(head);
  return found.filter((w) => {
    const follows = after.get(w.id)?.impliedBy;
    return !(follows && weakened.has(follows));
  });
}

function compare(base: readonly Setting[], head: readonly Setting[]): Weakening[] {
  const before = byId(base);
  const after = byId(head);
  const out: Weakening[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    const nowStrength = now ? now.strength : old.absent.strength;
    if (nowStrength >= old.strength) continue;
    out.push({
      rule: old.rule,
      id,
      label: old.label,
      file: now ? now.file : old.file,
      ...((now ? now.line : old.line) === undefined ? {} : { line: now ? now.line : old.line }),
      side: now ? 'head' : 'base',
      from: old.shown,
      to: now ? now.shown : old.absent.shown,
    });
  }
  for (const [id, now] of after) {
    if (before.has(id) || now.strength >= now.absent.strength) continue;
    // Added at head, weaker than the default: an `ignore` entry, `continue-on-error` on a new step name...
    out.push({ rule: now.rule, id, label: now.label, file: now.file, ...(now.line === undefined ? {} : { line: now.line }), side: 'head', from: now.absent.shown, to: now.shown });
  }
  return out;
}

/** The strictest setting per id (a key repeated in one config, or in several files of one scope). */
function byId(settings: readonly Setting[]): Map<string, Setting> {
  const map = new Map<string, Setting>();
  for (const setting of settings) {
    const seen = map.get(setting.id);
    if (!seen || setting.strength > seen.strength) map.set(setting.id, setting);
  }
  return map;
}

/** Directory of a repository path, '' at the top level: settings of one tool are scoped by it. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
