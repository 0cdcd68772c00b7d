// gitleaks compatibility: .gitleaks.toml (custom rules, allowlists, [extend]), .gitleaksignore and
// gitleaks:allow, parsed on their own and honoured by the probe from the merge-base.
import { afterAll, describe, expect, it } from 'vitest';
import { VerifyError } from '../../../src/core/errors.js';
import { policyFileReader } from '../../../src/config/policy-files.js';
import { parseGitleaksConfig } from '../../../src/probes/secrets/gitleaks-config.js';
import { isIgnored, parseGitleaksIgnore } from '../../../src/probes/secrets/gitleaks.js';
import { activeRules, secretsProbe } from '../../../src/probes/secrets/index.js';
import { createScanner } from '../../../src/probes/secrets/scan.js';
import { hunkFromLines } from '../../../src/probes/secrets/patch.js';
import { buildSource } from '../../../src/probes/secrets/source.js';
import { makeContext } from '../../helpers/context.js';
import { cleanupTempDirs, TestRepo, type Files } from '../../helpers/repo.js';
import { filler, samples } from './samples.js';

afterAll(cleanupTempDirs);

const internal = `corp_${filler(900, 32)}`;
const CONFIG = `
title = "team rules"

[extend]
useDefault = true
disabledRules = ["twilio-api-key"]

[[rules]]
id = "corp-internal-token"
description = "Corp internal token"
regex = '''(?i)\\b(corp_[a-z0-9]{32})\\b'''
keywords = ["corp_"]
entropy = 3.0

  [[rules.allowlists]]
  paths = ['''^docs/''']

[[rules]]
id = "corp-signing-key-file"
path = '''(?:^|/)signing\\.key$'''

[allowlist]
description = "global"
stopwords = ["notasecret"]
regexes = ['''^sk_test_''']

[[allowlists]]
targetRules = ["generic-api-key"]
regexTarget = "line"
regexes = ['''#\\s*fixture''']
`;

function scan(text: string, path: string, config = parseGitleaksConfig(CONFIG), commit?: string) {
  const scanner = createScanner({ rules: activeRules(config), allows: config.allows });
  const source = buildSource([hunkFromLines(1, text.split('\n'))], scanner.isHot) ?? { content: '', lineNumbers: [0], added: [0] };
  return scanner.scan([{ path, blob: 'ab'.repeat(20), source }], commit).map((h) => h.rule);
}

describe('.gitleaks.toml', () => {
  it('runs custom rules (RE2 syntax, secretGroup, keywords, entropy) next to the built-in ones', () => {
    expect(scan(`token = "${internal}"`, 'src/a.ts')).toEqual(['corp-internal-token']);
    expect(scan(`token = "corp_${'ab'.repeat(16)}"`, 'src/a.ts')).toEqual([]); // below the rule's entropy
    expect(scan(samples().find((s) => s.rule === 'github-pat')!.line, 'src/a.ts')).toEqual(['github-pat']);
  });

  it('honours a per-rule allowlist, global stopwords and regexes, and targeted allowlists', () => {
    expect(scan(`token = "${internal}"`, 'docs/guide.md')).toEqual([]);
    expect(scan(`password = "notasecret${filler(901, 12)}"`, 'src/a.ts')).toEqual([]);
    expect(scan(`key = "${'sk'}_test_${filler(902, 30)}"`, 'src/a.ts')).toEqual([]);
    const generic = `api_secret = "${filler(903, 24)}"`;
    expect(scan(generic, 'src/a.ts')).toEqual(['generic-api-key']);
    expect(scan(`${generic} # fixture`, 'src/a.ts')).toEqual([]);
  });

  it('reports a file matching a path-only rule, and drops the rules named in disabledRules', () => {
    expect(scan('anything', 'release/signing.key')).toEqual(['corp-signing-key-file']);
    const twilio = samples().find((s) => s.rule === 'twilio-api-key')!;
    expect(scan(twilio.line, 'src/a.ts')).toEqual([]);
  });

  it('applies AND allowlists only when every criterion matches, and commit allowlists by commit', () => {
    const config = parseGitleaksConfig(`
[[allowlists]]
condition = "AND"
paths = ['''^test/''']
regexes = ['''^ghp_''']

[[allowlists]]
commits = ["${'c'.repeat(40)}"]
`);
    const github = samples().find((s) => s.rule === 'github-pat')!;
    expect(scan(github.line, 'test/a.ts', config)).toEqual([]);
    expect(scan(github.line, 'src/a.ts', config)).toEqual(['github-pat']);
    expect(scan(github.line, 'src/a.ts', config, 'c'.repeat(40))).toEqual([]);
  });

  it('refuses a broken file with an error naming the file and the problem', () => {
    expect(() => parseGitleaksConfig('[[rules]\nid=')).toThrow(VerifyError);
    expect(() => parseGitleaksConfig('[[rules]]\nid = "x"\nregex = "(?=lookahead)"')).toThrow(/rule x regex is not a valid regular expression/);
    expect(() => parseGitleaksConfig('[[rules]]\ndescription = "no id"\nregex = "x"')).toThrow(/\.gitleaks\.toml.*rules\[0\]\.id is missing/);
  });
});

