// The evidence document's schema, in code: the Evidence type is derived from it and
// schemas/evidence.schema.json is generated from it (npm run schemas; a test fails when they differ).
import { Type, type Static } from 'typebox';
import { oneOf, severity } from '../config/schema-parts.js';
import { FILE_STATUSES, POLICY_SOURCES, PROBE_STATUSES, TREE_CHANGE_KINDS, VERDICTS, type ExitCode } from '../types.js';

export const SCHEMA_VERSION = '1.0';

/** Probe ids are open (embedders register their own probes); the built-in ones are listed as examples. */
export const PROBE_ID_PATTERN = '^[a-z][a-z0-9-]*$';

const sha = () => Type.String({ pattern: '^[0-9a-f]{40,64}$' });
const nullableSha = () => Type.Union([sha(), Type.Null()]);
const sha256 = () => Type.String({ pattern: '^[0-9a-f]{64}$' });
const count = () => Type.Integer({ minimum: 0 });
const details = (description?: string) =>
  Type.Unsafe<Record<string, unknown>>({ type: 'object', ...(description ? { description } : {}) });

function probeId(knownIds: readonly string[]) {
  return Type.String({ pattern: PROBE_ID_PATTERN, ...(knownIds.length ? { examples: [...knownIds] } : {}) });
}

const changedFile = () =>
  Type.Object(
    {
      path: Type.String(),
      old_path: Type.Optional(Type.String()),
      status: oneOf(FILE_STATUSES),
      binary: Type.Boolean(),
      added: count(),
      removed: count(),
    },
    { additionalProperties: false },
  );

const probe = (knownIds: readonly string[]) =>
  Type.Object(
    {
      id: probeId(knownIds),
      title: Type.String(),
      status: oneOf(PROBE_STATUSES),
      summary: Type.String(),
      duration_ms: count(),
      details: details('Probe-specific details.'),
      tree_changes: Type.Optional(
        Type.Array(
          Type.Object(
            { path: Type.String({ description: 'Repository-relative path, or HEAD.' }), change: oneOf(TREE_CHANGE_KINDS) },
            { additionalProperties: false },
          ),
          {
            description:
              "For a probe that runs the PR's code: what it changed in HEAD, the index and the tracked tree (untracked and ignored files do not count).",
          },
        ),
      ),
    },
    { additionalProperties: false },
  );

const finding = (knownIds: readonly string[]) =>
  Type.Object(
    {
      probe: probeId(knownIds),
      rule: Type.String({ minLength: 1 }),
      severity: severity(),
      /** The probe's own judgement; the policy may only relax it. */
      blocking: Type.Boolean(),
      message: Type.String(),
      file: Type.Optional(Type.String()),
      line: Type.Optional(Type.Integer({ minimum: 1 })),
      column: Type.Optional(Type.Integer({ minimum: 1 })),
      commit: Type.Optional(sha()),
      fingerprint: Type.String({ minLength: 8 }),
      details: Type.Optional(details()),
    },
    { additionalProperties: false },
  );

/** The evidence schema; `knownProbeIds` only documents the built-in ids (examples), it restricts nothing. */
export function evidenceSchema(knownProbeIds: readonly string[] = []) {
  return Type.Object(
    {
      schema_version: Type.Literal(SCHEMA_VERSION),
      tool: Type.Object({ name: Type.Literal('loki-verify'), version: Type.String() }, { additionalProperties: false }),
      run_id: Type.String({ minLength: 1 }),
      created_at: Type.String({ format: 'date-time' }),
      verdict: oneOf(VERDICTS),
      exit_code: Type.Unsafe<ExitCode>({ enum: [0, 1, 2, 3] }),
      reasons: Type.Array(Type.String()),
      error: Type.Optional(Type.String({ description: 'Why the gate could not verify (ERROR only).' })),
      diff: Type.Object(
        {
          base_ref: Type.Union([Type.String(), Type.Null()]),
          base_sha: nullableSha(),
          merge_base: nullableSha(),
          head_sha: nullableSha(),
          files_changed: count(),
          lines_added: count(),
          lines_removed: count(),
          commits: Type.Array(sha()),
          shallow: Type.Boolean(),
          dirty: Type.Array(Type.String(), { description: 'Uncommitted paths (reported, not graded).' }),
          files: Type.Array(changedFile()),
        },
        { additionalProperties: false },
      ),
      probes: Type.Array(probe(knownProbeIds)),
      findings: Type.Array(finding(knownProbeIds)),
      config: Type.Object(
        {
          source: Type.Union([oneOf(POLICY_SOURCES, { description: 'Where the applied policy came from; null when the run ended before it was read.' }), Type.Null()]),
          sha256: Type.Union([sha256(), Type.Null()]),
          path: Type.Optional(Type.String({ description: "The policy file's repository path (absolute when outside the repository)." })),
          pr_changes_policy: Type.Optional(Type.Boolean({ description: "The PR adds, changes or deletes the policy file (the base's policy was applied all the same)." })),
        },
        { additionalProperties: false },
      ),
      environment: Type.Optional(
        Type.Object(
          {
            ci: Type.Optional(Type.Boolean()),
            node: Type.Optional(Type.String()),
            platform: Type.Optional(Type.String()),
            github: Type.Optional(Type.Unsafe<Record<string, string>>({ type: 'object', additionalProperties: { type: 'string' } })),
          },
          { additionalProperties: false },
        ),
      ),
      shard: Type.Optional(
        Type.Object(
          { index: Type.Integer({ minimum: 1 }), total: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false, description: "This run's slice of a sharded run (--shard I/N)." },
        ),
      ),
      merged: Type.Optional(
        Type.Object(
          { total: Type.Integer({ minimum: 1 }), integrity: Type.Array(sha256()) },
          { additionalProperties: false, description: "A document merged from every shard's evidence: how many, and each shard's integrity hash in shard order." },
        ),
      ),
      policy: Type.Optional(
        Type.Object(
          {
            block_on: Type.Array(severity()),
            required: Type.Array(probeId(knownProbeIds)),
            deselected: Type.Array(probeId(knownProbeIds)),
          },
          { additionalProperties: false, description: 'The policy the verdict was decided with, so that it can be decided again (merge).' },
        ),
      ),
      llm_review: Type.Object(
        { status: Type.Literal('skipped'), reason: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
      integrity: Type.Object({ algorithm: Type.Literal('sha256'), sha256: sha256() }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  );
}

type EvidenceSchema = ReturnType<typeof evidenceSchema>;
export type Evidence = Static<EvidenceSchema>;
export type EvidenceFile = Evidence['diff']['files'][number];
export type EvidenceProbe = Evidence['probes'][number];
export type Finding = Evidence['findings'][number];
