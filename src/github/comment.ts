// The sticky PR comment: created on the first run, then updated in place, found by a hidden marker.
import type { Evidence } from '../evidence/types.js';
import type { RepositoryLink } from '../render/links.js';
import { COMMENT_MAX_BYTES, evidencePointer, fitOptions, fitReport, type EvidenceLocation } from './summary.js';

export const COMMENT_MARKER = '<!-- loki-verify -->';

export interface IssueComment {
  id: number;
  body?: string | null;
}

/** The few GitHub calls the comment needs; a literal object in tests, octokit on GitHub. */
export interface CommentApi {
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

export function commentBody(evidence: Evidence, location: EvidenceLocation, repository?: RepositoryLink): string {
  const tail = `\n---\n\n${evidencePointer(location)}\n`;
  return fitReport(evidence, COMMENT_MAX_BYTES, (report) => `${COMMENT_MARKER}\n${report}${tail}`, fitOptions(location, repository));
}

/** Updates the oldest comment carrying the marker, or creates one. */
export async function upsertComment(api: CommentApi, body: string): Promise<{ id: number; action: 'created' | 'updated' }> {
  const previous = (await api.list()).find((c) => c.body?.startsWith(COMMENT_MARKER));
  if (previous) {
    await api.update(previous.id, body);
    return { id: previous.id, action: 'updated' };
  }
  const created = await api.create(body);
  return { id: created.id, action: 'created' };
}
