// Pure: evidence -> the job summary markdown (report.md fitted under GitHub's size limit, plus where the
// full evidence is). Also fits the sticky PR comment, which has a smaller limit.
import type { Evidence } from '../evidence/types.js';
import type { RepositoryLink } from '../render/links.js';
import { renderReport, type ReportOptions } from '../render/report.js';

/** GitHub refuses a step summary above 1 MiB. https://github.blog/changelog/2022-05-09-github-actions-enhance-your-actions-with-job-summaries/ */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
/** An issue comment body holds at most 65,536 characters; bytes are a safe upper bound of characters. */
export const COMMENT_MAX_BYTES = 65_536;

/** Where the full evidence went (or why it is not there). */
export interface EvidenceLocation {
  artifactName: string;
  artifactId?: number;
  artifactUrl?: string;
  /** Why the upload did not happen. */
  uploadError?: string;
}

const TRUNCATED = '\n\n…(report truncated to fit; the full report.md is in the evidence artifact)\n';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** How the report is rendered when it has to fit: where the full list is, and the repository for links. */
export type FitOptions = Required<Pick<ReportOptions, 'fullListHint'>> & Pick<ReportOptions, 'repository'>;

/**
 * The report with as many findings as fit in `maxBytes` once wrapped by `compose` (most severe kept: the
 * evidence lists findings in that order). When even no findings do not fit, the report is cut at a line.
 */
export function fitReport(evidence: Evidence, maxBytes: number, compose: (report: string) => string, options: FitOptions): string {
  const full = compose(renderReport(evidence, options));
  if (bytes(full) <= maxBytes) return full;

  let best: string | undefined;
  let low = 0;
  let high = evidence.findings.length - 1;
  while (low <= high) {
    const shown = Math.floor((low + high) / 2);
    const text = compose(renderReport(evidence, { ...options, maxFindings: shown }));
    if (bytes(text) <= maxBytes) {
      best = text;
      low = shown + 1;
    } else {
      high = shown - 1;
    }
  }
  if (best !== undefined) return best;

  const report = renderReport(evidence, { ...options, maxFindings: 0 });
  const room = maxBytes - bytes(compose('')) - bytes(TRUNCATED);
  return compose(cutAtLine(report, Math.max(0, room)) + TRUNCATED);
}

/** The longest prefix of whole lines within `maxBytes`. */
function cutAtLine(text: string, maxBytes: number): string {
  const kept = Buffer.from(text, 'utf8').subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
  const lastNewline = kept.lastIndexOf('\n');
  return lastNewline > 0 ? kept.slice(0, lastNewline) : kept;
}

export function evidencePointer(location: EvidenceLocation): string {
  if (location.uploadError !== undefined) {
    return `The evidence artifact could not be uploaded (${location.uploadError}); evidence.json and report.md stay on the runner.`;
  }
  const name = `\`${location.artifactName}\``;
  const link = location.artifactUrl ? ` ([download](${location.artifactUrl}))` : '';
  return `Full evidence: artifact ${name}${link} with evidence.json and report.md.`;
}

export function fitOptions(location: EvidenceLocation, repository: RepositoryLink | undefined): FitOptions {
  return { fullListHint: `see evidence.json in the artifact \`${location.artifactName}\``, ...(repository ? { repository } : {}) };
}

export interface SummaryInput {
  location: EvidenceLocation;
  /** Findings left without an annotation (per-step limits). */
  omittedAnnotations: number;
  /** The repository on GitHub, for links to the files at the head commit. */
  repository?: RepositoryLink;
}

export function renderSummary(evidence: Evidence, input: SummaryInput, maxBytes = STEP_SUMMARY_MAX_BYTES): string {
  const footer = ['---', '', evidencePointer(input.location)];
  if (input.omittedAnnotations > 0) {
    footer.push(
      '',
      `${input.omittedAnnotations} finding${input.omittedAnnotations === 1 ? ' was' : 's were'} not annotated ` +
        '(GitHub shows at most 10 error, 10 warning and 10 notice annotations per step); every finding is in evidence.json.',
    );
  }
  const tail = `${footer.join('\n')}\n`;
  return fitReport(evidence, maxBytes, (report) => `${report}\n${tail}`, fitOptions(input.location, input.repository));
}
