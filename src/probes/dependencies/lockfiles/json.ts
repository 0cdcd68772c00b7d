// JSON lockfiles: one parse that names the problem (and its line) when the text is not JSON.
import { LockfileParseError } from '../types.js';

export type JsonObject = Record<string, unknown>;

export function parseJsonObject(text: string, what: string): JsonObject {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockfileParseError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) throw new LockfileParseError(`expected a JSON object at the top of a ${what}`);
  return data;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: JsonObject, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}
