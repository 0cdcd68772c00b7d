// Which environment variables a probe's child processes may see. Probes run the PR's own code.

/** Names always removed: CI credentials and the Actions runtime (tokens, cache and results URLs). */
const ALWAYS_SCRUBBED = [/^GITHUB_TOKEN$/, /^GH_TOKEN$/, /^GH_ENTERPRISE_TOKEN$/, /^ACTIONS_/, /^INPUT_/];

/** Names that say they hold a credential. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL/i;

export function isScrubbedName(name: string, allow: ReadonlySet<string>): boolean {
  if (ALWAYS_SCRUBBED.some((re) => re.test(name))) return true;
  return SECRET_NAME.test(name) && !allow.has(name);
}

/** A copy of `env` without credentials; names in `allow` pass unless they are CI runtime credentials. */
export function scrubEnv(env: NodeJS.ProcessEnv, allow: Iterable<string> = []): Record<string, string> {
  const allowed = new Set(allow);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || isScrubbedName(name, allowed)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * Values of variables whose names say they are credentials (allowed or not), so redaction can remove
 * them wherever they leak. Plain runtime settings (`INPUT_BASE`, `ACTIONS_RUNNER_DEBUG`) are not secrets.
 */
export function secretEnvValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && value.length >= 8 && SECRET_NAME.test(name))
    .map(([, value]) => value as string);
}
