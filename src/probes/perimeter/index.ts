// The perimeter probe: what the PR may touch. Pure rules (rules.ts) over the diff; the only reads are the
// changed workflow files, at the merge-base and at head, to learn whether they run the gate.
import { Type } from 'typebox';
import { pathGlobs, severity } from '../../config/schema-parts.js';
import type { ProbeContext } from '../probe.js';
import { APPLIES, defineProbe } from '../probe.js';
import { perimeterFindings } from './rules.js';
import { isWorkflowPath, workflowRunsGate } from './workflow.js';

const ruleOverride = () =>
  Type.Object(
    {
      severity: Type.Optional(severity()),
      blocking: Type.Optional(Type.Boolean({ description: 'Whether a finding of this rule may block (default true; policy.block_on still applies).' })),
    },
    { additionalProperties: false },
  );

const settings = Type.Object({
  protected: Type.Optional(
    Type.Array(
      Type.Object(
        {
          paths: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'Globs; a folder (`migrations/` or `migrations`) covers everything below it.' }),
          severity: Type.Optional(severity()),
          blocking: Type.Optional(Type.Boolean()),
          reason: Type.Optional(Type.String({ minLength: 1 })),
        },
        { additionalProperties: false },
      ),
      { description: 'Paths no change may touch without a finding `protected-path`.' },
    ),
  ),
  allowed: Type.Optional(pathGlobs('Globs; a changed path outside all of them is a finding `outside-allowed`.')),
  max_files: Type.Optional(Type.Integer({ minimum: 0, description: 'More changed files than this is a finding `too-large`.' })),
  max_lines: Type.Optional(Type.Integer({ minimum: 0, description: 'More added + removed lines than this is a finding `too-large`.' })),
  rules: Type.Optional(
    Type.Object(
      {
        'outside-allowed': Type.Optional(ruleOverride()),
        'too-large': Type.Optional(ruleOverride()),
        'policy-changed': Type.Optional(ruleOverride()),
        'gate-workflow-changed': Type.Optional(ruleOverride()),
      },
      { additionalProperties: false, description: 'Severity and blocking of the rules without an entry of their own.' },
    ),
  ),
});

export const perimeterProbe = defineProbe({
  id: 'perimeter',
  title: 'Perimeter',
  timeout: 60,
  settings,
  applies: () => APPLIES,
  async run(ctx) {
    const policy = ctx.settings;
    const gateWorkflows = await workflowsRunningGate(ctx);
    const findings = perimeterFindings({ files: ctx.diff.files, policy, policyPaths: ctx.options.policyPaths ?? [], gateWorkflows });
    const details = {
      files: ctx.diff.files.length,
      lines: ctx.diff.linesAdded + ctx.diff.linesRemoved,
      policy_paths: ctx.options.policyPaths ?? [],
      gate_workflows: [...gateWorkflows],
      ...(policy.allowed === undefined ? {} : { allowed: policy.allowed }),
      protected: (policy.protected ?? []).length,
    };
    if (findings.length === 0) return { status: 'pass', summary: `${ctx.diff.files.length} changed path(s) within the perimeter`, details };
    const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
    return {
      status: findings.some((f) => f.blocking) ? 'fail' : 'pass',
      summary: `${findings.length} perimeter finding${findings.length === 1 ? '' : 's'} (${rules})`,
      findings,
      details,
    };
  },
});

/** Changed workflow files that run the gate on either side: editing one that did, or making one that now does. */
async function workflowsRunningGate(ctx: Pick<ProbeContext, 'diff' | 'git'>): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of ctx.diff.files) {
    const sides: Array<[string, string]> = [];
    if (isWorkflowPath(file.path) && file.status !== 'deleted') sides.push([ctx.diff.headSha, file.path]);
    const basePath = file.oldPath ?? file.path;
    if (isWorkflowPath(basePath) && file.status !== 'added') sides.push([ctx.diff.mergeBase, basePath]);
    for (const [rev, path] of sides) {
      const text = await ctx.git.tryShowFile(rev, path);
      if (text !== undefined && workflowRunsGate(text)) {
        found.add(file.path);
        if (file.oldPath !== undefined) found.add(file.oldPath);
        break;
      }
    }
  }
  return found;
}
