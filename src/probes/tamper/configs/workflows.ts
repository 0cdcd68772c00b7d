// Pure: GitHub Actions steps that run tests or lint, and how the PR changed them (check-disabled): removed,
// or still there but no longer able to fail the job (`continue-on-error: true`, `|| true`, `if: false`).
import type { ConfigDocument, ConfigObject, ConfigValue } from './document.js';
import type { Setting } from './settings.js';
import { isObject, lineIn } from './walk.js';

/** Commands that run tests, linters or type checkers, as they appear in a `run` script. */
const CHECK_COMMANDS: RegExp[] = [
  /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+|run-script\s+)?(?:test|lint|check|typecheck|type-check|tsc|verify|ci)(?:[\w:.-]*)/,
  /\b(?:npm|pnpm|yarn)\s+t\b/,
  /\b(?:npx|pnpx|bunx|yarn\s+dlx|pnpm\s+(?:exec|dlx))\s+(?:vitest|jest|mocha|ava|tap|playwright\s+test|cypress\s+run|eslint|tsc|biome|oxlint|prettier\s+--check|stylelint)\b/,
  /(?:^|[\s;&|(])(?:vitest|jest|mocha|ava|eslint|tsc|biome\s+(?:check|lint|ci)|oxlint|stylelint)(?:\s|$)/m,
  /\b(?:pytest|py\.test|tox|nox|ruff\s+(?:check|format\s+--check)|ruff(?=\s|$)|flake8|pylint|mypy|pyright|black\s+--check|isort\s+--check)\b/,
  /\bpython\d*(?:\.\d+)?\s+-m\s+(?:pytest|unittest|mypy|pylint|flake8|ruff|tox|nox)\b/,
  /\bgo\s+(?:test|vet)\b/,
  /\b(?:golangci-lint|staticcheck|revive)\b/,
  /\bcargo\s+(?:test|nextest|clippy|fmt\s+--check|fmt\s+--\s+--check|check)\b/,
  /(?:\bmvn|\bmvnw|\.\/mvnw)\b.*\b(?:test|verify|check)\b/,
  /(?:\bgradle|\bgradlew|\.\/gradlew)\b.*\b(?:test|check|lint)\b/,
  /\b(?:make|just|task)\s+(?:test|lint|check|ci|verify)\w*/,
  /\b(?:deno\s+(?:test|lint|check)|node\s+--test|dotnet\s+test|ctest|rspec|rubocop|phpunit|phpstan|swift\s+test|mix\s+test|bundle\s+exec\s+(?:rake|rspec|rubocop))\b/,
];
/** Actions whose job is to lint or test. */
const CHECK_ACTIONS = /^(?:golangci\/golangci-lint-action|reviewdog\/[\w-]+|github\/super-linter|super-linter\/super-linter|astral-sh\/ruff-action|chartboost\/ruff-action|wearerequired\/lint-action|pre-commit\/action|psf\/black|py-actions\/flake8|actions-rs\/clippy-check|ataylorme\/eslint-annotate-action|sibiraj-s\/action-eslint|biomejs\/setup-biome|oxc-project\/oxlint-action|ricardochaves\/python-lint)$/;
/** `|| true`, `|| :`, `|| exit 0`, `|| echo ...`: the command's failure no longer fails the step. */
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0|echo\b)|;\s*(?:true|exit\s+0)\s*$/;
const ALWAYS_FALSE = /^(?:false|\$\{\{\s*false\s*\}\}|'false'|"false")$/;

export interface CheckStep {
  /** The workflow's head path (its base path maps to it when renamed). */
  workflow: string;
  file: string;
  job: string;
  /** The step's own identity in its job: id, name, action or command. */
  key: string;
  /** The checks it runs (command or action names), to recognise a renamed step. */
  signature: string;
  description: string;
  /** Why the step can no longer fail the job, if it cannot. */
  neutralised?: string;
  line?: number;
}

