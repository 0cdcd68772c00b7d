// One-line messages for git failures: git's own reason, then the fix. Pure.

/** What the git module reports when the git executable cannot be started. */
export const GIT_MISSING = 'git executable not found';

interface Known {
  test: RegExp;
  message(reason: string, cwd: string, args: readonly string[], stderr: string): string;
}

const KNOWN: Known[] = [
  {
    test: new RegExp(GIT_MISSING),
    message: () => 'git is not installed or not on PATH: install git or add its directory to PATH',
  },
  {
    // "detected dubious ownership in repository at '<dir>'" (git >= 2.36) or "unsafe repository" (2.35.2).
    test: /dubious ownership|unsafe repository/,
    message: (reason, cwd) =>
      `git refuses the repository (${reason}): run as the owner of ${cwd} or trust it with git config --global --add safe.directory ${cwd}`,
  },
  {
    test: /GIT_CONFIG_PARAMETERS|bogus config parameter|unable to parse command-line config|GIT_CONFIG_(?:COUNT|KEY|VALUE)/,
    message: (reason, _cwd, _args, stderr) =>
      `git cannot read the configuration in the environment (${/(?:bogus|GIT_CONFIG_).*$/m.exec(stderr)?.[0] ?? reason}): fix or unset GIT_CONFIG_PARAMETERS / GIT_CONFIG_COUNT`,
  },
  {
    test: /is corrupt|inflate|bad object|unable to unpack|object file .* is empty|index file corrupt|index file smaller|unable to read [0-9a-f]{7,}|packfile .* (?:cannot be accessed|does not match)/,
    message: (reason, _cwd, args) =>
      `git ${args[0] ?? ''} failed because the repository is damaged (${reason}): run git fsck, then re-clone or fetch the missing objects`,
  },
  {
    test: /not a git repository/,
    message: (_reason, cwd) => `${cwd} is not a git repository: run loki-verify inside a git checkout`,
  },
];

/** The most telling line of git's stderr: the `fatal:` line, else the first `error:` line, else the first. */
export function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const pick = lines.find((line) => line.startsWith('fatal:')) ?? lines.find((line) => line.startsWith('error:')) ?? lines[0] ?? 'unknown error';
  return pick.replace(/^(?:fatal|error):\s*/, '');
}

/** A one-line message for git failing on `args` in `cwd` with `stderr`. */
export function describeGitFailure(args: readonly string[], stderr: string, cwd: string): string {
  const reason = gitReason(stderr);
  for (const known of KNOWN) {
    // The whole stderr: the telling line is not always the fatal one ("inflate" precedes "loose object ... is corrupt").
    if (known.test.test(stderr)) return known.message(reason, cwd, args, stderr);
  }
  return `git ${args[0] ?? ''} failed: ${reason}`;
}
