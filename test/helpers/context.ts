// A real ProbeContext for calling `probe.run(ctx)` directly in tests (real git, real processes).
import type { Config } from '../../src/config/types.js';
import { resolveDiff } from '../../src/diff/resolve.js';
import { createGit } from '../../src/git/git.js';
import { createProbeContext } from '../../src/probes/context.js';
import { scrubEnv } from '../../src/process/env.js';
import type { ProbeContext, RunOptions } from '../../src/probes/probe.js';
import type { DiffResult, ProbeId, ProbeResult } from '../../src/types.js';

export interface ContextInit {
  root: string;
  /** Default: resolved from `base` against HEAD with the real diff engine. */
  diff?: DiffResult;
  base?: string;
  config?: Config;
  options?: RunOptions;
  now?: Date;
  signal?: AbortSignal;
  results?: Partial<Record<ProbeId, ProbeResult>>;
  /** Collects ctx.log lines. */
  logs?: string[];
}

export async function makeContext(init: ContextInit): Promise<ProbeContext> {
  const git = createGit(init.root);
  const diff = init.diff ?? (await resolveDiff(git, { base: init.base ?? 'main' }));
  return createProbeContext({
    root: init.root,
    diff,
    config: init.config ?? {},
    options: init.options ?? {},
    git,
    now: init.now ?? new Date(),
    signal: init.signal ?? new AbortController().signal,
    childEnv: scrubEnv(process.env, init.config?.env?.allow ?? []),
    log: (line) => init.logs?.push(line),
    result: (id) => init.results?.[id],
  });
}
