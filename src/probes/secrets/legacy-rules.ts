// Pure: the rule ids findings had when the probe ran secretlint's rules. A fingerprint includes the rule
// id, so an allowance written then names the old id; it still allows the same secret in the same file.

const LEGACY_BY_PREFIX: ReadonlyArray<[prefix: string, legacy: readonly string[]]> = [
  ['aws-', ['aws']],
  ['github-', ['github']],
  ['gitlab-pat', ['gitlab']],
  ['gitlab-', ['gitlab-token']],
  ['slack-', ['slack']],
  ['stripe-access-token', ['stripe']],
  ['gcp-api-key', ['google-api-key']],
  ['openai-api-key-v2', ['openai-api-key']],
  ['openai-api-key', ['openai']],
  ['anthropic-admin-api-key', ['anthropic-admin-key']],
  ['anthropic-api-key', ['anthropic']],
  ['npm-access-token', ['npm']],
  ['npmrc-auth', ['npm']],
  ['pypi-upload-token', ['pypi-token']],
  ['sendgrid-api-token', ['sendgrid']],
  ['private-key', ['privatekey']],
  ['url-credentials', ['basicauth', 'database-connection-string']],
  ['generic-api-key', ['generic-secret']],
  ['huggingface-', ['huggingface']],
  ['groq-api-key', ['groq']],
  ['linear-api-key', ['linear']],
  ['notion-api-token', ['notion']],
  ['shopify-', ['shopify']],
  ['grafana-', ['grafana']],
  ['1password-', ['1password']],
  ['vault-', ['hashicorp-vault']],
  ['vercel-token', ['vercel']],
  ['databricks-api-token', ['databricks']],
  ['dockerhub-pat', ['docker']],
  ['figma-pat', ['figma']],
  ['cloudflare-', ['cloudflare']],
  ['tailscale-key', ['tailscale']],
];

/** Rule ids the same finding had under the secretlint-based probe (none for families it did not know). */
export function legacyRuleIds(rule: string): readonly string[] {
  return LEGACY_BY_PREFIX.find(([prefix]) => rule.startsWith(prefix))?.[1] ?? [];
}
