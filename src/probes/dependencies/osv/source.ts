// Where vulnerability records come from: the OSV API or an offline database. Both answer the same question.
import type { Package } from '../types.js';
import type { OsvRecord } from './record.js';

export type Query = Pick<Package, 'ecosystem' | 'name' | 'version'>;

export interface VulnerabilitySource {
  readonly kind: 'api' | 'offline';
  /** The base URL or the database directory, for the evidence. */
  readonly location: string;
  /** What the lookups took (requests made, files read), for the evidence. */
  report(): Record<string, unknown>;
  /** Records affecting each query, in the queries' order. Throws OsvUnavailableError when the source fails. */
  lookup(queries: readonly Query[]): Promise<OsvRecord[][]>;
}

/** The source could not answer (unreachable, timed out, garbage, missing database): the probe is inconclusive. */
export class OsvUnavailableError extends Error {
  override readonly name = 'OsvUnavailableError';
}
