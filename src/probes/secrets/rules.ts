// What the probe looks for: secretlint's recommended preset, plus pattern rules (run by
// @secretlint/secretlint-rule-pattern) for the families the preset does not cover.
//
// Every rule also declares keywords: case-insensitive regular expressions, one of which matches in every
// line a match of the rule touches. The scan only hands secretlint the lines (and their neighbours)
// where some keyword occurs, the way gitleaks uses keywords; see source.ts.
import { isPlaceholder, looksRandom } from './placeholder.js';

export interface RuleInfo {
  /** Rule id in findings and fingerprints (stable). */
  id: string;
  title: string;
  /**
   * Prefilter keywords: regular expression sources, matched case-insensitively, each starting with a
   * literal lowercase character (the prefilter groups them by it). A line holding any part of a match
   * of the rule contains one of them.
   */
  keywords: readonly string[];
  /** When two rules report overlapping text, the lower priority number wins. */
  priority: number;
  /** Whether the placeholder check applies (not to private key bodies, whose base64 has runs like AAAAAA). */
  placeholders: boolean;
}

export interface ExtraRule extends RuleInfo {
  /** Run by the pattern rule; an optional `secret` group narrows the reported text to the secret itself. */
  pattern: RegExp;
  /** Extra judgement on a match (format validity, randomness); false drops it. */
  accept?: (secret: string, groups: Record<string, string | undefined>) => boolean;
}

export const PRESET_ID_PREFIX = '@secretlint/secretlint-rule-';
export const EXTRA_ID_PREFIX = 'loki-verify/';

/** Any URL with a user-info part (`scheme://user:password@`). */
const URL_USERINFO = '://[^\\s/]*@';

const PRIORITY_SPECIFIC = 0;
const PRIORITY_STRUCTURAL = 1;
const PRIORITY_GENERIC = 2;