export function checkSteps(path: string, workflow: string, document: ConfigDocument): CheckStep[] {
  if (document.format !== 'data' || !isObject(document.root)) return [];
  const jobs = document.root['jobs'];
  if (!isObject(jobs)) return [];
  const out: CheckStep[] = [];
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObject(job) || !Array.isArray(job['steps'])) continue;
    const jobNeutralised = neutralisedBy(job, false);
    const jobLine = jobNeutralised ? lineIn(document, job, jobNeutralised.key) : undefined;
    for (const [index, step] of job['steps'].entries()) {
      if (!isObject(step)) continue;
      const checks = checksOf(step);
      if (checks.length === 0) continue;
      const label = text(step['name']) ?? text(step['id']) ?? checks.join(' ');
      const own = jobNeutralised ? undefined : neutralisedBy(step, true);
      const neutralised = jobNeutralised ? `its job \`${jobId}\` has ${jobNeutralised.why}` : own?.why;
      const line = jobLine ?? lineIn(document, step, own?.key ?? 'run') ?? lineIn(document, step, 'uses') ?? lineIn(document, step, 'name') ?? lineIn(document, jobs, jobId);
      out.push({
        workflow,
        file: path,
        job: jobId,
        key: text(step['id']) ?? text(step['name']) ?? `${checks.join(' ')}#${index}`,
        signature: checks.join(' '),
        description: `CI step \`${label}\` (job \`${jobId}\`)`,
        ...(neutralised ? { neutralised } : {}),
        ...(line === undefined ? {} : { line }),
      });
    }
  }
  return out;
}

/**
 * Check steps as settings: a running step is 2, a neutralised one 1, a removed one 0. Head steps are matched
 * to base steps by workflow, job and key, then (renamed or moved) by the checks they run.
 */
export function checkStepSettings(base: readonly CheckStep[], head: readonly CheckStep[]): { base: Setting[]; head: Setting[] } {
  const id = (step: CheckStep): string => `${step.workflow}|${step.job}|${step.key}`;
  const headIds = new Set(head.map(id));
  const baseIds = new Set(base.map(id));
  const unmatchedHead = head.filter((step) => !baseIds.has(id(step)));
  const alias = new Map<CheckStep, string>();
  for (const step of base) {
    if (headIds.has(id(step))) continue;
    const twin = unmatchedHead.find((h) => h.signature === step.signature && !alias.has(h));
    if (twin) alias.set(twin, id(step));
  }
  const toSetting = (step: CheckStep, settingId: string): Setting => ({
    rule: 'check-disabled',
    id: `workflow|${settingId}`,
    label: step.description,
    strength: step.neutralised ? 1 : 2,
    shown: step.neutralised ? `runs, but cannot fail the job (${step.neutralised})` : 'runs and can fail the job',
    absent: { strength: 0, shown: 'removed' },
    file: step.file,
    ...(step.line === undefined ? {} : { line: step.line }),
  });
  return {
    base: base.map((step) => toSetting(step, id(step))),
    head: head.map((step) => toSetting(step, alias.get(step) ?? id(step))),
  };
}

function checksOf(step: ConfigObject): string[] {
  const checks: string[] = [];
  const uses = text(step['uses']);
  const action = uses?.split('@')[0]?.toLowerCase();
  if (action && CHECK_ACTIONS.test(action)) checks.push(action);
  const run = text(step['run']);
  if (run) {
    for (const pattern of CHECK_COMMANDS) {
      const match = pattern.exec(run);
      if (match) checks.push(match[0].trim().replace(/\s+/g, ' ').replace(/^[;&|(]/, ''));
    }
  }
  return [...new Set(checks)];
}

/** Why a step or job cannot fail, and the key that says so. */
function neutralisedBy(owner: ConfigObject, isStep: boolean): { why: string; key: string } | undefined {
  const continueOnError = owner['continue-on-error'];
  if (continueOnError === true || continueOnError === 'true') return { why: '`continue-on-error: true`', key: 'continue-on-error' };
  const condition = owner['if'];
  if (condition === false || (typeof condition === 'string' && ALWAYS_FALSE.test(condition.trim()))) return { why: '`if: false`', key: 'if' };
  // Only on the check's own line: the runner's shell stops at the first failing line (`bash -e`), so
  // `cleanup || true` on another line does not hide the check's failure.
  const run = isStep ? text(owner['run']) : undefined;
  for (const line of run ? joinContinuations(run).split('\n') : []) {
    const swallowed = SWALLOWED.exec(line);
    if (swallowed && CHECK_COMMANDS.some((pattern) => pattern.test(line))) return { why: `\`${swallowed[0].trim()}\` in its command`, key: 'run' };
  }
  return undefined;
}

/** A shell script with `\`-continued lines joined into one line each. */
function joinContinuations(script: string): string {
  return script.replace(/\\\r?\n/g, ' ');
}

function text(value: ConfigValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}
