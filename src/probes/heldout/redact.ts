// What of the held-out checks must never show in the evidence or the log, whichever probe's output
// carries it (a PR test that found and printed the file): commands, hidden files' paths and contents,
// and titles unless `heldout.reveal: titles`. Pure.
import type { Reveal } from './outcome.js';
import { parseHeldout } from '../../heldout/file.js';

/** Lines shorter than this are too common (`});`, `fi`) to tell a held-out check from anything else. */
const MIN_LINE = 8;

/** Strings to redact for held-out `text`; a text that does not parse is redacted line by line. */
export function heldoutSecrets(text: string, label: string, reveal: Reveal): string[] {
  const strings: string[] = [];
  try {
    for (const item of parseHeldout(text, label).items) {
      strings.push(item.run);
      if (reveal !== 'titles') strings.push(item.title);
      for (const [path, content] of Object.entries(item.files ?? {})) strings.push(path, content);
    }
  } catch {
    strings.push(text);
  }
  const lines = strings.flatMap((s) => s.split('\n')).map((line) => line.trim());
  return [...new Set([...strings, ...lines])].filter((s) => s.length >= MIN_LINE);
}
