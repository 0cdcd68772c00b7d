// Pure: checks the PR turned down in config: lint rule levels, Python linter codes, compiler strictness
// flags, and CI steps that run tests or lint (removed or made unable to fail).
import type { Setting } from '../configs/settings.js';
import type { Hit } from '../hit.js';
import { weakenedHits } from './weakened-settings.js';

export function checkDisabled(base: readonly Setting[], head: readonly Setting[]): Hit[] {
  return weakenedHits('check-disabled', base, head);
}
