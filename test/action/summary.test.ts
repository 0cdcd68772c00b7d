import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentBody, upsertComment, type CommentApi, type IssueComment } from '../../src/github/comment.js';
import { failureMessage } from '../../src/github/fail-on.js';
import { COMMENT_MAX_BYTES, renderSummary, STEP_SUMMARY_MAX_BYTES } from '../../src/github/summary.js';
import { evidence, finding } from './evidence-fixture.js';

const location = { artifactName: 'loki-verify-evidence', artifactId: 7, artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/7' };

function many(count: number, messageBytes: number) {
  return Array.from({ length: count }, (_, i) => finding({ line: i + 1, message: `${i}:${'m'.repeat(messageBytes)}` }));
}

describe('renderSummary', () => {
  it('is report.md plus where the full evidence is and how many findings were not annotated', () => {
    const summary = renderSummary(evidence([finding()]), { location, omittedAnnotations: 3 });
    expect(summary).toMatch(/^# loki-verify: ⛔ BLOCKED/);
    expect(summary).toContain('src/config.ts:2');
    expect(summary).toContain('Full evidence: artifact `loki-verify-evidence` ([download](https://github.com/o/r/actions/runs/1/artifacts/7))');
    expect(summary).toContain('3 findings were not annotated');
  });

  it('says where the evidence stays when the upload failed', () => {
    const summary = renderSummary(evidence([]), { location: { artifactName: 'x', uploadError: 'service unavailable' }, omittedAnnotations: 0 });
    expect(summary).toContain('could not be uploaded (service unavailable)');
    expect(summary).not.toContain('not annotated');
  });

  it('stays under the 1 MiB step summary limit, keeping the most severe findings and counting the rest', () => {
    const findings = [finding({ severity: 'critical', message: 'the most severe one', line: 99999 }), ...many(3000, 600)];
    const summary = renderSummary(evidence(findings), { location, omittedAnnotations: 0 });
    const size = Buffer.byteLength(summary);
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
    expect(size).toBeGreaterThan(STEP_SUMMARY_MAX_BYTES * 0.9); // as many as fit, not a handful
    expect(summary).toContain('the most severe one');
    expect(summary).toMatch(/…and \d+ more findings: see evidence\.json in the artifact `loki-verify-evidence`\./);
    expect(summary).toContain('Full evidence: artifact');
  });

  it('cuts the report at a line when even no findings fit (a tiny limit)', () => {
    const summary = renderSummary(evidence(many(5, 10)), { location, omittedAnnotations: 0 }, 300);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(300);
    expect(summary).toContain('report truncated to fit');
    expect(summary).toContain('Full evidence: artifact');
  });
});

describe('renderSummary links', () => {
  it('links findings to the file at the head commit when the repository is known', () => {
    const doc = evidence([finding({ file: 'src/a.ts', line: 4 })]);
    const headed = { ...doc, diff: { ...doc.diff, head_sha: 'c'.repeat(40) } };
    const summary = renderSummary(headed, { location, omittedAnnotations: 0, repository: { serverUrl: 'https://github.com', repository: 'o/r' } });
    expect(summary).toContain(`[\`src/a.ts:4\`](https://github.com/o/r/blob/${'c'.repeat(40)}/src/a.ts#L4)`);
    expect(renderSummary(headed, { location, omittedAnnotations: 0 })).not.toContain('https://github.com/o/r/blob');
  });
});

describe('failureMessage', () => {
  const findings = [
    finding({ probe: 'test', rule: 'test-failed', severity: 'high', file: undefined, line: undefined, message: 'failing test' }),
    finding({ probe: 'static', rule: 'TS2322', severity: 'high', file: 'src/a.ts', line: 2 }),
    finding({ probe: 'secrets', rule: 'github', severity: 'critical', file: 'src/config.ts', line: 3, commit: 'a'.repeat(40) }),
    finding({ probe: 'static', rule: 'no-console', severity: 'high', file: 'src/b.ts', line: 9 }),
    finding({ probe: 'static', rule: 'no-debugger', severity: 'low', blocking: false, file: 'src/b.ts', line: 10 }),
  ];

  it('names the most severe blocking findings, not the first probe\'s reason, and counts the rest', () => {
    expect(failureMessage(evidence(findings), 'blocked')).toBe(
      'loki-verify verdict BLOCKED (exit 2) fails the step (fail-on: blocked): critical secrets/github at src/config.ts:3@aaaaaaaaaaaa; ' +
        'high static/TS2322 at src/a.ts:2; high static/no-console at src/b.ts:9; and 1 more blocking finding in the job summary',
    );
  });

  it('names the reasons when nothing blocks, passes below the threshold, and always fails on ERROR', () => {
    const concerns = { ...evidence([findings[4]!], 'CONCERNS'), reasons: ['test is inconclusive: timed out', 'static: 1 non-blocking finding'] };
    expect(failureMessage(concerns, 'concerns')).toBe('loki-verify verdict CONCERNS (exit 1) fails the step (fail-on: concerns): test is inconclusive: timed out; static: 1 non-blocking finding');
    expect(failureMessage(concerns, 'blocked')).toBeUndefined();
    expect(failureMessage({ ...evidence([], 'ERROR'), error: 'unknown base ref' }, 'blocked')).toBe('loki-verify could not verify (ERROR, exit 3): unknown base ref');
  });
});

describe('sticky comment', () => {
  it('starts with the hidden marker and fits a comment body', () => {
    const body = commentBody(evidence(many(500, 400)), location);
    expect(body.startsWith(`${COMMENT_MARKER}\n# loki-verify: ⛔ BLOCKED`)).toBe(true);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    expect(body).toMatch(/…and \d+ more findings/);
  });

  function api(existing: IssueComment[]) {
    const calls: string[] = [];
    const comments = [...existing];
    const fake: CommentApi = {
      list: async () => comments,
      create: async (body) => {
        calls.push('create');
        const comment = { id: 100 + comments.length, body };
        comments.push(comment);
        return comment;
      },
      update: async (id, body) => {
        calls.push(`update ${id}`);
        const comment = comments.find((c) => c.id === id)!;
        comment.body = body;
        return comment;
      },
    };
    return { fake, calls, comments };
  }

  it('is created once, then updated in place', async () => {
    const { fake, calls, comments } = api([{ id: 1, body: 'LGTM' }, { id: 2, body: null }]);
    expect(await upsertComment(fake, `${COMMENT_MARKER}\nfirst`)).toEqual({ id: 102, action: 'created' });
    expect(await upsertComment(fake, `${COMMENT_MARKER}\nsecond`)).toEqual({ id: 102, action: 'updated' });
    expect(calls).toEqual(['create', 'update 102']);
    expect(comments.map((c) => c.body)).toEqual(['LGTM', null, `${COMMENT_MARKER}\nsecond`]);
  });

  it('ignores comments that only quote the marker', async () => {
    const { fake, calls } = api([{ id: 1, body: `> ${COMMENT_MARKER} was here` }]);
    await upsertComment(fake, `${COMMENT_MARKER}\nreport`);
    expect(calls).toEqual(['create']);
  });
});
