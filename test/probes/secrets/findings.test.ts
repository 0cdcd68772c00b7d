import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/core/fingerprint.js';
import { pathMatcher } from '../../../src/config/path-globs.js';
import { allowanceFor } from '../../../src/probes/secrets/allow.js';
import { buildFindings, secretFingerprint, type Occurrence } from '../../../src/probes/secrets/findings.js';
import { isPlaceholder, looksRandom } from '../../../src/probes/secrets/placeholder.js';
import { isExpired } from '../../../src/config/until.js';

const NOW = new Date('2026-03-01T12:00:00Z');

function occurrence(commit: string, extra: Partial<Occurrence> = {}): Occurrence {
  return { rule: 'github', title: 'GitHub token', line: 3, secretHash: sha256('the secret'), preview: 'ghp_****', commit, path: 'src/a.ts', ...extra };
}

describe('allow-list', () => {
  it('keeps an allowance through its until day (UTC) and lets it lapse the next day', () => {
    expect(isExpired('2026-03-01', NOW)).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(isExpired('not a date', NOW)).toBe(true);
  });

  it('matches fingerprints exactly, ignoring case and surrounding space', () => {
    const allow = [{ fingerprint: ' ABCDEF ', reason: 'r' }];
    expect(allowanceFor(['abcdef'], allow, NOW)).toEqual({ state: 'allowed', allowance: allow[0] });
    expect(allowanceFor(['abcde'], allow, NOW)).toEqual({ state: 'none' });
    expect(allowanceFor(['abcdef'], [{ fingerprint: 'abcdef', reason: 'r', until: '2026-02-28' }], NOW).state).toBe('expired');
  });

  it('still honours an allowance written for the rule id the finding had under the secretlint-based probe', () => {
    const legacy = secretFingerprint('github', 'src/a.ts', sha256('the secret'));
    const result = buildFindings([occurrence('c1', { rule: 'github-pat' })], ['c1'], [{ fingerprint: legacy, reason: 'revoked' }], NOW);
    expect(result.findings).toEqual([]);
    expect(result.allowed).toEqual([expect.objectContaining({ rule: 'github-pat', reason: 'revoked' })]);
    expect(result.unusedAllowances).toEqual([]);
    // Another family's old id does not carry over.
    const other = buildFindings([occurrence('c1', { rule: 'npm-access-token' })], ['c1'], [{ fingerprint: legacy, reason: 'r' }], NOW);
    expect(other.findings).toHaveLength(1);
  });

  it('matches ignored paths with globs, dotfiles included', () => {
    const ignored = pathMatcher(['test/fixtures/**', '**/*.snap', '.github/**']);
    expect(ignored('test/fixtures/a/b.txt')).toBe(true);
    expect(ignored('src/__snapshots__/x.test.ts.snap')).toBe(true);
    expect(ignored('.github/workflows/ci.yml')).toBe(true);
    expect(ignored('src/test/fixtures.ts')).toBe(false);
    expect(pathMatcher([])('anything')).toBe(false);
  });
});

describe('findings', () => {
  it('fingerprints rule, path and the secret hash: stable, and not the secret', () => {
    const fp = secretFingerprint('github', 'src/a.ts', sha256('the secret'));
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(fp).toBe(secretFingerprint('github', 'src/a.ts', sha256('the secret')));
    expect(fp).not.toBe(secretFingerprint('github', 'src/b.ts', sha256('the secret')));
    expect(fp).not.toBe(secretFingerprint('github', undefined, sha256('the secret')));
  });

  it('reports one finding per secret and file, at the oldest commit, with the later ones listed', () => {
    const order = ['c1', 'c2', 'c3'];
    const { findings } = buildFindings([occurrence('c3'), occurrence('c1'), occurrence('c2', { path: 'src/b.ts' })], order, [], NOW);
    expect(findings.map((f) => [f.file, f.commit])).toEqual([
      ['src/a.ts', 'c1'],
      ['src/b.ts', 'c2'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'critical', blocking: true, line: 3, details: { occurrences: 2, commits: ['c1', 'c3'], preview: 'ghp_****' } });
    expect(findings[0]!.message).toContain('src/a.ts:3');
  });

  it('words commit-message findings without a file', () => {
    const { findings } = buildFindings([occurrence('abcdef1234567890', { path: undefined, line: 2 })], ['abcdef1234567890'], [], NOW);
    expect(findings[0]!.file).toBeUndefined();
    expect(findings[0]!.message).toContain('in the message of commit abcdef123456 (line 2)');
  });

  it('moves allowed secrets to the allowed list, and brings expired ones back', () => {
    const fp = secretFingerprint('github', 'src/a.ts', sha256('the secret'));
    const allowed = buildFindings([occurrence('c1')], ['c1'], [{ fingerprint: fp, reason: 'rotated' }], NOW);
    expect(allowed.findings).toEqual([]);
    expect(allowed.allowed).toEqual([{ fingerprint: fp, rule: 'github', file: 'src/a.ts', commit: 'c1', reason: 'rotated' }]);
    const expired = buildFindings([occurrence('c1')], ['c1'], [{ fingerprint: fp, reason: 'rotated', until: '2026-01-31' }], NOW);
    expect(expired.findings[0]!.message).toContain('expired on 2026-01-31');
    expect(expired.unusedAllowances).toEqual([]);
  });
});

describe('placeholders and randomness', () => {
  it('recognises documentation values', () => {
    for (const value of ['xxxxxxxx', 'EXAMPLEKEY', '<your-key>', '${API_KEY}', '{{ token }}', '%TOKEN%', '$TOKEN', 'changeme', 'your_token_here', '000000000']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    expect(isPlaceholder('Zk39fjQ2mXa7')).toBe(false);
  });

  it('judges generic values by mixed characters and entropy', () => {
    expect(looksRandom('Zk39fjQ2mXa7')).toBe(true);
    expect(looksRandom('3f9a8c7e2b1d4f6a9c8e7b2a5d3c1e0f')).toBe(true);
    expect(looksRandom('config.get.value')).toBe(false);
    expect(looksRandom('aaaa1111')).toBe(false);
    expect(looksRandom('short1')).toBe(false);
  });
});