describe('.gitleaksignore', () => {
  it('reads commit:file:rule:line and file:rule:line entries, paths with colons included', () => {
    const sha = 'a'.repeat(40);
    const entries = parseGitleaksIgnore(`# comment\n${sha}:src/a.ts:github-pat:3\nweird:name.txt:generic-api-key:10\n\nnot an entry\n`);
    expect(entries).toEqual([
      { commit: sha, file: 'src/a.ts', rule: 'github-pat', line: 3 },
      { file: 'weird:name.txt', rule: 'generic-api-key', line: 10 },
    ]);
    expect(isIgnored(entries, { commit: sha, path: 'src/a.ts', rule: 'github-pat', line: 3 })).toBe(true);
    expect(isIgnored(entries, { commit: 'b'.repeat(40), path: 'src/a.ts', rule: 'github-pat', line: 3 })).toBe(false);
    expect(isIgnored(entries, { commit: 'b'.repeat(40), path: 'weird:name.txt', rule: 'generic-api-key', line: 10 })).toBe(true);
  });
});

describe('secrets probe: gitleaks files from the merge-base', () => {
  function repoWith(base: Files): TestRepo {
    const repo = TestRepo.init();
    repo.commit('base', { 'README.md': '# app\n', ...base });
    repo.checkout('feature', true);
    return repo;
  }
  const run = async (repo: TestRepo) => secretsProbe.run(await makeContext(secretsProbe, { root: repo.dir }));

  it('honours the merge-base .gitleaks.toml and .gitleaksignore, and ignores the PR editing them', async () => {
    const github = samples().find((s) => s.rule === 'github-pat')!;
    const repo = repoWith({ '.gitleaks.toml': CONFIG });
    const sha = repo.commit('add', { 'src/a.ts': `token = "${internal}"\n`, 'src/b.ts': `x\n${github.line}\n` });
    const before = await run(repo);
    expect(before.findings!.map((f) => f.rule).sort()).toEqual(['corp-internal-token', 'github-pat']);

    // The PR cannot allow its own secrets: its edits to the gitleaks files do not count.
    repo.commit('loosen', { '.gitleaks.toml': '', '.gitleaksignore': `${sha}:src/b.ts:github-pat:2\n` });
    expect((await run(repo)).findings!.map((f) => f.rule).sort()).toEqual(['corp-internal-token', 'github-pat']);

    const ignored = repoWith({ '.gitleaks.toml': CONFIG, '.gitleaksignore': 'src/b.ts:github-pat:2\n' });
    ignored.commit('add', { 'src/b.ts': `x\n${github.line}\n` });
    const outcome = await run(ignored);
    expect(outcome.status).toBe('pass');
    expect(outcome.details).toMatchObject({ gitleaks_files: ['.gitleaks.toml', '.gitleaksignore'], gitleaks_ignored: 1 });
  });

  it('reads them through the run\'s policy reader: from the working tree with --policy-from head', async () => {
    const github = samples().find((s) => s.rule === 'github-pat')!;
    const repo = repoWith({});
    repo.commit('add', { 'src/b.ts': `x\n${github.line}\n`, '.gitleaksignore': 'src/b.ts:github-pat:2\n', '.gitleaks.toml': '[[rules]]\nid = "x"\nregex = "("\n' });
    const head = policyFileReader({ root: repo.dir, from: 'head', readAtMergeBase: () => Promise.reject(new Error('not read at the merge-base')) });
    const outcome = secretsProbe.run(await makeContext(secretsProbe, { root: repo.dir, options: { policyReader: head } }));
    // The working tree's broken config is read (and named as such), not the merge-base's missing one.
    await expect(outcome).rejects.toThrow(/\.gitleaks\.toml \(in the working tree, --policy-from head\): rule x regex/);
    repo.commit('fix the config', { '.gitleaks.toml': CONFIG });
    const fixed = await secretsProbe.run(await makeContext(secretsProbe, { root: repo.dir, options: { policyReader: head } }));
    expect(fixed.details).toMatchObject({ gitleaks_files: ['.gitleaks.toml', '.gitleaksignore'], gitleaks_ignored: 1 });
    expect(fixed.status).toBe('pass');
    // The default reader (the merge-base) has neither file: the finding stands.
    expect((await run(repo)).findings!.map((f) => f.rule)).toEqual(['github-pat']);
  });

  it('honours gitleaks:allow comments', async () => {
    const repo = repoWith({});
    repo.commit('add', { 'src/a.ts': `${samples().find((s) => s.rule === 'github-pat')!.line} // gitleaks:allow\n` });
    expect((await run(repo)).status).toBe('pass');
  });

  it('ends in an error naming the file when the merge-base .gitleaks.toml is broken', async () => {
    const repo = repoWith({ '.gitleaks.toml': '[[rules]]\nid = "x"\nregex = "("\n' });
    repo.commit('add', { 'a.txt': 'a\n' });
    await expect(run(repo)).rejects.toThrow(/\.gitleaks\.toml \(at the merge-base\): rule x regex/);
  });
});
