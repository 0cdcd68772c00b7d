import { describe, expect, it } from 'vitest';
import { groupRecords } from '../../../src/probes/dependencies/group.js';
import { matchRecord } from '../../../src/probes/dependencies/match.js';
import { toOsvRecord, type OsvRecord } from '../../../src/probes/dependencies/osv/record.js';
import { RULES, toFinding } from '../../../src/probes/dependencies/policy.js';
import { cvssBaseScore, rateSeverity } from '../../../src/probes/dependencies/severity.js';
import type { Ecosystem, Package } from '../../../src/probes/dependencies/types.js';
import { isExpired } from '../../../src/config/until.js';
import { fixtureRecords } from './osv-server.js';

const fixtures = new Map(fixtureRecords().map((raw) => [(raw as { id: string }).id, toOsvRecord(raw) as OsvRecord]));
const record = (id: string): OsvRecord => {
  const found = fixtures.get(id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
};
const pkg = (ecosystem: Ecosystem, name: string, version: string): Package => ({ ecosystem, name, version });

describe('matchRecord on real advisories', () => {
  it.each([
    ['GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', '4.17.20', 'affected', '4.17.21'],
    ['GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', '4.17.21', 'not-affected', undefined],
    ['GHSA-35jh-r3h4-6jhm', 'npm', 'lodash.template', '4.5.0', 'affected', undefined], // last_affected: no fix known
    ['GHSA-35jh-r3h4-6jhm', 'npm', 'lodash.template', '4.5.1', 'not-affected', undefined],
    ['GHSA-p6mc-m468-83gw', 'npm', 'lodash', '3.6.0', 'not-affected', undefined], // below `introduced`
    ['GHSA-p6mc-m468-83gw', 'npm', 'lodash', '3.7.0', 'affected', '4.17.19'],
    ['GHSA-xvch-5gv4-984h', 'npm', 'minimist', '0.2.3', 'affected', '0.2.4'],
    ['GHSA-xvch-5gv4-984h', 'npm', 'minimist', '0.2.4', 'not-affected', undefined],
    ['GHSA-xvch-5gv4-984h', 'npm', 'minimist', '1.2.5', 'affected', '1.2.6'],
    ['GHSA-xvch-5gv4-984h', 'npm', 'minimist', '1.2.6', 'not-affected', undefined],
    ['GHSA-j8r2-6x86-q33q', 'PyPI', 'requests', '2.2.1', 'not-affected', undefined],
    ['GHSA-j8r2-6x86-q33q', 'PyPI', 'Requests', '2.30.0', 'affected', '2.31.0'],
    ['PYSEC-2023-74', 'PyPI', 'requests', '2.28.1', 'affected', '2.31.0'], // GIT range ignored, ECOSYSTEM used
    ['GHSA-8q59-q68h-6hv4', 'PyPI', 'PyYAML', '5.3.1', 'affected', '5.4'], // PEP 503 names
    ['GHSA-8q59-q68h-6hv4', 'PyPI', 'pyyaml', '5.4.1', 'not-affected', undefined],
    ['GHSA-h5c8-rqwp-cp95', 'PyPI', 'Jinja2', '3.1.2', 'affected', '3.1.3'],
    ['GHSA-vvpx-j8f3-3w6h', 'Go', 'golang.org/x/net', 'v0.6.0', 'affected', '0.7.0'],
    ['GHSA-vvpx-j8f3-3w6h', 'Go', 'golang.org/x/net', 'v0.7.0', 'not-affected', undefined],
    ['GO-2022-0969', 'Go', 'golang.org/x/net', 'v0.0.0-20220826154423-83b083e8dc8b', 'affected', '0.0.0-20220906165146-f3363e06e74c'],
    ['GO-2022-0969', 'Go', 'golang.org/x/net', 'v0.0.0-20220909164309-bea034e7d591', 'not-affected', undefined],
    ['RUSTSEC-2021-0003', 'crates.io', 'smallvec', '0.6.2', 'not-affected', undefined],
    ['RUSTSEC-2021-0003', 'crates.io', 'smallvec', '1.6.0', 'affected', '1.6.1'],
    ['RUSTSEC-2020-0071', 'crates.io', 'time', '0.1.43', 'affected', '0.2.0'],
    ['RUSTSEC-2020-0071', 'crates.io', 'time', '0.2.3', 'not-affected', undefined], // the unaffected gap
    ['RUSTSEC-2020-0071', 'crates.io', 'time', '0.2.22', 'affected', '0.2.23'],
    ['GHSA-3h57-hmj3-gj3p', 'RubyGems', 'rack', '2.2.6.2', 'affected', '2.2.6.3'],
    ['GHSA-3h57-hmj3-gj3p', 'RubyGems', 'rack', '2.2.6.3', 'not-affected', undefined],
    ['GHSA-3h57-hmj3-gj3p', 'RubyGems', 'rack', '3.0.4.1', 'affected', '3.0.4.2'],
    ['GHSA-crjr-9rc5-ghw8', 'RubyGems', 'nokogiri', '1.13.3', 'affected', '1.13.4'],
    ['GHSA-cwmx-hcrq-mhc3', 'Packagist', 'guzzlehttp/guzzle', '7.4.2', 'affected', '7.4.3'],
    ['GHSA-cwmx-hcrq-mhc3', 'Packagist', 'guzzlehttp/guzzle', 'v6.5.5', 'affected', '6.5.6'],
    ['GHSA-cwmx-hcrq-mhc3', 'Packagist', 'guzzlehttp/guzzle', '6.5.6', 'not-affected', undefined],
    ['GHSA-wxmh-65f7-jcvw', 'Packagist', 'guzzlehttp/psr7', '2.1.0', 'affected', '2.1.1'],
  ] as const)('%s: %s %s@%s is %s (fixed %s)', (id, ecosystem, name, version, status, fixed) => {
    const result = matchRecord(record(id), pkg(ecosystem, name, version));
    expect(result.status).toBe(status);
    if (result.status === 'affected') expect(result.fixed).toBe(fixed);
  });

  it('ignores records about other packages or ecosystems', () => {
    expect(matchRecord(record('GHSA-35jh-r3h4-6jhm'), pkg('npm', 'lodash.merge', '4.6.0')).status).toBe('not-affected');
    expect(matchRecord(record('GHSA-35jh-r3h4-6jhm'), pkg('PyPI', 'lodash', '4.17.20')).status).toBe('not-affected');
  });

  it('uses an explicit versions list, and says unknown when a version cannot be ordered', () => {
    const listed = toOsvRecord({
      id: 'PYSEC-TEST-1',
      affected: [{ package: { ecosystem: 'PyPI', name: 'demo' }, versions: ['1.0', 'weird-tag'] }],
    }) as OsvRecord;
    expect(matchRecord(listed, pkg('PyPI', 'demo', '1.0.0')).status).toBe('affected'); // PEP 440: 1.0 == 1.0.0
    expect(matchRecord(listed, pkg('PyPI', 'demo', 'weird-tag')).status).toBe('affected');
    expect(matchRecord(record('GHSA-8q59-q68h-6hv4'), pkg('PyPI', 'pyyaml', 'not.a.version!')).status).toBe('unknown');
  });

  it('evaluates unsorted events and last_affected as the schema says', () => {
    const r = toOsvRecord({
      id: 'TEST-2',
      affected: [{ package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'SEMVER', events: [{ fixed: '2.0.0' }, { last_affected: '3.1.0' }, { introduced: '3.0.0' }, { introduced: '1.0.0' }] }] }],
    }) as OsvRecord;
    expect(matchRecord(r, pkg('npm', 'x', '0.9.0')).status).toBe('not-affected');
    expect(matchRecord(r, pkg('npm', 'x', '1.5.0'))).toEqual({ status: 'affected', fixed: '2.0.0' });
    expect(matchRecord(r, pkg('npm', 'x', '2.5.0')).status).toBe('not-affected');
    expect(matchRecord(r, pkg('npm', 'x', '3.1.0'))).toEqual({ status: 'affected' });
    expect(matchRecord(r, pkg('npm', 'x', '3.1.1')).status).toBe('not-affected');
  });
});

