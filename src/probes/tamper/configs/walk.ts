// Pure: lookups in config data read by document.ts.
import type { ConfigDocument, ConfigObject, ConfigValue } from './document.js';
import { UNKNOWN } from './document.js';

export function isObject(value: ConfigValue | undefined): value is ConfigObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a key path (`tool.ruff.lint`), or undefined. */
export function at(root: ConfigValue | undefined, ...keys: string[]): ConfigValue | undefined {
  let value = root;
  for (const key of keys) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** Every object in `root` (itself included) that has `key`, with the value at `key`. */
export function objectsWithKey(root: ConfigValue, key: string): Array<{ owner: ConfigObject; value: ConfigValue }> {
  const out: Array<{ owner: ConfigObject; value: ConfigValue }> = [];
  const visit = (value: ConfigValue): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      if (key in value) out.push({ owner: value, value: value[key]! });
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(root);
  return out;
}

export function numberOf(value: ConfigValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

export function booleanOf(value: ConfigValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:true|yes|on|1)$/i.test(value.trim())) return true;
  if (typeof value === 'string' && /^(?:false|no|off|0)$/i.test(value.trim())) return false;
  return undefined;
}

/** A list of strings (TOML/JSON array, or one string split on commas). UNKNOWN entries are dropped. */
export function stringsOf(value: ConfigValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean);
  return [];
}

export function isKnown(value: ConfigValue | undefined): boolean {
  return value !== undefined && value !== UNKNOWN;
}

/** The line of `key` in `owner`, for data documents. */
export function lineIn(document: ConfigDocument, owner: object, key: string): number | undefined {
  return document.format === 'data' ? document.lineOf(owner, key) : undefined;
}
