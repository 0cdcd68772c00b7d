// Keeps what the gate was started with out of reach of the PR's code. Any process of the same user can
// read /proc/<pid>/environ (the environment a process was started with, whatever it later deletes) and
// /proc/<pid>/cmdline of the gate, its ancestor. So the entry point replaces itself (execve, same pid)
// with a process started with an environment free of credentials and no arguments; the credentials and
// the arguments (e.g. `--heldout PATH`) come through a private file that the new process reads and
// deletes before anything else happens, and live on only in its memory (process.env), which the PR's
// code cannot read (/proc/<pid>/mem needs ptrace rights over the gate, which Yama denies descendants).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isScrubbedName } from './env.js';

/** Names the private file in the re-executed process's environment. */
const HANDOFF = 'LOKI_VERIFY_HANDOFF';

interface Handoff {
  env: Record<string, string>;
  args: string[];
}

type Execve = (file: string, args: string[], env: Record<string, string>) => never;

/**
 * Call first in an entry point, before anything reads process.env or process.argv. Either re-executes
 * the process (never returns), or returns in the process that does the work, with process.env and
 * process.argv as the user gave them; returns a warning when the credentials could not be hidden.
 */
export function startClean(): string | undefined {
  const handoff = process.env[HANDOFF];
  if (handoff !== undefined) {
    receive(handoff);
    return undefined;
  }
  const secrets = Object.keys(process.env).filter((name) => isScrubbedName(name, new Set()));
  const args = process.argv.slice(2);
  if (secrets.length === 0 && !args.some((arg) => arg === '--heldout' || arg.startsWith('--heldout='))) return undefined;

  const execve = (process as unknown as { execve?: Execve }).execve;
  if (typeof execve !== 'function' || process.platform === 'win32') {
    return `Node.js ${process.version} cannot re-execute itself (process.execve needs Node >= 22.15 or 23.11 on a POSIX system): the credentials in the environment and the command line stay readable by the PR's code through /proc`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'loki-verify-handoff-')); // mode 0700
  const file = join(dir, 'handoff.json');
  const payload: Handoff = { env: Object.fromEntries(secrets.map((name) => [name, process.env[name]!])), args };
  writeFileSync(file, JSON.stringify(payload), { mode: 0o600, flag: 'wx' });
  const env: Record<string, string> = { [HANDOFF]: file };
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !secrets.includes(name)) env[name] = value;
  }
  try {
    return execve.call(process, process.execPath, [process.execPath, ...process.execArgv, process.argv[1]!], env);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `could not re-execute with a clean environment (${(error as Error).message}): the credentials in the environment stay readable by the PR's code through /proc`;
  }
}

/** Takes the credentials and arguments back from the private file, which is deleted at once. */
function receive(file: string): void {
  let payload: Handoff;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8')) as Handoff;
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
    delete process.env[HANDOFF];
  }
  // In memory only: setting process.env does not change /proc/<pid>/environ.
  Object.assign(process.env, payload.env);
  process.argv = [...process.argv.slice(0, 2), ...payload.args];
}
