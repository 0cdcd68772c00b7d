import { describe, expect, it } from 'vitest';
import { ECOSYSTEM_ORDER } from '../../../src/probes/dependencies/versions/index.js';
import { normalizeComposerVersion, phpVersionCompare } from '../../../src/probes/dependencies/versions/packagist.js';

const sign = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.sign(n));

describe('version ordering per ecosystem', () => {
  it.each([
    ['npm', '4.17.20', '4.17.21', -1],
    ['npm', '1.2.6', '1.2.6', 0],
    ['npm', '2.0.0-rc.1', '2.0.0', -1],
    ['npm', '10.0.0', '9.9.9', 1],
    ['PyPI', '1.0', '1.0.0', 0],
    ['PyPI', '2.31.0', '2.4.0', 1],
    ['PyPI', '1.0rc1', '1.0', -1],
    ['PyPI', '1.0.post1', '1.0', 1],
    ['PyPI', '1.0.dev1', '1.0a1', -1],
    ['PyPI', '1!0.5', '2.0', 1],
    ['PyPI', '5.3.1', '5.4', -1],
    ['Go', 'v0.7.0', '0.7.0', 0],
    ['Go', 'v0.0.0-20220826154423-83b083e8dc8b', '0.0.0-20220906165146-f3363e06e74c', -1],
    ['Go', 'v0.0.0-20220906165146-f3363e06e74c', 'v0.1.0', -1],
    ['Go', 'v2.0.0+incompatible', 'v2.0.0', 0],
    ['crates.io', '1.6.0', '1.6.1', -1],
    ['crates.io', '0.0.0-0', '0.1.0', -1],
    ['RubyGems', '2.2.6.2', '2.2.6.3', -1],
    ['RubyGems', '1.13.4.rc1', '1.13.4', -1],
    ['RubyGems', '1.0', '1.0.0', 0],
    ['RubyGems', '1.13.10', '1.13.9', 1],
    ['Packagist', 'v7.4.2', '7.4.3', -1],
    ['Packagist', '7.4.3', '7.4.3.0', 0],
    ['Packagist', '2.0.0-beta1', '2.0.0', -1],
    ['Packagist', '2.0.0-RC1', '2.0.0-beta2', 1],
    ['Packagist', '1.0.0-patch1', '1.0.0', 1],
    ['Packagist', '1.8.10', '1.8.4', 1],
  ] as const)('%s: %s vs %s -> %i', (ecosystem, a, b, expected) => {
    expect(sign(ECOSYSTEM_ORDER[ecosystem](a, b))).toBe(expected);
    expect(sign(ECOSYSTEM_ORDER[ecosystem](b, a))).toBe(-expected || 0);
  });

  it.each([
    ['npm', 'latest'],
    ['npm', '1.x'],
    ['PyPI', 'not a version'],
    ['Packagist', 'dev-main'],
    ['Go', 'master'],
  ] as const)('%s: "%s" cannot be ordered', (ecosystem, version) => {
    expect(ECOSYSTEM_ORDER[ecosystem](version, '1.0.0')).toBeUndefined();
  });
});

describe('Composer normalization and PHP version_compare', () => {
  it.each([
    ['1', '1.0.0.0'],
    ['v1.2', '1.2.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['1.0.0-beta.2', '1.0.0.0-beta2'],
    ['1.0.0b2', '1.0.0.0-beta2'],
    ['1.0.0-rc1', '1.0.0.0-RC1'],
    ['1.0.0-pl3', '1.0.0.0-patch3'],
    ['1.0.0-stable', '1.0.0.0'],
    ['1.0.x-dev', undefined],
    ['2.1.0-alpha1-dev', '2.1.0.0-alpha1-dev'],
    ['20100102-203040', '20100102.203040'],
    ['1.0.0+build.5', '1.0.0.0'],
    ['dev-main', undefined],
  ])('normalize(%s) = %s', (input, expected) => {
    expect(normalizeComposerVersion(input)).toBe(expected);
  });

  // Cases from php-src ext/standard/tests/versioning/version_compare.phpt semantics.
  it.each([
    ['1.0', '1.0.0', -1],
    ['1.0.0', '1.0.0.0', -1],
    ['1.0rc1', '1.0', -1],
    ['1.0', '1.0pl1', -1],
    ['1.0-dev', '1.0alpha', -1],
    ['1.0alpha', '1.0beta', -1],
    ['1.0beta', '1.0RC', -1],
    ['1.0RC', '1.0', -1],
    ['1.0.0.0-beta2', '1.0.0.0-beta10', -1],
    ['1.0.0.0', '1.0.0.0-patch1', -1],
    ['1.0.0.0-dev', '1.0.0.0-alpha1', -1],
    ['1.2.3', '1.2.3', 0],
  ] as const)('version_compare(%s, %s) = %i', (a, b, expected) => {
    expect(phpVersionCompare(a, b)).toBe(expected);
    expect(phpVersionCompare(b, a)).toBe(-expected || 0);
  });
});
