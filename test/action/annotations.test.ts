import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/github/annotations.js';
import { finding } from './evidence-fixture.js';

describe('planAnnotations', () => {
  it('maps blocking findings to errors, advisory ones to warnings and info to notices, with file, line and column', () => {
    const plan = planAnnotations([
      finding({ blocking: false, severity: 'medium', rule: 'no-unused-vars', probe: 'static', line: 7, column: 3 }),
      finding({ blocking: false, severity: 'info', rule: 'note', file: undefined, line: undefined }),
      finding({ probe: 'secrets', rule: 'github', severity: 'critical', message: 'GitHub token (ghp_…redacted)', line: 3 }),
    ]);
    expect(plan.omitted).toBe(0);
    expect(plan.annotations).toEqual([
      { level: 'error', title: 'loki-verify secrets: github (critical, blocking)', message: 'GitHub token (ghp_…redacted)', file: 'src/config.ts', startLine: 3 },
      { level: 'warning', title: 'loki-verify static: no-unused-vars (medium)', message: expect.any(String), file: 'src/config.ts', startLine: 7, startColumn: 3 },
      { level: 'notice', title: 'loki-verify static: note (info)', message: expect.any(String) },
    ]);
  });

  it('keeps at most 10 per level, the most severe first, and counts the rest', () => {
    const errors = Array.from({ length: 14 }, (_, i) => finding({ severity: i < 4 ? 'critical' : 'medium', line: i + 1 }));
    const warnings = Array.from({ length: 12 }, (_, i) => finding({ blocking: false, severity: 'low', rule: 'w', line: i + 1 }));
    const notices = Array.from({ length: 3 }, (_, i) => finding({ blocking: false, severity: 'info', rule: 'n', line: i + 1 }));
    const plan = planAnnotations([...warnings, ...notices, ...errors]);

    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 3]);
    expect(plan.omitted).toBe(4 + 2);
    // The four critical findings are among the errors shown; the medium ones fill the rest in line order.
    const shownErrors = plan.annotations.filter((a) => a.level === 'error').map((a) => a.title);
    expect(shownErrors.filter((t) => t.includes('critical'))).toHaveLength(4);
    expect(plan.annotations[0]?.title).toContain('critical');
  });

  it('never gives a line without a file', () => {
    const [annotation] = planAnnotations([finding({ file: undefined, line: 4, column: 2 })]).annotations;
    expect(annotation).not.toHaveProperty('startLine');
    expect(annotation).not.toHaveProperty('startColumn');
  });
});
