// Fake but format-valid credentials, one per token family, built at run time so that this repository's
// own sources hold no literal that looks like a live token. The random parts come from a seeded
// generator: the same samples every run.
import { generateKeyPairSync } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const B64URL = ALNUM + '-_';
const B64 = ALNUM + '+/';

/** Deterministic pseudo-random text (xorshift32), never containing placeholder words. */
export function filler(seed: number, length: number, alphabet = ALNUM): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  while (out.length < length) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface Sample {
  /** Token family, as named in the issue. */
  family: string;
  /** Rule id the probe reports it under. */
  rule: string;
  file: string;
  /** The file content line that holds it. */
  line: string;
  /** The secret text that must never appear in the probe's output. */
  secret: string;
}

function pem(label: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

/** Key pairs are generated once per process; they are throw-away keys that protect nothing. */
let keys: { pkcs8: string; ec: string } | undefined;
function generatedKeys(): { pkcs8: string; ec: string } {
  keys ??= {
    pkcs8: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim(),
    ec: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString().trim(),
  };
  return keys;
}

/** Every family the issue lists, each with the rule that must report it. */
export function samples(): Sample[] {
  const password = `Qz7${filler(1, 13)}`;
  const ghBody = (seed: number): string => filler(seed, 36);
  const { pkcs8, ec } = generatedKeys();
  const openssh = pem('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB' + filler(40, 340, B64));
  const pgpBody = 'lQOYBGV' + filler(41, 600, B64);
  const pgp = ['-----BEGIN PGP PRIVATE KEY BLOCK-----', 'Version: Loki Test', '', ...(pgpBody.match(/.{1,64}/g) ?? []), '=' + filler(42, 4, B64), '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
  const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'loki-verify-test', iat: 1767225600 })}.${filler(43, 43, B64URL)}`;
  const pypi = 'pypi-' + 'AgEIcHlwaS5vcmc' + filler(44, 70, B64URL);
  const list: Array<Omit<Sample, 'line'> & { line?: string }> = [
    { family: 'AWS access key id', rule: 'aws-access-token', file: 'deploy/aws.ini', secret: 'AKIA' + filler(2, 16, UPPER_NUM) },
    { family: 'AWS secret access key', rule: 'aws-secret-access-key', file: 'deploy/aws.env', secret: filler(3, 40, B64) },
    { family: 'GitHub classic token (ghp_)', rule: 'github-pat', file: 'src/gh.ts', secret: 'gh' + 'p_' + ghBody(4) },
    { family: 'GitHub fine-grained token (github_pat_)', rule: 'github-fine-grained-pat', file: 'src/gh.ts', secret: 'github' + '_pat_' + filler(5, 82, ALNUM + '_') },
    { family: 'GitHub app token (ghs_)', rule: 'github-app-token', file: 'src/app.ts', secret: 'gh' + 's_' + ghBody(6) },
    { family: 'GitHub app user token (ghu_)', rule: 'github-app-token', file: 'src/app.ts', secret: 'gh' + 'u_' + ghBody(7) },
    { family: 'GitHub OAuth token (gho_)', rule: 'github-oauth', file: 'src/oauth.ts', secret: 'gh' + 'o_' + ghBody(8) },
    { family: 'GitHub refresh token (ghr_)', rule: 'github-refresh-token', file: 'src/oauth.ts', secret: 'gh' + 'r_' + ghBody(9) },
    { family: 'GitLab personal access token', rule: 'gitlab-pat', file: 'ci/gitlab.yml', secret: 'glpat' + '-' + filler(10, 20) },
    { family: 'Slack bot token', rule: 'slack-bot-token', file: 'bot/slack.js', secret: 'xox' + 'b-' + filler(11, 11, DIGITS) + '-' + filler(12, 13, DIGITS) + '-' + filler(13, 24) },
    { family: 'Slack user token', rule: 'slack-user-token', file: 'bot/slack.js', secret: 'xox' + 'p-' + filler(14, 11, DIGITS) + '-' + filler(15, 12, DIGITS) + '-' + filler(16, 13, DIGITS) + '-' + filler(17, 32, HEX) },
    {
      family: 'Slack webhook',
      rule: 'slack-webhook-url',
      file: 'bot/notify.py',
      secret: 'https://hooks.slack' + '.com/services/T' + filler(18, 8, UPPER_NUM) + '/B' + filler(19, 8, UPPER_NUM) + '/' + filler(20, 24),
    },
    { family: 'Stripe live secret key', rule: 'stripe-access-token', file: 'billing/stripe.rb', secret: 'sk' + '_live_' + filler(21, 48) },
    { family: 'Stripe live restricted key', rule: 'stripe-access-token', file: 'billing/stripe.rb', secret: 'rk' + '_live_' + filler(22, 48) },
    { family: 'Google API key', rule: 'gcp-api-key', file: 'web/maps.html', secret: 'AI' + 'za' + filler(23, 35, B64URL) },
    {
      family: 'OpenAI project key',
      rule: 'openai-api-key',
      file: 'ai/openai.py',
      secret: 'sk-' + 'proj-' + filler(24, 74, B64URL) + 'T3Blbk' + 'FJ' + filler(25, 74, B64URL),
    },
    { family: 'OpenAI legacy key', rule: 'openai-api-key', file: 'ai/openai.py', secret: 'sk-' + filler(26, 20) + 'T3Blbk' + 'FJ' + filler(27, 20) },
    { family: 'Anthropic API key', rule: 'anthropic-api-key', file: 'ai/claude.ts', secret: 'sk-ant-' + 'api03-' + filler(28, 93, B64URL) + 'AA' },
    { family: 'npm token', rule: 'npm-access-token', file: 'scripts/publish.sh', secret: 'npm' + '_' + filler(29, 36) },
    { family: 'PyPI token', rule: 'pypi-upload-token', file: '.pypirc', secret: pypi },
    { family: 'SendGrid API key', rule: 'sendgrid-api-token', file: 'mail/send.go', secret: 'SG' + '.' + filler(30, 22, B64URL) + '.' + filler(31, 43, B64URL) },
    { family: 'Twilio API key', rule: 'twilio-api-key', file: 'sms/twilio.php', secret: 'S' + 'K' + filler(32, 32, HEX) },
    { family: 'Twilio auth token', rule: 'twilio-auth-token', file: 'sms/.env', secret: filler(33, 32, HEX), line: `TWILIO_AUTH_TOKEN=${filler(33, 32, HEX)}` },
    { family: 'RSA private key (PKCS#8 PEM)', rule: 'private-key', file: 'keys/server.pem', secret: pkcs8.split('\n')[1]!, line: pkcs8 },
    { family: 'EC private key (SEC1 PEM)', rule: 'private-key', file: 'keys/ec.pem', secret: ec.split('\n')[1]!, line: ec },
    { family: 'OpenSSH private key', rule: 'private-key', file: 'keys/deploy.key', secret: openssh.split('\n')[2]!, line: openssh },
    { family: 'PGP private key', rule: 'private-key', file: 'keys/signing.asc', secret: pgp.split('\n')[4]!, line: pgp },
    { family: 'JWT', rule: 'jwt', file: 'api/client.ts', secret: jwt, line: `headers.Authorization = \`Bearer ${jwt}\`;` },
    { family: 'Basic-auth URL', rule: 'url-credentials', file: 'ci/clone.sh', secret: password, line: `git clone https://deploy:${password}@git.internal.corp/app.git` },
    { family: 'PostgreSQL URL', rule: 'url-credentials', file: 'config/db.yml', secret: password, line: `url: postgres://app:${password}@db.internal:5432/app` },
    { family: 'MongoDB URL', rule: 'url-credentials', file: 'config/mongo.js', secret: password, line: `const uri = "mongodb+srv://svc:${password}@cluster0.mongo.internal/app";` },
    { family: 'Redis URL', rule: 'url-credentials', file: 'config/cache.env', secret: password, line: `REDIS_URL=redis://:${password}@cache.internal:6379/0` },
    { family: 'Generic password assignment', rule: 'generic-api-key', file: 'settings.py', secret: password, line: `DB_PASSWORD = "${password}"` },
    { family: 'Generic secret assignment', rule: 'generic-api-key', file: 'config/app.yml', secret: `s3${filler(34, 22)}`, line: `client_secret: s3${filler(34, 22)}` },
    { family: 'Generic api_key assignment', rule: 'generic-api-key', file: 'lib/api.rb', secret: filler(35, 32, HEX), line: `api_key = '${filler(35, 32, HEX)}'` },
  ];
  return list.map((sample) => ({ ...sample, line: sample.line ?? defaultLine(sample) }));
}

