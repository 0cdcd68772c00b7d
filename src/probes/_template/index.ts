// TEMPLATE: copy this folder to src/probes/<id>/ and follow docs/adding-a-probe.md. As shipped it is a
// complete, small probe (unresolved merge-conflict markers on added lines) that is not registered: the
// tests run it as an embedder's probe, so the template keeps compiling and working.
import { Type } from 'typebox';
import { pathMatcher } from '../../config/path-globs.js';
import { pathGlobs, withDefault } from '../../config/schema-parts.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { ProbeFinding } from '../../types.js';
import { readTreeFile, SOURCE_MAX_BYTES } from '../../workspace/safe-read.js';
import { APPLIES, defineProbe, notApplicable } from '../probe.js';
import { findConflictMarkers } from './markers.js';

/** Its config section's own keys (`enabled`, `timeout` and `required` come with every probe), with defaults. */
const settings = Type.Object({
  paths_ignore: withDefault(pathGlobs('Path globs not checked (files that show conflict markers on purpose).'), []),
});

export const templateProbe = defineProbe({
  id: 'conflict-markers',
  title: 'Unresolved merge-conflict markers',
  timeout: 60,
  // Facts the gate reads from the probe; leave out the ones that are false.
  // required: true,    a skipped run lowers the verdict by default
  // runsPrCode: true,  executes the PR's code: refused for untrusted forks
  // security: true,    findings are security alerts in SARIF
  settings,

  applies(ctx) {
    const candidates = ctx.diff.files.filter((f) => f.addedRanges.length > 0 && !f.binary);
    return candidates.length ? APPLIES : notApplicable('no added text lines');
  },

  async run(ctx) {
    const ignored = pathMatcher(ctx.settings.paths_ignore);
    const files = ctx.diff.files.filter((f) => f.addedRanges.length > 0 && !f.binary && !ignored(f.path));
    const findings: ProbeFinding[] = [];
    for (const file of files) {
      const seen = new Map<string, number>();
      // Files of the tree are PR content: read them through the safe reader (no link out of the repository,
      // no FIFO, a size limit); what it cannot read safely makes the probe inconclusive, naming the file.
      const text = readTreeFile(ctx.root, file.path, SOURCE_MAX_BYTES) ?? '';
      for (const { line, marker } of findConflictMarkers(text, file.addedRanges)) {
        // The marker's position among identical ones, not its line: unrelated edits must not change it.
        const nth = (seen.get(marker) ?? 0) + 1;
        seen.set(marker, nth);
        findings.push({
          rule: 'conflict-marker',
          severity: 'high',
          blocking: true,
          message: `unresolved merge-conflict marker ${marker}`,
          file: file.path,
          line,
          fingerprint: fingerprint('conflict-markers', file.path, marker, nth),
        });
      }
    }
    const details = { files_checked: files.length };
    if (findings.length) {
      return { status: 'fail', summary: `${findings.length} conflict marker(s) in ${new Set(findings.map((f) => f.file)).size} file(s)`, findings, details };
    }
    return { status: 'pass', summary: `no conflict markers in ${files.length} file(s)`, details };
  },
});
