// Credentials recognised by their surroundings rather than a token format: private key blocks, JWTs
// in a credential context, passwords in URLs, HTTP auth headers, curl -u, Kubernetes Secret data,
// NuGet cleartext passwords, and the files that hold credentials by their nature.
import { isPlaceholder, looksRandom } from '../placeholder.js';
import { patterned, PRIORITY_STRUCTURAL, type RawMatch, type Rule } from './rule.js';

/** The body of a PEM/OpenSSH/PGP private key block: base64 after any armor headers, long enough to be a key. */
function acceptPrivateKeyBody(secret: string): boolean {
  const body = secret
    .replace(/\\r|\\n/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*[A-Za-z][A-Za-z0-9-]*: /.test(line))
    .join('')
    .replace(/[\s"'+,\\]/g, '');
  return /^[A-Za-z0-9+/=]{64,}$/.test(body) && !/^(.)\1*=*$/.test(body);
}

/** Words on a JWT's line that make it a credential rather than an example payload. */
const JWT_CONTEXT = /token|jwt|bearer|auth|secret|session|cookie|key|passw|credential|access|refresh|assertion/i;

/** A JWT: its header decodes to JSON naming a signing algorithm (unsigned `none` tokens prove nothing). */
function acceptJwt(secret: string, text: string, match: RawMatch): boolean {
  try {
    const header = JSON.parse(Buffer.from(secret.split('.')[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    if (typeof header !== 'object' || header === null || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false;
  } catch {
    return false;
  }
  return JWT_CONTEXT.test(lineAround(text, match.start, match.end).replace(secret, ''));
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

/** Passwords that only say "a password goes here". */
const COMMON_URL_PASSWORDS = new Set(['password', 'passwd', 'pass', 'secret', 'pwd', 'changeme', 'root', 'admin', 'user', 'username', 'guest', 'test', 'postgres', 'mysql']);

function acceptUrlPassword(secret: string, match: RawMatch, user: string | undefined): boolean {
  return secret.length >= 3 && secret !== user && !COMMON_URL_PASSWORDS.has(secret.toLowerCase()) && !isPlaceholder(secret) && match.end > match.start;
}

/** `Authorization: Basic <base64 of user:password>`: the decoded password must be a real one. */
function acceptBasicAuth(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1 || /[^\x20-\x7e]/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 4 && !COMMON_URL_PASSWORDS.has(password.toLowerCase()) && !isPlaceholder(password);
}

/** Tried (sticky) at the scheme before each `://`, not at every position of the text. */
const URL_USERINFO =
  /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/(?<user>[^\s:@/?#"'`<>{}[\]\\]{0,100}):(?<secret>[^\s@/?#"'`<>{}[\]\\]{1,200})@(?=[A-Za-z0-9[])/dy;

function* urlPasswords(text: string): Generator<RawMatch> {
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && at - start <= 30 && /[A-Za-z0-9+.-]/.test(text[start - 1]!)) start--;
    URL_USERINFO.lastIndex = start;
    const m = URL_USERINFO.exec(text);
    if (!m) continue;
    const secret = m.groups!['secret']!;
    const match = { start: m.index, end: m.index + m[0].length, secret, secretStart: m.indices!.groups!['secret']![0] };
    if (acceptUrlPassword(secret, match, m.groups!['user'])) yield match;
  }
}

/** Kubernetes `kind: Secret` manifests: every value under `data:` (base64) and `stringData:`. */
function* kubernetesSecretData(text: string): Generator<RawMatch> {
  const docs = text.split(/^---[ \t]*$/m);
  let offset = 0;
  for (const doc of docs) {
    if (/^kind:[ \t]*["']?Secret["']?[ \t]*$/m.test(doc)) yield* secretValues(doc, offset);
    offset += doc.length + 3;
  }
}

function* secretValues(doc: string, offset: number): Generator<RawMatch> {
  const section = /^(data|stringData):[ \t]*\n((?:[ \t]+.*(?:\n|$)|[ \t]*\n)+)/gm;
  for (let s = section.exec(doc); s; s = section.exec(doc)) {
    const encoded = s[1] === 'data';
    const bodyStart = s.index + s[0].length - s[2]!.length;
    const entry = /^([ \t]+)([\w.-]+):[ \t]*["']?([^\s"'#]+)["']?[ \t]*$/gm;
    for (let e = entry.exec(s[2]!); e; e = entry.exec(s[2]!)) {
      const value = e[3]!;
      const plain = encoded ? Buffer.from(value, 'base64').toString('utf8') : value;
      if (plain.length < 4 || isPlaceholder(plain) || (encoded && !/^[A-Za-z0-9+/]+=*$/.test(value))) continue;
      const start = offset + bodyStart + e.index;
      const secretStart = start + e[0].indexOf(value, e[1]!.length + e[2]!.length + 1);
      yield { start, end: start + e[0].length, secret: value, secretStart };
    }
  }
}

const STRUCTURAL = { priority: PRIORITY_STRUCTURAL };

export const STRUCTURAL_RULES: readonly Rule[] = [
  patterned(
    'private-key',
    'Private key',
    // PEM (PKCS#1, PKCS#8, SEC1, encrypted), OpenSSH, SSH2 and PGP blocks, also with escaped newlines in JSON.
    /-{4,5} ?BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}(?<secret>[^\0]{64,40000}?)-{4,5} ?END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}/dg,
    ['private key'],
    { ...STRUCTURAL, placeholders: false, accept: acceptPrivateKeyBody },
  ),
  patterned(
    'putty-private-key',
    'PuTTY private key',
    /PuTTY-User-Key-File-[23]: [^\n]*\n(?:[^\n]*\n){0,6}?Private-Lines: \d+\n(?<secret>(?:[A-Za-z0-9+/=]+\n?){1,100})/dg,
    ['putty-user-key-file'],
    { ...STRUCTURAL, placeholders: false, accept: (s) => s.replace(/\s/g, '').length >= 40 },
  ),
  patterned('jwt', 'JSON Web Token', /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}={0,2})(?![A-Za-z0-9_-])/dg, ['eyj'], {
    ...STRUCTURAL,
    accept: acceptJwt,
  }),
  {
    id: 'url-credentials',
    title: 'Password in a URL',
    keywords: ['://'],
    find: urlPasswords,
    placeholders: true,
    priority: PRIORITY_STRUCTURAL,
  },
  patterned('http-basic-auth', 'HTTP basic auth credentials', /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/dg, ['basic '], {
    ...STRUCTURAL,
    accept: acceptBasicAuth,
  }),
  patterned('curl-auth-header', 'Bearer token in an Authorization header', /\b(?:Bearer|Token)[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,500})(?![A-Za-z0-9._~+/=-])/dg, ['bearer ', 'token '], {
    ...STRUCTURAL,
    accept: (secret, text, match) => looksRandom(secret) && /authorization|bearer|-H\b|header/i.test(lineAround(text, match.start, match.end)),
  }),
  patterned(
    'curl-auth-user',
    'Password given to curl -u / --user',
    /\bcurl\b[^\n]*?\s(?:-u|--user)[ \t]*["']?(?<user>[^\s:"']{1,100}):(?<secret>[^\s"']{3,200})["']?/dg,
    ['curl'],
    { ...STRUCTURAL, accept: (secret) => !COMMON_URL_PASSWORDS.has(secret.toLowerCase()) && !/^\$/.test(secret) },
  ),
  { id: 'kubernetes-secret-yaml', title: 'Kubernetes Secret data', keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"], find: kubernetesSecretData, placeholders: true, priority: PRIORITY_STRUCTURAL },
  patterned('nuget-config-password', 'NuGet cleartext password', /<add\s+key\s*=\s*["']ClearTextPassword["']\s+value\s*=\s*["'](?<secret>[^"'\n]{4,500})["']/dgi, ['cleartextpassword'], STRUCTURAL),

  // Files that hold credentials by their nature: the auth entries of client configuration files...
  patterned('npmrc-auth', 'npm registry credentials in .npmrc', /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*["']?(?<secret>[^\s"'$][^\s"']{5,})/dgm, ['_auth', '_password'], {
    ...STRUCTURAL,
    path: /(?:^|\/)\.?npmrc$/,
  }),
  patterned('pypirc-password', 'PyPI credentials in .pypirc', /^\s*password\s*[:=]\s*(?<secret>\S{4,})/dgm, ['password'], { ...STRUCTURAL, path: /(?:^|\/)\.pypirc$/ }),
  patterned('netrc-password', 'Password in .netrc', /\bpassword\s+(?<secret>\S{3,})/dg, ['password'], { ...STRUCTURAL, path: /(?:^|\/)[._]netrc$/ }),
  patterned('docker-config-auth', 'Registry credentials in a Docker config', /"(?:auth|identitytoken|password)"\s*:\s*"(?<secret>[^"\s]{8,})"/dg, ['"auth"', '"identitytoken"', '"password"'], {
    ...STRUCTURAL,
    path: /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg)$/,
  }),
  patterned('htpasswd-hash', 'Password hash in .htpasswd', /^[^\s:#]+:(?<secret>(?:\$apr1\$|\$2[abxy]\$|\{SHA\}|\$[156]\$)\S{8,})/dgm, ['$apr1$', '$2', '{sha}', '$1$', '$5$', '$6$'], {
    ...STRUCTURAL,
    path: /(?:^|\/)\.htpasswd$/,
  }),
  // ...and key stores and key files, reported by their name whatever their content (often binary).
  {
    id: 'credential-file',
    title: 'Key store or private key file',
    keywords: [],
    path: /(?:^|\/)(?:[^/]+\.(?:p12|pfx|pkcs12|jks|keystore|bks|jceks|ppk|kdbx|keychain|keychain-db|gpg-key|asc-secret)|id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|\.git-credentials|credentials\.json|client_secrets?(?:_[^/]*)?\.json)$/i,
    placeholders: false,
    priority: PRIORITY_STRUCTURAL,
  },
];
