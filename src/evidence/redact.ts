// Removes secrets from any text before it is written: known token formats, private keys, credentials
// in URLs, values of credential environment variables, and the user's home directory.

const MASK = '[REDACTED]';

/** Token formats with a recognisable prefix; the first four characters are kept so a reader knows the kind. */
const TOKEN_PATTERNS: RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g,
  /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bpypi-[A-Za-z0-9_-]{50,}\b/g,
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g,
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g,
  /\bSK[0-9a-fA-F]{32}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
];

const PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$)/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]*):([^\s@/]+)@/gi;

export type Redactor = (text: string) => string;

export interface RedactorOptions {
  /** Exact strings to remove (values of credential environment variables). */
  secrets?: readonly string[];
  /** Secrets found while the run goes on (by the secrets probe): read at each call, so later additions count. */
  found?: ReadonlySet<string>;
  /** Home directory, shown as `~`. */
  home?: string;
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const fixed = options.secrets ?? [];
  const found = options.found ?? new Set<string>();
  // Longest first, so a secret containing another is removed whole; recomputed when a secret is found.
  const sorted = (): string[] => [...new Set([...fixed, ...found])].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  let literals = sorted();
  let foundCount = found.size;
  const home = options.home && options.home.length > 1 ? options.home : undefined;
  return (text) => {
    if (found.size !== foundCount) {
      literals = sorted();
      foundCount = found.size;
    }
    let out = text;
    for (const literal of literals) if (out.includes(literal)) out = out.split(literal).join(MASK);
    out = out.replace(PRIVATE_KEY, (_m, kind: string) => `-----BEGIN ${kind}----- ${MASK}`);
    out = out.replace(URL_CREDENTIALS, (_m, scheme: string, user: string) => `${scheme}${user}:${MASK}@`);
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, (m) => `${m.slice(0, 4)}${MASK}`);
    if (home) out = out.split(home).join('~');
    return out;
  };
}

/** Applies `redact` to every string in a JSON-like value (keys included), returning a new value. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k)] = redactDeep(v, redact);
    return out as T;
  }
  return value;
}
