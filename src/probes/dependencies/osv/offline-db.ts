// Offline OSV database: a directory of OSV records at any depth, as `.json` files or the per-ecosystem
// `all.zip` exports (https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip). No network.
// Records are matched locally with the same range evaluation the API applies.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { matchRecord } from '../match.js';
import { normalizeName } from '../names.js';
import { toOsvRecord, type OsvRecord } from './record.js';
import { OsvUnavailableError, type VulnerabilitySource } from './source.js';

export interface OfflineDbStats {
  /** Database files read (.json records and .zip exports). */
  files: number;
  records: number;
  /** JSON documents that are not OSV records (no `id`), skipped. */
  skipped: number;
  /** Queries whose version could not be ordered against a record's ranges (not reported as affected). */
  unordered: string[];
}

export function createOfflineDb(directory: string): VulnerabilitySource & { stats: OfflineDbStats } {
  const stats: OfflineDbStats = { files: 0, records: 0, skipped: 0, unordered: [] };
  return {
    kind: 'offline',
    location: directory,
    stats,
    report: () => ({ database: { ...stats } }),
    async lookup(queries) {
      const wanted = new Set(queries.map((q) => packageId(q.ecosystem, q.name)));
      const index = await loadRecords(directory, wanted, stats);
      return queries.map((query) =>
        (index.get(packageId(query.ecosystem, query.name)) ?? []).filter((record) => {
          const result = matchRecord(record, query);
          if (result.status === 'unknown') stats.unordered.push(`${query.ecosystem}/${query.name}@${query.version} (${record.id}): ${result.reason}`);
          return result.status === 'affected';
        }),
      );
    },
  };
}

function packageId(ecosystem: string, name: string): string {
  return `${ecosystem}\u0000${normalizeName(ecosystem, name)}`;
}

/** Records about the wanted packages, by package; withdrawn records are left out. */
async function loadRecords(directory: string, wanted: ReadonlySet<string>, stats: OfflineDbStats): Promise<Map<string, OsvRecord[]>> {
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new OsvUnavailableError(`offline OSV database ${directory} is not a directory`);
  const index = new Map<string, OsvRecord[]>();
  const add = (text: string, origin: string): void => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new OsvUnavailableError(`offline OSV database: ${origin} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const record = toOsvRecord(data);
    if (!record) {
      stats.skipped += 1;
      return;
    }
    stats.records += 1;
    if (record.withdrawn !== undefined) return;
    const ids = new Set(record.affected.flatMap((a) => (a.package ? [packageId(a.package.ecosystem, a.package.name)] : [])));
    for (const id of ids) {
      if (!wanted.has(id)) continue;
      const list = index.get(id);
      if (list) list.push(record);
      else index.set(id, [record]);
    }
  };
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(?:json|zip)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const origin = relative(directory, file);
    stats.files += 1;
    if (/\.json$/i.test(file)) {
      add(await readFile(file, 'utf8'), origin);
      continue;
    }
    readZipMembers(await readFile(file), origin, add);
  }
  if (stats.records === 0) throw new OsvUnavailableError(`offline OSV database ${directory} holds no OSV records`);
  return index;
}

/**
 * Streams the `.json` members of a zip through `add` one at a time: an ecosystem's export holds hundreds of
 * thousands of records, so members are never all inflated at once.
 */
function readZipMembers(data: Uint8Array, origin: string, add: (text: string, origin: string) => void): void {
  const decoder = new TextDecoder();
  let failure: unknown;
  const unzip = new Unzip((member) => {
    if (!/\.json$/i.test(member.name)) return;
    const chunks: Uint8Array[] = [];
    member.ondata = (error, chunk, final) => {
      if (error) {
        failure ??= error;
        return;
      }
      chunks.push(chunk);
      if (final) add(decoder.decode(Buffer.concat(chunks)), `${origin}:${member.name}`);
    };
    member.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch (error) {
    failure ??= error;
  }
  if (failure instanceof OsvUnavailableError) throw failure;
  if (failure !== undefined || !looksLikeZip(data)) {
    const reason = failure === undefined ? 'no zip signature' : failure instanceof Error ? failure.message : String(failure);
    throw new OsvUnavailableError(`offline OSV database: ${origin} is not a readable zip (${reason})`);
  }
}

function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
}
