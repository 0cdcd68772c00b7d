// Pure judgements about a matched value: obvious placeholders, and how random it looks.
//
// A real secret may repeat a character or hold a short run (`aB3ddddddx9…`): only values that are
// mostly one character, one short unit repeated, or a counting sequence count as filler.

/** Substrings that mark documentation values rather than credentials (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
  'xxxx',
  'example',
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'yourpassword',
  'dummy',
  'redacted',
  'replace_me',
  'replaceme',
  'replace-me',
  'insert_',
  'insert-',
  'fake_',
  'fake-',
  'sample_',
  'notreal',
  'not_real',
  'not-a-real',
  'not_a_real',
  'foobar',
  'lorem',
  'abc123',
  '123abc',
  'xyz123',
  'qwerty',
  'asdf',
  '****',
  '....',
  '…',
];

/** Whole values (letters only, lowercased) that are words, not secrets: `password123` is `password`. */
const WORD_VALUES = new Set([
  'password',
  'passwd',
  'passw',
  'pass',
  'secret',
  'secretkey',
  'mysecret',
  'mypassword',
  'token',
  'mytoken',
  'apikey',
  'admin',
  'root',
  'test',
  'testing',
  'letmein',
  'qwerty',
  'welcome',
  'default',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'todo',
  'tbd',
  'fixme',
  'empty',
  'abc',
  'abcdef',
  'hello',
  'helloworld',
  'foo',
  'bar',
  'baz',
  'value',
  'string',
]);

/** Template and variable references: ${VAR}, {{var}}, <your-key>, %VAR%, $VAR, $(cmd), #{var}, {var}. */
const VARIABLE_LIKE = [
  /\$\{[^}]*\}?/,
  /\{\{[^}]*\}?\}?/,
  /<[^>]*>/,
  /%[A-Za-z_][A-Za-z0-9_]*%/,
  /^\$[A-Za-z_]/,
  /\$\([^)]*\)?/,
  /#\{[^}]*\}/,
  /^\{[A-Za-z_][\w.]*\}$/,
  /^@[A-Za-z_][\w.]*@$/,
  /^__[A-Z0-9_]+__$/,
];

export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (VARIABLE_LIKE.some((pattern) => pattern.test(value))) return true;
  if ([lower, unleet(lower)].some((text) => WORD_VALUES.has(text.replace(/[^a-z]/g, '')))) return true;
  return isFiller(value);
}

/** `pa55w0rd` is `password`: digits and signs that stand for letters. */
function unleet(value: string): string {
  return value.replace(/[430157@$]/g, (ch) => ({ '4': 'a', '3': 'e', '0': 'o', '1': 'i', '5': 's', '7': 't', '@': 'a', $: 's' })[ch]!);
}

/** Mostly one character, one unit repeated, or a counting sequence (`12345678`, `abcdefgh`). */
export function isFiller(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  if (n >= 6 && Math.max(...counts.values()) / n >= 0.4) return true;
  for (let period = 1; period <= 64 && period * 2 <= n; period++) {
    if (value.slice(period) === value.slice(0, n - period)) return true;
  }
  return longestSequence(value) * 2 >= n && n >= 6;
}

/** Length of the longest run of consecutive characters counting up or down (`3456`, `fedc`). */
function longestSequence(value: string): number {
  let best = 1;
  let run = 1;
  let step = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if ((d === 1 || d === -1) && (run === 1 || d === step)) {
      run++;
      step = d;
    } else {
      run = d === 1 || d === -1 ? 2 : 1;
      step = d;
    }
    best = Math.max(best, run);
  }
  return best;
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
 * Whether a value assigned to a credential-named variable looks generated rather than written: long
 * enough, not only digits, several character classes (or, for letters only, a random mix of cases),
 * and an entropy high for its length. A string of n distinct characters has log2(n) bits per
 * character, so short values are judged against that; long ones need 3.5 bits, hex 3.
 */
export function looksRandom(value: string): boolean {
  const n = value.length;
  if (n < 8 || n > 1000) return false;
  if (/^\d+$/.test(value)) return false;
  const entropy = shannonEntropy(value);
  if (/^[0-9a-f]+$/i.test(value)) return n >= 16 && entropy >= 3;
  // Words joined by separators, maybe numbered (`sekret-value-123456`): written, not generated.
  if (/^[a-z]+(?:[-_.][a-z]+)+[-_.]?\d{0,6}$/.test(value)) return false;
  const letters = value.replace(/[-_.]/g, '');
  if (/^[A-Za-z]+$/.test(letters)) {
    // Words and identifiers (`MyServiceName`, `not-so-secret`) have few capitals; random text about half.
    const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
    return letters.length >= 16 && upper >= 0.25 && upper <= 0.75 && entropy >= 3.8;
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  if (classes < 2) return false;
  return entropy >= Math.min(3.5, 0.85 * Math.log2(n));
}
