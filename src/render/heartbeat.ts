// A sign of life while probes run: every interval, one line per probe still running, with its elapsed
// time and the last line it printed. A 20 s test suite or a 15 min timeout is otherwise silence.
import type { ProbeId } from '../types.js';
import type { GateOptions } from '../run.js';
import { heartbeatLine, probeLine, type Paint } from './terminal.js';

export const HEARTBEAT_INTERVAL_MS = 15_000;

export interface Heartbeat {
  started(id: ProbeId): void;
  /** The probe's latest output line (already redacted). */
  output(id: ProbeId, line: string): void;
  finished(id: ProbeId): void;
  stop(): void;
}

export interface HeartbeatOptions {
  print(line: string): void;
  paint: Paint;
  intervalMs?: number;
  now?: () => number;
}

export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const now = options.now ?? (() => performance.now());
  const running = new Map<ProbeId, { since: number; last?: string }>();
  const timer = setInterval(() => {
    for (const [id, probe] of running) options.print(heartbeatLine(id, now() - probe.since, probe.last, options.paint));
  }, options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
  // The heartbeat never keeps the process alive on its own.
  timer.unref();
  return {
    started: (id) => void running.set(id, { since: now() }),
    output: (id, line) => {
      const probe = running.get(id);
      if (probe) probe.last = line;
    },
    finished: (id) => void running.delete(id),
    stop: () => clearInterval(timer),
  };
}

/** The gate's progress options for a log: log lines, a line per finished probe, the heartbeat kept current. */
export function progressOptions(heartbeat: Heartbeat, print: (line: string) => void, paint: Paint): Pick<GateOptions, 'log' | 'onProbeStart' | 'onProbeOutput' | 'onProbe'> {
  return {
    log: print,
    onProbeStart: heartbeat.started,
    onProbeOutput: heartbeat.output,
    onProbe: (probe) => {
      heartbeat.finished(probe.id);
      print(probeLine(probe, paint));
    },
  };
}
