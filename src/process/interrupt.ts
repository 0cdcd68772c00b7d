// Cleanup that must happen even when the gate is interrupted (kill probe processes, remove held-out files).

export type InterruptSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const handlers = new Set<(signal: InterruptSignal) => void>();
let installed = false;

function runAll(signal: InterruptSignal): void {
  // Newest first, like unwinding a stack: a process is killed before the folder it runs in is removed.
  for (const handler of [...handlers].reverse()) {
    try {
      handler(signal);
    } catch {
      // keep cleaning up the rest
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // The listeners stay: without one, Node restores the default action, and a second signal arriving
    // during the cleanup (a runner cancelling twice, `timeout` forwarding one) would end the process half
    // way, its probes' processes alive and no evidence written. The second one is ignored instead.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      runAll(signal);
      // 128 + signal number, as a shell would report it.
      process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
    });
  }
}

/**
 * Registers `handler` to run (synchronously, the newest first) if the process is interrupted;
 * returns a function that unregisters it.
 */
export function onInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  install();
  handlers.add(handler);
  return () => handlers.delete(handler);
}
