// The pure parts of the git module: the environment and overrides every call gets, git failure messages.
import { describe, expect, it } from 'vitest';
import { gitEnvironment, repositoryProgramOverrides, repositorySelectingSet, staticOverrides, withoutRepositorySelection } from '../../src/git/environment.js';
import { describeGitFailure, gitReason } from '../../src/git/failure.js';
import { heldoutSecrets } from '../../src/probes/heldout/redact.js';
import { compareText } from '../../src/core/text.js';

describe('git environment', () => {
  const env = {
    PATH: '/usr/bin',
    HOME: '/home/u',
    GIT_DIR: '/elsewhere/.git',
    GIT_WORK_TREE: '/elsewhere',
    GIT_INDEX_FILE: '/elsewhere/.git/index',
    GIT_EXTERNAL_DIFF: 'evil',
    GIT_ASKPASS: 'evil-askpass',
    SSH_ASKPASS: 'evil-ssh-askpass',
    GITHUB_TOKEN: 'ghs_secret',
    NPM_TOKEN: 'npm_secret',
    GIT_CONFIG_PARAMETERS: "'user.name'='x'",
  };

  it('clears repository selection and program variables, drops credentials, keeps the user\'s config', () => {
    const out = gitEnvironment(env);
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_EXTERNAL_DIFF', 'SSH_ASKPASS', 'GITHUB_TOKEN', 'NPM_TOKEN']) expect(out).not.toHaveProperty(name);
    expect(out).toMatchObject({ PATH: '/usr/bin', GIT_ASKPASS: '', GIT_NO_REPLACE_OBJECTS: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_PARAMETERS: "'user.name'='x'" });
    expect(out.GIT_ALLOW_PROTOCOL).not.toMatch(/ext|git(?!:)/);
    expect(repositorySelectingSet(env)).toEqual(['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']);
    expect(withoutRepositorySelection(env)).not.toHaveProperty('GIT_DIR');
  });

  it('keeps an ssh command the user set, else pins plain ssh', () => {
    expect(staticOverrides({})).toContain('core.sshCommand=ssh');
    expect(staticOverrides({ GIT_SSH_COMMAND: 'ssh -i key' })).not.toContain('core.sshCommand=ssh');
    expect(staticOverrides({})).toEqual(expect.arrayContaining(['core.fsmonitor=false', 'core.hooksPath=/dev/null']));
  });

  it('neutralises the filter drivers and credential helpers of the repository\'s own config only', () => {
    const listed = ['system', 'filter.lfs.clean\ngit-lfs clean -- %f', 'local', 'filter.evil.process\n/tmp/x', 'worktree', 'credential.https://h.example.helper\n!evil', 'global', 'credential.helper\nstore', ''].join('\0');
    expect(repositoryProgramOverrides(listed)).toEqual([
      '-c', 'filter.evil.clean=', '-c', 'filter.evil.smudge=', '-c', 'filter.evil.process=', '-c', 'filter.evil.required=false',
      '-c', 'credential.https://h.example.helper=',
    ]);
    expect(repositoryProgramOverrides('')).toEqual([]);
  });
});

describe('git failures', () => {
  it('quote git\'s own reason and name the fix', () => {
    expect(describeGitFailure(['rev-parse'], "fatal: detected dubious ownership in repository at '/r'\nTo add an exception...", '/r')).toMatch(/dubious ownership.*safe\.directory \/r/);
    expect(describeGitFailure(['status'], 'error: bogus format in GIT_CONFIG_PARAMETERS\nfatal: unable to parse command-line config', '/r')).toMatch(/bogus format in GIT_CONFIG_PARAMETERS.*unset GIT_CONFIG_PARAMETERS/);
    expect(describeGitFailure(['diff'], 'error: inflate: data stream error (incorrect header check)\nfatal: loose object abc (stored in x) is corrupt', '/r')).toMatch(/git diff failed because the repository is damaged \(loose object abc .*is corrupt\): run git fsck/);
    expect(describeGitFailure(['rev-parse'], 'fatal: not a git repository (or any of the parent directories): .git', '/r')).toMatch(/\/r is not a git repository/);
    expect(describeGitFailure(['log'], 'fatal: something new', '/r')).toBe('git log failed: something new');
    expect(gitReason('')).toBe('unknown error');
  });
});

describe('held-out redaction', () => {
  it('hides commands and hidden files, and titles unless revealed', () => {
    const text = 'items:\n  - id: AC-1\n    title: Rejects negative amounts\n    run: npm test -- hidden.spec.js\n    files:\n      tests/hidden.spec.js: "expect(pay(-1)).toThrow()\\n"\n';
    const ids = heldoutSecrets(text, 'f', 'ids');
    expect(ids).toEqual(expect.arrayContaining(['npm test -- hidden.spec.js', 'tests/hidden.spec.js', 'expect(pay(-1)).toThrow()', 'Rejects negative amounts']));
    expect(ids).not.toContain('AC-1');
    expect(heldoutSecrets(text, 'f', 'titles')).not.toContain('Rejects negative amounts');
    expect(heldoutSecrets('not: [valid', 'f', 'ids')).toContain('not: [valid');
  });
});

describe('compareText', () => {
  it('orders by code unit, whatever the locale', () => {
    expect(['ı', 'i', 'b', 'I', 'a'].sort(compareText)).toEqual(['I', 'a', 'b', 'i', 'ı']);
  });
});
