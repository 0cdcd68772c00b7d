// Runs the tamper probe on a real repository: `base` committed on main, `head` (null deletes) on a branch.
import type { Config } from '../../../src/config/types.js';
import { tamperProbe } from '../../../src/probes/tamper/index.js';
import type { ProbeFinding, ProbeId, ProbeOutcome, ProbeResult } from '../../../src/types.js';
import { makeContext } from '../../helpers/context.js';
import { TestRepo, type Files } from '../../helpers/repo.js';

export interface PrRun {
  repo: TestRepo;
  outcome: ProbeOutcome;
  findings: ProbeFinding[];
  /** Findings of one rule. */
  rule(id: string): ProbeFinding[];
}

export async function runPr(base: Files, head: Files, options: { config?: Config; results?: Partial<Record<ProbeId, ProbeResult>> } = {}): Promise<PrRun> {
  const repo = TestRepo.init();
  repo.commit('base', { 'README.md': '# app\n', ...base });
  repo.checkout('feature', true);
  repo.commit('change', head);
  return runOn(repo, options);
}

export async function runOn(repo: TestRepo, options: { config?: Config; results?: Partial<Record<ProbeId, ProbeResult>> } = {}): Promise<PrRun> {
  const ctx = await makeContext(tamperProbe, { root: repo.dir, config: options.config ?? {}, now: new Date('2026-06-01T12:00:00Z'), ...(options.results ? { results: options.results } : {}) });
  const applies = await tamperProbe.applies(ctx);
  if (!applies.applies) throw new Error(`not applicable: ${applies.reason}`);
  const outcome = await tamperProbe.run(ctx);
  const findings = outcome.findings ?? [];
  return { repo, outcome, findings, rule: (id) => findings.filter((f) => f.rule === id) };
}
