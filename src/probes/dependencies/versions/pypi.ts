// PEP 440 ordering (epochs, pre/post/dev releases, local versions) with @renovatebot/pep440, a port of
// pypa/packaging's Version used by Renovate.
import { compare, valid } from '@renovatebot/pep440';

export function comparePypi(a: string, b: string): number | undefined {
  return valid(a) !== null && valid(b) !== null ? compare(a, b) : undefined;
}
