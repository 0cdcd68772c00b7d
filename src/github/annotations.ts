// Pure: findings -> the annotations to print as workflow commands (::error file=...,line=...::message).
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
// silently, so the most severe are chosen here and the others counted for the job summary.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import { sortFindings } from '../evidence/build.js';
import type { Finding } from '../types.js';

export const ANNOTATION_LEVELS = ['error', 'warning', 'notice'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

/** Per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated because their level was full. */
  omitted: number;
}

/** A blocking finding is an error; an advisory one a warning, or a notice when it is only informational. */
export function annotationLevel(finding: Finding): AnnotationLevel {
  if (finding.blocking) return 'error';
  return finding.severity === 'info' ? 'notice' : 'warning';
}

export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of sortFindings(findings)) {
    const level = annotationLevel(finding);
    if (used[level] >= perLevel) {
      omitted++;
      continue;
    }
    used[level]++;
    annotations.push(toAnnotation(finding, level));
  }
  return { annotations, omitted };
}

function toAnnotation(finding: Finding, level: AnnotationLevel): Annotation {
  return {
    level,
    message: finding.message,
    title: `loki-verify ${finding.probe}: ${finding.rule} (${finding.severity}${finding.blocking ? ', blocking' : ''})`,
    ...(finding.file === undefined ? {} : { file: finding.file }),
    // A line without a file means nothing to GitHub; a column only with its line.
    ...(finding.file !== undefined && finding.line !== undefined ? { startLine: finding.line } : {}),
    ...(finding.file !== undefined && finding.line !== undefined && finding.column !== undefined ? { startColumn: finding.column } : {}),
  };
}
