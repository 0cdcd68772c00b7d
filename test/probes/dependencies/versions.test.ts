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
    // Maven: the POM reference's version order specification.
    ['Maven', '1', '1.1', -1],
    ['Maven', '1-snapshot', '1', -1],
    ['Maven', '1', '1-sp', -1],
    ['Maven', '1-foo2', '1-foo10', -1],
    ['Maven', '1-1', '1.1', -1],
    ['Maven', '1-foo', '1-1', -1],
    ['Maven', '1.ga', '1', 0],
    ['Maven', '1-0', '1', 0],
    ['Maven', '1.0.0', '1', 0],
    ['Maven', '1.0.Final', '1.0', 0],
    ['Maven', '1-a1', '1-alpha-1', 0],
    ['Maven', '1.0-rc1', '1.0-CR1', 0],
    ['Maven', '1.0-alpha1', '1.0-beta1', -1],
    ['Maven', '1.0-beta1', '1.0-M1', -1],
    ['Maven', '1.0-milestone1', '1.0-RC1', -1],
    ['Maven', '1.0-RC1', '1.0-SNAPSHOT', -1],
    ['Maven', '1.0-SNAPSHOT', '1.0', -1],
    ['Maven', '1-sp', '1-ga', 1],
    ['Maven', '1-sp.1', '1-ga.1', 1],
    ['Maven', '2.9.10.8', '2.10.0', -1],
    ['Maven', '30.1-jre', '31.0-jre', -1],
    ['Maven', '2.12.7.1', '2.12.7', 1],
    // NuGet: four parts, case-insensitive prerelease labels, metadata ignored.
    ['NuGet', '1.0', '1.0.0.0', 0],
    ['NuGet', '1.0.0.1', '1.0.0', 1],
    ['NuGet', '1.0.0-Beta', '1.0.0-beta', 0],
    ['NuGet', '1.0.0-alpha', '1.0.0', -1],
    ['NuGet', '1.0.0-alpha.2', '1.0.0-alpha.10', -1],
    ['NuGet', '4.7.2', '4.7.10', -1],
    ['NuGet', '13.0.1+build.7', '13.0.1', 0],
    // Pub: SemVer, but build metadata orders (pub_semver).
    ['Pub', '1.0.0', '1.0.0+1', -1],
    ['Pub', '1.0.0-dev', '1.0.0', -1],
    ['Pub', '2.0.0-nullsafety.0', '2.0.0', -1],
    ['Pub', '0.13.0', '0.13.1', -1],
    ['Hex', '1.4.10', '1.4.3', 1],
    ['Hex', '1.0.0-rc.0', '1.0.0', -1],
    ['Hex', '2.0.0+build', '2.0.0', 0],
    // CRAN: `.` and `-` alike, more numbers is newer.
    ['CRAN', '1.2-3', '1.2.3', 0],
    ['CRAN', '1.0', '1.0.0', -1],
    ['CRAN', '0.9-10', '0.9-9', 1],
    ['CRAN', '1.1', '1.0.1', 1],
    ['ConanCenter', '1.2.11', '1.2.13', -1],
    ['ConanCenter', '1.1.1t', '1.1.1u', -1],
    ['ConanCenter', '3.0', '3.0.0', 0],
    ['SwiftURL', '2.40.0', '2.41.0', -1],
    ['SwiftURL', 'v1.0.0', '1.0.0', 0],
    ['CocoaPods', '1.0.0.beta.1', '1.0.0', -1],
    ['CocoaPods', '4.10.1', '4.9', 1],
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
    ['Maven', ''],
    ['NuGet', 'abc'],
    ['CRAN', '1.0a'],
    ['Hex', 'main'],
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
