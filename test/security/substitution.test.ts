// What the gate reads cannot be substituted by the repository: replace objects, attributes that make a
// text file look binary, and the machine's locale, which must not reorder the evidence.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { cleanupTempDirs, TestRepo } from '../helpers/repo.js';
import { filler } from '../probes/secrets/samples.js';
import { gate } from './scenario.js';

afterAll(cleanupTempDirs);

/** A format-valid fake GitHub token, built at run time so that no literal sits in this repository. */
const token = (seed: number): string => 'gh' + 'p_' + filler(seed, 36);

function base(): TestRepo {
  const repo = TestRepo.init();
  repo.commit('initial', { 'README.md': '# fixture\n' });
  repo.checkout('feature', true);
  return repo;
}

describe('substituted reads', () => {
  it('a replace object that swaps the head commit for a clean twin is ignored: the secret is found (exit 2)', () => {
    const repo = base();
    const clean = repo.commit('clean twin', { 'config.txt': 'token = none\n' });
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    const head = repo.commit('adds a token', { 'config.txt': `token = ${token(101)}\n` });
    repo.git('replace', head, clean);

    const run = gate(repo.dir, ['main', '--only', 'secrets']);

    expect(run.code).toBe(2);
    expect(run.evidence?.diff.head_sha).toBe(head);
    expect(run.evidence?.findings).toEqual([expect.objectContaining({ probe: 'secrets', file: 'config.txt', blocking: true })]);
  });

  it('a -diff attribute on a text file hides neither its lines nor its secret (exit 2)', () => {
    const repo = base();
    repo.git('config', 'core.attributesFile', '/dev/null');
    repo.commit('adds a token behind -diff', {
      '.gitattributes': '*.txt -diff\n*.cfg diff=opaque\n',
      'notes.txt': `first line\ntoken = ${token(102)}\n`,
      'app.cfg': `key = ${token(103)}\n`,
    });
    repo.git('config', 'diff.opaque.binary', 'true');

    const run = gate(repo.dir, ['main', '--only', 'secrets']);

    expect(run.code).toBe(2);
    expect(run.evidence?.findings.map((f) => f.file).sort()).toEqual(['app.cfg', 'notes.txt']);
    expect(run.evidence?.diff.lines_added).toBe(5); // 2 attribute lines, 2 in notes.txt, 1 in app.cfg
  });

  it('findings are ordered the same under LC_ALL=tr_TR.UTF-8 as under LC_ALL=C, by code point', () => {
    const repo = base();
    // Dotted, dotless and capital i: every locale's collation orders them differently from code points.
    repo.commit('adds tokens', { 'I.txt': `t = ${token(104)}\n`, 'i.txt': `t = ${token(105)}\n`, 'ı.txt': `t = ${token(106)}\n`, 'b.txt': `t = ${token(107)}\n` });

    const files = (locale: string): string[] => {
      const run = gate(repo.dir, ['main', '--only', 'secrets'], cleanEnv({ LC_ALL: locale, LANG: locale }));
      expect(run.code).toBe(2);
      return run.evidence?.findings.map((f) => f.file ?? '') ?? [];
    };
    const turkish = files('tr_TR.UTF-8');
    expect(turkish).toEqual(['I.txt', 'b.txt', 'i.txt', 'ı.txt']);
    expect(files('C')).toEqual(turkish);
    // The locale reaches node: its own collation would have ordered them otherwise.
    expect([...turkish].sort((a, b) => new Intl.Collator('tr-TR').compare(a, b))).not.toEqual(turkish);
  });
});
