// Package names as OSV compares them.
import type { Ecosystem } from './types.js';

/** PEP 503 normalization for PyPI (OSV stores normalized names); other registries compare names as written. */
export function normalizeName(ecosystem: Ecosystem | string, name: string): string {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}
