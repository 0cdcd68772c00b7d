// A corpus of true and near-miss samples, generated from each provider's documented token format with
// fake random bodies (seeded: the same corpus every run), placed in the syntaxes real repositories use.
// Built at run time, so this repository's sources hold no literal that looks like a live token.
import { filler } from './samples.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

export interface CorpusSample {
  /** Rule id that must report it (true samples), or what it imitates (false samples). */
  rule: string;
  file: string;
  text: string;
  /** The secret text that must never appear in output (true samples). */
  secret: string;
}

let seed = 1000;
const r = (length: number, alphabet = ALNUM): string => filler(seed++, length, alphabet);
const uuid = (): string => `${r(8, HEX)}-${r(4, HEX)}-4${r(3, HEX)}-a${r(3, HEX)}-${r(12, HEX)}`;
const j = (...parts: string[]): string => parts.join('');

/** A token with a provider prefix, placed as a plain value. Prefixes are split so no literal token is in the source. */
type Token = [rule: string, make: () => string, line?: (token: string) => string];

const TOKENS: Token[] = [
  ['aws-access-token', () => j('AK', 'IA', r(16, UPPER_NUM))],
  ['aws-access-token', () => j('AS', 'IA', r(16, UPPER_NUM))],
  ['aws-access-token', () => j('AR', 'OA', r(16, UPPER_NUM))],
  ['aws-secret-access-key', () => r(40, B64), (t) => `aws_secret_access_key = ${t}`],
  ['aws-secret-access-key', () => r(40, B64), (t) => `  SecretAccessKey: "${t}"`],
  ['aws-bedrock-api-key-long-lived', () => j('ABSK', 'QmVkcm9ja0FQSUtleS', r(110, B64))],
  ['azure-ad-client-secret', () => j(r(3), '8', 'Q~', r(34, ALNUM + '_.-'))],
  ['azure-storage-account-key', () => r(86, B64) + '==', (t) => `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${t};EndpointSuffix=core.windows.net`],
  ['gcp-api-key', () => j('AI', 'za', r(35, B64URL))],
  ['gcp-oauth-client-secret', () => j('GOC', 'SPX-', r(28, B64URL))],
  ['alibaba-access-key-id', () => j('LT', 'AI', r(20))],
  ['alibaba-secret-key', () => r(30), (t) => `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${t}`],
  ['digitalocean-pat', () => j('dop', '_v1_', r(64, HEX))],
  ['digitalocean-access-token', () => j('doo', '_v1_', r(64, HEX))],
  ['heroku-api-key', () => uuid(), (t) => `HEROKU_API_KEY=${t}`],
  ['heroku-api-key-v2', () => j('HRKU', '-AA', r(58, B64URL))],
  ['cloudflare-api-key', () => r(40, B64URL), (t) => `CLOUDFLARE_API_TOKEN: "${t}"`],
  ['cloudflare-global-api-key', () => r(37, HEX), (t) => `cloudflare_global_api_key = "${t}"`],
  ['cloudflare-origin-ca-key', () => j('v1', '.0-', r(24, HEX), '-', r(146, HEX))],
  ['fastly-api-token', () => r(32, B64URL), (t) => `FASTLY_API_TOKEN=${t}`],
  ['netlify-access-token', () => j('nf', 'p_', r(36))],
  ['vercel-token', () => j('vc', 'p_', r(56))],
  ['flyio-access-token', () => j('fo', '1_', r(43, B64URL))],
  ['github-pat', () => j('gh', 'p_', r(36))],
  ['github-fine-grained-pat', () => j('github', '_pat_', r(22), '_', r(59))],
  ['github-oauth', () => j('gh', 'o_', r(36))],
  ['github-app-token', () => j('gh', 's_', r(36))],
  ['github-app-token', () => j('gh', 'u_', r(36))],
  ['github-refresh-token', () => j('gh', 'r_', r(76))],
  ['gitlab-pat', () => j('gl', 'pat-', r(20, B64URL))],
  ['gitlab-deploy-token', () => j('gl', 'dt-', r(20, B64URL))],
  ['gitlab-runner-authentication-token', () => j('gl', 'rt-', r(20, B64URL))],
  ['gitlab-ptt', () => j('gl', 'ptt-', r(40, HEX))],
  ['gitlab-rrt', () => j('GR134', '8941', r(20, B64URL))],
  ['gitlab-feed-token', () => j('gl', 'ft-', r(20, B64URL))],
  ['gitlab-cicd-job-token', () => j('gl', 'cbt-', '64_', r(20, B64URL))],
  ['bitbucket-app-password', () => j('AT', 'BB', r(32))],
  ['atlassian-api-token', () => j('ATA', 'TT3', r(183, B64URL + '='))],
  ['circleci-pat', () => j('CCI', 'PAT_', r(22), '_', r(40, HEX))],
  ['travisci-access-token', () => r(22), (t) => `TRAVIS_API_TOKEN=${t}`],
  ['buildkite-api-token', () => j('bk', 'ua_', r(40, HEX))],
  ['slack-bot-token', () => j('xo', 'xb-', r(12, DIGITS), '-', r(13, DIGITS), '-', r(24))],
  ['slack-user-token', () => j('xo', 'xp-', r(12, DIGITS), '-', r(12, DIGITS), '-', r(13, DIGITS), '-', r(32, HEX))],
  ['slack-app-token', () => j('xa', 'pp-1-', r(11, UPPER_NUM), '-', r(13, DIGITS), '-', r(64, HEX))],
  ['slack-webhook-url', () => j('https://hooks.sl', 'ack.com/services/T', r(9, UPPER_NUM), '/B', r(9, UPPER_NUM), '/', r(24))],
  ['slack-webhook-url', () => j('https://hooks.sl', 'ack.com/workflows/T', r(9, UPPER_NUM), '/A', r(9, UPPER_NUM), '/', r(18, DIGITS), '/', r(32))],
  ['discord-webhook-url', () => j('https://discord', '.com/api/webhooks/', r(18, DIGITS), '/', r(68, B64URL))],
  ['discord-api-token', () => j('MT', r(24), '.', r(6, B64URL), '.', r(38, B64URL)), (t) => `DISCORD_BOT_TOKEN="${t}"`],
  ['telegram-bot-api-token', () => j(r(10, DIGITS), ':A', 'A', r(33, B64URL))],
  ['twilio-api-key', () => j('S', 'K', r(32, HEX))],
  ['twilio-auth-token', () => r(32, HEX), (t) => `TWILIO_AUTH_TOKEN=${t}`],
  ['sendgrid-api-token', () => j('S', 'G.', r(22, B64URL), '.', r(43, B64URL))],
  ['mailgun-private-api-token', () => j('ke', 'y-', r(32, HEX))],
  ['mailgun-api-key', () => j(r(32, HEX), '-', r(8, HEX), '-', r(8, HEX)), (t) => `MAILGUN_API_KEY=${t}`],
  ['mailchimp-api-key', () => j(r(32, HEX), '-us', '14')],
  ['postmark-api-token', () => uuid(), (t) => `"X-Postmark-Server-Token": "${t}"`],
  ['stripe-access-token', () => j('sk', '_live_', r(99))],
  ['stripe-access-token', () => j('rk', '_live_', r(99))],
  ['stripe-access-token', () => j('sk', '_test_', r(99))],
  ['stripe-webhook-secret', () => j('wh', 'sec_', r(32))],
  ['square-access-token', () => j('sq0', 'atp-', r(22, B64URL))],
  ['square-access-token', () => j('EA', 'AA', r(60, B64URL))],
  ['square-secret', () => j('sq0', 'csp-', r(43, B64URL))],
  ['braintree-access-token', () => j('access_', 'token$production$', r(16, LOWER_NUM), '$', r(32, HEX))],
  ['paypal-client-secret', () => j('E', r(79, B64URL)), (t) => `PAYPAL_CLIENT_SECRET=${t}`],
  ['shopify-access-token', () => j('sh', 'pat_', r(32, HEX))],
  ['shopify-shared-secret', () => j('sh', 'pss_', r(32, HEX))],
  ['datadog-access-token', () => r(32, HEX), (t) => `DD_API_KEY=${t}`],
  ['datadog-access-token', () => r(40, HEX), (t) => `datadog_app_key: "${t}"`],
  ['datadog-access-token', () => r(32, HEX), (t) => `# Datadog API key: ${t}`],
  ['new-relic-user-api-key', () => j('NR', 'AK-', r(27, UPPER_NUM))],
  ['new-relic-license-key', () => j(r(36, HEX), 'NR', 'AL')],
  ['sentry-user-token', () => j('sntr', 'yu_', r(64, HEX))],
  ['sentry-org-token', () => j('sntr', 'ys_eyJ', r(120, B64))],
  ['grafana-cloud-api-token', () => j('gl', 'c_', r(80, B64))],
  ['grafana-service-account-token', () => j('gl', 'sa_', r(32), '_', r(8, HEX))],
  ['dynatrace-api-token', () => j('dt0', 'c01.', r(24, UPPER_NUM), '.', r(64, UPPER_NUM))],
  ['openai-api-key', () => j('sk-', 'proj-', r(60, B64URL), 'T3Blbk', 'FJ', r(60, B64URL))],
  ['openai-api-key', () => j('sk-', r(20), 'T3Blbk', 'FJ', r(20))],
  ['openai-api-key-v2', () => j('sk-', 'svcacct-', r(120, B64URL))],
  ['openai-api-key-v2', () => j('sk-', 'admin-', r(120, B64URL))],
  ['anthropic-api-key', () => j('sk-', 'ant-api03-', r(93, B64URL), 'AA')],
  ['anthropic-admin-api-key', () => j('sk-', 'ant-admin01-', r(93, B64URL), 'AA')],
  ['huggingface-access-token', () => j('h', 'f_', r(34, LETTERS))],
  ['huggingface-organization-api-token', () => j('api', '_org_', r(34, LETTERS))],
  ['perplexity-api-key', () => j('pp', 'lx-', r(48))],
  ['groq-api-key', () => j('gs', 'k_', r(52))],
  ['cohere-api-token', () => r(40), (t) => `COHERE_API_KEY="${t}"`],
  ['replicate-api-token', () => j('r', '8_', r(37))],
  ['databricks-api-token', () => j('da', 'pi', r(32, HEX))],
  ['doppler-api-token', () => j('dp', '.pt.', r(43))],
  ['vault-service-token', () => j('hv', 's.', r(95, B64URL))],
  ['vault-batch-token', () => j('hv', 'b.', r(150, B64URL))],
  ['pulumi-api-token', () => j('pu', 'l-', r(40, HEX))],
  ['hashicorp-tf-api-token', () => j(r(14), '.atlas', 'v1.', r(67, B64URL))],
  ['postman-api-token', () => j('PM', 'AK-', r(24, HEX), '-', r(34, HEX))],
  ['linear-api-key', () => j('lin', '_api_', r(40))],
  ['okta-access-token', () => j('00', r(40, B64URL)), (t) => `OKTA_API_TOKEN=${t}`],
  ['1password-service-account-token', () => j('op', 's_eyJ', r(250, B64))],
  ['1password-secret-key', () => j('A3', '-', r(6, UPPER_NUM), '-', r(6, UPPER_NUM), '-', r(5, UPPER_NUM), '-', r(5, UPPER_NUM), '-', r(5, UPPER_NUM), '-', r(5, UPPER_NUM))],
  ['age-secret-key', () => j('AGE-SEC', 'RET-KEY-1', r(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'))],
  ['sourcegraph-access-token', () => j('sg', 'p_', r(40, HEX))],
  ['snyk-api-token', () => uuid(), (t) => `SNYK_TOKEN=${t}`],
  ['sonar-api-token', () => j('sq', 'p_', r(40, HEX))],
  ['npm-access-token', () => j('np', 'm_', r(36))],
  ['pypi-upload-token', () => j('py', 'pi-AgEIcHlwaS5vcmc', r(70, B64URL))],
  ['rubygems-api-token', () => j('rubyg', 'ems_', r(48, HEX))],
  ['nuget-api-key', () => j('oy', '2', r(43, LOWER_NUM))],
  ['dockerhub-pat', () => j('dck', 'r_pat_', r(27, B64URL))],
  ['figma-pat', () => j('fi', 'gd_', r(40, B64URL))],
  ['tailscale-key', () => j('ts', 'key-auth-', r(12), '-', r(30))],
  ['notion-api-token', () => j('nt', 'n_', r(11, DIGITS), r(35))],
  ['airtable-pat', () => j('p', 'at', r(14), '.', r(64, HEX))],
  ['hubspot-private-app-token', () => j('pat-', 'na1-', uuid())],
  ['contentful-delivery-api-token', () => j('CFP', 'AT-', r(43, B64URL))],
  ['jfrog-api-key', () => j('AK', 'Cp', r(69))],
  ['microsoft-teams-webhook', () => j('https://acme.webhook.off', 'ice.com/webhookb2/', uuid(), '@', uuid(), '/IncomingWebhook/', r(32, HEX), '/', uuid())],
  ['xai-api-key', () => j('xa', 'i-', r(80))],
  ['openrouter-api-key', () => j('sk-', 'or-v1-', r(64, HEX))],
  ['langsmith-api-key', () => j('lsv', '2_pt_', r(32, HEX), '_', r(10, HEX))],
  ['shippo-api-token', () => j('shippo', '_live_', r(40, HEX))],
  ['easypost-api-token', () => j('EZ', 'AK', r(54))],
  ['supabase-access-token', () => j('sb', 'p_', r(40, HEX))],
  ['planetscale-token', () => j('pscale', '_tkn_', r(43))],
  ['flutterwave-secret-key', () => j('FLWSECK', '-', r(32, HEX), '-X')],
  ['twitter-bearer-token', () => j('A'.repeat(21), r(80, ALNUM + '%'))],
  ['facebook-access-token', () => j('EA', 'AB', r(150))],
  ['mapbox-secret-token', () => j('sk', '.eyJ', r(60, B64URL), '.', r(22, B64URL))],
  ['render-api-key', () => j('rn', 'd_', r(32))],
  ['adobe-client-secret', () => j('p8', 'e-', r(32))],
  ['clickhouse-cloud-api-secret-key', () => j('4b', '1d', r(38))],
  ['intra42-client-secret', () => j('s-s4', 't2ud-', r(64, HEX))],
  ['maxmind-license-key', () => j(r(6), '_', r(29), '_mm', 'k')],
  ['settlemint-token', () => j('sm', '_pat_', r(16))],
  ['codecov-access-token', () => uuid(), (t) => `CODECOV_TOKEN: ${t}`],
  ['mattermost-access-token', () => r(26, LOWER_NUM), (t) => `MATTERMOST_ACCESS_TOKEN=${t}`],
];

/** The syntaxes a prefixed token is placed in (cycled through). */
const PLACEMENTS: Array<[file: string, line: (t: string) => string]> = [
  ['src/client.ts', (t) => `const client = new Client({ credential: "${t}" });`],
  ['config/settings.py', (t) => `CLIENT_CREDENTIAL = '${t}'`],
  ['deploy/.env', (t) => `SERVICE_CREDENTIAL=${t}`],
  ['ci/pipeline.yml', (t) => `      SERVICE_CREDENTIAL: ${t}`],
  ['config/app.json', (t) => `  "credential": "${t}",`],
  ['scripts/call.sh', (t) => `curl -s -H "X-Service: ${t}" https://api.internal/v1/ping`],
  ['main.go', (t) => `\tclient := api.New("${t}")`],
  ['App.java', (t) => `    private static final String CREDENTIAL = "${t}";`],
  ['config/app.toml', (t) => `credential = "${t}"`],
  ['Program.cs', (t) => `        var credential = "${t}";`],
  ['lib/client.rb', (t) => `CREDENTIAL = "${t}".freeze`],
  ['docs/setup.md', (t) => `Run \`tool login ${t}\` once.`],
];

export function providerSamples(): CorpusSample[] {
  seed = 1000;
  return TOKENS.map(([rule, make, line], i) => {
    const token = make();
    const [file, place] = PLACEMENTS[i % PLACEMENTS.length]!;
    return { rule, file, text: line ? line(token) : place(token), secret: token };
  });
}

/** Generic assignments in every syntax, each with a random value of a different shape. */
export function genericSamples(): CorpusSample[] {
  seed = 5000;
  const value = (i: number): string =>
    [() => r(24), () => r(32, HEX), () => `${r(6)}!${r(5)}#${r(6)}`, () => r(40, B64), () => `${r(10)}:${r(8)}=${r(6)}`][i % 5]!();
  const forms: Array<[string, (v: string) => string]> = [
    ['settings.py', (v) => `DB_PASSWORD = "${v}"`],
    ['app.js', (v) => `const apiKey = '${v}';`],
    ['app.ts', (v) => `const clientSecret: string = "${v}";`],
    ['main.go', (v) => `var authToken string = "${v}"`],
    ['main.go', (v) => `\tsecretKey := "${v}"`],
    ['Config.java', (v) => `    private String password = "${v}";`],
    ['Config.java', (v) => `System.setProperty("APP_TOKEN", "${v}");`],
    ['Settings.cs', (v) => `        public const string ApiSecret = "${v}";`],
    ['config.php', (v) => `$db_password = '${v}';`],
    ['config.php', (v) => `  'api_secret' => '${v}',`],
    ['config.php', (v) => `$config['secret'] .= '${v}';`],
    ['config.rb', (v) => `  config.secret_key = "${v}"`],
    ['config.rb', (v) => `  api_token: "${v}",`],
    ['deploy.sh', (v) => `export DEPLOY_TOKEN="${v}"`],
    ['Makefile', (v) => `API_TOKEN ?= ${v}`],
    ['grammar.bnf', (v) => `secret_value ::= ${v}`],
    ['values.yaml', (v) => `  password: ${v}`],
    ['values.yaml', (v) => `  client_secret: "${v}"`],
    ['config.toml', (v) => `api_key = "${v}"`],
    ['config.ini', (v) => `password=${v}`],
    ['.env', (v) => `STRIPE_SECRET=${v}`],
    ['app.properties', (v) => `spring.datasource.password=${v}`],
    ['app.properties', (v) => `mail.smtp.password: ${v}`],
    ['config.json', (v) => `{"auth_token": "${v}"}`],
    ['config.json', (v) => `  "accessKey": "${v}\\n",`],
    ['web.config', (v) => `<add key="ApiSecret" value="${v}" />`],
    ['pom.xml', (v) => `<password>${v}</password>`],
    ['app.xml', (v) => `<entry key="service.token">${v}</entry>`],
    ['app.xml', (v) => `<datasource user="app" password="${v}"/>`],
    ['config.kt', (v) => `val apiKey: String = "${v}"`],
    ['main.rs', (v) => `const API_KEY: &str = "${v}";`],
    ['main.swift', (v) => `let secretToken = "${v}"`],
    ['script.py', (v) => `headers = {"X-Api-Key": "${v}"}`],
    ['script.py', (v) => `os.environ["SERVICE_TOKEN"] = "${v}"`],
    ['Dockerfile', (v) => `ENV DB_PASS=${v}`],
    ['docker-compose.yml', (v) => `      - POSTGRES_PASSWORD=${v}`],
    ['terraform.tfvars', (v) => `db_password = "${v}"`],
    ['app.ps1', (v) => `$env:API_KEY = "${v}"`],
    ['config.lua', (v) => `local secret = "${v}"`],
    ['settings.gradle', (v) => `signingPassword=${v}`],
    ['deploy.sh', (v) => `mycli deploy --api-token ${v} --region eu`],
    ['settings.py', (v) => `SECRET_KEY = b'${v}'`],
    ['config.php', (v) => `define('DB_PASSWORD', '${v}');`],
    ['config.rb', (v) => `  :api_secret => '${v}',`],
    ['deploy.sh', (v) => `docker login -u ci --password "${v}" registry.internal`],
  ];
  return forms.map(([file, form], i) => {
    const v = value(i);
    return { rule: 'generic-api-key', file, text: form(v), secret: v };
  });
}

/** Structural credentials: URLs, headers, curl, Kubernetes Secrets, NuGet, JWT, client config files. */
export function structuralSamples(): CorpusSample[] {
  seed = 7000;
  const password = `${r(6)}7${r(8)}`;
  const basic = Buffer.from(`deploy:${password}`).toString('base64');
  const jwt = [{ alg: 'HS256', typ: 'JWT' }, { sub: 'svc', iat: 1767225600 }].map((p) => Buffer.from(JSON.stringify(p)).toString('base64url')).join('.') + '.' + r(43, B64URL);
  const k8s = Buffer.from(r(20)).toString('base64');
  const npmAuth = r(40, B64);
  const bearer = r(48, B64URL);
  const dockerAuth = Buffer.from(`bot:${r(20)}`).toString('base64');
  const ssh2 = r(320, B64).match(/.{1,64}/g)!;
  return [
    { rule: 'url-credentials', file: 'docker-compose.yml', text: `DATABASE_URL: postgres://app:${password}@db.internal:5432/app`, secret: password },
    { rule: 'url-credentials', file: 'clone.sh', text: `git clone https://bot:${password}@git.corp.internal/app.git`, secret: password },
    { rule: 'url-credentials', file: 'cache.env', text: `REDIS_URL=redis://:${password}@cache:6379/0`, secret: password },
    { rule: 'http-basic-auth', file: 'client.py', text: `headers = {"Authorization": "Basic ${basic}"}`, secret: basic },
    { rule: 'curl-auth-header', file: 'call.sh', text: `curl -H "Authorization: Bearer ${bearer}" https://api.internal`, secret: bearer },
    { rule: 'curl-auth-user', file: 'call.sh', text: `curl -u admin:${password} https://api.internal/v1`, secret: password },
    { rule: 'jwt', file: 'client.ts', text: `const sessionToken = "${jwt}";`, secret: jwt },
    { rule: 'kubernetes-secret-yaml', file: 'k8s/secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  db-connection: ${k8s}\n`, secret: k8s },
    { rule: 'private-key', file: 'keys/ssh2.key', text: ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', 'Comment: "rsa-key"', ...ssh2, '---- END SSH2 ENCRYPTED PRIVATE KEY ----'].join('\n'), secret: ssh2[1]! },
    { rule: 'nuget-config-password', file: 'NuGet.Config', text: `<add key="ClearTextPassword" value="${password}" />`, secret: password },
    { rule: 'npmrc-auth', file: '.npmrc', text: `//npm.internal/:_auth=${npmAuth}`, secret: npmAuth },
    { rule: 'pypirc-password', file: '.pypirc', text: `[pypi]\nusername = deploy\npassword = ${password}`, secret: password },
    { rule: 'netrc-password', file: '.netrc', text: `machine api.internal login bot password ${password}`, secret: password },
    { rule: 'docker-config-auth', file: '.docker/config.json', text: `{"auths": {"registry.internal": {"auth": "${dockerAuth}"}}}`, secret: dockerAuth },
  ];
}

/** Values a scanner must not report: placeholders, references, code, and near-misses of real formats. */
export function falseSamples(): CorpusSample[] {
  seed = 9000;
  const none = (file: string, text: string): CorpusSample => ({ rule: 'none', file, text, secret: '' });
  const fmt = (...parts: string[]): string => parts.join('');
  return [
    // Placeholders in every shape.
    none('a.env', 'API_KEY=<your-api-key>'),
    none('a.env', 'API_TOKEN=${API_TOKEN}'),
    none('a.yml', 'password: "{{ .Values.password }}"'),
    none('a.yml', 'password: changeme'),
    none('a.py', 'SECRET_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx"'),
    none('a.py', "password = 'your_password_here'"),
    none('a.py', 'api_key = "INSERT_API_KEY_HERE"'),
    none('a.py', 'token = "REPLACE_ME"'),
    none('a.js', 'const password = "********";'),
    none('a.ini', 'password=%DB_PASSWORD%'),
    none('a.sh', 'export TOKEN=$GITHUB_TOKEN'),
    none('a.sh', 'export TOKEN="$(vault read -field=token secret/ci)"'),
    none('a.rb', 'api_key = "#{ENV.fetch("API_KEY")}"'),
    none('a.md', 'Set `password: <password>` in the config.'),
    none('a.yml', 'client_secret: REDACTED'),
    none('a.yml', 'token: dummy-token-for-tests'),
    none('a.json', '"password": "password123"'),
    none('a.json', '"password": "Password1!"'),
    none('a.json', '"secret": "secret"'),
    none('a.toml', 'password = ""'),
    none('a.toml', 'api_key = "abcd1234abcd1234"'),
    none('a.toml', 'api_key = "1234567890abcdef"'),
    // Environment lookups, calls, references.
    none('a.js', 'const apiKey = process.env.API_KEY;'),
    none('a.js', 'const token = await getToken(client, scope);'),
    none('a.js', 'const secret = config.get("auth.secret");'),
    none('a.py', 'password = os.environ["DB_PASSWORD"]'),
    none('a.py', 'password = os.getenv("DB_PASSWORD", "")'),
    none('a.go', 'token := os.Getenv("API_TOKEN")'),
    none('a.java', 'String password = System.getenv("DB_PASSWORD");'),
    none('a.cs', 'var secret = Environment.GetEnvironmentVariable("APP_SECRET");'),
    none('a.php', "$password = getenv('DB_PASSWORD');"),
    none('a.rb', 'token = ENV["API_TOKEN"]'),
    none('a.ts', 'this.accessToken = response.data.accessToken;'),
    none('a.ts', 'const passwordInput = document.getElementById("password");'),
    none('a.yml', 'password: ${{ secrets.DB_PASSWORD }}'),
    none('a.yml', '  secretKeyRef:\n    name: app-secrets\n    key: password'),
    none('a.tf', 'password = var.db_password'),
    none('a.tf', 'secret_string = aws_secretsmanager_secret_version.db.secret_string'),
    // File paths, URLs, types, names.
    none('a.yml', 'private_key_path: /etc/ssl/private/server.key'),
    none('a.yml', 'key_file: ./certs/client-key.pem'),
    none('a.ts', 'password: string;'),
    none('a.ts', 'token_type: "Bearer"'),
    none('a.py', 'token_url = "https://oauth2.googleapis.com/token"'),
    none('a.py', 'PASSWORD_MIN_LENGTH = 12'),
    none('a.py', 'max_tokens = 4096'),
    none('a.js', `const publicKey = "${r(40, B64)}";`),
    none('a.js', `idempotencyKey: "${r(32)}",`),
    none('a.js', `const cacheKey = "user:${r(8, DIGITS)}:profile";`),
    none('a.json', `"nextPageToken": "${r(40, B64URL)}"`),
    none('a.html', `<input type="hidden" name="csrf_token" value="${r(40)}">`),
    // UUIDs and hashes in non-secret contexts.
    none('a.json', `"request_id": "${uuid()}"`),
    none('a.json', `"secret_id": "${uuid()}"`),
    none('app.json', `"heroku_app_id": "${uuid()}"`),
    none('a.yml', `snyk_org: ${uuid()}`),
    none('a.yml', `sha256: ${r(64, HEX)}`),
    none('a.txt', `checksum_sha256 = "${r(64, HEX)}"`),
    none('a.json', `"integrity": "sha512-${r(86, B64)}=="`),
    none('a.lock', `  resolved "https://registry.npmjs.org/x/-/x-1.0.0.tgz#${r(40, HEX)}"`),
    none('a.txt', `key_hash = "${r(64, HEX)}"`),
    none('a.txt', `commit ${r(40, HEX)}`),
    none('a.yml', `password_hash: "$2b$12$${r(53, ALNUM + './')}"`),
    // Documentation examples and near-misses of real formats.
    none('a.md', fmt('aws_access_key_id = ', 'AKIA', 'IOSFODNN7', 'EXAMPLE')),
    none('a.md', fmt('aws_secret_access_key = ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLE', 'KEY')),
    none('a.md', fmt('token: gh', 'p_', 'x'.repeat(36))),
    none('a.md', fmt('token: gh', 'p_', r(20))),
    none('a.md', fmt('STRIPE=sk', '_live_', 'EXAMPLE', '0'.repeat(24))),
    none('a.md', fmt('key: ', 'AI', 'za', r(20, B64URL))),
    none('a.md', fmt('slack: https://hooks.sl', 'ack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX')),
    none('a.md', fmt('npm_', 'config_cache=/tmp/npm-cache')),
    none('a.md', ['-----BEGIN RSA PRIVATE KEY-----', '...', '-----END RSA PRIVATE KEY-----'].join('\n')),
    none('a.md', '-----BEGIN PUBLIC KEY-----\n' + r(64, B64) + '\n-----END PUBLIC KEY-----'),
    none('a.md', 'url: postgres://user:password@localhost:5432/app'),
    none('a.md', 'url: mysql://root:${MYSQL_PASSWORD}@db:3306/app'),
    none('a.md', 'Visit https://user@example.com/login'),
    none('a.md', fmt('sk-', 'ant-api03-', 'your-key-here')),
    none('a.md', `jwt: ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`),
    none('a.ts', `const example = "${fmt('ey', 'J', r(30, B64URL), '.', 'ey', 'J', r(30, B64URL), '.', r(20, B64URL))}";`),
    none('a.py', `session_key = "${fmt('AAAA', 'AAAA', 'AAAA')}"`),
    none('a.py', 'password = "aaaaaaaaaaaaaaaaaaaa"'),
    none('a.py', 'secret = "0123456789abcdefghij"'),
    none('a.js', 'const tokenizer = new Tokenizer("bert-base-uncased");'),
    none('a.js', 'const keyboardShortcut = "ctrl+shift+k";'),
    none('a.js', "i18n.t('auth.login.password_placeholder')"),
    none('a.css', '.password-field { border: 1px solid #ccc; }'),
    none('a.md', 'The token must be passed as the `Authorization: Bearer <token>` header.'),
    none('a.go', 'type Credentials struct { Password string `json:"password"` }'),
    none('a.md', 'Pass the token as --token TOKEN_VALUE, or the key as --api-key "$API_KEY".'),
    none('a.md', 'The password must contain at least 12 characters.'),
    none('a.md', 'Files: `credentials.json`, `client_secret*.json`, `GH_TOKEN`, `ACTIONS_*`.'),
    none('a.js', "const packages = ['@secretlint', '@actions', '@octokit'];"),
    none('package-lock.json', '        "secretlint": "bin/secretlint.js"'),
    none('a.test.ts', "const env = { MY_API_KEY: 'sekret-value-123456' };"),
    none('a.test.ts', "expect(redact('postgres://app:pa55word@db:5432/x')).toBe('x');"),
    none('a.js', `const author = "${r(12)}7";`),
  ];
}
