// Maven ordering, as the POM reference specifies it (https://maven.apache.org/pom.html#version-order-specification)
// and OSV applies it: tokens split at `.` and `-` and at digit/letter transitions (a transition counts as `-`);
// trailing null tokens (0, '', final, ga, release) trimmed before each `-`; then token by token, padding the
// shorter version with nulls: numbers numerically; alpha < beta < milestone < rc = cr < snapshot < '' = final
// = ga = release < sp < other words (lexically); and by separator, `.qualifier` < `-qualifier` < `-number` < `.number`.
// No maintained JavaScript implementation exists on the registry, so this is written from the specification.

interface Token {
  prefix: '' | '.' | '-';
  value: string;
  /** A padding token added to the shorter version. */
  isNull?: boolean;
}

const KEYWORDS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const NUMBER = /^\d+$/;

export function parseMavenVersion(version: string): Token[] {
  const tokens: Token[] = [];
  const pieces = version.trim().split(/([.-])/);
  for (let i = 0; i < pieces.length; i += 2) {
    let prefix = (i === 0 ? '' : pieces[i - 1]) as Token['prefix'];
    const piece = pieces[i] as string;
    const parts = piece.match(/\d+|\D+/g) ?? [''];
    parts.forEach((raw, j) => {
      if (j > 0) prefix = '-';
      const last = j === parts.length - 1;
      let value = raw.toLowerCase();
      if (value === '') value = '0';
      if (value === 'cr') value = 'rc';
      if (value === 'ga' || value === 'final' || value === 'release') value = '';
      // a1, b2, m3: the single letters are shorthands only when a number follows.
      if (!last) value = ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[value] ?? value;
      if (NUMBER.test(value)) value = BigInt(value).toString();
      tokens.push({ prefix, value });
    });
  }
  // Trim null tokens at the end of the version and before each `-`, right to left.
  for (let i = tokens.length - 1; i > 0; ) {
    if (isTrimmable(tokens[i] as Token)) {
      tokens.splice(i, 1);
      i -= 1;
      continue;
    }
    while (i >= 0 && tokens[i]?.prefix !== '-') i -= 1;
    i -= 1;
  }
  return tokens;
}

function isTrimmable(token: Token): boolean {
  return token.value === '0' || token.value === '' || token.value === 'final' || token.value === 'ga';
}

export function compareMaven(a: string, b: string): number | undefined {
  if (a.trim() === '' || b.trim() === '') return undefined;
  const left = parseMavenVersion(a);
  const right = parseMavenVersion(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const l = left[i] ?? padding(right[i] as Token);
    const r = right[i] ?? padding(left[i] as Token);
    if (l.prefix === r.prefix && l.value === r.value) continue;
    return lessThan(l, r) ? -1 : 1;
  }
  return 0;
}

/** The null token a shorter version is padded with: `.0` (or `.` before `sp`) or `-`. */
function padding(other: Token): Token {
  if (other.prefix === '-') return { prefix: '-', value: '', isNull: true };
  return { prefix: '.', value: other.value === 'sp' ? '' : '0', isNull: true };
}

function lessThan(l: Token, r: Token): boolean {
  if (l.prefix !== r.prefix) return separatorOrder(l) < separatorOrder(r);
  const lNumber = NUMBER.test(l.value);
  const rNumber = NUMBER.test(r.value);
  if (lNumber && rNumber) return BigInt(l.value) < BigInt(r.value);
  if (lNumber && !l.isNull) return false; // a number is newer than any word
  if (rNumber && !r.isNull) return true;
  const li = keywordOrder(l.value);
  const ri = keywordOrder(r.value);
  if (li === KEYWORDS.length && ri === KEYWORDS.length) return l.value < r.value;
  return li < ri;
}

function keywordOrder(value: string): number {
  const index = KEYWORDS.indexOf(value);
  return index < 0 ? KEYWORDS.length : index;
}

/** `.qualifier` < `-qualifier` < `-number` < `.number`. */
function separatorOrder(token: Token): number {
  const number = NUMBER.test(token.value);
  if (token.prefix === '-') return number ? 2 : 1;
  return number ? 3 : 0;
}
