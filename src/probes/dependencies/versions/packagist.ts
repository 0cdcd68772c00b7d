// Composer ordering. No maintained JavaScript port of composer/semver exists, so this follows its two steps
// faithfully: VersionParser::normalize (https://github.com/composer/semver/blob/main/src/VersionParser.php)
// turns `v1.2-beta.3` into `1.2.0.0-beta3`, then Comparator uses PHP's version_compare
// (https://github.com/php/php-src/blob/master/ext/standard/versioning.c) on the normalized strings.

const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSICAL = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATETIME = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');

const STABILITY: Record<string, string> = { a: 'alpha', b: 'beta', p: 'patch', pl: 'patch', rc: 'RC' };

/** Composer's normalized form (`1.2.0.0-beta3`), or undefined for branch names and unparsable text. */
export function normalizeComposerVersion(input: string): string | undefined {
  const version = input.trim().replace(/\+[^\s]+$/, ''); // build metadata is not part of the order
  let match = CLASSICAL.exec(version);
  let base: string;
  let index: number;
  if (match) {
    base = [match[1], match[2] || '.0', match[3] || '.0', match[4] || '.0'].join('');
    index = 5;
  } else {
    match = DATETIME.exec(version);
    if (!match?.[1]) return undefined;
    base = match[1].replace(/\D/g, '.');
    index = 2;
  }
  const stability = match[index];
  if (stability) {
    const lower = stability.toLowerCase();
    if (lower === 'stable') return base;
    base += `-${STABILITY[lower] ?? lower}${(match[index + 1] ?? '').replace(/^[.-]+/, '')}`;
  }
  if (match[index + 2]) base += '-dev';
  return base;
}

export function comparePackagist(a: string, b: string): number | undefined {
  const left = normalizeComposerVersion(a);
  const right = normalizeComposerVersion(b);
  return left !== undefined && right !== undefined ? phpVersionCompare(left, right) : undefined;
}

/** PHP's version_compare. */
export function phpVersionCompare(a: string, b: string): number {
  return compareParts(canonicalize(a), canonicalize(b));
}

/** php_canonicalize_version: `-_+` become dots, and a dot separates runs of digits from runs of other text. */
function canonicalize(version: string): string[] {
  let out = version.charAt(0);
  for (let i = 1; i < version.length; i += 1) {
    const previous = version.charAt(i - 1);
    const char = version.charAt(i);
    const needsDot = !out.endsWith('.');
    if ('-_+'.includes(char)) {
      if (needsDot) out += '.';
    } else if ((isNonDigit(previous) && isDigit(char)) || (isDigit(previous) && isNonDigit(char))) {
      if (needsDot) out += '.';
      out += char;
    } else if (!/[A-Za-z0-9]/.test(char)) {
      if (needsDot) out += '.';
    } else {
      out += char;
    }
  }
  return out.split('.').filter((part) => part !== '');
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function isNonDigit(char: string): boolean {
  return !isDigit(char) && char !== '.';
}

const NUMBER_FORM = '#N#';

function compareParts(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    const left = a[i] as string;
    const right = b[i] as string;
    const leftDigit = isDigit(left.charAt(0));
    const rightDigit = isDigit(right.charAt(0));
    let order: number;
    if (leftDigit && rightDigit) order = Math.sign(Number.parseInt(left, 10) - Number.parseInt(right, 10));
    else if (!leftDigit && !rightDigit) order = compareSpecialForms(left, right);
    else order = leftDigit ? compareSpecialForms(NUMBER_FORM, right) : compareSpecialForms(left, NUMBER_FORM);
    if (order !== 0) return order;
  }
  // A longer version is newer when it goes on with a number, older when it goes on with alpha/beta/RC/dev.
  if (a.length > shared) return isDigit((a[shared] as string).charAt(0)) ? 1 : compareParts(a.slice(shared), [NUMBER_FORM]);
  if (b.length > shared) return isDigit((b[shared] as string).charAt(0)) ? -1 : compareParts([NUMBER_FORM], b.slice(shared));
  return 0;
}

// compare_special_version_forms: a form matches the first special name it starts with; unknown text ranks lowest.
const SPECIAL_FORMS: ReadonlyArray<[string, number]> = [
  ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];

function compareSpecialForms(a: string, b: string): number {
  const rank = (form: string): number => SPECIAL_FORMS.find(([name]) => form.startsWith(name))?.[1] ?? -1;
  return Math.sign(rank(a) - rank(b));
}
