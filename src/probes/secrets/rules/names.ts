// Pure: what a variable, key or attribute name says about its value.

/** A name that says its value is a credential (matched case-insensitively anywhere in the name). */
export const CREDENTIAL_WORD =
  'passw(?:or)?d|passphrase|pass(?![a-z])|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|auth|credential|creds?(?![a-z])|[a-z0-9][_.-]?key(?![a-z])';
/** Name parts that make a credential-looking name about something else (`token_type`, `public_key`). */
const NOT_SECRET_PARTS = new Set([
  'public', 'publishable', 'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'idempotency', 'storage', 'translation',
  'i18n', 'route', 'hot', 'lookup', 'next', 'page', 'continuation', 'pagination', 'cursor', 'csrf', 'xsrf', 'nonce', 'dedupe',
  'dedup', 'row', 'map', 'dict', 'unique', 'composite', 'keyboard', 'shortcut', 'monkey', 'turkey', 'hockey', 'jockey',
  'whiskey', 'bypass', 'compass', 'passport', 'tokenizer', 'tokens', 'keys', 'passwords', 'secrets', 'tokenize', 'sitekey',
]);
const NOT_SECRET_LAST = new Set([
  'release', 'commit', 'revision', 'project', 'org', 'organization', 'dsn', 'environment', 'region', 'site', 'user', 'username',
  'email', 'account', 'team', 'workspace', 'channel', 'domain', 'zone', 'bucket', 'subdomain', 'instance', 'cluster',
  'id', 'ids', 'name', 'names', 'type', 'types', 'kind', 'file', 'filename', 'files', 'path', 'paths', 'dir', 'url', 'uri', 'endpoint',
  'host', 'length', 'len', 'size', 'count', 'field', 'fields', 'label', 'prefix', 'suffix', 'format', 'policy', 'version', 'hash',
  'hashed', 'checksum', 'digest', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'pattern', 'regex', 'header', 'param', 'env', 'var',
  'ref', 'arn', 'expires', 'expiry', 'expiration', 'ttl', 'enabled', 'required', 'hint', 'mode', 'placeholder', 'description',
  'index', 'location', 'provider', 'strategy', 'mask', 'min', 'max', 'rotation', 'timeout', 'class', 'column', 'table', 'algorithm',
  'alg', 'usage', 'scope', 'scopes', 'issuer', 'audience', 'store', 'vault', 'manager', 'service', 'set', 'error', 'message',
  'input', 'button', 'form', 'validator', 'regexp', 'source', 'reference', 'config', 'settings', 'option', 'options', 'keyid',
  'pair', 'template', 'handler', 'helper', 'util', 'utils', 'test', 'spec', 'mock',
]);

/** A name part that is a credential word or ends with one (`dbpassword`, `apitoken`; not `secretlint`, `author`). */
const CREDENTIAL_PART = /(?:passw(?:or)?d|passphrase|pass|pwd|secret|token|key|auth|credentials?|creds?)$/;

function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a name is about something other than a secret: `token_type`, `public_key`, `heroku_app_id`. */
export function namesSomethingElse(name: string): boolean {
  const parts = nameParts(name);
  return parts.length === 0 || parts.some((part) => NOT_SECRET_PARTS.has(part)) || NOT_SECRET_LAST.has(parts[parts.length - 1]!);
}

/** Whether a name says its value is a secret, and nothing says otherwise. */
export function isCredentialName(name: string): boolean {
  return nameParts(name).some((part) => CREDENTIAL_PART.test(part)) && !namesSomethingElse(name);
}
