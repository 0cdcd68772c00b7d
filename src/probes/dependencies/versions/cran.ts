// CRAN ordering (R's package_version): numbers separated by `.` or `-` (`1.2-3`), compared one by one with
// missing ones as 0; when all agree, the version with more numbers is newer (`1.0` < `1.0.0`).
import { compareComponents } from './semver-like.js';

export function compareCran(a: string, b: string): number | undefined {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return undefined;
  return compareComponents(left, right) || Math.sign(left.length - right.length);
}

function parse(version: string): bigint[] | undefined {
  const parts = version.trim().split(/[.-]/);
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map((part) => BigInt(part)) : undefined;
}
