import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

describe('parseConfig', () => {
  it('accepts YAML and JSON with the contract keys', () => {
    const yaml = parseConfig('build:\n  run: make all\n  timeout: 30\ntest:\n  required: false\nsecrets:\n  allow:\n    - fingerprint: abc\n      reason: test fixture\n      until: 2030-01-01\n', 'c.yml');
    expect(yaml.build).toEqual({ run: 'make all', timeout: 30 });
    expect(parseConfig('{"dependencies": {"block_on": "critical"}}', 'c.json').dependencies?.block_on).toBe('critical');
    expect(parseConfig('', 'empty.yml')).toEqual({});
  });

  it('names the key path and what was expected', () => {
    expect(() => parseConfig('bulid: {}', 'c.yml')).toThrow(/invalid config c\.yml: bulid: unknown key \(expected one of policy, env, build/);
    expect(() => parseConfig('test:\n  timeout: soon\n', 'c.yml')).toThrow(/test\.timeout: must be number/);
    expect(() => parseConfig('secrets:\n  allow:\n    - fingerprint: abc\n', 'c.yml')).toThrow(/secrets\.allow\[0\]\.reason: is required/);
    expect(() => parseConfig('heldout:\n  reveal: all\n', 'c.yml')).toThrow(/heldout\.reveal: must be one of "ids", "titles"/);
  });

  it('reports YAML syntax errors on one line', () => {
    expect(() => parseConfig('test: [unclosed', 'c.yml')).toThrow(/^config c\.yml is not valid YAML or JSON: [^\n]+ at line 1; fix the file$/);
  });
});
