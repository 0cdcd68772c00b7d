// Pure judgements about a matched value: obvious placeholders and how random it looks.

/** Substrings that mark documentation values rather than credentials (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
  'xxxx',
  'example',
  'changeme',
  'change_me',
  'change-me',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yourpassword',
  'dummy',
  'redacted',
  'replace_me',
  'replaceme',
  'insert_',
  '****',
  '....',
  '…',
];

/** Template and variable references: ${VAR}, {{var}}, <your-key>, %VAR%, $VAR, $(cmd). */
const VARIABLE_LIKE = [/\$\{[^}]*\}?/, /\{\{[^}]*\}?\}?/, /<[^>]*>/, /%[A-Za-z_][A-Za-z0-9_]*%/, /^\$[A-Za-z_]/, /\$\([^)]*\)?/];

/** The same character six times or more in a row ("000000", "aaaaaa"). */
const REPEATED = /(.)\1{5,}/;

export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (VARIABLE_LIKE.some((pattern) => pattern.test(value))) return true;
  return REPEATED.test(value);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Whether a value from a generic `password = ...` assignment looks like a real secret: it mixes letters
 * and digits and its entropy is high for its length and alphabet. A string of n distinct characters has
 * log2(n) bits per character, so short values are judged against that; long ones need 3.5 bits, or 3
 * when they are hexadecimal (at most 4 bits per character).
 */
export function looksRandom(value: string): boolean {
  if (value.length < 8) return false;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const ceiling = /^[0-9a-f]+$/i.test(value) ? 3 : 3.5;
  return shannonEntropy(value) >= Math.min(ceiling, 0.85 * Math.log2(value.length));
}
