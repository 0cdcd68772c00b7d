// Pure: `I/N` as written on the command line or in the Action's `shard` input -> a Shard.
import { VerifyError } from '../core/errors.js';
import type { Shard } from '../types.js';

export function parseShard(text: string, source: string): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || index < 1 || total < 1 || index > total) {
    throw new VerifyError(`${source}: '${text}' is not a shard I/N with 1 <= I <= N (e.g. 2/4)`);
  }
  return { index, total };
}
