// Cloud and hosting providers, from each provider's documented token formats.
import { ALNUM, assigned, B64URL, HEX, prefixed, shaped, UUID, type Rule } from './rule.js';

/** AWS access key ids: the four-letter prefix names the kind (user, role, session, group, ...). */
const AWS_KEY_ID_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'AROA', 'ASCA'];

export const CLOUD_RULES: readonly Rule[] = [
  prefixed('aws-access-token', 'AWS access key id', [...AWS_KEY_ID_PREFIXES, 'A3T'], '[A-Z0-9]{16,17}', {
    keywords: [...AWS_KEY_ID_PREFIXES, 'A3T'].map((p) => p.toLowerCase()),
    accept: (secret) => /^(?:A3T[A-Z0-9]|[A-Z]{4})[A-Z0-9]{16}$/.test(secret),
  }),
  assigned('aws-secret-access-key', 'AWS secret access key', ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret', 'aws-secret'], '[A-Za-z0-9/+]{40}', {
    entropy: 3.5,
  }),
  assigned('aws-session-token', 'AWS session token', ['session_token', 'sessiontoken', 'security_token', 'securitytoken'], '(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{100,2000}'),
  prefixed('aws-bedrock-api-key-long-lived', 'Amazon Bedrock API key', ['ABSKQmVkcm9ja0FQSUtleS'], '[A-Za-z0-9+/]{80,400}={0,2}', { keywords: ['absk'] }),
  prefixed('aws-bedrock-api-key-short-lived', 'Amazon Bedrock short-term API key', ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'], '[A-Za-z0-9+/=%_-]{40,4000}', {
    keywords: ['bedrock-api-key-'],
  }),
  prefixed('aws-mws-key', 'Amazon MWS auth token', ['amzn.mws.'], UUID, { keywords: ['amzn.mws'] }),

  // Azure AD application client secrets: three characters, a digit, `Q~`, then 31 to 34 more.
  shaped('azure-ad-client-secret', 'Azure AD client secret', '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34}', ['q~']),
  assigned('azure-storage-account-key', 'Azure storage account key', ['accountkey', 'account_key', 'storage_key', 'storagekey'], '[A-Za-z0-9+/]{86}==', {
    // The storage emulator's well-known key (Azurite, devstoreaccount1) is published in Microsoft's docs.
    accept: (secret) => !secret.startsWith('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq'),
  }),
  assigned('azure-shared-access-key', 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)', ['sharedaccesskey'], '[A-Za-z0-9+/]{42,44}={0,2}'),
  assigned('azure-devops-pat', 'Azure DevOps personal access token', ['azure_devops', 'azuredevops', 'ado_pat', 'ado_token', 'devops_pat', 'system_accesstoken'], '(?:[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})'),
  shaped('azure-devops-pat-v2', 'Azure DevOps personal access token', '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', ['azdo']),

  prefixed('gcp-api-key', 'Google API key', ['AIza'], B64URL(35)),
  prefixed('gcp-oauth-client-secret', 'Google OAuth client secret', ['GOCSPX-'], B64URL(28)),
  prefixed('gcp-oauth-access-token', 'Google OAuth access token', ['ya29.'], '[A-Za-z0-9_\\-]{30,2000}', { entropy: 3.5 }),
  assigned('gcp-service-account', 'GCP service account key id', ['"private_key_id"'], HEX(40)),

  prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', ['LTAI'], '[A-Za-z0-9]{12,20}', { entropy: 3 }),
  assigned('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun', 'alicloud'], ALNUM(30), { entropy: 3.5 }),
  prefixed('tencent-secret-id', 'Tencent Cloud SecretId', ['AKID'], ALNUM('32,34'), { entropy: 3.5 }),

  prefixed('digitalocean-pat', 'DigitalOcean personal access token', ['dop_v1_'], HEX(64)),
  prefixed('digitalocean-access-token', 'DigitalOcean OAuth access token', ['doo_v1_'], HEX(64)),
  prefixed('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', ['dor_v1_'], HEX(64)),
  prefixed('digitalocean-spaces-key', 'DigitalOcean Spaces access key', ['DO00'], '[A-Z0-9]{16}', { entropy: 3 }),

  prefixed('heroku-api-key-v2', 'Heroku API key', ['HRKU-'], B64URL('58,64')),
  assigned('heroku-api-key', 'Heroku API key', ['heroku'], UUID),

  assigned('cloudflare-api-key', 'Cloudflare API token', ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'cf_auth'], B64URL(40), { entropy: 3.5 }),
  assigned('cloudflare-global-api-key', 'Cloudflare global API key', ['cloudflare', 'cf_api', 'cf_key', 'x-auth-key'], HEX(37)),
  prefixed('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], `${HEX(24)}-${HEX(146)}`),
  prefixed('cloudflare-api-token-v2', 'Cloudflare API token', ['cfut_', 'cfat_', 'cfk_'], B64URL('32,80')),

  assigned('fastly-api-token', 'Fastly API token', ['fastly'], B64URL(32), { entropy: 3.5 }),
  prefixed('netlify-access-token', 'Netlify access token', ['nfp_', 'nfc_', 'nfo_', 'nfu_'], ALNUM('36,40')),
  assigned('netlify-access-token-legacy', 'Netlify access token', ['netlify'], B64URL('40,46'), { entropy: 3.5 }),
  prefixed('vercel-token', 'Vercel token', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], ALNUM('24,80')),
  assigned('vercel-token-legacy', 'Vercel token', ['vercel'], ALNUM(24), { entropy: 3.5 }),
  prefixed('flyio-access-token', 'Fly.io access token', ['fo1_'], B64URL(43)),
  prefixed('flyio-macaroon', 'Fly.io macaroon token', ['FlyV1 fm1r_', 'FlyV1 fm1a_', 'FlyV1 fm2_', 'fm1r_', 'fm1a_', 'fm2_'], '[A-Za-z0-9+/=_,\\-]{100,}', {
    keywords: ['fm1r_', 'fm1a_', 'fm2_'],
  }),
  prefixed('render-api-key', 'Render API key', ['rnd_'], ALNUM(32)),
  prefixed('scalingo-api-token', 'Scalingo API token', ['tk-us-'], B64URL(48)),
  assigned('railway-api-token', 'Railway API token', ['railway'], UUID),
  prefixed('supabase-access-token', 'Supabase access token', ['sbp_'], HEX(40)),
  prefixed('supabase-secret-key', 'Supabase secret key', ['sb_secret_'], B64URL('31,64')),
  prefixed('neon-api-key', 'Neon API key', ['napi_'], '[a-z0-9]{64}'),
  prefixed('planetscale-token', 'PlanetScale token', ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'], '[A-Za-z0-9_.\\-]{32,64}'),
  prefixed('openshift-user-token', 'OpenShift user token', ['sha256~'], B64URL(43)),
  prefixed('yandex-api-key', 'Yandex Cloud API key', ['AQVN'], B64URL('35,38'), { entropy: 3.5 }),
  prefixed('yandex-aws-access-token', 'Yandex Cloud static access key', ['YC'], B64URL(38), { entropy: 4, keywords: ['yc'] }),
  assigned('linode-token', 'Linode personal access token', ['linode'], HEX(64)),
];
