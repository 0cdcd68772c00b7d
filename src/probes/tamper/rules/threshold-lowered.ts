// Pure: coverage thresholds the PR lowered or removed (vitest, jest, c8, nyc, coverage.py, pytest-cov).
import type { Setting } from '../configs/settings.js';
import type { Hit } from '../hit.js';
import { weakenedHits } from './weakened-settings.js';

export function thresholdLowered(base: readonly Setting[], head: readonly Setting[]): Hit[] {
  return weakenedHits('threshold-lowered', base, head);
}
