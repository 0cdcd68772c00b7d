import { readFileSync } from 'node:fs';

/**
 * Whether `pid` is a live process. A killed process whose parent is gone can stay a zombie when
 * PID 1 does not reap (containers): it no longer runs, so it counts as dead.
 */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
