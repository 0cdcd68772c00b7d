// A real ProbeContext for calling `probe.run(ctx)` directly in tests (real git, real processes).
import type { TProperties } from 'typebox';
import { probeSettings, probeTimeoutMs } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { resolveDiff } from '../../src/diff/resolve.js';
import { createGit } from '../../src/git/git.js';
import { createProbeContext } from '../../src/probes/context.js';
import { scrubEnv } from '../../src/process/env.js';
import type { Probe, ProbeContext, RunOptions, SettingsOf } from '../../src/probes/probe.js';
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

/** The context the gate would give `probe` (its settings from `init.config`, its deadline from its timeout). */
export async function makeContext<P extends TProperties>(probe: Probe<string, P>, init: ContextInit): Promise<ProbeContext<SettingsOf<P>>> {
  const git = createGit(init.root);
  const diff = init.diff ?? (await resolveDiff(git, { base: init.base ?? 'main' }));
  const config = init.config ?? {};
  const context = createProbeContext({
    root: init.root,
    diff,
    settings: probeSettings(config, probe),
    options: init.options ?? {},
    git,
    now: init.now ?? new Date(),
    deadline: Date.now() + probeTimeoutMs(config, probe),
    signal: init.signal ?? new AbortController().signal,
    childEnv: scrubEnv(process.env, config.env?.allow ?? []),
    log: (line) => init.logs?.push(line),
    result: (id) => init.results?.[id],
  });
  return context as ProbeContext<SettingsOf<P>>;
}
