// Pure: threshold-lowered and check-disabled hits from the settings the PR weakened.
import type { Setting, SettingRule } from '../configs/settings.js';
import { weakenedSettings } from '../configs/settings.js';
import type { Hit } from '../hit.js';

export function weakenedHits(rule: SettingRule, base: readonly Setting[], head: readonly Setting[]): Hit[] {
  return weakenedSettings(base, head)
    .filter((w) => w.rule === rule)
    .map((w) => ({
      rule,
      file: w.file,
      ...(w.line === undefined ? {} : w.side === 'head' ? { line: w.line } : { baseLine: w.line }),
      subject: w.id,
      message: `${w.label} ${rule === 'threshold-lowered' ? 'lowered' : 'weakened'}: was ${w.from}, now ${w.to}.`,
      details: { setting: w.label, from: w.from, to: w.to },
    }));
}