/** Titles and keywords of the preset's rules, by id without the `@secretlint/secretlint-rule-` prefix. */
export const PRESET_RULES: Record<string, Omit<RuleInfo, 'id'>> = {
  aws: {
    title: 'AWS credential',
    keywords: [...['a3t[a-z0-9]', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia'].map((p) => `${p}[a-z0-9]{16}`), 'secret_?access_?key'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  gcp: { title: 'GCP service account key', keywords: ['private_key'], priority: PRIORITY_SPECIFIC, placeholders: false },
  npm: { title: 'npm token', keywords: ['x-oauth-basic', '_authtoken=', 'npm_[a-z0-9_]{36}'], priority: PRIORITY_SPECIFIC, placeholders: true },
  slack: { title: 'Slack token or webhook', keywords: ['xox[a-z]-', 'xapp-', 'hooks\\.slack\\.com'], priority: PRIORITY_SPECIFIC, placeholders: true },
  basicauth: { title: 'Password in a URL', keywords: [URL_USERINFO], priority: PRIORITY_SPECIFIC, placeholders: true },
  openai: { title: 'OpenAI API key', keywords: ['t3blbkfj'], priority: PRIORITY_SPECIFIC, placeholders: true },
  anthropic: { title: 'Anthropic API key', keywords: ['sk-ant-'], priority: PRIORITY_SPECIFIC, placeholders: true },
  groq: { title: 'Groq API key', keywords: ['gsk_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  huggingface: { title: 'Hugging Face token', keywords: ['hf_[a-z]{34}'], priority: PRIORITY_SPECIFIC, placeholders: true },
  linear: { title: 'Linear API key', keywords: ['lin_api_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  notion: { title: 'Notion token', keywords: ['ntn_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  privatekey: { title: 'Private key', keywords: ['private key'], priority: PRIORITY_SPECIFIC, placeholders: false },
  sendgrid: { title: 'SendGrid API key', keywords: ['sg\\.'], priority: PRIORITY_SPECIFIC, placeholders: true },
  shopify: { title: 'Shopify token', keywords: ['shp(?:pa|ca|at|ss)_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  stripe: { title: 'Stripe secret key', keywords: ['sk_(?:live|test)_', 'rk_(?:live|test)_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  github: { title: 'GitHub token', keywords: ['gh[pousr]_', 'github_pat_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  gitlab: { title: 'GitLab personal access token', keywords: ['glpat-'], priority: PRIORITY_SPECIFIC, placeholders: true },
  grafana: { title: 'Grafana token', keywords: ['glc_', 'glsa_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  '1password': { title: '1Password service account token', keywords: ['ops_ey'], priority: PRIORITY_SPECIFIC, placeholders: true },
  'database-connection-string': {
    title: 'Database connection string with a password',
    keywords: ['mongodb', 'mysql', 'postgres'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  'hashicorp-vault': { title: 'HashiCorp Vault token', keywords: ['hv[sbr]\\.'], priority: PRIORITY_SPECIFIC, placeholders: true },
  vercel: { title: 'Vercel token', keywords: ['vc[pikar]_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  databricks: { title: 'Databricks token', keywords: ['dapi[0-9a-f]{32}'], priority: PRIORITY_SPECIFIC, placeholders: true },
  docker: { title: 'Docker access token', keywords: ['dckr_pat_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  figma: { title: 'Figma token', keywords: ['figd_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  cloudflare: { title: 'Cloudflare API token', keywords: ['cf(?:k|ut|at)_'], priority: PRIORITY_SPECIFIC, placeholders: true },
  tailscale: { title: 'Tailscale key', keywords: ['tskey-'], priority: PRIORITY_SPECIFIC, placeholders: true },
  // Reports nothing itself: turns `secretlint-disable*` comments into ignore ranges.
  'filter-comments': { title: 'secretlint-disable comments', keywords: ['secretlint-'], priority: PRIORITY_SPECIFIC, placeholders: true },
};

/** Credentials in the userinfo part of a URL: judged like the preset's database rule judges them. */
const COMMON_URL_PASSWORDS = new Set(['password', 'passwd', 'pass', 'secret', 'pwd', 'changeme', 'root', 'admin', 'user', 'username']);

function acceptUrlCredentials(secret: string, groups: Record<string, string | undefined>): boolean {
  return secret.length >= 4 && secret !== groups['user'] && !COMMON_URL_PASSWORDS.has(secret.toLowerCase()) && !isPlaceholder(secret);
}

/** Password hashes (bcrypt, argon2, crypt) are not the password. */
const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156])\$/;

function acceptGeneric(secret: string): boolean {
  return !PASSWORD_HASH.test(secret) && looksRandom(secret);
}

/** A JWT whose first segment decodes to a JSON header naming its algorithm. */
function acceptJwt(secret: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(secret.split('.')[0]!, 'base64url').toString('utf8')) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/** The body of a PEM/OpenSSH/PGP private key block: base64 after any armor headers, long enough to be a key. */
function acceptPrivateKeyBody(secret: string): boolean {
  const body = secret
    .replace(/\\[rn]/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*[A-Za-z][A-Za-z0-9-]*: /.test(line))
    .join('')
    .replace(/\s/g, '');
  return /^[A-Za-z0-9+/=]{64,}$/.test(body) && !/^(.)\1*=*$/.test(body);
}

export const EXTRA_RULES: readonly ExtraRule[] = [
  {
    id: 'google-api-key',
    title: 'Google API key',
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/u,
    keywords: ['aiza'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'pypi-token',
    title: 'PyPI API token',
    // The base64 prefix encodes the macaroon location: "pypi.org" or "test.pypi.org".
    pattern: /(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/u,
    keywords: ['pypi-ag'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'twilio-api-key',
    title: 'Twilio API key',
    pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/u,
    keywords: ['sk[0-9a-f]{32}'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    pattern:
      /twilio[A-Za-z0-9_.-]{0,30}(?:auth[_.-]?token|token|secret)["'`]?\s{0,5}(?:=>|:=|=|:)\s{0,5}["'`]?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/iu,
    keywords: ['twilio'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/u,
    keywords: ['sk-(?:proj|svcacct|admin)-'],
    priority: PRIORITY_STRUCTURAL,
    placeholders: true,
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-admin01-[A-Za-z0-9_-]{90,128}AA(?![A-Za-z0-9_-])/u,
    keywords: ['sk-ant-'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'gitlab-token',
    title: 'GitLab token',
    pattern: /(?<![A-Za-z0-9_-])gl(?:dt|rt|ptt|ft|soat|cbt|imt|agent)-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/u,
    keywords: ['gl(?:dt|rt|ptt|ft|soat|cbt|imt|agent)-'],
    priority: PRIORITY_SPECIFIC,
    placeholders: true,
  },
  {
    id: 'private-key',
    title: 'Private key',
    // Any PEM, OpenSSH or PGP private key block (EC, encrypted, PGP armor...) the preset's rule does not take.
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[^\0]{64,20000}?)-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----/u,
    keywords: ['private key'],
    priority: PRIORITY_STRUCTURAL,
    placeholders: false,
    accept: acceptPrivateKeyBody,
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    pattern: /(?<![A-Za-z0-9_-])ey[A-Za-z0-9_-]{17,}\.ey[A-Za-z0-9_-]{17,}\.(?:[A-Za-z0-9_-]{10,}={0,2})?(?![A-Za-z0-9_-])/u,
    keywords: ['ey[a-z0-9_-]{17,}\\.ey'],
    priority: PRIORITY_STRUCTURAL,
    placeholders: true,
    accept: acceptJwt,
  },
  {
    id: 'url-credentials',
    title: 'Password in a URL',
    pattern:
      /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/(?<user>[^\s:@/?#"'`<>{}[\]\\]{0,100}):(?<secret>[^\s@/?#"'`<>{}[\]\\]{1,200})@(?=[A-Za-z0-9[])/u,
    keywords: [URL_USERINFO],
    priority: PRIORITY_STRUCTURAL,
    placeholders: true,
    accept: acceptUrlCredentials,
  },
  {
    id: 'generic-secret',
    title: 'Secret assigned to a password/secret/key variable',
    pattern:
      /(?<![A-Za-z0-9])[A-Za-z0-9_.-]{0,40}(?:password|passwd|pwd|secret|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?token|access[_.-]?token|refresh[_.-]?token|client[_.-]?secret|private[_.-]?key|token|credentials?)[A-Za-z0-9_.-]{0,40}["'`]?\s{0,5}(?:=>|:=|=|:)\s{0,5}(?<q>["'`]?)(?<secret>[A-Za-z0-9_+/=.~!@#$%^&*|?-]{8,200})\k<q>(?=[\s"'`;,)}\]]|$)/imu,
    keywords: ['pass', 'pwd', 'secret', 'key', 'token', 'cred'].map((word) => word + '[a-z0-9_.-]*["\'`]?\\s*[:=]'),
    priority: PRIORITY_GENERIC,
    placeholders: true,
    accept: acceptGeneric,
  },
];

/** Finding-level facts about a secretlint rule id as reported in a message. */
export function ruleInfo(secretlintRuleId: string): RuleInfo & { extra?: ExtraRule } {
  if (secretlintRuleId.startsWith(EXTRA_ID_PREFIX)) {
    const extra = EXTRA_RULES.find((rule) => EXTRA_ID_PREFIX + rule.id === secretlintRuleId);
    if (extra) return { ...extra, extra };
  }
  const short = secretlintRuleId.startsWith(PRESET_ID_PREFIX) ? secretlintRuleId.slice(PRESET_ID_PREFIX.length) : secretlintRuleId;
  const preset = PRESET_RULES[short];
  // A rule added by a newer preset: reported under its own id, never dropped.
  return { id: short, ...(preset ?? { title: short, keywords: [], priority: PRIORITY_SPECIFIC, placeholders: true }) };
}