describe('severity', () => {
  it('prefers the database label, else the CVSS base score', () => {
    expect(rateSeverity([record('GHSA-xvch-5gv4-984h')])).toMatchObject({ severity: 'critical', source: 'database' });
    expect(rateSeverity([record('GHSA-29mw-wpgm-hmr9')])).toMatchObject({ severity: 'medium', source: 'database' });
    expect(rateSeverity([record('RUSTSEC-2021-0003')])).toMatchObject({ severity: 'critical', source: 'cvss', score: 9.8 });
    expect(rateSeverity([record('RUSTSEC-2020-0071')])).toMatchObject({ severity: 'medium', source: 'cvss', score: 5.1 });
    expect(rateSeverity([record('GO-2022-0969')])).toEqual({ source: 'unknown' });
    // An advisory and its alias: the highest rating wins.
    expect(rateSeverity([record('GO-2023-1571'), record('GHSA-vvpx-j8f3-3w6h')])).toMatchObject({ severity: 'high' });
  });

  it('computes CVSS v2, v3.0, v3.1 and v4.0 base scores and rejects malformed vectors', () => {
    expect(cvssBaseScore({ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' })).toBe(9.8);
    expect(cvssBaseScore({ type: 'CVSS_V3', score: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:N' })).toBe(6.5);
    expect(cvssBaseScore({ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' })).toBe(9.3);
    expect(cvssBaseScore({ type: 'CVSS_V4', score: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N' })).toBeLessThan(7);
    expect(cvssBaseScore({ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' })).toBe(7.5);
    expect(cvssBaseScore({ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' })).toBeUndefined();
    expect(cvssBaseScore({ type: 'CVSS_V3', score: 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' })).toBeUndefined();
    expect(cvssBaseScore({ type: 'Ubuntu', score: 'high' })).toBeUndefined();
  });

  it('rates malicious-package records critical', () => {
    expect(rateSeverity([toOsvRecord({ id: 'MAL-2024-1234' }) as OsvRecord])).toMatchObject({ severity: 'critical', source: 'malicious' });
  });
});

describe('grouping aliases', () => {
  it('reports records naming the same vulnerability once, under the GHSA id', () => {
    const groups = groupRecords([record('PYSEC-2023-74'), record('GHSA-j8r2-6x86-q33q'), record('GHSA-h5c8-rqwp-cp95')]);
    expect(groups.map((g) => g.id)).toEqual(['GHSA-h5c8-rqwp-cp95', 'GHSA-j8r2-6x86-q33q']);
    expect(groups[1]).toMatchObject({ ids: ['GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74'], aliases: ['CVE-2023-32681'] });
  });
});

describe('policy', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const occurrence = (introduced: boolean, id = 'GHSA-35jh-r3h4-6jhm') => ({
    lockfile: 'web/package-lock.json',
    pkg: { ecosystem: 'npm' as const, name: 'lodash', version: '4.17.20', dev: false, line: 12 },
    introduced,
    vulnerability: groupRecords([record(id)])[0] as ReturnType<typeof groupRecords>[number],
  });

  it('blocks an introduced vulnerability at or above block_on, and only concerns below it', () => {
    const high = toFinding(occurrence(true), { blockOn: 'high', waivers: [], now });
    expect(high).toMatchObject({ rule: RULES.introduced, severity: 'high', blocking: true, file: 'web/package-lock.json', line: 12 });
    expect(high.message).toContain('lodash 4.17.20 (npm) has GHSA-35jh-r3h4-6jhm / CVE-2021-23337');
    expect(high.message).toContain('fixed in 4.17.21');
    expect(high.details).toMatchObject({ package: 'lodash', version: '4.17.20', aliases: ['CVE-2021-23337'], fixed_version: '4.17.21', severity: 'high' });
    expect(toFinding(occurrence(true), { blockOn: 'critical', waivers: [], now })).toMatchObject({ severity: 'high', blocking: false });
    expect(toFinding(occurrence(true, 'GHSA-29mw-wpgm-hmr9'), { blockOn: 'high', waivers: [], now })).toMatchObject({ severity: 'medium', blocking: false });
  });

  it('reports what the merge-base already had as info', () => {
    expect(toFinding(occurrence(false), { blockOn: 'low', waivers: [], now })).toMatchObject({ rule: RULES.preExisting, severity: 'info', blocking: false });
  });

  it('honours waivers by id or alias until they lapse, and says when one has', () => {
    const waived = toFinding(occurrence(true), { blockOn: 'high', waivers: [{ id: 'cve-2021-23337', reason: 'template() unused', until: '2026-03-01' }], now });
    expect(waived).toMatchObject({ rule: RULES.waived, severity: 'info', blocking: false });
    expect(waived.message).toContain('waived: template() unused (until 2026-03-01)');
    const lapsed = toFinding(occurrence(true), { blockOn: 'high', waivers: [{ id: 'GHSA-35jh-r3h4-6jhm', reason: 'template() unused', until: '2026-02-28' }], now });
    expect(lapsed).toMatchObject({ rule: RULES.introduced, blocking: true });
    expect(lapsed.message).toContain('waiver expired on 2026-02-28');
    expect(lapsed.details?.waiver).toEqual({ reason: 'template() unused', until: '2026-02-28', expired: true });
    expect(isExpired('2026-03-01', now)).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-02T00:00:00Z'))).toBe(true);
  });

  it('treats unknown severity as high and says so', () => {
    const finding = toFinding(
      { ...occurrence(true, 'GO-2022-0969'), pkg: { ecosystem: 'Go', name: 'golang.org/x/net', version: 'v0.0.0-20220826154423-83b083e8dc8b' } },
      { blockOn: 'high', waivers: [], now },
    );
    expect(finding).toMatchObject({ severity: 'high', blocking: true });
    expect(finding.message).toContain('severity unknown, treated as high');
    expect(finding.details).toMatchObject({ severity: 'unknown', severity_source: 'unknown', fixed_version: '0.0.0-20220906165146-f3363e06e74c' });
  });

  it('fingerprints by vulnerability, package, version and lockfile, not by line', () => {
    const a = toFinding(occurrence(true), { blockOn: 'high', waivers: [], now });
    const moved = toFinding({ ...occurrence(true), pkg: { ...occurrence(true).pkg, line: 99 } }, { blockOn: 'high', waivers: [], now });
    const elsewhere = toFinding({ ...occurrence(true), lockfile: 'api/package-lock.json' }, { blockOn: 'high', waivers: [], now });
    expect(moved.fingerprint).toBe(a.fingerprint);
    expect(elsewhere.fingerprint).not.toBe(a.fingerprint);
  });
});