function defaultLine(sample: Omit<Sample, 'line'>): string {
  if (sample.family === 'AWS secret access key') return `aws_secret_access_key = ${sample.secret}`;
  if (sample.family === 'AWS access key id') return `aws_access_key_id = ${sample.secret}`;
  return `value: "${sample.secret}"`;
}

/** Values that look like credentials but are documentation: none of them is a finding. */
export function placeholders(): string[] {
  return [
    `token = "${'gh' + 'p_' + 'x'.repeat(36)}"`,
    `aws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}`,
    'password = "changeme"',
    'DB_PASSWORD=changeme123',
    'api_key: "<your-key>"',
    'secret = "${SECRET_VALUE}"',
    'client_secret: "{{ client_secret }}"',
    'password: process.env.DB_PASSWORD',
    'url: postgres://user:password@localhost:5432/app',
    'token: "example-token-1234567"',
    `STRIPE_KEY=${'sk' + '_live_' + 'EXAMPLE' + '0'.repeat(24)}`,
    `webhook: https://hooks.slack${'.com'}/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`,
    ['-----BEGIN RSA PRIVATE KEY-----', '...', '-----END RSA PRIVATE KEY-----'].join('\n'),
    'password: "********"',
    'api_key = "your_api_key_here"',
    'password_hash: "$2b$12$' + filler(36, 53, ALNUM + './') + '"',
  ];
}
