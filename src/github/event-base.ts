// Pure: the workflow event -> the base to diff against, whether the PR code is trusted, the PR number.
// Payload shapes: https://docs.github.com/en/webhooks/webhook-events-and-payloads

const ZERO_SHA = /^0+$/;

export interface BaseChoice {
  /** Undefined: let the gate use its default list (origin/HEAD, origin/main, ...). */
  base?: string;
  /** Where the base came from, for the step log. */
  source: string;
}

type Json = Record<string, unknown>;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

function text(value: unknown, ...path: string[]): string | undefined {
  const found = field(value, ...path);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/**
 * The one base-selection rule, used by the Action and by the CLI inside a GitHub Actions job: the base
 * for this event; an explicit `base` (the Action's input, the CLI's BASE) always wins.
 */
export function baseFromEvent(eventName: string, payload: unknown, explicit?: string): BaseChoice {
  if (explicit !== undefined) return { base: explicit, source: 'the base input' };
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const sha = text(payload, 'pull_request', 'base', 'sha');
      if (sha) return { base: sha, source: `the pull request base (${text(payload, 'pull_request', 'base', 'ref') ?? 'base branch'})` };
      break;
    }
    case 'merge_group': {
      const sha = text(payload, 'merge_group', 'base_sha');
      if (sha) return { base: sha, source: `the merge group base (${text(payload, 'merge_group', 'base_ref') ?? 'base branch'})` };
      break;
    }
    case 'push': {
      const before = text(payload, 'before');
      // A new branch has an all-zero `before`: compare it with the default branch instead.
      if (before && !ZERO_SHA.test(before)) return { base: before, source: 'the commit before the push' };
      const defaultBranch = text(payload, 'repository', 'default_branch');
      if (defaultBranch) return { base: `origin/${defaultBranch}`, source: 'the default branch (new branch pushed)' };
      break;
    }
  }
  return { source: `the default bases (no base in the ${eventName || 'unknown'} event)` };
}

/**
 * On `pull_request_target` the workflow runs with the base repository's token and secrets; a head from
 * another repository is code nobody trusted yet. Returns the reason the PR's code must not run, if so.
 */
export function untrustedCodeReason(eventName: string, payload: unknown): string | undefined {
  if (eventName !== 'pull_request_target') return undefined;
  const head = text(payload, 'pull_request', 'head', 'repo', 'full_name');
  const base = text(payload, 'pull_request', 'base', 'repo', 'full_name');
  if (head !== undefined && head === base) return undefined;
  const from = head ?? 'a deleted fork';
  return `refused: pull_request_target from ${from} runs untrusted code with the base repository's credentials (set allow-untrusted-code: true to run it)`;
}

/** The pull request this run belongs to, for the sticky comment. */
export function pullRequestNumber(eventName: string, payload: unknown): number | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
