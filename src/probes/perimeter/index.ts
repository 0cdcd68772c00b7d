// The perimeter probe: what the PR may touch. Pure rules (rules.ts) over the diff; the only reads are the
// changed workflow files, at the merge-base and at head, to learn whether they run the gate.
import type { Probe, ProbeContext } from '../probe.js';
import { APPLIES } from '../probe.js';
import { perimeterFindings } from './rules.js';
import { isWorkflowPath, workflowRunsGate } from './workflow.js';

export const perimeterProbe: Probe = {
  id: 'perimeter',
  title: 'Perimeter',
  applies: () => APPLIES,
  async run(ctx) {
    const policy = ctx.config.perimeter ?? {};
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
};

/** Changed workflow files that run the gate on either side: editing one that did, or making one that now does. */
async function workflowsRunningGate(ctx: ProbeContext): Promise<Set<string>> {
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
