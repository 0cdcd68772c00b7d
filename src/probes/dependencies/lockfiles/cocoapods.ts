// Podfile.lock (CocoaPods): YAML whose `PODS` list names each installed pod as `Name (version)`, alone or as the
// key of a one-entry mapping that lists its dependencies. Subspecs (`Firebase/Core`) are parts of their pod.
// `EXTERNAL SOURCES` pods (git, path, podspec URL) are not from the trunk and are skipped.
import type { Package } from '../types.js';
import { LockfileParseError } from '../types.js';
import { matchingLines } from './lines.js';
import { expectKind, optional } from './shape.js';
import { parseYamlObject } from './yaml.js';

export function parsePodfileLock(text: string): Package[] {
  const lock = parseYamlObject(text, 'Podfile.lock');
  if (lock.PODS === undefined) throw new LockfileParseError('no "PODS" list: not a Podfile.lock');
  const pods = lock.PODS === null ? [] : expectKind(lock.PODS, 'array', ['PODS']);
  const external = new Set(Object.keys(optional(lock, 'EXTERNAL SOURCES', 'object', []) ?? {}));
  const lines = matchingLines(text, /^ {2}- "?([^"(:]+ \([^)]+\))"?:?\s*$/);
  const result: Package[] = [];
  pods.forEach((value, index) => {
    const spec = typeof value === 'string' ? value : Object.keys(expectKind(value, 'object', ['PODS', index]))[0];
    const match = spec === undefined ? null : /^(\S+) \(([^)]+)\)$/.exec(spec);
    if (!match) throw new LockfileParseError(`PODS[${index}] is "${String(spec)}", expected "Name (version)"`);
    const pod = (match[1] as string).split('/')[0] as string;
    if (external.has(pod)) return;
    result.push({ ecosystem: 'CocoaPods', name: pod, version: match[2] as string, line: lines.get(spec as string) });
  });
  return result;
}
