// Reads lines of checked-out files for fingerprints, each file once.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { LineText } from './fingerprints.js';

export function createLineReader(root: string): LineText {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8').split(/\r?\n/);
      } catch {
        lines = undefined; // outside the tree or unreadable: the fingerprint falls back to the message
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}
