// Reads lines of checked-out files for fingerprints, each file once.
import { isAbsolute, join } from 'node:path';
import { readFileSafely, SOURCE_MAX_BYTES } from '../../workspace/safe-read.js';
import type { LineText } from './fingerprints.js';

export function createLineReader(root: string): LineText {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = readFileSafely(isAbsolute(file) ? file : join(root, file), { within: root, maxBytes: SOURCE_MAX_BYTES })?.split(/\r?\n/);
      } catch {
        lines = undefined; // outside the tree, unsafe or too large: the fingerprint falls back to the message
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}
