// Pure: does a GitHub Actions workflow run this gate? A workflow that does is part of the gate's
// perimeter: a PR that edits it could drop the required check or loosen its inputs.
import { parseDocument } from 'yaml';

/** `uses:` of this Action (any ref, any case; a fork named loki-verify too), or a `run:` that invokes the CLI. */
const USES_GATE = /^loki\/verify(?:\/[^@]*)?@/i;
const RUNS_GATE = /\bloki-verify\b/;

export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}

/**
 * Whether the workflow text uses the gate. Read from the YAML steps; a file that does not parse (a PR can
 * break the YAML on purpose) is judged by its text, so unreadable is never "does not use the gate".
 */
export function workflowRunsGate(text: string): boolean {
  const document = parseDocument(text, { uniqueKeys: false });
  if (document.errors.length > 0) return RUNS_GATE.test(text) || /loki\/verify@/i.test(text);
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  const jobs = isRecord(data) && isRecord(data.jobs) ? Object.values(data.jobs) : [];
  return jobs.some((job) => {
    if (!isRecord(job)) return false;
    if (typeof job.uses === 'string' && RUNS_GATE.test(job.uses)) return true; // a reusable workflow named after it
    const steps = Array.isArray(job.steps) ? job.steps : [];
    return steps.some((step) => isRecord(step) && (
      (typeof step.uses === 'string' && (USES_GATE.test(step.uses.trim()) || RUNS_GATE.test(step.uses))) ||
      (typeof step.run === 'string' && RUNS_GATE.test(step.run))
    ));
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
