export const id = 794;
export const ids = [794];
export const modules = {

/***/ 40794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/merge/files.ts
var files = __webpack_require__(29631);
// EXTERNAL MODULE: ./src/probes/index.ts + 137 modules
var probes = __webpack_require__(76716);
// EXTERNAL MODULE: ./src/evidence/build.ts + 1 modules
var build = __webpack_require__(27075);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/terminal.ts
// Pure: terminal lines for the CLI and the Action log: one per probe as it finishes, a heartbeat for a
// probe still running, then the blocking findings grouped by file (as eslint's stylish formatter does),
// the verdict and where the files went.


function painter(enabled) {
    return enabled ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}
/**
 * Whether to colour a stream. FORCE_COLOR decides when set (`0` or `false` turn colour off, anything else
 * on), as in Node and chalk; otherwise colour only on a TTY, without NO_COLOR (https://no-color.org) and
 * not on a dumb terminal.
 */
function useColour(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}
const STATUS_COLOUR = { pass: 32, fail: 31, inconclusive: 33, skipped: 90, error: 35 };
const VERDICT_COLOUR = { VERIFIED: 32, CONCERNS: 33, BLOCKED: 31, ERROR: 35 };
const SEVERITY_COLOUR = { critical: 31, high: 31, medium: 33, low: 33, info: 90 };
const UNDERLINE = 4;
const DIM = 90;
const BOLD = 1;
/** Blocking findings listed in the terminal; the rest are counted (every one is in report.md). */
const MAX_LISTED_FINDINGS = 50;
/** A heartbeat shows this much of the probe's last output line. */
const OUTPUT_LINE_MAX = 120;
function probeLine(result, paint) {
    const status = paint(STATUS_COLOUR[result.status], result.status.padEnd(12));
    return `  ${result.id.padEnd(13)}${status} ${result.summary} (${(0,format/* formatDuration */.a3)(result.duration_ms)})`;
}
/** A sign of life for a probe still running: elapsed time and, when it printed any, its last output line. */
function heartbeatLine(id, elapsedMs, lastOutput, paint) {
    const line = lastOutput === undefined ? '' : ` · ${truncate(lastOutput, OUTPUT_LINE_MAX)}`;
    return `  ${id.padEnd(13)}${paint(DIM, 'running'.padEnd(12))} ${(0,format/* formatDuration */.a3)(Math.round(elapsedMs / 1000) * 1000)}${paint(DIM, line)}`;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function firstLine(text) {
    return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Where a group of findings points: a file, a commit (a secret in a commit message), or nothing. */
function groupOf(finding) {
    if (finding.file !== undefined)
        return finding.file;
    if (finding.commit !== undefined)
        return `commit ${finding.commit.slice(0, 12)}`;
    return '(no file)';
}
/** `line:column` inside a file group; nothing for a finding without a line. */
function position(finding) {
    if (finding.file === undefined || finding.line === undefined)
        return '';
    return finding.column === undefined ? String(finding.line) : `${finding.line}:${finding.column}`;
}
/**
 * The blocking findings, most severe first, grouped by where they point (files in order of their most
 * severe finding), then a line counting them and the non-blocking ones:
 *
 *     src/config.ts
 *       2:7  high  Type 'string' is not assignable to type 'number'.  static/TS2322
 */
function findingLines(findings, paint, max = MAX_LISTED_FINDINGS) {
    const blocking = sortFindings(findings.filter((f) => f.blocking));
    const advisory = findings.filter((f) => !f.blocking);
    if (!findings.length)
        return [];
    const lines = [];
    const shown = blocking.slice(0, max);
    const groups = new Map();
    for (const finding of shown)
        groups.set(groupOf(finding), [...(groups.get(groupOf(finding)) ?? []), finding]);
    for (const [where, group] of groups) {
        const width = {
            position: Math.max(...group.map((f) => position(f).length)),
            severity: Math.max(...group.map((f) => f.severity.length)),
        };
        lines.push('', paint(UNDERLINE, where));
        for (const f of group) {
            const at = width.position ? `${paint(DIM, position(f).padEnd(width.position))}  ` : '';
            lines.push(`  ${at}${paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(width.severity))}  ${firstLine(f.message)}  ${paint(DIM, ruleId(f))}`);
        }
    }
    if (blocking.length > shown.length)
        lines.push('', `  …and ${plural(blocking.length - shown.length, 'more blocking finding')} in report.md`);
    const counts = [blocking.length ? paint(BOLD, plural(blocking.length, 'blocking finding')) : 'no blocking findings'];
    if (advisory.length)
        counts.push(`${plural(advisory.length, 'non-blocking finding')} (${severityCounts(advisory)}) listed in report.md`);
    lines.push('', `${blocking.length ? paint(31, '✖') : paint(33, '!')} ${counts.join(', ')}`);
    return lines;
}
/** `2 medium, 1 info`, most severe first. */
function severityCounts(findings) {
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    return order
        .map((severity) => [severity, findings.filter((f) => f.severity === severity).length])
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`)
        .join(', ');
}
/** After an interrupt: what the files now hold, so nobody mistakes them for a finished run. */
function interruptedLine(signal, paths) {
    const written = [paths.evidence, paths.report, paths.sarif].filter((p) => p !== undefined);
    const what = written.length
        ? `wrote what the finished probes had found (verdict ERROR) to ${written.join(', ')}`
        : 'could not write the evidence of the probes that had finished';
    return `loki-verify: interrupted by ${signal}; ${what}`;
}
/** The verdict, its reasons (the error is printed once, by the caller, not again as a reason) and the files. */
function verdictLines(evidence, paths, paint) {
    const lines = ['', `${paint(VERDICT_COLOUR[evidence.verdict], evidence.verdict)} (exit ${evidence.exit_code})`];
    const reasons = evidence.reasons.filter((reason) => reason !== evidence.error);
    for (const reason of reasons.slice(0, 10))
        lines.push(`  - ${reason}`);
    if (reasons.length > 10)
        lines.push(`  - …and ${reasons.length - 10} more`);
    if (paths.evidence)
        lines.push(`evidence: ${paths.evidence}`);
    if (paths.report)
        lines.push(`report:   ${paths.report}`);
    if (paths.sarif)
        lines.push(`sarif:    ${paths.sarif}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/heartbeat.ts

const HEARTBEAT_INTERVAL_MS = 15_000;
function startHeartbeat(options) {
    const now = options.now ?? (() => performance.now());
    const running = new Map();
    const timer = setInterval(() => {
        for (const [id, probe] of running)
            options.print(heartbeatLine(id, now() - probe.since, probe.last, options.paint));
    }, options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
    // The heartbeat never keeps the process alive on its own.
    timer.unref();
    return {
        started: (id) => void running.set(id, { since: now() }),
        output: (id, line) => {
            const probe = running.get(id);
            if (probe)
                probe.last = line;
        },
        finished: (id) => void running.delete(id),
        stop: () => clearInterval(timer),
    };
}
/** The gate's progress options for a log: log lines, a line per finished probe, the heartbeat kept current. */
function progressOptions(heartbeat, print, paint) {
    return {
        log: print,
        onProbeStart: heartbeat.started,
        onProbeOutput: heartbeat.output,
        onProbe: (probe) => {
            heartbeat.finished(probe.id);
            print(probeLine(probe, paint));
        },
    };
}

// EXTERNAL MODULE: ./src/render/links.ts
var links = __webpack_require__(14869);
;// CONCATENATED MODULE: ./src/render/sarif.ts



const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Probes whose findings are security alerts: code scanning then shows their security severity. */
const SECURITY_PROBES = new Set(probes/* PROBES */._.filter((p) => p.security).map((p) => p.id));
/** Code scanning maps security-severity scores to labels: >= 9 critical, >= 7 high, >= 4 medium, > 0 low. */
const SECURITY_SEVERITY = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, info: 0.0 };
/** What the gate's own rules check, for the rule's full description. */
const RULE_DESCRIPTIONS = {
    'build/build-failed': "The repository's build command failed on the PR's head commit.",
    'test/test-failed': "A test failed in the repository's test command on the PR's head commit.",
    'test/test-run-failed': 'The test command failed without a failing test to point at (a crash, a compile error, a timeout).',
    'heldout/item-failed': 'A held-out acceptance check, kept out of the builder\'s sight, failed on the PR\'s head commit.',
    'heldout/item-inconclusive': 'A held-out acceptance check could not run, so the change is not verified by it.',
    'heldout/tree-changed': 'Running the held-out checks changed the working tree: they must only read it.',
    'heldout/file-in-working-tree': 'The held-out checks file is inside the working tree, where the builder can read it.',
};
function level(finding) {
    if (finding.blocking)
        return 'error';
    return finding.severity === 'info' ? 'note' : 'warning';
}
/** Repository-relative path as a URI reference (each segment percent-encoded, slashes kept). */
function pathUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function sarif_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** The advisory's own rating (CVSS score, else its label); a waived or pre-existing finding is `info` but its advisory is not. */
function advisoryScore(finding) {
    const score = finding.details?.cvss_score;
    if (typeof score === 'number' && Number.isFinite(score))
        return score;
    const rated = finding.details?.severity;
    if (typeof rated === 'string' && rated in SECURITY_SEVERITY)
        return SECURITY_SEVERITY[rated];
    return finding.severity === 'info' ? SECURITY_SEVERITY.medium : SECURITY_SEVERITY[finding.severity];
}
function dependencyRule(finding, advisory) {
    const details = finding.details ?? {};
    const pkg = sarif_text(details.package) ?? 'a dependency';
    const ecosystem = sarif_text(details.ecosystem);
    const summary = sarif_text(details.summary);
    const aliases = Array.isArray(details.aliases) ? details.aliases.filter((a) => typeof a === 'string' && a !== advisory) : [];
    const known = aliases.length ? ` (also ${aliases.join(', ')})` : '';
    const url = (0,links/* osvUrl */.io)(advisory);
    const what = `${advisory}${known} affects ${pkg}${ecosystem ? ` (${ecosystem})` : ''}${summary ? `: ${summary}` : '.'}`;
    return {
        name: advisory,
        short: `${pkg}: ${summary ?? advisory}`,
        full: what,
        markdown: [
            `**[${advisory}](${url})**${known} affects \`${pkg}\`${ecosystem ? ` (${ecosystem})` : ''}.`,
            '',
            ...(summary ? [summary, ''] : []),
            'Upgrade the package to a fixed version (the finding names the first one known), or, when the vulnerable code is not reachable, ' +
                `waive the advisory with a reason in \`.loki/verify.yml\` (\`dependencies.ignore\`). See [the dependencies probe](${(0,links/* probeDocsUrl */.HI)('dependencies')}).`,
        ].join('\n'),
        helpUri: url,
    };
}
function secretRule(finding) {
    const title = sarif_text(finding.details?.title) ?? finding.rule;
    const docs = (0,links/* probeDocsUrl */.HI)('secrets');
    return {
        name: finding.rule,
        short: `${title} committed`,
        full: `${title}: a credential in a commit of the pull request. Everyone who can read the repository's history can use it, even after a later commit deletes it.`,
        markdown: [
            `**${title}** found in a commit of the pull request.`,
            '',
            '1. Revoke or rotate the credential at its issuer: it is exposed from the moment it was pushed.',
            '2. Remove it from the branch history (rewrite the commits); a later commit that deletes it leaves it in the pushed ones.',
            `3. If it is not a secret (a test fixture, a documented example), allow its fingerprint with a reason in \`.loki/verify.yml\` (\`secrets.allow\`). See [the secrets probe](${docs}).`,
        ].join('\n'),
        helpUri: docs,
    };
}
function staticRule(finding) {
    const tool = finding.details?.tool === 'tsc' || /^TS\d+$/.test(finding.rule) ? 'tsc' : 'eslint';
    const docs = (0,links/* probeDocsUrl */.HI)('static');
    const ruleDocs = tool === 'eslint' ? eslintRuleUrl(finding.rule) : undefined;
    const what = tool === 'tsc' ? `TypeScript compiler diagnostic ${finding.rule}` : `ESLint rule ${finding.rule}`;
    return {
        name: finding.rule,
        short: what,
        full: `${what}, reported by the repository's own ${tool} configuration on a line the pull request added.`,
        markdown: [
            `${ruleDocs ? `[${what}](${ruleDocs})` : what}, from the repository's own ${tool} configuration.`,
            '',
            `The static probe reports it only on lines the pull request added. See [the static probe](${docs}).`,
        ].join('\n'),
        helpUri: ruleDocs ?? docs,
    };
}
/** What the static probe names problems eslint reports without a rule (a file that does not parse, ...). */
const ESLINT_RULELESS = new Set(['parse-error', 'eslint']);
/** Documentation of eslint's core rules and typescript-eslint's; plugins without a known site get none. */
function eslintRuleUrl(rule) {
    if (/^[a-z][a-z-]*$/.test(rule) && !ESLINT_RULELESS.has(rule))
        return `https://eslint.org/docs/latest/rules/${rule}`;
    const typescript = /^@typescript-eslint\/([a-z-]+)$/.exec(rule);
    return typescript ? `https://typescript-eslint.io/rules/${typescript[1]}` : undefined;
}
function probeRule(finding, id) {
    const docs = (0,links/* probeDocsUrl */.HI)(finding.probe);
    const full = RULE_DESCRIPTIONS[id] ?? `Reported by the ${finding.probe} probe (rule ${finding.rule}).`;
    return {
        name: finding.rule,
        short: `${finding.probe}: ${finding.rule.replace(`${finding.probe}/`, '')}`,
        full,
        markdown: `${full}\n\nSee [the ${finding.probe} probe](${docs}).`,
        helpUri: docs,
    };
}
function ruleText(finding, id) {
    const advisory = (0,links/* advisoryOf */.fC)(finding);
    if (advisory)
        return dependencyRule(finding, advisory);
    if (finding.probe === 'secrets')
        return secretRule(finding);
    if (finding.probe === 'static')
        return staticRule(finding);
    return probeRule(finding, id);
}
/** One descriptor for every finding of a rule; a security rule's severity is the highest among them. */
function descriptor(id, findings) {
    const first = findings[0];
    const about = ruleText(first, id);
    const security = SECURITY_PROBES.has(first.probe);
    const score = Math.max(...findings.map((f) => ((0,links/* advisoryOf */.fC)(f) ? advisoryScore(f) : SECURITY_SEVERITY[f.severity])));
    return {
        id,
        name: about.name,
        shortDescription: { text: about.short },
        fullDescription: { text: about.full },
        help: { text: about.full, markdown: about.markdown },
        helpUri: about.helpUri,
        properties: {
            tags: security ? ['security', first.probe] : [first.probe],
            ...(security ? { 'security-severity': score.toFixed(1) } : {}),
        },
    };
}
function renderSarif(evidence) {
    const located = evidence.findings.filter((f) => f.file !== undefined);
    const byRule = new Map();
    for (const finding of located) {
        const id = (0,format/* ruleId */.IC)(finding);
        byRule.set(id, [...(byRule.get(id) ?? []), finding]);
    }
    const ids = [...byRule.keys()];
    const rules = ids.map((id) => descriptor(id, byRule.get(id)));
    const results = located.map((finding) => ({
        ruleId: (0,format/* ruleId */.IC)(finding),
        ruleIndex: ids.indexOf((0,format/* ruleId */.IC)(finding)),
        level: level(finding),
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathUri(finding.file ?? ''), uriBaseId: '%SRCROOT%' },
                    ...(finding.line === undefined
                        ? {}
                        : { region: { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) } }),
                },
            },
        ],
        partialFingerprints: { 'lokiVerify/v1': finding.fingerprint },
        properties: { probe: finding.probe, rule: finding.rule, severity: finding.severity, blocking: finding.blocking },
    }));
    return {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'loki-verify', version: evidence.tool.version, informationUri: links/* PROJECT_URL */.w5, rules } },
                invocations: [{ executionSuccessful: evidence.verdict !== 'ERROR', exitCode: evidence.exit_code }],
                results,
                properties: {
                    verdict: evidence.verdict,
                    findingsWithoutLocation: evidence.findings.length - located.length,
                    evidenceSha256: evidence.integrity.sha256,
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/render/sarif-file.ts
// Writes the SARIF log where the user asked (CLI --sarif, the Action's `sarif` input).



/** The folder of an explicitly named file is created; the caller reports a failure (it never changes the verdict). */
function writeSarifFile(path, evidence) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(renderSarif(evidence), null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/run.ts + 14 modules
var src_run = __webpack_require__(55043);
;// CONCATENATED MODULE: ./src/github/annotations.ts
// Pure: findings -> the annotations to print as workflow commands (::error file=...,line=...::message).
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
// silently, so the most severe are chosen here and the others counted for the job summary.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

const ANNOTATION_LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** Per level and step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** A blocking finding is an error; an advisory one a warning, or a notice when it is only informational. */
function annotationLevel(finding) {
    if (finding.blocking)
        return 'error';
    return finding.severity === 'info' ? 'notice' : 'warning';
}
function planAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const finding of (0,build/* sortFindings */.T)(findings)) {
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
function toAnnotation(finding, level) {
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

// EXTERNAL MODULE: ./src/github/artifact-name.ts
var artifact_name = __webpack_require__(73197);
// EXTERNAL MODULE: ./src/render/report.ts
var render_report = __webpack_require__(56076);
;// CONCATENATED MODULE: ./src/github/summary.ts

/** GitHub refuses a step summary above 1 MiB. https://github.blog/changelog/2022-05-09-github-actions-enhance-your-actions-with-job-summaries/ */
const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
/** An issue comment body holds at most 65,536 characters; bytes are a safe upper bound of characters. */
const COMMENT_MAX_BYTES = 65_536;
const TRUNCATED = '\n\n…(report truncated to fit; the full report.md is in the evidence artifact)\n';
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The report with as many findings as fit in `maxBytes` once wrapped by `compose` (most severe kept: the
 * evidence lists findings in that order). When even no findings do not fit, the report is cut at a line.
 */
function fitReport(evidence, maxBytes, compose, options) {
    const full = compose((0,render_report/* renderReport */.B)(evidence, options));
    if (bytes(full) <= maxBytes)
        return full;
    let best;
    let low = 0;
    let high = evidence.findings.length - 1;
    while (low <= high) {
        const shown = Math.floor((low + high) / 2);
        const text = compose((0,render_report/* renderReport */.B)(evidence, { ...options, maxFindings: shown }));
        if (bytes(text) <= maxBytes) {
            best = text;
            low = shown + 1;
        }
        else {
            high = shown - 1;
        }
    }
    if (best !== undefined)
        return best;
    const report = (0,render_report/* renderReport */.B)(evidence, { ...options, maxFindings: 0 });
    const room = maxBytes - bytes(compose('')) - bytes(TRUNCATED);
    return compose(cutAtLine(report, Math.max(0, room)) + TRUNCATED);
}
/** The longest prefix of whole lines within `maxBytes`. */
function cutAtLine(text, maxBytes) {
    const kept = Buffer.from(text, 'utf8').subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
    const lastNewline = kept.lastIndexOf('\n');
    return lastNewline > 0 ? kept.slice(0, lastNewline) : kept;
}
function evidencePointer(location) {
    if (location.uploadError !== undefined) {
        return `The evidence artifact could not be uploaded (${location.uploadError}); evidence.json and report.md stay on the runner.`;
    }
    const name = `\`${location.artifactName}\``;
    const link = location.artifactUrl ? ` ([download](${location.artifactUrl}))` : '';
    return `Full evidence: artifact ${name}${link} with evidence.json and report.md.`;
}
function fitOptions(location, repository) {
    return { fullListHint: `see evidence.json in the artifact \`${location.artifactName}\``, ...(repository ? { repository } : {}) };
}
function renderSummary(evidence, input, maxBytes = STEP_SUMMARY_MAX_BYTES) {
    const footer = ['---', '', evidencePointer(input.location)];
    if (input.omittedAnnotations > 0) {
        footer.push('', `${input.omittedAnnotations} finding${input.omittedAnnotations === 1 ? ' was' : 's were'} not annotated ` +
            '(GitHub shows at most 10 error, 10 warning and 10 notice annotations per step); every finding is in evidence.json.');
    }
    const tail = `${footer.join('\n')}\n`;
    return fitReport(evidence, maxBytes, (report) => `${report}\n${tail}`, fitOptions(input.location, input.repository));
}

;// CONCATENATED MODULE: ./src/github/comment.ts

const COMMENT_MARKER = '<!-- loki-verify -->';
function commentBody(evidence, location, repository) {
    const tail = `\n---\n\n${evidencePointer(location)}\n`;
    return fitReport(evidence, COMMENT_MAX_BYTES, (report) => `${COMMENT_MARKER}\n${report}${tail}`, fitOptions(location, repository));
}
/** Updates the oldest comment carrying the marker, or creates one. */
async function upsertComment(api, body) {
    const previous = (await api.list()).find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (previous) {
        await api.update(previous.id, body);
        return { id: previous.id, action: 'updated' };
    }
    const created = await api.create(body);
    return { id: created.id, action: 'created' };
}

;// CONCATENATED MODULE: ./src/github/event-base.ts
// Pure: the workflow event -> the base to diff against, whether the PR code is trusted, the PR number.
// Payload shapes: https://docs.github.com/en/webhooks/webhook-events-and-payloads
const ZERO_SHA = /^0+$/;
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
function event_base_text(value, ...path) {
    const found = field(value, ...path);
    return typeof found === 'string' && found !== '' ? found : undefined;
}
/**
 * The one base-selection rule, used by the Action and by the CLI inside a GitHub Actions job: the base
 * for this event; an explicit `base` (the Action's input, the CLI's BASE) always wins.
 */
function baseFromEvent(eventName, payload, explicit) {
    if (explicit !== undefined)
        return { base: explicit, source: 'the base input' };
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const sha = event_base_text(payload, 'pull_request', 'base', 'sha');
            if (sha)
                return { base: sha, source: `the pull request base (${event_base_text(payload, 'pull_request', 'base', 'ref') ?? 'base branch'})` };
            break;
        }
        case 'merge_group': {
            const sha = event_base_text(payload, 'merge_group', 'base_sha');
            if (sha)
                return { base: sha, source: `the merge group base (${event_base_text(payload, 'merge_group', 'base_ref') ?? 'base branch'})` };
            break;
        }
        case 'push': {
            const before = event_base_text(payload, 'before');
            // A new branch has an all-zero `before`: compare it with the default branch instead.
            if (before && !ZERO_SHA.test(before))
                return { base: before, source: 'the commit before the push' };
            const defaultBranch = event_base_text(payload, 'repository', 'default_branch');
            if (defaultBranch)
                return { base: `origin/${defaultBranch}`, source: 'the default branch (new branch pushed)' };
            break;
        }
    }
    return { source: `the default bases (no base in the ${eventName || 'unknown'} event)` };
}
/**
 * On `pull_request_target` the workflow runs with the base repository's token and secrets; a head from
 * another repository is code nobody trusted yet. Returns the reason the PR's code must not run, if so.
 */
function untrustedCodeReason(eventName, payload) {
    if (eventName !== 'pull_request_target')
        return undefined;
    const head = event_base_text(payload, 'pull_request', 'head', 'repo', 'full_name');
    const base = event_base_text(payload, 'pull_request', 'base', 'repo', 'full_name');
    if (head !== undefined && head === base)
        return undefined;
    const from = head ?? 'a deleted fork';
    return `refused: pull_request_target from ${from} runs untrusted code with the base repository's credentials (set allow-untrusted-code: true to run it)`;
}
/** The pull request this run belongs to, for the sticky comment. */
function pullRequestNumber(eventName, payload) {
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return undefined;
    const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

// EXTERNAL MODULE: ./src/verdict/verdict.ts
var verdict = __webpack_require__(91396);
;// CONCATENATED MODULE: ./src/github/fail-on.ts
// Pure: the verdict and the `fail-on` input -> whether the step fails, and the message it fails with.



const FAIL_ON = ['blocked', 'concerns'];
const THRESHOLD = { blocked: 'BLOCKED', concerns: 'CONCERNS' };
/** Reasons named in the step's failure message; the summary has them all. */
const NAMED = 3;
/** Undefined when the step passes. ERROR always fails: the gate could not verify, which is never a pass. */
function failureMessage(evidence, failOn) {
    if (evidence.verdict === 'ERROR') {
        return `loki-verify could not verify (ERROR, exit 3): ${evidence.error ?? evidence.reasons[0] ?? 'unknown error'}`;
    }
    // Exit codes rank the verdicts, from VERIFIED (0) to ERROR (3).
    if ((0,verdict/* exitCodeOf */.FO)(evidence.verdict) < (0,verdict/* exitCodeOf */.FO)(THRESHOLD[failOn]))
        return undefined;
    const why = mostSevere(evidence);
    return `loki-verify verdict ${evidence.verdict} (exit ${evidence.exit_code}) fails the step (fail-on: ${failOn})${why ? `: ${why}` : ''}`;
}
/** The most severe blocking findings (`critical secrets/github at src/config.ts:3`), else the first reasons. */
function mostSevere(evidence) {
    const blocking = (0,build/* sortFindings */.T)(evidence.findings.filter((f) => f.blocking));
    const named = blocking.length
        ? blocking.slice(0, NAMED).map((f) => `${f.severity} ${(0,format/* ruleId */.IC)(f)}${f.file === undefined && f.commit === undefined ? '' : ` at ${(0,format/* findingLocation */.$R)(f)}`}`)
        : evidence.reasons.slice(0, NAMED);
    const rest = (blocking.length || evidence.reasons.length) - named.length;
    const noun = blocking.length ? 'blocking finding' : 'reason';
    return [...named, ...(rest > 0 ? [`and ${rest} more ${noun}${rest === 1 ? '' : 's'} in the job summary`] : [])].join('; ');
}

;// CONCATENATED MODULE: ./src/merge/shard.ts
// Pure: `I/N` as written on the command line or in the Action's `shard` input -> a Shard.

function parseShard(text, source) {
    const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || index < 1 || total < 1 || index > total) {
        throw new errors/* VerifyError */.G(`${source}: '${text}' is not a shard I/N with 1 <= I <= N (e.g. 2/4)`);
    }
    return { index, total };
}

// EXTERNAL MODULE: ./src/probes/heldout/source.ts
var source = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/github/inputs.ts
// Action inputs -> one plain, validated settings object. A bad value throws a VerifyError naming the input,
// so the step fails before anything runs. Reading inputs is injected (`InputReader`) to keep this testable.






const DEFAULT_ARTIFACT_NAME = 'loki-verify-evidence';
/** Characters the artifact service refuses in a name (as @actions/artifact validates it). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
// YAML 1.2 core schema booleans, the set @actions/core accepts for boolean inputs.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * Inputs as the runner passes them and @actions/core's getInput reads them: `INPUT_<NAME>` (spaces as
 * underscores, upper-cased, dashes kept), trimmed. Read directly so the Action starts without the toolkit.
 */
function envInputs(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function readSettings(input, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const workingDirectory = (0,external_node_path_.resolve)(workspace, input('working-directory') || '.');
    if (!isDirectory(workingDirectory)) {
        throw new errors/* VerifyError */.G(`input working-directory: ${workingDirectory} is not a directory in the workspace`);
    }
    const inDir = (path) => (0,external_node_path_.resolve)(workingDirectory, path);
    const base = optional(input('base'));
    if (base !== undefined && (base.startsWith('-') || /\s/.test(base))) {
        throw new errors/* VerifyError */.G(`input base: '${base}' is not a git ref (use a branch, tag or commit sha)`);
    }
    // Existence is the gate's to judge: inside the repository the policy is read at the merge-base, so
    // a PR that deletes the file is still judged by it.
    const config = optional(input('config'));
    // The held-out input is either a path or the checks themselves (a secret): never echo its content.
    const heldoutInput = optional(input('heldout'));
    const heldoutPath = heldoutInput === undefined || (0,source/* isInlineContent */.J)(heldoutInput) ? undefined : inDir(heldoutInput);
    const heldout = heldoutPath ?? heldoutInput;
    if (heldoutPath !== undefined && !(0,external_node_fs_.existsSync)(heldoutPath)) {
        throw new errors/* VerifyError */.G(`input heldout: file ${heldoutInput} does not exist (pass a path or the checks as YAML/JSON content)`);
    }
    const artifactName = input('artifact-name') || DEFAULT_ARTIFACT_NAME;
    if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
        throw new errors/* VerifyError */.G(`input artifact-name: '${artifactName}' contains a character artifacts refuse (" : < > | * ? \\ / or a newline)`);
    }
    const comment = booleanInput(input, 'comment', false);
    const githubToken = input('github-token');
    if (comment && !githubToken) {
        throw new errors/* VerifyError */.G('input github-token: required when comment is true (the default is ${{ github.token }})');
    }
    const sarif = optional(input('sarif-path'));
    const shardInput = optional(input('shard'));
    const shard = shardInput === undefined ? undefined : parseShard(shardInput, 'input shard');
    const merge = booleanInput(input, 'merge', false);
    if (merge && shard) {
        throw new errors/* VerifyError */.G(`input merge: true merges the shards' artifacts; it cannot be one of them (shard: ${shardInput}): use two jobs, a matrix of shards and a merge job`);
    }
    return {
        workingDirectory,
        failOn: failOnInput(input('fail-on')),
        artifactName,
        comment,
        githubToken,
        allowUntrustedCode: booleanInput(input, 'allow-untrusted-code', false),
        merge,
        ...(shard === undefined ? {} : { shard }),
        ...(base === undefined ? {} : { base }),
        ...(config === undefined ? {} : { config: inDir(config) }),
        ...(heldout === undefined ? {} : { heldout }),
        ...(sarif === undefined ? {} : { sarifPath: inDir(sarif) }),
    };
}
function optional(value) {
    return value === '' ? undefined : value;
}
function failOnInput(value) {
    if (value === '')
        return 'blocked';
    const normalised = value.toLowerCase();
    if (FAIL_ON.includes(normalised))
        return normalised;
    throw new errors/* VerifyError */.G(`input fail-on: '${value}' is not one of ${FAIL_ON.join(', ')}`);
}
function booleanInput(input, name, fallback) {
    const value = input(name);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new errors/* VerifyError */.G(`input ${name}: '${value}' is not a boolean (use true or false)`);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/github/action.ts
// The Action's I/O around the gate: settings and event in; annotations, artifact, job summary, SARIF,
// PR comment and outputs out. Every publishing step is isolated: one failing never hides the others or
// changes the verdict, and the outputs are set in every case.
// Until the gate has run, nothing of the toolkit is loaded (inputs are read from the environment, log
// lines written to stdout): @actions/core brings an HTTP client for OIDC tokens, and the artifact client
// and octokit are heavier still. They are imported when publishing needs them, the last two only for an
// upload or a comment.

















const loadCore = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 91659));
/** A plain log line, as core.info writes it (the runner reads workflow commands only at a line's start). */
function info(line) {
    process.stdout.write(`${line}\n`);
}
/** Reads inputs and the event, and decides how the gate runs. Throws on a bad input (naming it). */
async function prepareRun(env = process.env) {
    const settings = readSettings(envInputs(env), env);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = await readEvent(env.GITHUB_EVENT_PATH);
    const { base, source } = baseFromEvent(eventName, payload, settings.base);
    info(`base: ${base ?? 'default'} (from ${source})`);
    const untrusted = untrustedCodeReason(eventName, payload);
    const runsPrCode = probes/* PROBES */._.filter((p) => p.runsPrCode).map((p) => p.id).join(', ');
    if (untrusted && !settings.allowUntrustedCode)
        info(`probes that execute the PR's code (${runsPrCode}) are not run: ${untrusted}`);
    else if (untrusted)
        info(`allow-untrusted-code: true, so the fork's code runs (${runsPrCode}) with this workflow's credentials`);
    const plain = painter(false);
    const heartbeat = startHeartbeat({ print: info, paint: plain });
    const gate = {
        cwd: settings.workingDirectory,
        env,
        ...outFolder(env, settings.artifactName),
        ...(base === undefined ? {} : { base }),
        ...(settings.config === undefined ? {} : { config: settings.config }),
        ...(settings.heldout === undefined ? {} : { heldout: settings.heldout }),
        ...(untrusted && !settings.allowUntrustedCode ? { untrustedCode: untrusted } : {}),
        ...(settings.shard === undefined ? {} : { shard: settings.shard }),
        ...progressOptions(heartbeat, info, plain),
        // A cancelled job: the runner sends SIGINT, then SIGTERM; the log says what the evidence now holds.
        onInterrupted: (result, signal) => info(interruptedLine(signal, { evidence: result.evidencePath, report: result.reportPath })),
    };
    return { settings, eventName, payload, env, gate, heartbeat };
}
/**
 * The merge step of a sharded run: downloads every shard's artifact of this run and merges them. Anything
 * off (no shard artifact, a missing shard, a tampered or foreign one) is ERROR evidence naming the artifact.
 */
async function mergeRun(run) {
    const { env, settings } = run;
    const outDir = outFolder(env, settings.artifactName).out ?? (0,external_node_path_.resolve)(settings.workingDirectory, src_run/* DEFAULT_OUT_DIR */.vx);
    const downloads = (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_path_.dirname)(outDir), 'loki-verify', `${settings.artifactName}-shards`);
    const load = async () => {
        if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
            throw new errors/* VerifyError */.G('merge: the shard artifacts can only be downloaded on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)');
        }
        info(`merge: downloading the artifacts ${settings.artifactName}-shard-I-of-N of this run`);
        const { downloadShardEvidence } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(714), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 49721));
        return downloadShardEvidence(settings.artifactName, downloads);
    };
    const result = await (0,files/* mergeShards */.O)(load, { outDir, now: new Date(), log: info });
    if (result.error !== undefined)
        (await loadCore()).error(`loki-verify merge: ${result.error}`);
    else
        info(`merge: ${result.evidence.merged?.total ?? 0} shards merged`);
    return result;
}
/** Outside the checkout, so the verified tree stays as the workflow left it; one folder per artifact name. */
function outFolder(env, artifactName) {
    return env.RUNNER_TEMP ? { out: (0,external_node_path_.join)(env.RUNNER_TEMP, 'loki-verify', artifactName) } : {};
}
async function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        (await loadCore()).warning(`could not read the event payload ${path} (${(0,errors/* errorMessage */.g)(error)}); using the default bases`);
        return {};
    }
}
/** Publishes the result everywhere it belongs and says where the evidence went; never throws. */
async function publish(result, run) {
    const core = await loadCore();
    const { evidence } = result;
    for (const line of verdictLines(evidence, { evidence: result.evidencePath, report: result.reportPath }, painter(false))) {
        core.info(line);
    }
    if (run.settings.shard)
        return publishShard(core, result, run, run.settings.shard);
    const plan = planAnnotations(evidence.findings);
    for (const a of plan.annotations) {
        const properties = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
        core[a.level](a.message, properties);
    }
    const location = await uploadArtifact(core, result, run.settings.artifactName, run.env);
    await writeSummary(core, evidence, { location, omittedAnnotations: plan.omitted }, run.env);
    const { sarifPath } = run.settings;
    if (sarifPath) {
        await attempt(core, 'write the SARIF file', async () => {
            writeSarifFile(sarifPath, evidence);
            core.info(`SARIF: ${sarifPath}`);
        });
    }
    if (run.settings.comment)
        await attempt(core, 'update the pull request comment', () => comment(core, evidence, location, run));
    return location;
}
/**
 * One shard of a matrix: its evidence goes up for the merge job, which alone annotates, comments and writes
 * the full summary (once per run, not once per shard); the job summary gets one line.
 */
async function publishShard(core, result, run, shard) {
    const skipped = [run.settings.comment ? 'comment' : '', run.settings.sarifPath ? 'sarif-path' : ''].filter(Boolean);
    if (skipped.length)
        core.info(`${skipped.join(' and ')}: done once by the merge job (merge: true), not by each shard`);
    const name = (0,artifact_name/* shardArtifactName */.u9)(run.settings.artifactName, shard, run.env.GITHUB_RUN_ATTEMPT);
    const location = await uploadArtifact(core, result, name, run.env, { attempts: false });
    await attempt(core, 'write the job summary', async () => {
        if (!run.env.GITHUB_STEP_SUMMARY)
            return core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
        await core.summary.addRaw(`${shardSummaryLine(result.evidence, shard, location)}\n`).write();
    });
    return location;
}
function shardSummaryLine(evidence, shard, location) {
    const where = location.uploadError
        ? `its evidence was NOT uploaded (${location.uploadError}), so the merge cannot include it`
        : `evidence uploaded as \`${location.artifactName}\`; the merge job gives the verdict of the run`;
    return `**loki-verify shard ${shard.index}/${shard.total}: ${evidence.verdict}**: ${where}.`;
}
/** `attempts: false` when `name` already carries the run attempt (a shard's name). */
async function uploadArtifact(core, result, name, env, options = { attempts: true }) {
    const artifactName = options.attempts ? (0,artifact_name/* artifactNameFor */.FP)(name, env.GITHUB_RUN_ATTEMPT) : name;
    if (!result.evidencePath || !result.reportPath) {
        return { artifactName, uploadError: 'the evidence files could not be written' };
    }
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { artifactName, uploadError: 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)' };
    }
    try {
        const { uploadEvidence } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(714), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 49721));
        const artifactId = await uploadEvidence(artifactName, [result.evidencePath, result.reportPath]);
        const url = (0,artifact_name/* artifactUrl */.Wk)(env, artifactId);
        return { artifactName, artifactId, ...(url === undefined ? {} : { artifactUrl: url }) };
    }
    catch (error) {
        core.warning(`could not upload the evidence artifact ${artifactName}: ${(0,errors/* errorMessage */.g)(error)}`);
        return { artifactName, uploadError: (0,errors/* errorMessage */.g)(error) };
    }
}
/** The job summary, on every path (a bad input too): the first place anyone looks. */
async function writeSummary(core, evidence, input, env) {
    await attempt(core, 'write the job summary', async () => {
        if (!env.GITHUB_STEP_SUMMARY)
            return core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
        const repository = (0,links/* repositoryLink */.l)(env);
        await core.summary.addRaw(renderSummary(evidence, { ...input, ...(repository ? { repository } : {}) })).write();
    });
}
async function comment(core, evidence, location, run) {
    const number = pullRequestNumber(run.eventName, run.payload);
    const repository = run.env.GITHUB_REPOSITORY;
    if (number === undefined || !repository) {
        core.info(`comment: no pull request in this ${run.eventName || 'unknown'} event, nothing to comment on`);
        return;
    }
    const { octokitCommentApi } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691));
    const api = octokitCommentApi(run.settings.githubToken, repository, number);
    const { id, action } = await upsertComment(api, commentBody(evidence, location, (0,links/* repositoryLink */.l)(run.env)));
    core.info(`comment ${id} ${action} on #${number}`);
}
async function attempt(core, what, step) {
    try {
        await step();
    }
    catch (error) {
        core.warning(`could not ${what}: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/** Sets the outputs and the step status from the gate's result. */
async function conclude(result, location, run) {
    const core = await loadCore();
    setOutputs(core, result.evidence.verdict, result.exitCode, {
        'evidence-path': result.evidencePath,
        'report-path': result.reportPath,
        'artifact-name': location.artifactName,
        'artifact-id': location.artifactId?.toString(),
        'artifact-url': location.artifactUrl,
        'sarif-path': run.settings.sarifPath,
    });
    if (run.settings.shard) {
        // The merge job is the check: a shard failing by its verdict would cancel its siblings (fail-fast)
        // and leave the merge without them. A shard only fails when the merge cannot have its evidence.
        const { index, total } = run.settings.shard;
        if (location.uploadError)
            core.setFailed(`loki-verify shard ${index}/${total}: evidence not uploaded as ${location.artifactName}: ${location.uploadError}`);
        return;
    }
    const failure = failureMessage(result.evidence, run.settings.failOn);
    if (failure)
        core.setFailed(failure);
}
/**
 * Nothing was verified (a bad input, or a bug): ERROR evidence where it can be written, uploaded, and
 * shown in the job summary, ERROR outputs and a failed step naming the problem.
 */
async function failUnverified(error, env = process.env) {
    const message = (0,errors/* errorMessage */.g)(error);
    const result = await (0,src_run/* runGate */.Rg)({
        env,
        inputError: message,
        ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
        ...outFolder(env, DEFAULT_ARTIFACT_NAME),
    }).catch(() => undefined);
    const core = await loadCore();
    const location = result && (await uploadArtifact(core, result, DEFAULT_ARTIFACT_NAME, env));
    if (result && location)
        await writeSummary(core, result.evidence, { location, omittedAnnotations: 0 }, env);
    setOutputs(core, 'ERROR', 3, {
        'evidence-path': result?.evidencePath,
        'report-path': result?.reportPath,
        'artifact-name': location?.artifactId === undefined ? undefined : location.artifactName,
        'artifact-id': location?.artifactId?.toString(),
        'artifact-url': location?.artifactUrl,
    });
    core.setFailed(`loki-verify could not verify (ERROR, exit 3): ${message}`);
}
function setOutputs(core, verdict, exitCode, optional) {
    core.setOutput('verdict', verdict);
    core.setOutput('exit-code', String(exitCode));
    for (const [name, value] of Object.entries(optional))
        core.setOutput(name, value ?? '');
}

;// CONCATENATED MODULE: ./src/action/run-action.ts
// The Action's work once the process runs with a clean environment: inputs -> gate -> publish ->
// outputs and step status. Loaded by main.ts after the re-execution, so the heavy bundle is parsed once.



async function runAction(startWarning) {
    if (startWarning)
        core.warning(startWarning);
    try {
        // A bad input throws here, naming the input: nothing is verified and the step fails.
        const run = await prepareRun();
        // runGate (and the merge of a sharded run's artifacts) turns every known failure into an ERROR result,
        // so evidence, outputs and the artifact exist in every case; the catch below is only the net for a bug of ours.
        const gate = run.settings.merge ? mergeRun(run) : (0,src_run/* runGate */.Rg)(run.gate);
        const result = await gate.finally(() => run.heartbeat.stop());
        const location = await publish(result, run);
        await conclude(result, location, run);
    }
    catch (error) {
        await failUnverified(error);
    }
}


/***/ }),

/***/ 49324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   IQ: () => (/* binding */ withDefault),
/* harmony export */   nB: () => (/* binding */ allowance),
/* harmony export */   pS: () => (/* binding */ pathGlobs),
/* harmony export */   rZ: () => (/* binding */ waiver),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   yf: () => (/* binding */ severity)
/* harmony export */ });
/* unused harmony exports date, MAX_GLOBS */
/* harmony import */ var typebox__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6868);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
// Building blocks of the configuration schema, shared by the probes' config sections. The schemas are
// written in code (TypeBox) so the TypeScript types come from them; schemas/*.json is generated from here.


/** An optional key whose value, when absent, is `value` (written into the schema's `default`). */
function withDefault(schema, value) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional({ ...schema, default: value });
}
/** One of a fixed list of strings, as a plain JSON Schema `enum` (error messages list the allowed values). */
function oneOf(values, options = {}) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Unsafe */ .ZUJ.Unsafe({ enum: [...values], ...options });
}
const severity = (options = {}) => oneOf(_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC, options);
/** A calendar day (YYYY-MM-DD) through which an exception holds. */
const date = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const command = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1, description: 'Shell command run at the repository root, overriding detection.' });
/** At most 1000 globs a list: each is compiled and tried on every path (250k took minutes and gigabytes). */
const MAX_GLOBS = 1000;
const pathGlobs = (description) => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }), { description: `${description} At most ${MAX_GLOBS}.`, maxItems: MAX_GLOBS });
/** An accepted finding, by fingerprint (secrets.allow). */
const allowance = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ fingerprint: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }), reason: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }), until: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(date()) }, { additionalProperties: false });
/** An accepted advisory, by id or alias (dependencies.ignore). */
const waiver = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ id: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }), reason: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }), until: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(date()) }, { additionalProperties: false });


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * A known reason the gate could not verify (bad input, bad config, missing base...).
 * The message is one line naming the problem and the fix; the CLI maps it to exit 3.
 */
class VerifyError extends Error {
    name = 'VerifyError';
}
/** The one-line message of any thrown value. */
function errorMessage(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0] ?? text;
}


/***/ }),

/***/ 75527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/**
 * A stable id for a finding: the hash of what the finding is about (rule, file, the offending text...).
 * Callers leave out line numbers where unrelated edits could move them.
 */
function fingerprint(...parts) {
    return sha256(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).slice(0, 32);
}


/***/ }),

/***/ 12032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   cz: () => (/* binding */ describeSchemaErrors),
/* harmony export */   fE: () => (/* binding */ lazyValidator)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
// ajv set-up shared by every schema the gate validates against (config, evidence, held-out files).


// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv);
function compileSchema(schema) {
    return ajv.compile(schema);
}
/** A validator compiled on first use: loading a module does not pay for a schema it may never check. */
function lazyValidator(schema) {
    let validate;
    return () => (validate ??= compileSchema(schema()));
}
/** Dotted key path of an ajv error (`build.timeout`, `secrets.allow[0].reason`). */
function keyPath(error) {
    const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let path = '';
    for (const part of parts)
        path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
    if (error.keyword === 'additionalProperties') {
        const extra = error.params.additionalProperty;
        return path ? `${path}.${extra}` : extra;
    }
    if (error.keyword === 'required') {
        const missing = error.params.missingProperty;
        return path ? `${path}.${missing}` : missing;
    }
    return path || '(top level)';
}
function expectation(error, schemaAllowed) {
    switch (error.keyword) {
        case 'additionalProperties':
            return schemaAllowed?.length ? `unknown key (expected one of ${schemaAllowed.join(', ')})` : 'unknown key';
        case 'required':
            return 'is required';
        case 'enum':
            return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        default:
            return error.message ?? 'is invalid';
    }
}
/** One line describing the first (most specific) schema errors, e.g. `build.timout: unknown key (expected one of ...)`. */
function describeSchemaErrors(errors) {
    if (!errors?.length)
        return 'does not match the schema';
    // `if`/`anyOf` wrappers repeat what their branches already said; keep the concrete errors.
    const concrete = errors.filter((e) => !['if', 'anyOf', 'oneOf'].includes(e.keyword));
    const shown = (concrete.length ? concrete : errors).slice(0, 3).map((e) => {
        const allowed = e.keyword === 'additionalProperties' && e.parentSchema?.properties
            ? Object.keys(e.parentSchema.properties)
            : undefined;
        return `${keyPath(e)}: ${expectation(e, allowed)}`;
    });
    return shown.join('; ');
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   os: () => (/* binding */ tailLines)
/* harmony export */ });
// Small pure text helpers shared by renderers and probes.
// CSI, OSC and two-character escape sequences, as terminals and test runners emit them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** The last `count` non-empty lines of `text`. */
function tailLines(text, count) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-count).join('\n');
}
/**
 * Orders strings by UTF-16 code units, the same on every machine: `localeCompare` follows the process's
 * locale (LC_ALL=tr_TR.UTF-8 orders `I` and `i` differently), and evidence must not.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Offsets at which the lines of `text` start (the first is 0): build once, then look lines up with `lineOf`. */
function lineStarts(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}
/** The 0-based line holding `offset`, by binary search over `lineStarts`. */
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}


/***/ }),

/***/ 74747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   o: () => (/* binding */ parseYamlOrJson)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34905);
// Parses the YAML or JSON files users hand the gate (config, held-out checks, checklists).



/** Config, held-out checks and checklists: real ones are kilobytes. */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/**
 * Parses YAML or JSON text (JSON is YAML); `source` names it in the one-line error, which gives the
 * parser's reason and line but never quotes the file (held-out files are secret).
 */
function parseYamlOrJson(text, source) {
    // A YAML parse takes ~60 times the text in memory: the limit keeps the gate's peak well under 500 MB.
    if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .G(`${source} is larger than ${(0,_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(MAX_DOCUMENT_BYTES)}, the most the gate reads of a YAML or JSON document; shorten it`);
    }
    try {
        // logLevel 'error': unknown tags would otherwise print warnings (with the tag text) to stderr.
        return yaml__WEBPACK_IMPORTED_MODULE_0__.parse(text, { prettyErrors: false, logLevel: 'error' });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        const where = error instanceof yaml__WEBPACK_IMPORTED_MODULE_0__.YAMLError ? ` at line ${lineOf(text, error.pos[0])}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .G(`${source} is not valid YAML or JSON: ${reason}${where}; fix the file`);
    }
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ }),

/***/ 84348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ isAddedLine),
/* harmony export */   NY: () => (/* binding */ combineDiff),
/* harmony export */   QD: () => (/* binding */ parseRawZ),
/* harmony export */   Y$: () => (/* binding */ parseStatusZ),
/* harmony export */   zA: () => (/* binding */ parsePatchU0)
/* harmony export */ });
const STATUS_LETTERS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed',
};
/** Parses `git diff --raw -z` output: `:<modes> <shas> <STATUS>\0<path>\0` (two paths for R and C). */
function parseRawZ(output) {
    const fields = output.split('\0');
    const entries = [];
    let i = 0;
    while (i < fields.length) {
        const meta = fields[i++];
        if (!meta)
            continue;
        if (!meta.startsWith(':'))
            throw new Error(`unexpected git diff --raw record: ${meta.slice(0, 40)}`);
        const letter = meta.trim().split(' ').pop().charAt(0);
        const status = STATUS_LETTERS[letter] ?? 'modified';
        if (status === 'renamed' || status === 'copied') {
            const oldPath = fields[i++];
            entries.push({ status, path: fields[i++], oldPath });
        }
        else {
            entries.push({ status, path: fields[i++] });
        }
    }
    return entries;
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * Parses a `git diff -U0` patch into one PatchStats per `diff --git` block, in order.
 * With zero context every line on the new side of a hunk is an added line, so the ranges come
 * straight from the hunk headers.
 */
function parsePatchU0(patch) {
    const blocks = [];
    let current;
    let inHunks = false;
    for (const line of patch.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = { binary: false, added: 0, removed: 0, addedRanges: [] };
            blocks.push(current);
            inHunks = false;
            continue;
        }
        if (!current)
            continue;
        if (!inHunks) {
            if (line.startsWith('Binary files ') || line === 'GIT binary patch')
                current.binary = true;
            if (!line.startsWith('@@'))
                continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            inHunks = true;
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            if (count > 0)
                addRange(current.addedRanges, start, start + count - 1);
            continue;
        }
        if (line.startsWith('+'))
            current.added++;
        else if (line.startsWith('-'))
            current.removed++;
    }
    return blocks;
}
function addRange(ranges, start, end) {
    const last = ranges[ranges.length - 1];
    if (last && last.end + 1 >= start)
        last.end = Math.max(last.end, end);
    else
        ranges.push({ start, end });
}
/**
 * Joins raw entries with the patch blocks git printed for them in the same order. A type change (a file
 * turned into a link or a submodule, or back) is one raw entry but two blocks: the old side deleted,
 * the new one created.
 */
function combineDiff(raw, patches) {
    const extra = patches.length - raw.length;
    const typeChanges = raw.filter((entry) => entry.status === 'type-changed').length;
    if (extra !== 0 && extra !== typeChanges) {
        throw new Error(`git diff printed ${raw.length} files but ${patches.length} patches; cannot align them`);
    }
    let next = 0;
    return raw.map((entry) => {
        const count = extra && entry.status === 'type-changed' ? 2 : 1;
        const blocks = patches.slice(next, next + count);
        next += count;
        const binary = blocks.some((b) => b.binary);
        const sum = (key) => (binary ? 0 : blocks.reduce((total, b) => total + b[key], 0));
        return {
            path: entry.path,
            ...(entry.oldPath === undefined ? {} : { oldPath: entry.oldPath }),
            status: entry.status,
            binary,
            added: sum('added'),
            removed: sum('removed'),
            addedRanges: binary ? [] : blocks.flatMap((b) => b.addedRanges),
        };
    });
}
/** Whether `line` of `file` was added by the PR. */
function isAddedLine(file, line) {
    let lo = 0;
    let hi = file.addedRanges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const range = file.addedRanges[mid];
        if (line < range.start)
            hi = mid - 1;
        else if (line > range.end)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
/** Paths from `git status --porcelain=v1 -z` (for renames, the new path). */
function parseStatusZ(output) {
    const fields = output.split('\0');
    const paths = [];
    for (let i = 0; i < fields.length; i++) {
        const record = fields[i];
        if (record.length < 4)
            continue;
        paths.push(record.slice(3));
        if (record[0] === 'R' || record[0] === 'C')
            i++; // the original path follows
    }
    return paths;
}


/***/ }),

/***/ 27075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ buildEvidence),
  T: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/evidence/canonical.ts
var canonical = __webpack_require__(90071);
// EXTERNAL MODULE: ./src/evidence/redact.ts
var redact = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/evidence/schema.ts
var schema = __webpack_require__(71782);
;// CONCATENATED MODULE: ./src/evidence/types.ts
// The evidence document's types, derived from its schema (src/evidence/schema.ts).


;// CONCATENATED MODULE: ./src/evidence/build.ts
// Pure: everything a run learned -> the evidence document (redacted, findings ordered, integrity set).




const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Most severe first, blocking before advisory, then by place; stable for identical input. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        Number(b.blocking) - Number(a.blocking) ||
        (0,core_text/* compareText */.n6)(a.probe, b.probe) ||
        (0,core_text/* compareText */.n6)(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (0,core_text/* compareText */.n6)(a.fingerprint, b.fingerprint));
}
function buildEvidence(input) {
    const { diff } = input;
    const document = {
        schema_version: schema/* SCHEMA_VERSION */.f$,
        tool: { name: 'loki-verify', version: input.toolVersion },
        run_id: input.runId,
        created_at: input.createdAt.toISOString(),
        verdict: input.verdict.verdict,
        exit_code: input.verdict.exitCode,
        reasons: input.verdict.reasons,
        ...(input.error === undefined ? {} : { error: input.error }),
        diff: {
            base_ref: diff?.baseRef ?? input.baseRef ?? null,
            base_sha: diff?.baseSha ?? null,
            merge_base: diff?.mergeBase ?? null,
            head_sha: diff?.headSha ?? null,
            files_changed: diff?.files.length ?? 0,
            lines_added: diff?.linesAdded ?? 0,
            lines_removed: diff?.linesRemoved ?? 0,
            commits: diff?.commits ?? [],
            shallow: diff?.shallow ?? false,
            dirty: diff?.dirty ?? [],
            files: (diff?.files ?? []).map((f) => ({
                path: f.path,
                ...(f.oldPath === undefined ? {} : { old_path: f.oldPath }),
                status: f.status,
                binary: f.binary,
                added: f.added,
                removed: f.removed,
            })),
        },
        probes: input.probes.map((p) => ({
            id: p.id,
            title: p.title,
            status: p.status,
            summary: p.summary,
            duration_ms: p.duration_ms,
            details: p.details,
            ...(p.tree_changes === undefined ? {} : { tree_changes: p.tree_changes }),
        })),
        findings: sortFindings(input.findings),
        config: {
            source: input.config.source ?? null,
            sha256: input.config.sha256 ?? null,
            ...(input.config.path === undefined ? {} : { path: input.config.path }),
            ...(input.config.prChangesPolicy === undefined ? {} : { pr_changes_policy: input.config.prChangesPolicy }),
        },
        ...(input.environment ? { environment: input.environment } : {}),
        ...(input.shard ? { shard: input.shard } : {}),
        ...(input.policy ? { policy: input.policy } : {}),
        llm_review: { status: 'skipped', reason: 'the gate is deterministic: no language model is consulted' },
    };
    const redacted = (0,redact/* redactDeep */.K)(document, input.redact);
    return { ...redacted, integrity: { algorithm: 'sha256', sha256: (0,canonical/* integrityHash */.O)(redacted) } };
}


/***/ }),

/***/ 90071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ integrityHash)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75527);
// Canonical JSON (sorted keys, no whitespace, undefined dropped) and the integrity hash over it.

/**
 * Sorted keys at every depth (code-unit order, never the locale's: the hash must not depend on where
 * it is computed), no whitespace, undefined dropped in objects and null in arrays.
 *
 * JSON.stringify does the writing (native, fast on large evidence); a replacer hands it each object with
 * its keys re-inserted in sorted order. Engines put integer-like keys first whatever the insertion order,
 * so an object with such a key is written by the plain recursive path instead.
 */
function canonicalJson(value) {
    try {
        return JSON.stringify(value, sortKeys) ?? 'null';
    }
    catch (error) {
        if (error !== INTEGER_KEY)
            throw error;
        return recursiveCanonicalJson(value);
    }
}
const INTEGER_KEY = Symbol('integer-like key');
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortKeys(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    const record = value;
    const keys = Object.keys(record).sort(byCodeUnits);
    const sorted = {};
    for (const key of keys) {
        if (INTEGER_LIKE.test(key))
            throw INTEGER_KEY;
        sorted[key] = record[key];
    }
    return sorted;
}
function recursiveCanonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : recursiveCanonicalJson(v))).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${recursiveCanonicalJson(v)}`).join(',')}}`;
}
/** sha256 of the canonical document without its `integrity` field (what `integrity.sha256` holds). */
function integrityHash(document) {
    const { integrity: _ignored, ...rest } = document;
    return (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .s)(canonicalJson(rest));
}


/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ redactDeep),
/* harmony export */   l: () => (/* binding */ createRedactor)
/* harmony export */ });
// Removes secrets from any text before it is written: known token formats, private keys, credentials
// in URLs, values of credential environment variables, and the user's home directory.
const MASK = '[REDACTED]';
/** Token formats with a recognisable prefix; the first four characters are kept so a reader knows the kind. */
const TOKEN_PATTERNS = [
    /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
    /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
    /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
    /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g,
    /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/g,
    /\bAIza[0-9A-Za-z_-]{35}\b/g,
    /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}\b/g,
    /\bnpm_[A-Za-z0-9]{36}\b/g,
    /\bpypi-[A-Za-z0-9_-]{50,}\b/g,
    /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g,
    /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g,
    /\bSK[0-9a-fA-F]{32}\b/g,
    /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
];
const PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$)/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]*):([^\s@/]+)@/gi;
function createRedactor(options = {}) {
    const fixed = options.secrets ?? [];
    const found = options.found ?? new Set();
    // Longest first, so a secret containing another is removed whole; recomputed when a secret is found.
    const sorted = () => [...new Set([...fixed, ...found])].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
    let literals = sorted();
    let foundCount = found.size;
    const home = options.home && options.home.length > 1 ? options.home : undefined;
    return (text) => {
        if (found.size !== foundCount) {
            literals = sorted();
            foundCount = found.size;
        }
        let out = text;
        for (const literal of literals)
            if (out.includes(literal))
                out = out.split(literal).join(MASK);
        out = out.replace(PRIVATE_KEY, (_m, kind) => `-----BEGIN ${kind}----- ${MASK}`);
        out = out.replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:${MASK}@`);
        for (const pattern of TOKEN_PATTERNS)
            out = out.replace(pattern, (m) => `${m.slice(0, 4)}${MASK}`);
        if (home)
            out = out.split(home).join('~');
        return out;
    };
}
/** Applies `redact` to every string in a JSON-like value (keys included), returning a new value. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[redact(k)] = redactDeep(v, redact);
        return out;
    }
    return value;
}


/***/ }),

/***/ 71782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ PROBE_ID_PATTERN),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   jU: () => (/* binding */ evidenceSchema)
/* harmony export */ });
/* harmony import */ var typebox__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6868);
/* harmony import */ var _config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49324);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);
// The evidence document's schema, in code: the Evidence type is derived from it and
// schemas/evidence.schema.json is generated from it (npm run schemas; a test fails when they differ).



const SCHEMA_VERSION = '1.0';
/** Probe ids are open (embedders register their own probes); the built-in ones are listed as examples. */
const PROBE_ID_PATTERN = '^[a-z][a-z0-9-]*$';
const sha = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ pattern: '^[0-9a-f]{40,64}$' });
const nullableSha = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Union */ .ZUJ.Union([sha(), typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Null */ .ZUJ.Null()]);
const sha256 = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ pattern: '^[0-9a-f]{64}$' });
const count = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 0 });
const details = (description) => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Unsafe */ .ZUJ.Unsafe({ type: 'object', ...(description ? { description } : {}) });
function probeId(knownIds) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ pattern: PROBE_ID_PATTERN, ...(knownIds.length ? { examples: [...knownIds] } : {}) });
}
const changedFile = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
    path: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(),
    old_path: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()),
    status: (0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_STATUSES */ .y3),
    binary: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Boolean */ .ZUJ.Boolean(),
    added: count(),
    removed: count(),
}, { additionalProperties: false });
const probe = (knownIds) => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
    id: probeId(knownIds),
    title: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(),
    status: (0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBE_STATUSES */ .wV),
    summary: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(),
    duration_ms: count(),
    details: details('Probe-specific details.'),
    tree_changes: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ path: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ description: 'Repository-relative path, or HEAD.' }), change: (0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_CHANGE_KINDS */ .SV) }, { additionalProperties: false }), {
        description: "For a probe that runs the PR's code: what it changed in HEAD, the index and the tracked tree (untracked and ignored files do not count).",
    })),
}, { additionalProperties: false });
const finding = (knownIds) => typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
    probe: probeId(knownIds),
    rule: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }),
    severity: (0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .severity */ .yf)(),
    /** The probe's own judgement; the policy may only relax it. */
    blocking: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Boolean */ .ZUJ.Boolean(),
    message: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(),
    file: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()),
    line: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 1 })),
    column: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 1 })),
    commit: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(sha()),
    fingerprint: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 8 }),
    details: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(details()),
}, { additionalProperties: false });
/** The evidence schema; `knownProbeIds` only documents the built-in ids (examples), it restricts nothing. */
function evidenceSchema(knownProbeIds = []) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
        schema_version: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Literal */ .ZUJ.Literal(SCHEMA_VERSION),
        tool: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ name: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Literal */ .ZUJ.Literal('loki-verify'), version: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String() }, { additionalProperties: false }),
        run_id: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ minLength: 1 }),
        created_at: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ format: 'date-time' }),
        verdict: (0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk),
        exit_code: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Unsafe */ .ZUJ.Unsafe({ enum: [0, 1, 2, 3] }),
        reasons: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()),
        error: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ description: 'Why the gate could not verify (ERROR only).' })),
        diff: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
            base_ref: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Union */ .ZUJ.Union([typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(), typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Null */ .ZUJ.Null()]),
            base_sha: nullableSha(),
            merge_base: nullableSha(),
            head_sha: nullableSha(),
            files_changed: count(),
            lines_added: count(),
            lines_removed: count(),
            commits: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(sha()),
            shallow: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Boolean */ .ZUJ.Boolean(),
            dirty: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String(), { description: 'Uncommitted paths (reported, not graded).' }),
            files: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(changedFile()),
        }, { additionalProperties: false }),
        probes: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(probe(knownProbeIds)),
        findings: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(finding(knownProbeIds)),
        config: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
            source: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Union */ .ZUJ.Union([(0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_SOURCES */ .Kl, { description: 'Where the applied policy came from; null when the run ended before it was read.' }), typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Null */ .ZUJ.Null()]),
            sha256: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Union */ .ZUJ.Union([sha256(), typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Null */ .ZUJ.Null()]),
            path: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String({ description: "The policy file's repository path (absolute when outside the repository)." })),
            pr_changes_policy: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Boolean */ .ZUJ.Boolean({ description: "The PR adds, changes or deletes the policy file (the base's policy was applied all the same)." })),
        }, { additionalProperties: false }),
        environment: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
            ci: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Boolean */ .ZUJ.Boolean()),
            node: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()),
            platform: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()),
            github: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Unsafe */ .ZUJ.Unsafe({ type: 'object', additionalProperties: { type: 'string' } })),
        }, { additionalProperties: false })),
        shard: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ index: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 1 }), total: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 1 }) }, { additionalProperties: false, description: "This run's slice of a sharded run (--shard I/N)." })),
        merged: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ total: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Integer */ .ZUJ.Integer({ minimum: 1 }), integrity: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(sha256()) }, { additionalProperties: false, description: "A document merged from every shard's evidence: how many, and each shard's integrity hash in shard order." })),
        policy: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({
            block_on: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array((0,_config_schema_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .severity */ .yf)()),
            required: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(probeId(knownProbeIds)),
            deselected: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Array */ .ZUJ.Array(probeId(knownProbeIds)),
        }, { additionalProperties: false, description: 'The policy the verdict was decided with, so that it can be decided again (merge).' })),
        llm_review: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ status: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Literal */ .ZUJ.Literal('skipped'), reason: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Optional */ .ZUJ.Optional(typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.String */ .ZUJ.String()) }, { additionalProperties: false }),
        integrity: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Object */ .ZUJ.Object({ algorithm: typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type.Literal */ .ZUJ.Literal('sha256'), sha256: sha256() }, { additionalProperties: false }),
    }, { additionalProperties: false });
}


/***/ }),

/***/ 22347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ evidenceViolations)
/* harmony export */ });
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71782);


const validator = (0,_core_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyValidator */ .fE)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceSchema */ .jU);
/** Undefined when `document` is valid evidence, else a one-line description of the first violations. */
function evidenceViolations(document) {
    const validate = validator();
    return validate(document) ? undefined : (0,_core_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchemaErrors */ .cz)(validate.errors);
}


/***/ }),

/***/ 73197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ artifactNameFor),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   u9: () => (/* binding */ shardArtifactName),
/* harmony export */   xR: () => (/* binding */ pickShardArtifacts)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Pure: the artifact's name per run attempt and its link on the run page (no artifact client loaded), and
// for a sharded run the shards' names and which of a run's artifacts the merge step takes. A shard uploads
// `<artifact-name>-shard-I-of-N`, with `-attempt-K` on a re-run (artifact names are unique per run, across
// attempts): the merge takes each shard's latest attempt, so re-running one failed shard replaces only that shard.

/**
 * Artifact names are unique per workflow run, across attempts: a re-run that uploads the same name fails
 * with a conflict. The first attempt keeps the plain name (what users write in download-artifact); later
 * attempts get `-attempt-N`. The `artifact-name` output always says which name was used.
 */
function artifactNameFor(name, runAttempt) {
    const attempt = Number(runAttempt);
    return Number.isInteger(attempt) && attempt > 1 ? `${name}-attempt-${attempt}` : name;
}
/** Run page link to the artifact, as actions/upload-artifact reports it. */
function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined;
}
function shardArtifactName(name, shard, runAttempt) {
    return artifactNameFor(`${name}-shard-${shard.index}-of-${shard.total}`, runAttempt);
}
/** Escapes a literal for use inside a RegExp. */
function literal(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The artifact of every shard 1..N, in shard order. Throws a VerifyError naming the artifacts when none
 * exists, when shards of different totals were uploaded, or when a shard's artifact is missing.
 */
function pickShardArtifacts(artifacts, name) {
    const pattern = new RegExp(`^${literal(name)}-shard-(\\d+)-of-(\\d+)(?:-attempt-(\\d+))?$`);
    const latest = new Map();
    for (const artifact of artifacts) {
        const match = pattern.exec(artifact.name);
        if (!match)
            continue;
        const [index, total, attempt] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
        if (index < 1 || index > total)
            continue;
        const key = `${index}/${total}`;
        const seen = latest.get(key);
        if (!seen || attempt > seen.attempt || (attempt === seen.attempt && artifact.id > seen.id)) {
            latest.set(key, { id: artifact.id, name: artifact.name, index, total, attempt });
        }
    }
    const found = [...latest.values()].sort((a, b) => a.total - b.total || a.index - b.index);
    if (found.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(`no artifact ${name}-shard-I-of-N in this run: run the shards first (input shard: I/N, artifact-name: ${name}) in a job this one needs`);
    }
    const totals = [...new Set(found.map((a) => a.total))];
    if (totals.length > 1) {
        const examples = totals.map((t) => found.find((a) => a.total === t).name).join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(`shard artifacts of different totals in this run (${examples}): every shard must use the same N`);
    }
    const total = totals[0];
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !found.some((a) => a.index === i));
    if (missing.length) {
        const names = missing.map((index) => shardArtifactName(name, { index, total })).join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G(`artifact${missing.length === 1 ? '' : 's'} ${names} missing: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${total}`).join(', ')} did not upload (did it run, and finish?)`);
    }
    return found.map(({ attempt: _attempt, ...artifact }) => artifact);
}


/***/ }),

/***/ 26668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dl: () => (/* binding */ parseHeldout)
});

// UNUSED EXPORTS: duplicateIds, unsafePathReason, validateHeldout

;// CONCATENATED MODULE: ./schemas/heldout.schema.json
const heldout_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://loki-verify.dev/schemas/heldout.schema.json","title":"loki-verify held-out acceptance checks","description":"Checks kept outside the repository and run only at the gate. Other top-level keys and other item fields (descriptions, notes) are allowed and ignored, so the output of `loki-verify heldout select` can be used as is.","type":"object","required":["items"],"properties":{"items":{"type":"array","items":{"$ref":"#/$defs/item"}}},"$defs":{"line":{"description":"One line of text without control characters or surrounding whitespace.","type":"string","minLength":1,"pattern":"^[^\\\\s\\\\u0000-\\\\u001F\\\\u007F](?:[^\\\\u0000-\\\\u001F\\\\u007F]*[^\\\\s\\\\u0000-\\\\u001F\\\\u007F])?$"},"item":{"type":"object","required":["id","title","run"],"properties":{"id":{"description":"Unique id, shown in evidence and reports.","type":"string","$ref":"#/$defs/line","maxLength":200},"title":{"description":"Shown in evidence and reports unless config `heldout.reveal` is `ids`.","type":"string","$ref":"#/$defs/line","maxLength":500},"run":{"description":"Shell command (sh -c) run at the repository root; exit 0 passes. Never shown.","type":"string","minLength":1},"timeout":{"description":"Seconds before the item is stopped and counted inconclusive (default: what is left of the probe\'s timeout).","type":"number","exclusiveMinimum":0},"files":{"description":"Hidden files written into the working tree for this item\'s run only: repository-relative path -> content. Never shown.","type":"object","propertyNames":{"minLength":1},"additionalProperties":{"type":"string"}}}}}}');
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/yaml-or-json.ts
var yaml_or_json = __webpack_require__(74747);
;// CONCATENATED MODULE: ./src/heldout/file.ts
// Parses and validates held-out files. Pure: text in, typed items out, VerifyError on bad input.
// Error messages name key paths and line numbers only: never a command or hidden file content.




const validator = (0,schema/* lazyValidator */.fE)(() => heldout_schema_namespaceObject);
const FIX = 'fix the held-out file (format: see docs/heldout.md)';
/**
 * Parses YAML or JSON text (JSON is YAML) and validates it. `source` names it in messages
 * ("held-out file /ci/heldout.yml", "inline held-out content").
 */
function parseHeldout(text, source) {
    return validateHeldout((0,yaml_or_json/* parseYamlOrJson */.o)(text, source), source);
}
/** Checks parsed data against the schema and the rules a schema cannot express (unique ids, safe paths). */
function validateHeldout(data, source) {
    const validate = validator();
    if (!validate(data)) {
        throw new errors/* VerifyError */.G(`${source} is invalid: ${(0,schema/* describeSchemaErrors */.cz)(validate.errors)}; ${FIX}`);
    }
    const problem = duplicateIdProblem(data.items) ?? data.items.map(filesProblem).find((p) => p !== undefined);
    if (problem)
        throw new errors/* VerifyError */.G(`${source} is invalid: ${problem}; ${FIX}`);
    return data;
}
function duplicateIdProblem(items) {
    const duplicates = duplicateIds(items.map((item) => item.id));
    return duplicates.length ? `duplicate item ids: ${duplicates.join(', ')}` : undefined;
}
/** Ids that occur more than once, each named once (held-out files and `heldout select` checklists). */
function duplicateIds(ids) {
    const seen = new Set();
    const duplicates = new Set();
    for (const id of ids)
        (seen.has(id) ? duplicates : seen).add(id);
    return [...duplicates];
}
function filesProblem(item, index) {
    const paths = Object.keys(item.files ?? {});
    for (const path of paths) {
        const reason = unsafePathReason(path);
        if (reason)
            return `items[${index}].files: path "${path}" ${reason}`;
    }
    // `a` and `a/b` cannot both be files.
    const sorted = [...paths].sort();
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].startsWith(`${sorted[i - 1]}/`)) {
            return `items[${index}].files: "${sorted[i - 1]}" is both a file and a directory of "${sorted[i]}"`;
        }
    }
    return undefined;
}
/** Why a hidden file path is not a plain relative path inside the working tree, or undefined when it is. */
function unsafePathReason(path) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(path))
        return 'contains a backslash or control character';
    if (path.startsWith('/'))
        return 'must be relative to the repository root';
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.'))
        return 'must be normalised (no empty or "." segments)';
    if (segments.includes('..'))
        return 'must stay inside the repository (no ".." segments)';
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return 'must not point into .git';
    return undefined;
}


/***/ }),

/***/ 29631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ mergeShards),
/* harmony export */   X: () => (/* binding */ readShard)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _evidence_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27075);
/* harmony import */ var _output_folder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27697);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56076);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55043);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42732);
// The I/O around the pure merge, shared by `loki-verify merge` and the Action's merge step: shard files
// in, one evidence.json and report.md out. Whatever goes wrong on the way is an ERROR document naming it.








/** A shard's evidence file, parsed; `name` is how errors refer to it (its path, or its artifact). */
function readShard(path, name) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .G(`merge: cannot read ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}`);
    }
    try {
        return { name, document: JSON.parse(text) };
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .G(`merge: ${name} is not JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}`);
    }
}
/**
 * Merges the shards `load` returns and writes the result to `outDir`. A VerifyError from `load` or from the
 * merge (missing shard, tampered file...) becomes ERROR evidence with its message, so there is always a
 * document to publish; `error` repeats the message for the caller's own output.
 */
async function mergeShards(load, output) {
    let evidence;
    let failure;
    try {
        const documents = await load();
        if (documents.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .G('no evidence files given: pass the evidence.json of every shard');
        evidence = (0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergedDocument */ .gV)((0,_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeEvidence */ .i1)(documents), output.now);
    }
    catch (error) {
        failure = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .VerifyError */ .G ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error).replace(/^merge: /, '') : `internal error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}`;
        evidence = (0,_evidence_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildEvidence */ .K)((0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .errorInput */ .rg)({ toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x, runId: 'merge', createdAt: output.now, config: {}, redact: (text) => text }, `merge: ${failure}`));
    }
    const report = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B)(evidence);
    const folder = (0,_output_folder_js__WEBPACK_IMPORTED_MODULE_2__/* .createOutputFolder */ .A)({ path: output.outDir, create: true });
    let written = {};
    try {
        const paths = folder.write({ 'evidence.json': `${JSON.stringify(evidence, null, 2)}\n`, 'report.md': report });
        written = { evidencePath: paths['evidence.json'], reportPath: paths['report.md'] };
    }
    catch (error) {
        folder.discard(['evidence.json', 'report.md']); // no earlier merge's verdict left behind
        output.log((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error));
    }
    return { evidence, verdict: evidence.verdict, exitCode: evidence.exit_code, report, ...written, ...(failure === undefined ? {} : { error: failure }) };
}


/***/ }),

/***/ 42732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ EMPTY_SLICE_REASON),
/* harmony export */   So: () => (/* binding */ ELSEWHERE_REASON),
/* harmony export */   gV: () => (/* binding */ mergedDocument),
/* harmony export */   i1: () => (/* binding */ mergeEvidence)
/* harmony export */ });
/* harmony import */ var _evidence_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27075);
/* harmony import */ var _evidence_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90071);
/* harmony import */ var _evidence_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22347);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);
/* harmony import */ var _verdict_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91396);
// Pure: the evidence of every shard of one sharded run -> the parts of one evidence document for the
// whole (contract: "Sharding over a CI matrix"). Each document is checked (schema, integrity hash), the
// set must be exactly shards 1..N of the same head, merge-base, policy and tool version; the verdict
// is decided again from the merged probes with the same pure verdict function.






/** Summary of a non-test probe on shards 2..N: it ran on shard 1 only (see run.ts). */
const ELSEWHERE_REASON = 'runs on shard 1';
/** Summary of a shard whose slice of the tests was empty. */
const EMPTY_SLICE_REASON = 'empty slice';
// Worst first: the merged probe takes the worst status any shard gave it.
const STATUS_ORDER = ['error', 'fail', 'inconclusive', 'pass', 'skipped'];
// Numeric test counts that add up over the shards.
const SUMMED_DETAILS = ['passed', 'failed', 'skipped', 'todo', 'total'];
function mergeEvidence(inputs) {
    if (inputs.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('merge: no evidence files given: pass the evidence.json of every shard');
    const shards = inputs.map(checkDocument);
    const total = checkSet(shards);
    shards.sort((a, b) => a.document.shard.index - b.document.shard.index);
    const first = shards[0].document;
    const findings = dedupe(shards.flatMap((s) => s.document.findings));
    const byProbe = new Map();
    for (const finding of findings) {
        const list = byProbe.get(finding.probe);
        if (list)
            list.push(finding);
        else
            byProbe.set(finding.probe, [finding]);
    }
    const probes = first.probes.map((probe) => mergeProbe(probe.id, shards.map((s) => s.document), byProbe.get(probe.id) ?? []));
    const policy = first.policy;
    const verdict = (0,_verdict_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .decideVerdict */ .AU)({ probes, emptyDiff: first.diff.files_changed === 0 }, {
        // Findings carry the policy's final `blocking` already; every severity may keep it.
        blockOn: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .oC,
        required: new Set(policy?.required ?? []),
        deselected: new Set(policy?.deselected ?? []),
    });
    return { first, probes, findings, verdict, shards: { total, integrity: shards.map((s) => s.document.integrity.sha256) } };
}
function checkDocument(input) {
    const violation = (0,_evidence_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .evidenceViolations */ .u)(input.document);
    if (violation)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: ${input.name} is not loki-verify evidence: ${violation}`);
    const document = input.document;
    if ((0,_evidence_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .integrityHash */ .O)(document) !== document.integrity.sha256) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: ${input.name}: integrity hash does not recompute (the file was changed after the gate wrote it)`);
    }
    if (!document.shard)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: ${input.name} is not a shard's evidence (no shard field): run each shard with --shard I/N`);
    if (document.verdict === 'ERROR' && document.diff.head_sha === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: ${input.name}: shard ${document.shard.index} could not verify (${document.error ?? 'ERROR'})`);
    }
    return { name: input.name, document };
}
/** Exactly shards 1..N, once each, of one run: same head, merge-base, policy and tool version. */
function checkSet(shards) {
    const [reference] = shards;
    const total = reference.document.shard.total;
    const same = [
        ['shard total', (e) => e.shard.total],
        ['head commit', (e) => e.diff.head_sha],
        ['merge-base', (e) => e.diff.merge_base],
        ['config', (e) => e.config.sha256],
        ['tool version', (e) => e.tool.version],
    ];
    for (const shard of shards.slice(1)) {
        for (const [what, read] of same) {
            if (read(shard.document) !== read(reference.document)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: ${shard.name} has a different ${what} (${String(read(shard.document))}) than ${reference.name} (${String(read(reference.document))}): merge the shards of one run only`);
            }
        }
    }
    const seen = new Map();
    for (const shard of shards) {
        const index = shard.document.shard.index;
        const earlier = seen.get(index);
        if (earlier)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: shard ${index}/${total} given twice (${earlier} and ${shard.name})`);
        seen.set(index, shard.name);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`merge: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${total}`).join(', ')} missing: pass the evidence of all ${total} shards`);
    return total;
}
function mergeProbe(id, documents, findings) {
    const entries = documents.map((d) => d.probes.find((p) => p.id === id)).filter((p) => p !== undefined);
    // Shards 2..N list every probe but test as skipped ("runs on shard 1"): only the shards that ran it count.
    const ran = entries.filter((p) => !(p.status === 'skipped' && (p.summary === ELSEWHERE_REASON || p.summary === EMPTY_SLICE_REASON)));
    const counted = ran.length ? ran : entries.slice(0, 1);
    const worst = [...counted].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))[0];
    return {
        id,
        title: worst.title,
        status: worst.status,
        summary: counted.length > 1 ? mergedSummary(counted, worst) : worst.summary,
        duration_ms: Math.max(...counted.map((p) => p.duration_ms)),
        findings,
        details: counted.length > 1 ? mergedDetails(counted, documents) : worst.details,
    };
}
function mergedSummary(entries, worst) {
    const sums = sumDetails(entries);
    if (sums.passed !== undefined || sums.failed !== undefined) {
        const failed = sums.failed ?? 0;
        return `${failed ? `${failed} failed, ` : ''}${sums.passed ?? 0} passed${sums.skipped ? `, ${sums.skipped} skipped` : ''} over ${entries.length} shards`;
    }
    return `${worst.summary} (worst of ${entries.length} shards)`;
}
function mergedDetails(entries, documents) {
    const failures = dedupeJson(entries.flatMap((p) => (Array.isArray(p.details.failures) ? p.details.failures : [])));
    return {
        ...sumDetails(entries),
        ...(failures.length ? { failures } : {}),
        shards: entries.map((p) => ({
            index: documents.find((d) => d.probes.includes(p)).shard.index,
            status: p.status,
            summary: p.summary,
            ...(typeof p.details.command === 'string' ? { command: p.details.command } : {}),
        })),
    };
}
function sumDetails(entries) {
    const sums = {};
    for (const key of SUMMED_DETAILS) {
        const values = entries.map((p) => p.details[key]).filter((v) => typeof v === 'number');
        if (values.length)
            sums[key] = values.reduce((a, b) => a + b, 0);
    }
    return sums;
}
/** One finding per fingerprint and probe (a secret seen by every shard is one secret). */
function dedupe(findings) {
    const seen = new Map();
    for (const finding of findings) {
        const key = `${finding.probe}\u0000${finding.rule}\u0000${finding.fingerprint}`;
        if (!seen.has(key))
            seen.set(key, finding);
    }
    return [...seen.values()];
}
function dedupeJson(values) {
    const seen = new Set();
    return values.filter((value) => {
        const key = JSON.stringify(value);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The merged evidence document: the first shard's run facts with the merged probes, findings and verdict. */
function mergedDocument(merged, createdAt) {
    const { integrity: _integrity, shard: _shard, ...facts } = merged.first;
    const document = {
        ...facts,
        created_at: createdAt.toISOString(),
        verdict: merged.verdict.verdict,
        exit_code: merged.verdict.exitCode,
        reasons: merged.verdict.reasons,
        probes: merged.probes.map(({ findings: _findings, ...probe }) => probe),
        findings: (0,_evidence_build_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .T)(merged.findings),
        merged: merged.shards,
    };
    return { ...document, integrity: { algorithm: 'sha256', sha256: (0,_evidence_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .integrityHash */ .O)(document) } };
}


/***/ }),

/***/ 27697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ createOutputFolder)
/* harmony export */ });
/* unused harmony export GITIGNORE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
// The gate's output folder: the only place it writes. The folder is created fresh, or verified to be a
// plain directory the gate may own (no symbolic link inside the repository on its way, no tracked file in
// it), and every file lands atomically (temp file in the same folder, then rename), so a reader never
// sees a partial evidence.json and a link planted at a file's name is replaced, never written through.




/** The file that keeps the folder out of `git status`: `*` ignores everything, itself included. */
const GITIGNORE = { name: '.gitignore', text: '# written by loki-verify: its outputs are never part of the change\n*\n' };
function createOutputFolder(options) {
    const fs = options.fs ?? node_fs__WEBPACK_IMPORTED_MODULE_1__;
    const path = options.path;
    const shown = options.root && isInside(options.root, path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(options.root, path) || '.' : path;
    const fail = (problem, fix = 'pass a writable --out folder') => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G(`output folder ${shown} ${problem}; ${fix}`);
    };
    const realRoot = options.root === undefined ? undefined : fs.realpathSync(options.root);
    /** Walks the path from `/`, refusing links that live inside the repository, creating what is missing. */
    const ensure = () => {
        const { root: start } = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(path);
        let current = start;
        for (const name of path.slice(start.length).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
            const next = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, name);
            let stat;
            try {
                stat = fs.lstatSync(next);
            }
            catch (error) {
                if (code(error) !== 'ENOENT')
                    fail(`cannot be reached (${describe(error)})`);
            }
            if (stat === undefined) {
                if (!options.create)
                    fail('does not exist and is outside any repository', 'create it or pass --out to an existing folder');
                try {
                    fs.mkdirSync(next);
                }
                catch (error) {
                    if (code(error) !== 'EEXIST')
                        fail(`cannot be created (${describe(error)})`);
                }
                stat = fs.lstatSync(next);
            }
            if (stat.isSymbolicLink()) {
                if (realRoot !== undefined && isInside(realRoot, current)) {
                    fail(`goes through ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, next)}, a symbolic link inside the repository`, 'the gate never writes through links: remove it or pass --out');
                }
                current = fs.realpathSync(next); // a link outside the repository is the user's own (e.g. /tmp on macOS)
            }
            else if (stat.isDirectory()) {
                current = next;
            }
            else {
                fail(`is blocked by ${next}, which is not a directory`);
            }
        }
    };
    const writeAtomically = (files) => {
        const temps = [];
        try {
            const staged = Object.entries(files).map(([name, text]) => {
                const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
                // 'wx' (O_CREAT | O_EXCL) never follows a link and never reuses a file someone else made.
                const fd = fs.openSync(temp, 'wx', 0o644);
                temps.push(temp);
                try {
                    const bytes = Buffer.from(text);
                    for (let offset = 0; offset < bytes.length;)
                        offset += fs.writeSync(fd, bytes, offset);
                    fs.fsyncSync(fd);
                }
                finally {
                    fs.closeSync(fd);
                }
                return { temp, final: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name), name };
            });
            for (const { temp, final } of staged)
                fs.renameSync(temp, final);
            return Object.fromEntries(staged.map(({ name, final }) => [name, final]));
        }
        catch (error) {
            for (const temp of temps)
                removeQuietly(fs, temp);
            return fail(`could not be written (${describe(error)})`, 'free space or pass a writable --out folder');
        }
    };
    const missingGitignore = () => options.gitignore !== false && !fs.existsSync((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, GITIGNORE.name));
    return {
        path,
        async prepare() {
            ensure();
            if (realRoot !== undefined && options.git && isInside(realRoot, fs.realpathSync(path))) {
                const tracked = (await options.git.raw(['ls-files', '-z', '--', fs.realpathSync(path)])).split('\0').filter(Boolean);
                if (tracked.length) {
                    const listed = tracked.slice(0, 3).join(', ') + (tracked.length > 3 ? `, and ${tracked.length - 3} more` : '');
                    fail(`holds files tracked by git (${listed})`, 'the gate never overwrites tracked files: pass --out to a folder of its own');
                }
            }
            if (missingGitignore())
                writeAtomically({ [GITIGNORE.name]: GITIGNORE.text });
        },
        write(files) {
            ensure();
            return writeAtomically(missingGitignore() ? { [GITIGNORE.name]: GITIGNORE.text, ...files } : files);
        },
        discard(names) {
            for (const name of names)
                removeQuietly(fs, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name));
        },
    };
}
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
function removeQuietly(fs, path) {
    try {
        fs.unlinkSync(path);
    }
    catch {
        // already gone, or the folder itself is gone
    }
}
function code(error) {
    return error?.code;
}
function describe(error) {
    const errno = code(error);
    const message = error instanceof Error ? error.message : String(error);
    // Node's messages repeat the path after the code ("ENOSPC: no space left on device, write"): keep the reason.
    return errno ? (message.split(',')[0] ?? errno) : message;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isInlineContent),
/* harmony export */   V: () => (/* binding */ readHeldoutSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_yaml_or_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74747);
/* harmony import */ var _workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34905);
// Where the held-out checks come from: a file path (CLI --heldout, Action input) or inline content
// (the Action's `heldout` input, typically a repository secret).





/**
 * The option is inline content when it spans several lines or starts like a document (`{`, `items:`, `---`);
 * otherwise it is a path, resolved against the current directory.
 */
function isInlineContent(option) {
    const start = option.trimStart();
    return option.includes('\n') || start.startsWith('{') || /^items\s*:/.test(start) || start.startsWith('---');
}
/** Reads the held-out checks named by `option`. Throws VerifyError when a path cannot be read. */
function readHeldoutSource(option, root) {
    if (isInlineContent(option))
        return { kind: 'inline', text: option, label: 'inline held-out content' };
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(option);
    const label = `held-out file ${option}`;
    let size;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stat.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`${label} is not a file: pass the path of a YAML or JSON file`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`${label} cannot be read (${error.code ?? 'error'}): fix the --heldout path`);
    }
    if (size > _core_yaml_or_json_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DOCUMENT_BYTES */ .b) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G(`${label} is larger than ${(0,_workspace_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(_core_yaml_or_json_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DOCUMENT_BYTES */ .b)}: pass the held-out checks file itself`);
    }
    return { kind: 'file', text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), label, insideTree: pathInside(root, path) };
}
/** `path` relative to `root` when it lies inside it (symlinks resolved on both sides), else undefined. */
function pathInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path));
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return undefined;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 76716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ PROBES),
  g: () => (/* binding */ PROBE_IDS)
});

// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/workspace/safe-read.ts
var safe_read = __webpack_require__(34905);
;// CONCATENATED MODULE: ./src/workspace/files.ts
// Reads of the repository's own files that detection needs (package.json, Makefile, lockfiles), through
// the safe reader: a file that cannot be read safely throws FileReadError (the probe is inconclusive).



/**
 * `dir`'s package.json, or undefined when there is none or it is not a JSON object. `within` is the
 * folder it must not link out of (by default its own; the repository root where known); `false` only
 * for a package the user installed (node_modules), whose links are the installation's.
 */
function readPackageJson(dir, within = dir) {
    const text = (0,safe_read/* readFileSafely */.fJ)((0,external_node_path_.join)(dir, 'package.json'), { maxBytes: safe_read/* MANIFEST_MAX_BYTES */.V4, ...(within === false ? {} : { within, shown: relativeName(within, dir) }) });
    if (text === undefined)
        return undefined;
    try {
        const data = JSON.parse(text);
        return data && typeof data === 'object' ? data : undefined;
    }
    catch {
        return undefined;
    }
}
function hasFile(root, ...names) {
    return names.some((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
}
/** A repository file's text (undefined when absent); `head` reads only that many leading bytes. */
function readText(root, name, head) {
    return head === undefined ? (0,safe_read/* readTreeFile */.xt)(root, name) : (0,safe_read/* readFileSafely */.fJ)((0,external_node_path_.join)(root, name), { within: root, maxBytes: safe_read/* MANIFEST_MAX_BYTES */.V4, head, shown: name });
}
/** Names of the regular files (or folders) directly under `dir` of the repository (empty when it does not exist). */
function listDir(root, dir = '.', kind = 'files') {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true })
            .filter((e) => (kind === 'files' ? e.isFile() : e.isDirectory() && e.name !== 'node_modules'))
            .map((e) => e.name);
    }
    catch {
        return [];
    }
}
function relativeName(root, dir) {
    const rel = dir.startsWith(root) ? dir.slice(root.length).replace(/^[/\\]+/, '') : dir;
    return rel ? `${rel}/package.json` : 'package.json';
}
/**
 * Paths (relative to `root`, with /) of the files `keep` accepts, sorted; a folder is entered when `enter`
 * accepts its name. Symbolic links are not followed. Stops at `limit` files.
 */
function walkFiles(root, enter, keep, limit = Infinity) {
    const found = [];
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (found.length >= limit)
                return;
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory() && enter(entry.name))
                walk(path);
            else if (entry.isFile() && keep(path))
                found.push(path);
        }
    };
    walk('');
    return found.sort();
}

;// CONCATENATED MODULE: ./src/workspace/package-manager.ts
// Which JavaScript package manager a repository uses, from `packageManager` first, then its lockfile.

/** Berry's __metadata block follows a short comment header: no need to read a large lockfile whole. */
const YARN_LOCK_HEADER_BYTES = 64 * 1024;
function detectPackageManager(root, pkg) {
    const declared = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(pkg.packageManager ?? '');
    if (declared) {
        const [, name, major] = declared;
        if (name === 'yarn')
            return Number(major) >= 2 ? 'yarn-berry' : 'yarn';
        return name;
    }
    if (hasFile(root, 'pnpm-lock.yaml'))
        return 'pnpm';
    if (hasFile(root, 'bun.lock', 'bun.lockb'))
        return 'bun';
    if (hasFile(root, 'yarn.lock')) {
        // Berry lockfiles carry a __metadata block; classic ones do not.
        return hasFile(root, '.yarnrc.yml') || readText(root, 'yarn.lock', YARN_LOCK_HEADER_BYTES)?.includes('__metadata:') ? 'yarn-berry' : 'yarn';
    }
    return 'npm';
}
/** argv that runs package script `script` as the user would, with `extra` arguments passed on to it (npm needs `--`). */
function scriptCommand(pm, script, extra = []) {
    const passed = extra.length && pm === 'npm' ? ['--', ...extra] : extra;
    return [pm === 'yarn-berry' ? 'yarn' : pm, 'run', script, ...passed];
}
/** argv of the package manager's install that fails instead of changing its lockfile (CI mode); a plain install without one. */
function frozenInstall(pm, hasLockfile) {
    if (!hasLockfile)
        return [pm === 'yarn-berry' ? 'yarn' : pm, 'install'];
    switch (pm) {
        case 'npm':
            return ['npm', 'ci', '--no-audit', '--no-fund'];
        case 'pnpm':
            return ['pnpm', 'install', '--frozen-lockfile'];
        case 'yarn':
            return ['yarn', 'install', '--frozen-lockfile'];
        case 'yarn-berry':
            return ['yarn', 'install', '--immutable'];
        case 'bun':
            return ['bun', 'install', '--frozen-lockfile'];
    }
}

;// CONCATENATED MODULE: ./src/workspace/install.ts
// The exact command that installs a repository's dependencies, for messages that say what to run.





function jsInstallCommand(root, pm) {
    switch (pm) {
        case 'npm':
            return hasFile(root, 'package-lock.json', 'npm-shrinkwrap.json') ? 'npm ci' : 'npm install';
        case 'pnpm':
            return hasFile(root, 'pnpm-lock.yaml') ? 'pnpm install --frozen-lockfile' : 'pnpm install';
        case 'yarn':
            return hasFile(root, 'yarn.lock') ? 'yarn install --frozen-lockfile' : 'yarn install';
        case 'yarn-berry':
            return hasFile(root, 'yarn.lock') ? 'yarn install --immutable' : 'yarn install';
        case 'bun':
            return hasFile(root, 'bun.lock', 'bun.lockb') ? 'bun install --frozen-lockfile' : 'bun install';
    }
}
/** pip commands for the requirement files a Python repository has, else an editable install of the project. */
function pythonInstallCommand(root) {
    const requirements = [...listDir(root, '.'), ...listDir(root, 'requirements').map((n) => `requirements/${n}`)]
        .filter((name) => /(?:^|\/)requirements[\w.-]*\.txt$/.test(name))
        .sort((a, b) => a.length - b.length || (0,core_text/* compareText */.n6)(a, b));
    if (requirements.length)
        return requirements.map((file) => `pip install -r ${file}`).join(' && ');
    const pyproject = readText(root, 'pyproject.toml');
    if (pyproject !== undefined || hasFile(root, 'setup.py', 'setup.cfg')) {
        const extra = /^\s*(test|tests|dev|testing)\s*=/m.exec(pyproject?.split(/\[project\.optional-dependencies\]/)[1]?.split(/^\[/m)[0] ?? '');
        return extra ? `pip install -e '.[${extra[1]}]'` : 'pip install -e .';
    }
    return undefined;
}
/** What installs this repository's dependencies, by ecosystem (undefined when nothing is declared). */
function installCommand(root, ecosystem) {
    switch (ecosystem) {
        case 'node': {
            const pkg = readPackageJson(root);
            return pkg ? jsInstallCommand(root, detectPackageManager(root, pkg)) : undefined;
        }
        case 'python':
            return pythonInstallCommand(root);
        case 'rust':
            return hasFile(root, 'Cargo.toml') ? 'cargo fetch' : undefined;
        case 'go':
            return hasFile(root, 'go.mod') ? 'go mod download' : undefined;
    }
}
/** Whether a Node repository declares dependencies that are not installed (no node_modules, no Plug'n'Play map). */
function nodeModulesMissing(root) {
    const pkg = readPackageJson(root);
    if (!pkg)
        return false;
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).length > 0;
    return declared && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'node_modules')) && !hasFile(root, '.pnp.cjs', '.pnp.js');
}

;// CONCATENATED MODULE: ./src/probes/environment.ts
// Pure: whether a failed build or test command failed because of the machine it ran on (a tool or
// module not installed, no network, a runner usage error from a missing plugin) rather than the PR.
// Those are inconclusive with a cause and a fix, never a failure. Only the runners' and tools' own
// messages are read; a red test the runner names is never reclassified here (see docs/test.md).
/** DNS failures, unreachable hosts and timeouts, as Node, npm, pip, cargo, curl and git print them. */
const NETWORK = [
    /\b(?:ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ESOCKETTIMEDOUT|ERR_SOCKET_CONNECTION_TIMEOUT)\b/,
    /getaddrinfo \w+/,
    /Could(?:n't| not) resolve host/i,
    /Temporary failure in name resolution/,
    /Name or service not known/,
    /Network is unreachable/i,
    /\bfailed to (?:download|fetch|query replaced source registry|get `[^`]+` as a dependency)\b/,
    /Unable to update registry/,
    /spurious network error/,
    /Failed to establish a new connection|NewConnectionError|Max retries exceeded with url/,
    /dial tcp: lookup [^\s]+/,
];
/** Plugins that provide pytest options people put in `addopts`. */
const PYTEST_PLUGINS = [
    [/^--cov\b|^--no-cov\b/, 'pytest-cov'],
    [/^-n$|^--numprocesses\b|^--dist\b/, 'pytest-xdist'],
    [/^--timeout\b/, 'pytest-timeout'],
    [/^--reruns\b/, 'pytest-rerunfailures'],
    [/^--benchmark/, 'pytest-benchmark'],
    [/^--asyncio-mode\b/, 'pytest-asyncio'],
    [/^--html\b/, 'pytest-html'],
    [/^--mypy\b/, 'pytest-mypy'],
    [/^--snapshot-update\b/, 'syrupy'],
    [/^--randomly/, 'pytest-randomly'],
    [/^--ds\b|^--django/, 'pytest-django'],
    [/^--doctest-plus\b/, 'pytest-doctestplus'],
    [/^--mpl\b/, 'pytest-mpl'],
];
function firstLine(output, re) {
    return output.split('\n').find((line) => re.test(line))?.trim();
}
function installFix(command, fallback) {
    return command ? `run \`${command}\` before the gate` : fallback;
}
function networkProblem(facts) {
    const pattern = NETWORK.find((re) => re.test(facts.output));
    if (!pattern)
        return undefined;
    const line = firstLine(facts.output, pattern) ?? 'network error';
    const prefetch = facts.install.rust ?? facts.install.node ?? facts.install.python ?? facts.install.go;
    return {
        cause: `network unreachable (${line.slice(0, 200)})`,
        fix: `run the gate where the registry is reachable, or install and fetch dependencies first${prefetch ? ` (\`${prefetch}\`)` : ''}`,
    };
}
function pythonProblem(facts) {
    const { output, exitCode, install } = facts;
    if (/No module named '?pytest'?\s*$/m.test(output)) {
        return { cause: 'pytest is not installed', fix: install.python ? `run \`${install.python}\` (or \`pip install pytest\`) before the gate` : 'run `pip install pytest` before the gate' };
    }
    if (exitCode === 4) {
        const unrecognized = /error: unrecognized arguments: (.+)$/m.exec(output);
        if (unrecognized) {
            const options = unrecognized[1].trim().split(/\s+/);
            const plugins = [...new Set(options.flatMap((o) => PYTEST_PLUGINS.filter(([re]) => re.test(o)).map(([, p]) => p)))];
            const needed = plugins.length ? plugins.join(', ') : 'the plugin that provides it';
            return {
                cause: `pytest does not know ${options.join(' ')} (from addopts or the command): ${needed} is not installed`,
                fix: plugins.length
                    ? `run \`pip install ${plugins.join(' ')}\`${install.python ? ` or \`${install.python}\`` : ''} before the gate`
                    : installFix(install.python, 'install the pytest plugin that provides it before the gate'),
            };
        }
    }
    const missing = /(?:ModuleNotFoundError|ImportError): No module named '([\w.]+)'/.exec(output);
    const top = missing?.[1].split('.')[0];
    if (top && !facts.localNames.has(top) && !facts.localNames.has(`${top}.py`)) {
        return { cause: `python module ${top} is not installed`, fix: installFix(install.python, `install ${top} (pip) before the gate`) };
    }
    return undefined;
}
function nodeProblem(facts) {
    const { output, install } = facts;
    if (/doesn't seem to have been installed|doesn't seem to be present in your lockfile|This project isn't installed|Local package\.json exists, but node_modules missing|Cannot find module '[^']*\.pnp\.c?js'/.test(output)) {
        return { cause: 'dependencies are not installed', fix: installFix(install.node, 'install dependencies before the gate') };
    }
    const missing = /Cannot find (?:package|module) '((?:@[\w.-]+\/)?[\w.-]+)[^']*'/.exec(output);
    if (missing && !missing[1].startsWith('.') && (facts.nodeModulesMissing || facts.declaredPackages.has(missing[1]))) {
        const cause = facts.nodeModulesMissing ? 'dependencies are not installed (no node_modules)' : `declared dependency ${missing[1]} is not installed`;
        return { cause, fix: installFix(install.node, 'install dependencies before the gate') };
    }
    const pinned = /Refusing to run ((?:pnpm|yarn|npm)@[\w.+-]+)|This project is configured to use (\w+)/.exec(output);
    if (pinned) {
        return pinned[1]
            ? { cause: `the package manager version the repository pins (${pinned[1]}) could not be fetched or verified`, fix: `install ${pinned[1]} on the machine (or \`corepack enable\`) before the gate` }
            : { cause: `another package manager is installed than the one the repository uses (${pinned[2]})`, fix: `install ${pinned[2]} (or \`corepack enable\`) before the gate` };
    }
    const noTests = firstLine(output, /No tests found, exiting with code 1|No test files found, exiting with code 1/);
    if (noTests) {
        return { cause: `the runner found no test files (${noTests})`, fix: 'check the test pattern and the runner config (testMatch, include), or pass --passWithNoTests for packages without tests' };
    }
    return undefined;
}
/** How shells, make and env say a program does not exist (only these: an app's own "x: not found" log line is not one). */
const NOT_FOUND = [
    // A workspace runner may prefix the line with the package (`packages/a test: sh: 1: vitest: not found`).
    /(?:^|\s)(?:\/(?:usr\/)?bin\/)?(?:ba|da|z)?sh(?:: \d+)?: (?:line \d+: )?([\w@./+-]+): (?:command )?not found\s*$/m,
    /^([\w@./+-]+): command not found\s*$/m,
    /^make(?:\[\d+\])?: ([\w@./+-]+): (?:Command not found|No such file or directory)\s*$/m,
    /^env: ['‘]?([\w@./+-]+?)['’]?: No such file or directory\s*$/m,
];
function commandNotFound(facts) {
    const match = NOT_FOUND.map((re) => re.exec(facts.output)).find(Boolean);
    const tool = match?.[1] ?? (facts.exitCode === 127 ? 'a command' : undefined);
    if (!tool)
        return undefined;
    const fromDependencies = facts.nodeModulesMissing || facts.declaredPackages.has(tool);
    return {
        cause: `command not found: ${tool}`,
        fix: fromDependencies ? installFix(facts.install.node, 'install dependencies before the gate') : `install ${tool} (or put it on PATH) before the gate${facts.install.node ? `; if it comes with the dependencies, run \`${facts.install.node}\`` : ''}`,
    };
}
/** Why a failed command failed because of the environment, or undefined when the failure is the PR's. */
function environmentProblem(facts) {
    if (facts.exitCode === 0)
        return undefined;
    return pythonProblem(facts) ?? nodeProblem(facts) ?? commandNotFound(facts) ?? networkProblem(facts);
}
/** Whether a failing test's message is only a network failure (DNS, unreachable host, timeout). */
function isNetworkMessage(message) {
    return message !== undefined && NETWORK.slice(0, 6).some((re) => re.test(message));
}

;// CONCATENATED MODULE: ./src/probes/environment-facts.ts
// Reads what environmentProblem needs from the repository (the I/O half of environment.ts).





const SKIP_DIRS = new Set(['node_modules', '.git', 'target', 'dist', 'build', '.venv', 'venv']);
/** Folders holding a package.json: the root and up to two levels below (workspace packages). */
function packageDirs(root, depth = 2) {
    const dirs = [root];
    if (depth === 0)
        return dirs;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true }).filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')).map((e) => e.name);
    }
    catch {
        return dirs;
    }
    for (const name of entries)
        dirs.push(...packageDirs((0,external_node_path_.join)(root, name), depth - 1));
    return dirs;
}
function environmentFacts(root, result) {
    const declaredPackages = new Set();
    for (const dir of packageDirs(root)) {
        const pkg = readPackageJson(dir);
        for (const name of Object.keys({ ...pkg?.dependencies, ...pkg?.devDependencies }))
            declaredPackages.add(name);
    }
    let localNames = [];
    try {
        localNames = (0,external_node_fs_.readdirSync)(root);
    }
    catch {
        // An unreadable root only makes every module look installed-or-not by its name.
    }
    const install = {};
    for (const ecosystem of ['node', 'python', 'rust', 'go']) {
        const command = installCommand(root, ecosystem);
        if (command)
            install[ecosystem] = command;
    }
    return { output: result.output, exitCode: result.exitCode, install, nodeModulesMissing: nodeModulesMissing(root), declaredPackages, localNames: new Set(localNames) };
}
function diagnoseEnvironment(root, result) {
    return environmentProblem(environmentFacts(root, result));
}

;// CONCATENATED MODULE: ./src/probes/command-failure.ts

/** The inconclusive outcome for a command that never really ran (could not start, stopped), else undefined. */
function notRunOutcome(what, result) {
    if (result.spawnError) {
        return { status: 'inconclusive', summary: `${what} could not start (${result.spawnError}): install the tool or set the command in the config` };
    }
    if (result.aborted || result.timedOut)
        return { status: 'inconclusive', summary: `${what} was stopped before it finished` };
    return undefined;
}
/**
 * The inconclusive outcome for a command that failed because of the machine (tool or dependency not
 * installed, no network, a runner usage error), with the cause and the fix; undefined when the
 * failure is the PR's to answer for.
 */
function environmentOutcome(what, command, root, result) {
    if (result.exitCode === 0)
        return undefined;
    const problem = diagnoseEnvironment(root, result);
    if (!problem)
        return undefined;
    return {
        status: 'inconclusive',
        summary: `${what} could not be judged: \`${command}\` failed because of the environment (${problem.cause}); fix: ${problem.fix}`,
        details: { environment: problem },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/process/interrupt.ts
var interrupt = __webpack_require__(21690);
;// CONCATENATED MODULE: ./src/process/temp-dir.ts
// Temporary folders of the gate's own (runner reports, eslint output) that disappear with the run, also
// when it is interrupted: the interrupt handler exits without unwinding `finally` blocks.




/** A fresh private folder in the system temp dir (mode 0700); `remove` it when done. */
function makeTempDir(prefix) {
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    const remove = () => (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    const release = (0,interrupt/* onInterrupt */.n)(remove);
    return {
        path,
        remove() {
            release();
            remove();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/workspace/launcher.ts
// Makes the repository's package manager runnable as the user would run it: a yarn berry release
// committed under `yarnPath` runs with node, and pnpm or yarn named by `packageManager` but not
// installed runs through corepack. Both become a small shim first on PATH, so scripts that call the
// package manager again (`pnpm -r run test`) find the same one.





/** Whether `name` is an executable in one of the PATH folders. */
function onPath(name, path) {
    return (path ?? '').split(external_node_path_.delimiter).some((dir) => {
        if (!dir)
            return false;
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, name), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
/** The `yarnPath` of a yarn berry repository (`.yarnrc.yml`), when it names a file. */
function yarnPath(root) {
    const text = readText(root, '.yarnrc.yml');
    if (text === undefined)
        return undefined;
    try {
        const value = (0,dist.parse)(text)?.yarnPath;
        return typeof value === 'string' && value ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function shellQuote(text) {
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
/** The shim to put on PATH for `pm`, as [name, argv prefix], or undefined when none is needed. */
function shimFor(root, pm, pkg, path) {
    if (pm === 'yarn' || pm === 'yarn-berry') {
        const release = yarnPath(root);
        if (release)
            return { name: 'yarn', argv: ['node', (0,external_node_path_.resolve)(root, release)], note: `yarn from yarnPath ${release}` };
    }
    const name = pm === 'yarn-berry' ? 'yarn' : pm;
    if ((name === 'pnpm' || name === 'yarn') && pkg?.packageManager?.startsWith(`${name}@`) && !onPath(name, path) && onPath('corepack', path)) {
        return { name, argv: ['corepack', name], note: `${name} through corepack (${pkg.packageManager})` };
    }
    return undefined;
}
function prepareLaunch(root, pm, pkg, path) {
    const shim = shimFor(root, pm, pkg, path);
    if (!shim)
        return { env: {}, dispose: () => { } };
    const temp = makeTempDir('loki-verify-bin-');
    const dir = temp.path;
    const file = (0,external_node_path_.join)(dir, shim.name);
    (0,external_node_fs_.writeFileSync)(file, `#!/bin/sh\nexec ${shim.argv.map(shellQuote).join(' ')} "$@"\n`);
    (0,external_node_fs_.chmodSync)(file, 0o755);
    return {
        note: shim.note,
        // corepack would otherwise stop and ask before downloading the pinned version.
        env: { PATH: path ? `${dir}${external_node_path_.delimiter}${path}` : dir, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
        dispose: () => temp.remove(),
    };
}

// EXTERNAL MODULE: ./node_modules/typebox/build/index.mjs + 317 modules
var build = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/config/schema-parts.ts
var schema_parts = __webpack_require__(49324);
;// CONCATENATED MODULE: ./src/workspace/dependency-reuse.ts
// Pure: whether the merge-base can use the head's installed Node dependencies. They can unless the PR
// changed a lockfile or what a package.json declares about dependencies.
const LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?)$/;
/** package.json fields that decide what gets installed. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'workspaces', 'overrides', 'resolutions', 'pnpm', 'packageManager'];
function dependencyFields(text) {
    if (text === undefined)
        return '';
    try {
        const pkg = JSON.parse(text);
        return JSON.stringify(DEPENDENCY_FIELDS.map((field) => pkg[field] ?? null));
    }
    catch {
        // Unreadable on one side: treat it as changed.
        return text;
    }
}
function isLockfile(path) {
    return LOCKFILE.test(path);
}
function isManifest(path) {
    return /(?:^|\/)package\.json$/.test(path);
}
/** The changed lockfile or manifest that makes the base need its own install, or undefined when the head's can be reused. */
function nodeDependencyChange(changedPaths, manifests) {
    const lockfile = changedPaths.find(isLockfile);
    if (lockfile)
        return lockfile;
    return manifests.find((m) => dependencyFields(m.base) !== dependencyFields(m.head))?.path;
}

;// CONCATENATED MODULE: ./src/workspace/base-worktree.ts
// A temporary checkout of the merge-base (`git worktree add --detach`) in which build and tests run
// as they were before the PR. It lives outside the user's tree (the user's files and index are never
// touched: a linked worktree has its own index), reuses the head's installed dependencies where the PR
// did not change them, and is removed when disposed, when the probe's signal aborts (timeout) and when
// the gate is interrupted.







/** Virtualenv folders a Python project keeps at its root; the base uses the same one. */
const VENVS = ['.venv', 'venv', 'env'];
async function openBaseWorktree(options) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'loki-verify-base-'));
    let adminDir;
    let disposed = false;
    const dispose = () => {
        if (disposed)
            return;
        disposed = true;
        releaseInterrupt();
        options.signal.removeEventListener('abort', dispose);
        // Removing both folders is what `git worktree remove --force` and `prune` do, without a git call,
        // so it also works synchronously inside a signal handler.
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        if (adminDir)
            (0,external_node_fs_.rmSync)(adminDir, { recursive: true, force: true, maxRetries: 3 });
    };
    const releaseInterrupt = (0,interrupt/* onInterrupt */.n)(dispose);
    options.signal.addEventListener('abort', dispose, { once: true });
    try {
        // Where git will record the worktree, known before it exists so an interrupt mid-checkout removes it too.
        const common = (await options.git.raw(['rev-parse', '--path-format=absolute', '--git-common-dir'], { signal: options.signal })).trim();
        adminDir = (0,external_node_path_.join)(common, 'worktrees', (0,external_node_path_.basename)(dir));
        await options.git.raw(['worktree', 'add', '--detach', dir, options.sha], { signal: options.signal });
        adminDir = worktreeAdminDir(dir) ?? adminDir;
        const dependencies = await provideDependencies(options, dir);
        if (options.signal.aborted)
            throw new Error('stopped before the base checkout was ready');
        return { dir, sha: options.sha, dependencies, dispose };
    }
    catch (error) {
        dispose();
        throw error;
    }
}
/** git's record of a linked worktree: the folder its `.git` file points to. */
function worktreeAdminDir(dir) {
    try {
        const pointer = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, '.git'), 'utf8'))?.[1];
        return pointer ? (0,external_node_path_.resolve)(dir, pointer.trim()) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Links the head's node_modules (root and workspace packages) and virtualenv, or installs frozen when the PR changed them. */
async function provideDependencies(options, dir) {
    const notes = [];
    const packageDirs = (await options.git.raw(['ls-files', '-z', '--', ':(glob)**/package.json'], { signal: options.signal }))
        .split('\0')
        .filter((path) => path && !/(?:^|\/)node_modules\//.test(path))
        .map((path) => (0,external_node_path_.dirname)(path));
    const changedPaths = options.changed.map((f) => f.path);
    const manifests = await Promise.all(options.changed
        .filter((f) => isManifest(f.path))
        .map(async (f) => ({ path: f.path, base: await options.git.tryShowFile(options.sha, f.oldPath ?? f.path), head: await options.git.tryShowFile('HEAD', f.path) })));
    const changedBy = nodeDependencyChange(changedPaths.filter((p) => isLockfile(p) || isManifest(p)), manifests);
    if (packageDirs.length && changedBy) {
        const pkg = readPackageJson(dir);
        const argv = pkg ? frozenInstall(detectPackageManager(dir, pkg), hasFile(dir, 'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb')) : undefined;
        if (argv) {
            const result = await options.run(argv, dir);
            if (!result.ok)
                throw new Error(`\`${argv.join(' ')}\` failed on the base (the PR changed ${changedBy}): ${result.output.trim().split('\n').pop() ?? ''}`);
            notes.push(`installed with \`${argv.join(' ')}\` (the PR changed ${changedBy})`);
        }
    }
    else {
        let linked = 0;
        for (const pkgDir of packageDirs) {
            const from = (0,external_node_path_.join)(options.root, pkgDir, 'node_modules');
            const to = (0,external_node_path_.join)(dir, pkgDir, 'node_modules');
            if ((0,external_node_fs_.existsSync)(from) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, pkgDir)) && !(0,external_node_fs_.existsSync)(to)) {
                (0,external_node_fs_.symlinkSync)(from, to, 'dir');
                linked++;
            }
        }
        if (linked)
            notes.push(`head's node_modules linked (${linked} folder${linked === 1 ? '' : 's'})`);
    }
    for (const venv of VENVS) {
        const from = (0,external_node_path_.join)(options.root, venv);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, 'pyvenv.cfg')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, venv))) {
            (0,external_node_fs_.symlinkSync)(from, (0,external_node_path_.join)(dir, venv), 'dir');
            notes.push(`head's virtualenv ${venv} linked`);
        }
    }
    return notes.join('; ') || 'none needed';
}

;// CONCATENATED MODULE: ./src/probes/on-base.ts
// Running the PR's build or tests again on the merge-base, for the probes that judge a failure by
// whether it was already there: a temporary base worktree within the probe's own deadline, kept back
// from it so the head's outcome is still returned when the base is slow, and always removed.

/** `concern`: a failure the base has too is advisory (preexisting-failure); `block`: it blocks as before. */
const PREEXISTING_MODES = ['concern', 'block'];
/** Kept back from the probe's deadline for the head's own outcome. */
const RESERVE_MS = 5_000;
/** Below this the base is not even checked out. */
const MIN_BUDGET_MS = 15_000;
/** Milliseconds a command on the base may still run. */
function baseBudgetMs(ctx) {
    return ctx.deadline - Date.now() - RESERVE_MS;
}
/** Runs `use` in a fresh worktree of the merge-base; throws (one line) when it cannot be made or time is short. */
async function onBaseWorktree(ctx, use) {
    if (baseBudgetMs(ctx) < MIN_BUDGET_MS)
        throw new Error('too little time left before the probe timeout');
    const worktree = await openBaseWorktree({
        git: ctx.git,
        root: ctx.root,
        sha: ctx.diff.mergeBase,
        changed: ctx.diff.files,
        signal: ctx.signal,
        run: async (argv, cwd) => {
            const result = await ctx.exec(argv, { cwd, timeoutMs: Math.max(1, baseBudgetMs(ctx)) });
            return { ok: result.exitCode === 0, output: result.output };
        },
    });
    try {
        ctx.log(`judging against the merge-base ${ctx.diff.mergeBase.slice(0, 12)} in a temporary worktree (dependencies: ${worktree.dependencies})`);
        return await use(worktree);
    }
    finally {
        worktree.dispose();
    }
}

;// CONCATENATED MODULE: ./src/probes/probe.ts
/** Keeps a probe's literal id and settings types, so the config types can be derived from the registry. */
function defineProbe(probe) {
    return probe;
}
const APPLIES = { applies: true };
function notApplicable(reason) {
    return { applies: false, reason };
}
/**
 * Computes something once per probe run and hands the same value to `applies` and `run` (both get the
 * same context), so detection work such as reading package.json is not done twice.
 */
function oncePerRun(compute) {
    const cache = new WeakMap();
    return (ctx) => {
        if (!cache.has(ctx))
            cache.set(ctx, compute(ctx));
        return cache.get(ctx);
    };
}

;// CONCATENATED MODULE: ./src/probes/build/detect.ts


function detectBuild(root, settings) {
    if (settings.run)
        return { source: 'config build.run', command: settings.run };
    const pkg = readPackageJson(root, root);
    if (pkg?.scripts?.build) {
        const pm = detectPackageManager(root, pkg);
        return { source: `package.json build script (${pm})`, command: scriptCommand(pm, 'build'), packageManager: pm };
    }
    if (hasFile(root, 'go.mod'))
        return { source: 'go.mod', command: ['go', 'build', './...'] };
    if (hasFile(root, 'Cargo.toml'))
        return { source: 'Cargo.toml', command: ['cargo', 'build', '--all-targets'] };
    const makefile = ['GNUmakefile', 'makefile', 'Makefile'].map((n) => readText(root, n)).find((t) => t !== undefined);
    if (makefile && /^build\s*:(?!=)/m.test(makefile))
        return { source: 'Makefile build target', command: ['make', 'build'] };
    return undefined;
}
function describeCommand(command) {
    return typeof command === 'string' ? command : command.join(' ');
}

;// CONCATENATED MODULE: ./src/probes/build/index.ts










const OUTPUT_TAIL_LINES = 30;
const settings = build/* Type.Object */.ZUJ.Object({
    run: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* command */.G5)()),
    preexisting: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* oneOf */.yL)(PREEXISTING_MODES, { description: 'A build failing at head that fails on the merge-base too: concern (preexisting-failure, not blocking) or block (build-failed).' }), 'concern'),
});
const buildPlan = oncePerRun((ctx) => detectBuild(ctx.root, ctx.settings));
const buildProbe = defineProbe({
    id: 'build',
    title: 'Build',
    timeout: 600,
    runsPrCode: true,
    settings,
    applies(ctx) {
        return buildPlan(ctx)
            ? APPLIES
            : notApplicable('nothing to build: no build.run in config, package.json build script, go.mod, Cargo.toml or Makefile build target');
    },
    async run(ctx) {
        const plan = buildPlan(ctx);
        const command = describeCommand(plan.command);
        const launch = plan.packageManager ? prepareLaunch(ctx.root, plan.packageManager, readPackageJson(ctx.root, ctx.root), ctx.env.PATH) : undefined;
        try {
            ctx.log(`running ${command} (${plan.source}${launch?.note ? `; ${launch.note}` : ''})`);
            const result = await ctx.exec(plan.command, launch ? { env: launch.env } : {});
            const details = { command, source: plan.source, exit_code: result.exitCode, duration_ms: result.durationMs };
            const tail = (0,core_text/* tailLines */.os)(result.output, OUTPUT_TAIL_LINES);
            const unjudged = notRunOutcome('build', result) ?? environmentOutcome('build', command, ctx.root, result);
            if (unjudged)
                return { ...unjudged, details: { ...details, ...unjudged.details, output_tail: tail } };
            if (result.exitCode === 0)
                return { status: 'pass', summary: `\`${command}\` succeeded`, details };
            const base = await buildOnBase(ctx, plan.command, launch?.env);
            const exit = result.exitCode ?? result.signal;
            return {
                status: 'fail',
                summary: `\`${command}\` failed (exit ${exit})${base.failed ? '; it also fails on the base' : ''}`,
                details: { ...details, output_tail: tail, base: base.details },
                findings: [buildFailed(command, `exited with ${exit}`, tail, base.failed ? ctx.settings.preexisting : undefined)],
            };
        }
        finally {
            launch?.dispose();
        }
    },
});
/** `build-failed`, or with `preexisting` (the base fails too) an advisory `preexisting-failure` unless it is `block`. */
function buildFailed(command, why, tail, preexisting) {
    const also = preexisting ? ' (also fails on the base)' : '';
    const message = `build failed${also}: \`${command}\` ${why}. Last lines:\n${tail}`;
    if (preexisting === 'concern') {
        return { rule: 'preexisting-failure', severity: 'medium', blocking: false, message, fingerprint: (0,fingerprint/* fingerprint */.R)('build', 'preexisting-failure', command) };
    }
    return { rule: 'build-failed', severity: 'high', blocking: true, message, fingerprint: (0,fingerprint/* fingerprint */.R)('build', 'build-failed', command) };
}
/** Runs the same build on the merge-base: whether it fails there too (a real failure, not a crash or timeout). */
async function buildOnBase(ctx, argv, env) {
    const started = Date.now();
    try {
        return await onBaseWorktree(ctx, async (worktree) => {
            const result = await ctx.exec(argv, { cwd: worktree.dir, timeoutMs: Math.max(1, baseBudgetMs(ctx)), ...(env ? { env } : {}) });
            // The machine, not the code, failing on the base (a missing tool, the network) says nothing about the PR.
            const unjudged = notRunOutcome('build', result) ?? environmentOutcome('build', describeCommand(argv), worktree.dir, result);
            const details = { merge_base: ctx.diff.mergeBase, dependencies: worktree.dependencies, duration_ms: Date.now() - started };
            if (unjudged)
                return { failed: false, details: { ...details, problem: unjudged.summary } };
            return { failed: result.exitCode !== 0, details: { ...details, exit_code: result.exitCode } };
        });
    }
    catch (error) {
        return { failed: false, details: { error: error instanceof Error ? error.message.split('\n')[0] : String(error), duration_ms: Date.now() - started } };
    }
}

;// CONCATENATED MODULE: ./src/probes/test/collect/node-hooks.ts
// Code that runs inside the PR's own Node processes to collect one machine-readable report per runner
// invocation, without touching the command line the user wrote. Every function here is written to a
// file from its source text (see hooks.ts), so each must be self-contained: no imports (not even
// dynamic ones, which a test transform would rewrite), nothing outside its own body; what it needs
// from node comes in as parameters.
/**
 * The `--import` preload (NODE_OPTIONS) for every Node process of the test command. When the process
 * is a runner's CLI (vitest, jest, mocha, ava), it adds that runner's own report options to
 * `process.argv` before the CLI reads it, writing to a file of its own under `reportDir`.
 */
function injectReporters(reportDir, mochaReporter, fs) {
    const { realpathSync, appendFileSync } = fs;
    const script = process.argv[1];
    if (!script)
        return;
    let real;
    try {
        real = realpathSync(script).replaceAll('\\', '/');
    }
    catch {
        return;
    }
    const args = process.argv.slice(2);
    // A runner that re-executes itself (mocha with node flags) keeps the options already added.
    if (args.some((arg) => arg.includes(reportDir)))
        return;
    const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const has = (...flags) => args.some((arg) => flags.some((f) => arg === f || arg.startsWith(`${f}=`)));
    // Options go before a `--` that ends the runner's own options.
    const add = (...extra) => {
        const end = process.argv.indexOf('--', 2);
        process.argv.splice(end < 0 ? process.argv.length : end, 0, ...extra);
    };
    if (/\/vitest\/(?:vitest\.mjs|dist\/cli(?:\.js|\.mjs))$/.test(real)) {
        const command = args.find((arg) => !arg.startsWith('-'));
        if (command && ['bench', 'list', 'init'].includes(command))
            return;
        add(...(has('--reporter') ? [] : ['--reporter=default']), '--reporter=json', `--outputFile.json=${reportDir}/vitest-${unique}.json`);
    }
    else if (/\/jest(?:-cli)?\/bin\/jest\.js$/.test(real)) {
        if (has('--json', '--outputFile', '--listTests', '--showConfig', '--watch', '--watchAll'))
            return;
        add('--json', `--outputFile=${reportDir}/jest-${unique}.json`, '--testLocationInResults');
    }
    else if (/\/mocha\/(?:bin\/_?mocha(?:\.js)?|lib\/cli\/cli\.js)$/.test(real)) {
        // Mocha has one reporter: ours, which also drives the one the user asked for: on the command line,
        // else in .mocharc / package.json (read with mocha's own loader), else spec.
        let inner = 'spec';
        try {
            const options = fs.createRequire(real)('mocha/lib/cli/options.js');
            const configured = options.loadOptions(process.argv.slice(2)).reporter;
            if (typeof configured === 'string' && configured)
                inner = configured;
        }
        catch {
            // An older or unusual mocha: spec.
        }
        for (let i = 2; i < process.argv.length; i++) {
            const arg = process.argv[i];
            if (arg === '--')
                break;
            const joined = /^(?:--reporter|-R)=(.+)$/.exec(arg);
            if (joined || arg === '--reporter' || arg === '-R') {
                inner = joined ? joined[1] : (process.argv[i + 1] ?? inner);
                process.argv.splice(i, joined ? 1 : 2);
                i--;
            }
        }
        add(`--reporter=${mochaReporter}`, `--reporter-option=lokiInner=${inner}`, `--reporter-option=lokiOutput=${reportDir}/mocha-${unique}.json`);
    }
    else if (/\/ava\/(?:entrypoints\/cli\.mjs|cli\.js)$/.test(real)) {
        // ava has no report file: it prints TAP, which is kept as it is printed.
        if (!has('--tap', '-t'))
            add('--tap');
        const file = `${reportDir}/ava-${unique}.tap`;
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk, ...rest) => {
            try {
                appendFileSync(file, typeof chunk === 'string' ? chunk : chunk);
            }
            catch {
                // The report is best effort; the user's output is not.
            }
            return write(chunk, ...rest);
        });
    }
}
/**
 * The body of a node:test reporter (`--test-reporter` in NODE_OPTIONS): reads the event stream, prints
 * nothing, and writes the leaf tests' results with their file, line and failure message to a file of its own.
 */
async function nodeTestReport(source, reportDir, fs) {
    const { writeFileSync } = fs;
    const report = { runner: 'node:test', passed: 0, failed: 0, skipped: 0, failures: [] };
    // Per file, the names of the open tests by nesting level, and whether each has subtests.
    const open = new Map();
    for await (const event of source) {
        const { type, data } = event;
        if (!['test:start', 'test:pass', 'test:fail'].includes(type))
            continue;
        const stack = open.get(data.file ?? '') ?? [];
        open.set(data.file ?? '', stack);
        if (type === 'test:start') {
            stack.length = data.nesting;
            if (data.nesting > 0 && stack[data.nesting - 1])
                stack[data.nesting - 1].parent = true;
            stack[data.nesting] = { name: data.name, parent: false };
            continue;
        }
        if (data.details?.type === 'suite')
            continue;
        // node reports each test file as a point named after the file: one that loaded is not a test,
        // one that failed is a file that could not run.
        const filePoint = data.nesting === 0 && data.file !== undefined && (data.name === data.file || data.file.endsWith(`/${data.name}`));
        if (filePoint && type === 'test:pass')
            continue;
        const entry = stack[data.nesting];
        const path = [...stack.slice(0, data.nesting).map((s) => s?.name ?? ''), data.name];
        if (type === 'test:pass') {
            if (entry?.parent)
                continue;
            if (data.skip !== undefined || data.todo !== undefined)
                report.skipped++;
            else
                report.passed++;
            continue;
        }
        const error = data.details?.error;
        const cause = (error?.cause ?? error);
        // A parent whose subtests failed adds nothing; one that failed on its own does.
        if (entry?.parent && /subtest/i.test(error?.message ?? ''))
            continue;
        report.failed++;
        report.failures.push({
            name: path.join(' > '),
            titlePath: path,
            file: data.file,
            declaredLine: data.line,
            message: typeof cause === 'object' && cause ? String(cause.message ?? '') : String(cause ?? ''),
            stack: typeof cause === 'object' && cause ? String(cause.stack ?? '') : '',
            loadError: filePoint,
        });
    }
    const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    writeFileSync(`${reportDir}/node-test-${unique}.json`, JSON.stringify(report));
}
/**
 * Mocha reporter (CommonJS, loaded by path): runs the reporter the user asked for and writes the
 * results with each failing test's file and stack.
 */
function mochaReport(runner, options, nodeRequire) {
    const settings = options.reporterOption ?? options.reporterOptions ?? {};
    const { createRequire } = nodeRequire('node:module');
    const { realpathSync, writeFileSync } = nodeRequire('node:fs');
    const mocha = createRequire(realpathSync(process.argv[1]))('mocha');
    const Inner = mocha.reporters[settings.lokiInner ?? 'spec'] ?? (settings.lokiInner ? createRequire(`${process.cwd()}/`)(settings.lokiInner) : mocha.reporters.spec);
    new Inner(runner, options);
    const report = { runner: 'mocha', passed: 0, failed: 0, skipped: 0, failures: [] };
    runner.on('pass', () => report.passed++);
    runner.on('pending', () => report.skipped++);
    runner.on('fail', (test, error) => {
        report.failed++;
        report.failures.push({ name: test.titlePath().join(' '), titlePath: test.titlePath(), file: test.file, message: error?.message ?? '', stack: error?.stack ?? '', hook: test.type === 'hook' });
    });
    runner.on('end', () => {
        if (settings.lokiOutput)
            writeFileSync(settings.lokiOutput, JSON.stringify(report));
    });
}

;// CONCATENATED MODULE: ./src/probes/test/collect/pytest-plugin.ts
// A pytest plugin (loaded through PYTEST_PLUGINS, from a folder added to PYTHONPATH) that writes one
// report per pytest session: counts, and each failing test's node id, file, line and message.
// The failing line is the last traceback entry in the test's own file (the assertion), else the
// test's declaration line. xdist workers report through the controller, so only the controller writes.
const PYTEST_PLUGIN_MODULE = 'loki_verify_pytest_report';
function pytestPlugin(reportDir) {
    return `# Written by loki-verify for one test run; removed afterwards.
import json
import os
import random
import time

_REPORT_DIR = ${JSON.stringify(reportDir)}
_state = {"passed": 0, "failed": 0, "skipped": 0, "failures": []}


def _failing_line(report, test_file):
    entries = getattr(getattr(report.longrepr, "reprtraceback", None), "reprentries", None) or []
    for entry in reversed(entries):
        loc = getattr(entry, "reprfileloc", None)
        if loc is not None and os.path.abspath(str(loc.path)) == test_file:
            return loc.lineno
    return None


def _failure(report, kind):
    rel, lineno, _ = report.location if report.location else (report.nodeid.split("::")[0], None, None)
    test_file = os.path.abspath(os.path.join(str(_state.get("root", os.getcwd())), rel))
    crash = getattr(report.longrepr, "reprcrash", None)
    message = crash.message if crash is not None else str(report.longrepr or "")
    line = _failing_line(report, test_file)
    _state["failures"].append({
        "name": report.nodeid,
        "id": report.nodeid,
        "file": test_file,
        "line": line,
        "declaredLine": lineno + 1 if isinstance(lineno, int) else None,
        "message": message,
        "kind": kind,
    })


def pytest_sessionstart(session):
    _state["root"] = str(session.config.rootpath)


def pytest_collectreport(report):
    if report.failed:
        _state["failed"] += 1
        _failure(report, "collection")


def pytest_runtest_logreport(report):
    if report.when == "call":
        if hasattr(report, "wasxfail") or report.skipped:
            _state["skipped"] += 1
        elif report.passed:
            _state["passed"] += 1
        else:
            _state["failed"] += 1
            _failure(report, "call")
    elif report.failed:
        _state["failed"] += 1
        _failure(report, report.when)
    elif report.skipped and report.when == "setup":
        _state["skipped"] += 1


def pytest_sessionfinish(session, exitstatus):
    if hasattr(session.config, "workerinput"):
        return
    name = "pytest-%d-%d-%06d.json" % (os.getpid(), time.time_ns(), random.randrange(1000000))
    with open(os.path.join(_REPORT_DIR, name), "w", encoding="utf-8") as out:
        json.dump({"runner": "pytest", "exitstatus": int(exitstatus), **_state}, out)
`;
}

;// CONCATENATED MODULE: ./src/probes/test/collect/hooks.ts
// Sets up result collection for one test command: a private folder that every runner invocation
// writes its own report into, and the environment that makes the runners do it. The command line the
// user wrote is never changed:
// - Node: NODE_OPTIONS=--import <preload> adds each runner's report options inside its own process
//   (vitest, jest, mocha, ava), and a node:test reporter is registered with --test-reporter.
// - pytest: a plugin through PYTEST_PLUGINS and PYTHONPATH.





/**
 * What the node on PATH accepts in NODE_OPTIONS: `--import` from 18.19 and 20.6, `--test-reporter`
 * from 18.15 and 19.6. An older node refuses to start at all with an option it does not know there,
 * so nothing is added for it (its counts then come from the output).
 */
function nodeOptionsSupport(version) {
    const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
    if (!match)
        return { preload: false, testReporter: false };
    const [major, minor] = [Number(match[1]), Number(match[2])];
    const atLeast = (table, from) => major >= from || (table[major] !== undefined && minor >= table[major]);
    return { preload: atLeast({ 18: 19, 20: 6 }, 21), testReporter: atLeast({ 18: 15, 19: 6 }, 20) };
}
/** A path inside NODE_OPTIONS, quoted when it has spaces (NODE_OPTIONS splits on them). */
function optionPath(path) {
    return /\s/.test(path) ? `"${path.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : path;
}
function prepareCollection(options) {
    // Removed when done, and also when the run is interrupted.
    const temp = makeTempDir('loki-verify-test-');
    const dir = temp.path;
    const reportDir = (0,external_node_path_.join)(dir, 'reports');
    const hooksDir = (0,external_node_path_.join)(dir, 'hooks');
    (0,external_node_fs_.mkdirSync)(reportDir);
    (0,external_node_fs_.mkdirSync)(hooksDir);
    const literal = JSON.stringify;
    const mochaFile = (0,external_node_path_.join)(hooksDir, 'mocha-reporter.cjs');
    (0,external_node_fs_.writeFileSync)(mochaFile, `module.exports = function lokiVerifyReporter(runner, options) {\n  (${mochaReport.toString()})(runner, options, require);\n};\n`);
    const preloadFile = (0,external_node_path_.join)(hooksDir, 'preload.mjs');
    // Collection must never break the user's process: any error in it is swallowed.
    const fsImport = `import { realpathSync, appendFileSync, writeFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\nconst fs = { realpathSync, appendFileSync, writeFileSync, createRequire };\n`;
    (0,external_node_fs_.writeFileSync)(preloadFile, `${fsImport}try {\n  (${injectReporters.toString()})(${literal(reportDir)}, ${literal(mochaFile)}, fs);\n} catch {}\n`);
    const nodeTestFile = (0,external_node_path_.join)(hooksDir, 'node-test-reporter.mjs');
    // An async generator that yields nothing: node's reporter shape, with no output of its own.
    (0,external_node_fs_.writeFileSync)(nodeTestFile, `${fsImport}export default async function* lokiVerifyReporter(source) {\n  await (${nodeTestReport.toString()})(source, ${literal(reportDir)}, fs);\n}\n`);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(hooksDir, `${PYTEST_PLUGIN_MODULE}.py`), pytestPlugin(reportDir));
    const support = nodeOptionsSupport(options.nodeVersion);
    const nodeOptions = [options.baseEnv.NODE_OPTIONS, support.preload ? `--import=${optionPath(preloadFile)}` : ''];
    // Reporters already in NODE_OPTIONS (a CI-wide setting) would be miscounted against destinations, as on the command line.
    if (support.testReporter && options.nodeTestReporter && !/--test-reporter\b/.test(options.baseEnv.NODE_OPTIONS ?? '')) {
        // The user's output stays the spec reporter; ours prints nothing and writes its own file.
        nodeOptions.push('--test-reporter=spec', '--test-reporter-destination=stdout', `--test-reporter=${optionPath(nodeTestFile)}`, '--test-reporter-destination=stdout');
    }
    const appendTo = (value, add, sep) => (value ? `${value}${sep}${add}` : add);
    return {
        reportDir,
        env: {
            ...(nodeOptions.some(Boolean) ? { NODE_OPTIONS: nodeOptions.filter(Boolean).join(' ') } : {}),
            PYTHONPATH: appendTo(options.baseEnv.PYTHONPATH, hooksDir, external_node_path_.delimiter),
            PYTEST_PLUGINS: appendTo(options.baseEnv.PYTEST_PLUGINS, PYTEST_PLUGIN_MODULE, ','),
        },
        dispose: () => temp.remove(),
    };
}

// EXTERNAL MODULE: ./node_modules/tap-parser/dist/esm/index.js + 15 modules
var esm = __webpack_require__(63415);
;// CONCATENATED MODULE: ./src/probes/test/reports.ts
// Pure parsers of test runners' machine-readable reports into one shape: counts, and each failing test
// with its file, line and assertion message where the report carries them.


const REPORT_FORMATS = (/* unused pure expression or super */ null && (['jest-json', 'loki-json', 'tap', 'go-json', 'libtest', 'summary']));
/** JavaScript and TypeScript test files by name or folder: `*.test.js`, `*.spec.ts`, `test.js`, `test/**`, `__tests__/**`. */
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)tests?\.[cm]?[jt]sx?$|(?:^|\/)(?:test|tests|__tests__)\/.+\.[cm]?[jt]sx?$/;
const MESSAGE_LINES = 6;
const MESSAGE_CHARS = 600;
function empty() {
    return { passed: 0, failed: 0, skipped: 0, failures: [] };
}
/** Sums the counts of several runner invocations (one test command may run many). */
function sumCounts(all) {
    const total = empty();
    for (const counts of all) {
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
        total.failures.push(...counts.failures);
    }
    return total;
}
/** The head of an error text: the lines before its stack, at most a few. */
function messageHead(text) {
    if (!text)
        return undefined;
    const lines = [];
    for (const line of (0,core_text/* stripAnsi */.aJ)(text).split('\n')) {
        if (/^\s+at\s/.test(line))
            break;
        if (lines.length === 0 && line.trim() === '')
            continue;
        lines.push(line.trimEnd());
        if (lines.length >= MESSAGE_LINES)
            break;
    }
    const head = lines.join('\n').trim();
    if (!head)
        return undefined;
    return head.length > MESSAGE_CHARS ? `${head.slice(0, MESSAGE_CHARS)}…` : head;
}
/** `path:line:column` at the end of a stack frame or a location field (file URLs and Windows drives included). */
const FRAME_LOCATION = /(?:\(|\s|^)((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+):(\d+)(?::\d+)?\)?\s*$/;
function framePath(raw) {
    if (!raw.startsWith('file://'))
        return raw;
    try {
        return decodeURIComponent(new URL(raw).pathname);
    }
    catch {
        return raw.slice('file://'.length);
    }
}
/** Parses `file:line[:column]` (TAP `location:`, ava `at:`). */
function parseLocation(text) {
    const match = FRAME_LOCATION.exec((text ?? '').trim());
    return match ? { file: framePath(match[1]), line: Number(match[2]) } : undefined;
}
/** The line of the first stack frame inside `file`: where the failing assertion was called. */
function lineInFile(stack, file) {
    if (!stack || !file)
        return undefined;
    const wanted = file.replaceAll('\\', '/');
    for (const line of (0,core_text/* stripAnsi */.aJ)(stack).split('\n')) {
        const match = FRAME_LOCATION.exec(line);
        if (!match)
            continue;
        const path = framePath(match[1]).replaceAll('\\', '/');
        if (path === wanted || wanted.endsWith(`/${path}`) || path.endsWith(`/${wanted}`))
            return Number(match[2]);
    }
    return undefined;
}
/** Jest's `--json` report, which vitest's json reporter also writes. */
function parseJestJson(text) {
    const report = JSON.parse(text);
    const counts = {
        passed: report.numPassedTests ?? 0,
        failed: report.numFailedTests ?? 0,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
        failures: [],
    };
    for (const file of report.testResults ?? []) {
        const failing = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
        for (const assertion of failing) {
            const failure = assertion.failureMessages?.join('\n');
            const titlePath = [...(assertion.ancestorTitles ?? []), assertion.title ?? ''];
            const line = lineInFile(failure, file.name) ?? assertion.location?.line ?? undefined;
            counts.failures.push({
                name: assertion.fullName || titlePath.filter(Boolean).join(' ') || '(unnamed test)',
                titlePath,
                ...(file.name ? { file: file.name } : {}),
                ...(line ? { line } : {}),
                ...optionalMessage(failure),
            });
        }
        // A file that fails to load has no assertions but counts as a failure of its own.
        if (file.status === 'failed' && failing.length === 0) {
            counts.failed++;
            const line = lineInFile(file.message, file.name);
            counts.failures.push({
                name: `${file.name ?? 'test file'} (failed to run)`,
                ...(file.name ? { file: file.name } : {}),
                ...(line ? { line } : {}),
                ...optionalMessage(file.message),
            });
        }
    }
    return counts;
}
function optionalMessage(text) {
    const message = messageHead(text);
    return message ? { message } : {};
}
/** The report our own reporters write (node:test, mocha, pytest): counts and failures with stacks. */
function parseLokiJson(text) {
    const report = JSON.parse(text);
    return {
        passed: report.passed ?? 0,
        failed: report.failed ?? 0,
        skipped: report.skipped ?? 0,
        failures: (report.failures ?? []).map((f) => {
            const line = f.line ?? lineInFile(f.stack, f.file) ?? f.declaredLine ?? undefined;
            const name = f.name || '(unnamed test)';
            return {
                name: f.loadError ? `${name} (failed to run)` : name,
                ...(f.titlePath ? { titlePath: f.titlePath } : {}),
                ...(f.id ? { id: f.id } : {}),
                ...(f.file ? { file: f.file } : {}),
                ...(line ? { line } : {}),
                ...optionalMessage(f.message || f.stack),
            };
        }),
    };
}
/**
 * Node's runner reports a test file that declares no tests as one passing point named after the file;
 * that is a file that loaded, not a test.
 */
const FILE_POINT = /\.[cm]?[jt]sx?$/;
/** TAP (ava --tap, node's runner): counts leaf test points; subtest parents only summarise their children. */
function parseTap(text) {
    const counts = empty();
    const walk = (events) => {
        for (const [kind, payload] of events) {
            if (kind === 'child')
                walk(payload);
            if (kind !== 'assert')
                continue;
            const point = payload;
            if (point.closingTestPoint)
                continue;
            if (point.ok && FILE_POINT.test(point.name ?? ''))
                continue;
            if (point.skip || point.todo)
                counts.skipped++;
            else if (point.ok)
                counts.passed++;
            else {
                counts.failed++;
                const at = point.diag?.at;
                const reported = typeof at === 'object' && at?.fileName ? { file: at.fileName, line: at.lineNumber ?? 0 } : parseLocation(point.diag?.location ?? (typeof at === 'string' ? at : undefined));
                // ava's `at` is where the error was thrown: its own assert.js, or the code under test. Only a
                // test file is where the test is (else its declaration is looked up, see locate.ts).
                const location = reported && TEST_FILE.test(reported.file) && !/[\\/]node_modules[\\/]/.test(reported.file) ? reported : undefined;
                counts.failures.push({
                    name: point.fullname || point.name || '(unnamed test)',
                    ...(location ? { file: location.file } : {}),
                    ...(location?.line ? { line: location.line } : {}),
                    ...optionalMessage(tapMessage(point.diag)),
                });
            }
        }
    };
    walk(esm/* Parser */.iX.parse(text));
    return counts;
}
/** node's TAP has `error`; ava's has `message` (often empty), the `assertion` and its `details` (the diff). */
function tapMessage(diag) {
    if (!diag)
        return undefined;
    if (diag.error || diag.message)
        return diag.error || diag.message;
    if (!diag.assertion)
        return diag.name;
    const details = Object.entries(diag.details ?? {}).map(([label, value]) => `${label} ${String(value)}`);
    return [`${diag.assertion} failed`, ...details].join('\n');
}
/** A `t.Errorf`/`t.Fatal` line in go test output: `    calc_test.go:12: want 3, got 2`. */
const GO_FAILURE_LINE = /^\s+([\w./-]+_test\.go):(\d+): ?(.*)$/;
/**
 * `go test -json` event stream: one JSON object per line. `module` (from go.mod) turns package paths
 * into folders, so files are relative to the module root.
 */
function parseGoJson(text, module) {
    const counts = empty();
    const output = new Map();
    const failed = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        const key = `${event.Package ?? ''}\u0000${event.Test ?? ''}`;
        if (event.Action === 'output' && event.Output !== undefined)
            output.set(key, [...(output.get(key) ?? []), event.Output]);
        if (!event.Test) {
            // A package that fails to build reports a package-level failure with no tests.
            if (event.Action === 'fail' && event.Package)
                failed.push({ pkg: event.Package });
            continue;
        }
        if (event.Action === 'pass')
            counts.passed++;
        else if (event.Action === 'skip')
            counts.skipped++;
        else if (event.Action === 'fail')
            failed.push({ pkg: event.Package ?? '', test: event.Test });
    }
    // A failing subtest also fails its parent: report the parent only when none of its subtests failed.
    const leaves = failed.filter((f) => !f.test || !failed.some((o) => o.pkg === f.pkg && o.test?.startsWith(`${f.test}/`)));
    // A package fails when any of its tests does: it is named only when it failed on its own (build error).
    const named = leaves.filter((f) => f.test || !failed.some((o) => o.pkg === f.pkg && o.test));
    counts.failed += named.length;
    for (const { pkg, test } of named) {
        const dir = module && (pkg === module || pkg.startsWith(`${module}/`)) ? pkg.slice(module.length + 1) : undefined;
        const lines = (output.get(`${pkg}\u0000${test ?? ''}`) ?? []).join('').split('\n');
        const index = lines.findIndex((l) => GO_FAILURE_LINE.test(l));
        const match = index >= 0 ? GO_FAILURE_LINE.exec(lines[index]) : null;
        const file = match && dir !== undefined ? (dir ? `${dir}/${match[1]}` : match[1]) : undefined;
        const message = match ? [match[3], ...lines.slice(index + 1).filter((l) => /^\s{8,}/.test(l)).map((l) => l.trim())].join('\n') : undefined;
        counts.failures.push({
            name: test ? `${pkg}.${test}` : `${pkg} (package failed)`,
            id: test ? `${pkg}.${test}` : pkg,
            ...(test ? { titlePath: test.split('/') } : {}),
            ...(file ? { file, line: Number(match[2]) } : {}),
            ...optionalMessage(message),
        });
    }
    return counts;
}
/**
 * `thread 'tests::adds' panicked at src/lib.rs:7:5:` (Rust >= 1.73; newer ones add the thread id,
 * `'tests::adds' (30377)`), or `panicked at 'message', src/lib.rs:7:5` before.
 */
const PANIC = /^thread '([^']+)'(?: \(\d+\))? panicked at (?:'((?:[^']|'(?!, ))*)', )?([^\s:]+):(\d+):\d+:?$/;
/** Rust's libtest output (`cargo test`): `test name ... ok|FAILED|ignored` lines, panic locations and messages. */
function parseLibtest(text) {
    const counts = empty();
    const panics = new Map();
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        const panic = PANIC.exec(line.trim());
        if (!panic || panics.has(panic[1]))
            return;
        const following = [];
        for (const next of lines.slice(index + 1)) {
            if (/^note: |^stack backtrace:|^----|^\s*$/.test(next))
                break;
            following.push(next);
        }
        const message = panic[2] ?? following.join('\n');
        panics.set(panic[1], { file: panic[3], line: Number(panic[4]), ...(message ? { message } : {}) });
    });
    for (const match of text.matchAll(/^test (.+?) \.\.\. (ok|FAILED|ignored)/gm)) {
        if (match[2] === 'ok')
            counts.passed++;
        else if (match[2] === 'ignored')
            counts.skipped++;
        else {
            counts.failed++;
            const name = match[1];
            const panic = panics.get(name);
            counts.failures.push({
                name,
                id: name,
                ...(panic ? { file: panic.file, line: panic.line } : {}),
                ...optionalMessage(panic?.message),
            });
        }
    }
    return counts;
}
/** Counts in one summary line: `3 passed`, `1 failed`, `2 skipped`... */
function countsIn(line, words) {
    const read = (word) => {
        let total = 0;
        for (const m of line.matchAll(new RegExp(`(\\d+) (?:${word})\\b`, 'g')))
            total += Number(m[1]);
        return total;
    };
    const counts = { passed: read(words.passed), failed: read(words.failed), skipped: read(words.skipped), failures: [] };
    return counts.passed || counts.failed || counts.skipped ? counts : undefined;
}
/**
 * What workspace runners put before each line of a package's output: pnpm `packages/a test: `, turbo
 * `a:test: `, yarn foreach `[a]: `, lerna `lerna-a: ` (the summary lines of every package count).
 */
const PREFIX = String.raw `(?:\[[^\]\n]+\]: |\S+(?: \S+)?: )?`;
function summaryLine(body) {
    return new RegExp(String.raw `^${PREFIX}${body}$`, 'gm');
}
/** Closing summary lines of common runners, each family with the line it recognises and its words. */
const SUMMARY_FAMILIES = [
    // jest "Tests:       1 failed, 2 passed, 3 total", vitest " Tests  2 failed | 3 passed (5)"
    { line: summaryLine(String.raw `\s*Tests:?\s+\d.*`), words: { passed: 'passed', failed: 'failed', skipped: 'skipped|todo|pending' } },
    // pytest "===== 1 failed, 2 passed, 1 skipped in 0.12s =====", or without the rules under -q
    { line: summaryLine(String.raw `=*\s*\d+ (?:passed|failed|skipped|error|errors|xfailed|xpassed|deselected)\b.* in [\d.]+s(?: \([\d:]+\))?\s*=*`), words: { passed: 'passed|xpassed', failed: 'failed|errors?', skipped: 'skipped|xfailed' } },
    // mocha "  3 passing (5ms)", "  1 failing", "  2 pending": three lines, one per count
    { line: summaryLine(String.raw `\s*\d+ (?:passing|failing|pending)\b.*`), words: { passed: 'passing', failed: 'failing', skipped: 'pending' } },
    // node:test and TAP trailers "# pass 3", "ℹ fail 1"
    { line: summaryLine(String.raw `[#ℹ] (?:pass|fail|skipped|todo) \d+`), words: { passed: 'pass', failed: 'fail', skipped: 'skipped|todo' } },
    // node-tap 18+ "# { total: 191, pass: 190, skip: 1 }" (fail and todo when there are any)
    { line: summaryLine(String.raw `#\s*\{\s*total: \d+[^}\n]*\}`), words: { passed: 'pass', failed: 'fail', skipped: 'skip|todo' } },
    // libtest "test result: ok. 3 passed; 0 failed; 1 ignored", once per test binary
    { line: summaryLine(String.raw `test result: \w+\. .*`), words: { passed: 'passed', failed: 'failed', skipped: 'ignored' } },
    // the plain form "N passed, N failed[, N skipped]"
    { line: summaryLine(String.raw `\d+ passed, \d+ failed.*`), words: { passed: 'passed', failed: 'failed', skipped: 'skipped' } },
];
/** node:test and TAP trailers write the count after the word. */
function trailerCounts(line) {
    const m = /[#ℹ] (pass|fail|skipped|todo) (\d+)$/.exec(line);
    if (!m)
        return undefined;
    const n = Number(m[2]);
    return { passed: m[1] === 'pass' ? n : 0, failed: m[1] === 'fail' ? n : 0, skipped: m[1] === 'skipped' || m[1] === 'todo' ? n : 0, failures: [] };
}
/** node-tap's closing object writes each count after its word and a colon. */
function tapObjectCounts(line) {
    if (!/#\s*\{\s*total:/.test(line))
        return undefined;
    const read = (word) => Number(new RegExp(String.raw `\b${word}: (\d+)`).exec(line)?.[1] ?? 0);
    return { passed: read('pass'), failed: read('fail'), skipped: read('skip') + read('todo'), failures: [] };
}
/**
 * Last resort when no runner wrote a report: every closing summary line in the output, summed (a
 * script may run several runners, or one runner several times). Undefined when none is recognised.
 */
function parseSummary(text) {
    const found = [];
    for (const family of SUMMARY_FAMILIES) {
        for (const [line] of text.matchAll(family.line)) {
            const counts = trailerCounts(line) ?? tapObjectCounts(line) ?? countsIn(line, family.words);
            if (counts)
                found.push(counts);
        }
        // The plain form is only a fallback for outputs no runner family recognised.
        if (found.length && family === SUMMARY_FAMILIES.at(-2))
            break;
    }
    if (!found.length)
        return undefined;
    const total = sumCounts(found);
    if (total.failed)
        total.failures = failuresInOutput(text);
    return total;
}
/**
 * Failing tests named in a runner's own console output, for the summary fallback: vitest's
 * `FAIL  file > suite > test` (with the `❯ file:line:col` under it), jest's `● suite › test`, pytest's
 * `FAILED file::test - message`, libtest's `test x ... FAILED`. Each test once.
 */
function failuresInOutput(text) {
    const found = new Map();
    const add = (failure) => {
        if (!found.has(failure.name))
            found.set(failure.name, failure);
    };
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        const body = line.replace(new RegExp(`^${PREFIX}`), '');
        const vitest = /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?) > (.+?)\s*$/.exec(body);
        if (vitest) {
            const titlePath = vitest[2].split(' > ');
            const at = lines.slice(index + 1, index + 12).map((l) => /❯ (\S+):(\d+):\d+/.exec(l)).find((m) => m && m[1] === vitest[1]);
            add({ name: titlePath.join(' '), titlePath, file: vitest[1], ...(at ? { line: Number(at[2]) } : {}) });
            return;
        }
        const jest = /^\s*● (.+ › .+|[^:]+)$/.exec(body);
        if (jest && !/^Console$|Test suite failed to run/.test(jest[1])) {
            const titlePath = jest[1].split(' › ');
            add({ name: titlePath.join(' '), titlePath });
            return;
        }
        const pytest = /^FAILED (\S+?)::(\S+)(?: - (.*))?$/.exec(body);
        if (pytest)
            add({ name: `${pytest[1]}::${pytest[2]}`, id: `${pytest[1]}::${pytest[2]}`, file: pytest[1], ...optionalMessage(pytest[3]) });
    });
    for (const failure of parseLibtest(text).failures)
        add(failure);
    return [...found.values()];
}
function parseReport(format, text, options = {}) {
    switch (format) {
        case 'jest-json':
            return parseJestJson(text);
        case 'loki-json':
            return parseLokiJson(text);
        case 'tap':
            return parseTap(text);
        case 'go-json':
            return parseGoJson(text, options.goModule);
        case 'libtest':
            return parseLibtest(text);
        case 'summary':
            return parseSummary(text);
    }
}

;// CONCATENATED MODULE: ./src/probes/test/collect/read.ts
// Reads the reports the runner invocations of one test command wrote (one file each) into runs.




/** Report file name prefix -> runner and format (see node-hooks.ts and pytest-plugin.ts). */
const REPORTS = [
    [/^vitest-.*\.json$/, 'vitest', 'jest-json'],
    [/^jest-.*\.json$/, 'jest', 'jest-json'],
    [/^mocha-.*\.json$/, 'mocha', 'loki-json'],
    [/^node-test-.*\.json$/, 'node:test', 'loki-json'],
    [/^pytest-.*\.json$/, 'pytest', 'loki-json'],
    [/^ava-.*\.tap$/, 'ava', 'tap'],
];
function readReports(dir) {
    const runs = [];
    const unreadable = [];
    // Sorted, so the order of failures does not depend on the file system.
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const known = REPORTS.find(([pattern]) => pattern.test(name));
        if (!known)
            continue;
        const [, runner, format] = known;
        try {
            // Written by the runner (PR code): never a FIFO, a link out of the folder, or more than the limit.
            const text = (0,safe_read/* readFileSafely */.fJ)((0,external_node_path_.join)(dir, name), { within: dir, maxBytes: safe_read/* REPORT_MAX_BYTES */.AU }) ?? '';
            const counts = text.trim() ? parseReport(format, text) : undefined;
            if (counts)
                runs.push({ runner, counts });
            else
                unreadable.push(`${runner}: empty report`);
        }
        catch (error) {
            unreadable.push(`${runner}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
    }
    return { runs, unreadable };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/probes/test/slice.ts
// Pure: how the test run is cut into the I-th of N slices of a sharded run (contract: "Sharding over a CI
// matrix"). A runner with sharding of its own gets its own flag; otherwise the test files are split by a
// stable hash of their path, so every shard of one checkout computes the same split.

/**
 * The runners that shard themselves, with the flags of their I-th slice. The no-tests flag keeps a slice
 * without files (more shards than test files) an empty slice rather than a runner error.
 */
const RUNNER_SHARD_ARGS = [
    ['vitest', /\bvitest\b/, (s) => [`--shard=${s.index}/${s.total}`, '--passWithNoTests']],
    ['jest', /\bjest\b/, (s) => [`--shard=${s.index}/${s.total}`, '--passWithNoTests']],
    ['playwright', /\bplaywright\s+test\b/, (s) => [`--shard=${s.index}/${s.total}`, '--pass-with-no-tests']],
];
/** The runner's own shard arguments, undefined when it has none. */
function runnerShardArgs(runner, shard) {
    return RUNNER_SHARD_ARGS.find(([name]) => name === runner)?.[2](shard);
}
/** The last command of a script (after &&, ||, ;, |): only there do appended arguments reach the runner. */
function lastCommand(script) {
    return script.split(/&&|\|\||;|\|/).pop().trim();
}
/** The runner with sharding of its own that is the last command of `script`, so an appended flag reaches it. */
function shardingRunnerIn(script) {
    const last = lastCommand(script);
    return RUNNER_SHARD_ARGS.find(([, pattern]) => pattern.test(last))?.[0];
}
/** node's built-in runner shards the files it finds itself; this option works from NODE_OPTIONS too. */
function nodeTestShardOption(shard) {
    return `--test-shard=${shard.index}/${shard.total}`;
}
/**
 * The I-th of N slices of `paths` (test files, package paths). The paths are ordered by the hash of
 * their text and dealt round-robin: the split depends on the set of paths only (not on the order they
 * were found in, nor on the machine), shards get counts that differ by at most one, and neighbouring
 * files (often the slow ones of one feature) land on different shards.
 */
function hashSlice(paths, shard) {
    const unique = [...new Set(paths)];
    const keyed = unique.map((path) => ({ path, key: (0,external_node_crypto_.createHash)('sha256').update(path).digest('hex') }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.filter((_, i) => i % shard.total === shard.index - 1).map((k) => k.path).sort();
}
/** The test files in `pytest --collect-only -q` output (node ids `path::test[param]`), in order. */
function pytestFiles(output) {
    const files = output.split('\n').filter((line) => line.includes('::')).map((line) => line.slice(0, line.indexOf('::')).trim());
    return [...new Set(files)];
}
/** The packages in `go list ./...` output, one import path a line. */
function goPackages(output) {
    return output.split('\n').map((line) => line.trim()).filter(Boolean);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/probes/test/test-files.ts
// The test files node's built-in runner finds by itself (`node --test` without arguments), so a sharded
// run can split exactly the files an unsharded run would have run.


/**
 * node's default pattern (lib/internal/test_runner/utils.js kDefaultPattern, node 22.6+ with type
 * stripping): searched from the working directory, node_modules excluded, dot folders not entered.
 */
const NODE_TEST_PATTERN = '**/{test,test/**/*,test-*,*[._-]test}.{js,mjs,cjs,ts,mts,cts}';
/** Paths (relative, with /) of the files `node --test` runs in `root`, sorted. */
function nodeTestFiles(root) {
    return walkFiles(root, (name) => name !== 'node_modules' && !name.startsWith('.'), picomatch_default()(NODE_TEST_PATTERN));
}

;// CONCATENATED MODULE: ./src/probes/test/detect.ts




/** npm's placeholder script for packages without tests. */
const NPM_PLACEHOLDER = /no test specified/;
const JS_TEST_FILE = /\.(?:test|spec)\.[cm]?js$/;
const PY_TEST_FILE = /^test_.*\.py$|_test\.py$/;
/** Runner names as they appear in scripts, in the order they are looked for. */
const JS_RUNNERS = [
    ['vitest', /\bvitest\b/],
    ['jest', /\bjest\b/],
    ['mocha', /\bmocha\b/],
    ['ava', /\bava\b/],
    ['node:test', /\bnode\b[^&|;]*\s--test\b/],
    ['pytest', /\bpytest\b/],
];
/** The script's text with the scripts it runs by name (`npm run x`, `pnpm x`, `yarn x`) inlined, for naming the runner. */
function expandScript(pkg, name, seen = new Set()) {
    const script = pkg.scripts?.[name] ?? '';
    if (seen.has(name))
        return '';
    seen.add(name);
    const called = [...script.matchAll(/\b(?:npm|pnpm|yarn|bun)(?: run(?:-script)?)? ([\w:.-]+)/g)].map((m) => m[1]);
    return [script, ...called.filter((n) => pkg.scripts?.[n] !== undefined).map((n) => expandScript(pkg, n, seen))].join('\n');
}
/** The runner a script or command names, by the order above. */
function runnerIn(text) {
    return JS_RUNNERS.find(([, pattern]) => pattern.test(text))?.[0];
}
/** Whether any script of the repository (root or workspace packages) or the config passes node its own --test-reporter. */
function ownNodeTestReporter(root, settings) {
    const texts = [settings.run ?? ''];
    for (const dir of ['.', ...['packages', 'apps', 'libs', 'modules'].flatMap((d) => listDirs(root, d))]) {
        texts.push(...Object.values(readPackageJson(`${root}/${dir}`)?.scripts ?? {}));
    }
    return texts.some((t) => /--test-reporter\b/.test(t));
}
function listDirs(root, dir) {
    return listDir(root, dir, 'dirs').map((name) => `${dir}/${name}`);
}
/** Test files at the root and in the usual test folders, so they are run rather than silently skipped. */
function discoveredFiles(root, pattern) {
    return ['.', 'test', 'tests', '__tests__'].flatMap((dir) => listDir(root, dir).filter((name) => pattern.test(name)).map((name) => (dir === '.' ? name : `${dir}/${name}`)));
}
function found(files) {
    return `test files found (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`;
}
function detectTests(root, settings) {
    const nodeTestReporter = !ownNodeTestReporter(root, settings);
    if (settings.run) {
        const command = settings.run;
        const runner = runnerIn(command) ?? 'custom';
        const slicing = scriptSlicing(command, runner, (args) => `${command} ${args.join(' ')}`);
        return { runner, source: 'config test.run', command, ecosystem: 'other', nodeTestReporter, ...(slicing ? { slicing } : {}) };
    }
    const pkg = readPackageJson(root, root);
    const script = pkg?.scripts?.test;
    if (pkg && script && !NPM_PLACEHOLDER.test(script)) {
        const pm = detectPackageManager(root, pkg);
        const runner = runnerIn(expandScript(pkg, 'test')) ?? 'package script';
        const slicing = scriptSlicing(script, runner, (args) => scriptCommand(pm, 'test', args));
        return {
            runner,
            source: `package.json test script (${runner === 'package script' ? pm : `${runner}, ${pm}`})`,
            command: scriptCommand(pm, 'test'),
            ecosystem: 'node',
            packageManager: pm,
            nodeTestReporter,
            ...(slicing ? { slicing } : {}),
        };
    }
    const jsFiles = discoveredFiles(root, JS_TEST_FILE);
    if (jsFiles.length) {
        // A slice names its files: those `node --test` finds by itself, split by path hash.
        const slicing = { by: 'units', find: () => nodeTestFiles(root), withUnits: (files) => ['node', '--test', ...files] };
        return { runner: 'node:test', source: found(jsFiles), command: ['node', '--test'], ecosystem: 'node', nodeTestReporter, slicing };
    }
    const pyFiles = discoveredFiles(root, PY_TEST_FILE);
    const pytestConfigured = hasFile(root, 'pytest.ini', 'conftest.py') || /\[tool\.pytest/.test(readText(root, 'pyproject.toml') ?? '') || /\[(?:tool:)?pytest\]/.test(readText(root, 'setup.cfg') ?? readText(root, 'tox.ini') ?? '');
    if (pyFiles.length || pytestConfigured) {
        // A slice names the files pytest collects (its own discovery and configuration), split by path hash.
        const slicing = { by: 'listed-units', list: ['python3', '-m', 'pytest', '--collect-only', '-q'], read: pytestFiles, withUnits: (files) => ['python3', '-m', 'pytest', ...files] };
        return { runner: 'pytest', source: pyFiles.length ? found(pyFiles) : 'pytest configuration', command: ['python3', '-m', 'pytest'], ecosystem: 'python', nodeTestReporter, slicing };
    }
    if (hasFile(root, 'go.mod')) {
        const slicing = { by: 'listed-units', list: ['go', 'list', './...'], read: goPackages, withUnits: (packages) => ['go', 'test', '-json', ...packages] };
        return { runner: 'go test', source: 'go.mod', command: ['go', 'test', '-json', './...'], ecosystem: 'go', printed: 'go-json', nodeTestReporter, slicing };
    }
    if (hasFile(root, 'Cargo.toml')) {
        return { runner: 'cargo test', source: 'Cargo.toml', command: ['cargo', 'test', '--no-fail-fast'], ecosystem: 'rust', printed: 'libtest', nodeTestReporter };
    }
    return undefined;
}
/**
 * How a script (package.json test script or test.run) is sliced: the runner's own flag when that runner is
 * its last command, node's --test-shard through NODE_OPTIONS for node's runner, else not at all.
 */
function scriptSlicing(script, runner, withArgs) {
    const flagged = shardingRunnerIn(script);
    if (flagged)
        return { by: 'flag', runner: flagged, withArgs };
    return runner === 'node:test' ? { by: 'node-option' } : undefined;
}
/** The module path in go.mod, which turns `go test` package paths into folders. */
function goModule(root) {
    return /^module\s+(\S+)/m.exec(readText(root, 'go.mod') ?? '')?.[1];
}

;// CONCATENATED MODULE: ./src/probes/test/judge.ts
// Pure: the test probe's outcome from what one test command did. The line between the PR's failure and
// the environment's is drawn here (docs/test.md): a failing test a runner names blocks, unless every
// one failed on the network; a red exit with no test named blocks unless the environment explains it.



/** Failing tests named one finding each; beyond this they are counted in one more finding. */
const MAX_NAMED_FAILURES = 50;
/** Failing tests listed in the details (name, file, line); a suite that fails wholesale lists the first ones. */
const MAX_LISTED_FAILURES = 500;
function findingFor(failure) {
    const firstLine = failure.message?.split('\n')[0];
    return {
        rule: 'test-failed',
        severity: 'high',
        blocking: true,
        message: `failing test: ${failure.name}${firstLine ? `: ${firstLine}` : ''}`,
        ...(failure.file ? { file: failure.file } : {}),
        ...(failure.file && failure.line ? { line: failure.line } : {}),
        // The test's identity, not its line: stable when unrelated lines move.
        fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'test-failed', failure.file ?? '', failure.name),
        details: {
            test: failure.name,
            runner: failure.runner,
            ...(failure.titlePath ? { title_path: failure.titlePath } : {}),
            ...(failure.id ? { id: failure.id } : {}),
            ...(failure.message ? { assertion: failure.message } : {}),
        },
    };
}
function failureSummary(failure) {
    return { name: failure.name, runner: failure.runner, ...(failure.file ? { file: failure.file } : {}), ...(failure.line ? { line: failure.line } : {}) };
}
function judgeTestRun(facts) {
    const counts = facts.runs.length ? sumCounts(facts.runs.map((r) => r.counts)) : undefined;
    const failures = facts.runs.flatMap((run) => run.counts.failures.map((f) => ({ ...f, runner: run.runner })));
    const base = {
        runner: [...new Set(facts.runs.map((r) => r.runner))].join(', ') || facts.runner,
        source: facts.source,
        command: facts.command,
        exit_code: facts.exitCode,
        collected_from: facts.collectedFrom,
        ...(facts.runs.length > 1 ? { invocations: facts.runs.length } : {}),
        ...(facts.unreadable.length ? { unreadable_reports: facts.unreadable } : {}),
    };
    const details = counts
        ? { ...base, passed: counts.passed, failed: Math.max(counts.failed, failures.length), skipped: counts.skipped, total: counts.passed + Math.max(counts.failed, failures.length) + counts.skipped, failures: failures.slice(0, MAX_LISTED_FAILURES).map(failureSummary), ...(failures.length > MAX_LISTED_FAILURES ? { failures_not_listed: failures.length - MAX_LISTED_FAILURES } : {}) }
        : base;
    const exit = facts.exitCode ?? facts.signal;
    if (failures.length) {
        if (failures.every((f) => isNetworkMessage(f.message))) {
            return {
                status: 'inconclusive',
                summary: `${failures.length} test${failures.length === 1 ? '' : 's'} failed on the network only (${failures[0].message?.split('\n')[0]}): run the gate where the network they need is reachable`,
                details: { ...details, output_tail: facts.outputTail },
            };
        }
        const named = failures.slice(0, MAX_NAMED_FAILURES).map(findingFor);
        if (failures.length > MAX_NAMED_FAILURES) {
            named.push({ rule: 'test-failed', severity: 'high', blocking: true, message: `${failures.length - MAX_NAMED_FAILURES} more failing tests (see the probe details)`, fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'test-failed-more') });
        }
        const first = failures[0];
        return {
            status: 'fail',
            summary: `${failures.length} failed, ${counts.passed} passed: ${first.name}${first.file ? ` (${first.file}${first.line ? `:${first.line}` : ''})` : ''}${failures.length > 1 ? ' and others' : ''}`,
            details: { ...details, output_tail: facts.outputTail },
            findings: named,
        };
    }
    if (facts.exitCode !== 0) {
        // A summary that counted failing tests is the PR's failure even when no test could be named.
        if (facts.environment && !counts?.failed) {
            return {
                status: 'inconclusive',
                summary: `tests could not be judged: \`${facts.command}\` failed because of the environment (${facts.environment.cause}); fix: ${facts.environment.fix}`,
                details: { ...details, environment: facts.environment, output_tail: facts.outputTail },
            };
        }
        // Red exit with no failing test named (crash, compile error, a runner we cannot read): still red.
        const why = counts && counts.failed === 0 ? `exited with ${exit} although no test failed` : `exited with ${exit}`;
        return {
            status: 'fail',
            summary: `test run failed: \`${facts.command}\` ${why}`,
            details: { ...details, output_tail: facts.outputTail },
            findings: [
                {
                    rule: 'test-run-failed',
                    severity: 'high',
                    blocking: true,
                    message: `\`${facts.command}\` ${why}; no failing test was named (see the output tail in the probe details)`,
                    fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'test-run-failed', facts.command),
                },
            ],
        };
    }
    if (!counts) {
        if (facts.customCommand) {
            return { status: 'pass', summary: `\`${facts.command}\` succeeded (it reports no test count)`, details: { ...details, output_tail: facts.outputTail } };
        }
        const why = facts.unreadable.length ? `its report could not be read (${facts.unreadable[0]})` : 'no runner report or test summary was found';
        return { status: 'inconclusive', summary: `${facts.runner} exited 0 but ${why}: cannot tell whether tests ran`, details: { ...details, output_tail: facts.outputTail } };
    }
    if (counts.passed === 0) {
        return {
            status: 'inconclusive',
            summary: `${details.runner} executed no tests${counts.skipped ? ` (${counts.skipped} skipped)` : ''}: zero tests is not evidence`,
            details: { ...details, output_tail: facts.outputTail },
        };
    }
    return {
        status: 'pass',
        summary: `${counts.passed} passed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${details.runner}${facts.runs.length > 1 ? `, ${facts.runs.length} runs` : ''})`,
        details,
    };
}

;// CONCATENATED MODULE: ./src/probes/test/locate.ts
// Where a failing test is declared, for runners whose reports name a test but not its place (ava's
// TAP, a summary read from the output): the one test file with a `test('title'` / `it('title'` call
// for that title. No place is given when the title is declared nowhere or in more than one place.



const locate_SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'target', '.yarn', 'vendor']);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 1024 * 1024;
/** Repository-relative paths of JavaScript and TypeScript test files. */
function testFiles(root) {
    return walkFiles(root, (name) => !locate_SKIP_DIRS.has(name), (path) => TEST_FILE.test(path), MAX_FILES);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** ava names a test `file › title` when it runs several files. */
function titleAndHint(failure) {
    const parts = failure.name.split(' › ');
    if (parts.length > 1)
        return { title: parts.slice(1).join(' › '), hint: parts[0] };
    return { title: failure.titlePath?.at(-1) ?? failure.name };
}
function locateByTitle(root, failures) {
    if (failures.every((f) => f.file))
        return failures;
    const files = testFiles(root);
    const texts = new Map();
    const text = (file) => {
        if (!texts.has(file)) {
            let content = '';
            try {
                content = (0,safe_read/* readTreeFile */.xt)(root, file, MAX_FILE_BYTES) ?? ''; // no FIFO, no link out, no oversized file
            }
            catch {
                // Unreadable: no declaration found there.
            }
            texts.set(file, content);
        }
        return texts.get(file);
    };
    return failures.map((failure) => {
        if (failure.file)
            return failure;
        const { title, hint } = titleAndHint(failure);
        const declaration = new RegExp(`\\b(?:test|it|specify)(?:\\.\\w+)*\\(\\s*(['"\`])${escapeRegExp(title)}\\1`);
        const candidates = hint ? files.filter((f) => f === hint || f.endsWith(`/${hint}`) || f.replace(/\.[^.]+$/, '') === hint) : files;
        const places = [];
        for (const file of candidates) {
            text(file).split('\n').forEach((line, index) => {
                if (declaration.test(line))
                    places.push({ file, line: index + 1 });
            });
            if (places.length > 1)
                break;
        }
        return places.length === 1 ? { ...failure, file: places[0].file, line: places[0].line } : failure;
    });
}

// EXTERNAL MODULE: ./src/merge/merge.ts
var merge = __webpack_require__(42732);
;// CONCATENATED MODULE: ./src/probes/test/shard-run.ts
// The test probe's part of a sharded run: which command runs this shard's slice (slice.ts decides how a
// command is cut), or why this shard runs nothing. Listing units (pytest's collection, `go list`) is
// the runner's own work and runs here, as the tests do.



/** Bounds the listing of units: it is a collection, not a test run. */
const LIST_TIMEOUT_MS = 120_000;
async function sliceRun(ctx, plan, shard) {
    const skipped = (summary, details) => ({
        outcome: { status: 'skipped', summary, details: { runner: plan.runner, source: plan.source, shard, ...details } },
    });
    // A command that cannot be cut runs whole, once: on shard 1.
    const whole = (why) => (shard.index === 1 ? { command: plan.command } : skipped(merge/* ELSEWHERE_REASON */.So, { why }));
    const slicing = plan.slicing;
    if (!slicing)
        return whole(`${plan.runner} (${plan.source}) cannot run a slice`);
    switch (slicing.by) {
        case 'flag':
            return { command: slicing.withArgs(runnerShardArgs(slicing.runner, shard) ?? []) };
        case 'node-option':
            return { command: plan.command, nodeOption: nodeTestShardOption(shard) };
        case 'units':
        case 'listed-units': {
            const units = slicing.by === 'units' ? { found: slicing.find() } : await listUnits(ctx, slicing.list, slicing.read);
            if ('why' in units)
                return whole(units.why);
            // Nothing found at all: the unsharded run's outcome (no tests), once.
            if (units.found.length === 0)
                return whole('no test files to split');
            const mine = hashSlice(units.found, shard);
            if (mine.length === 0)
                return skipped(merge/* EMPTY_SLICE_REASON */.MN, { units: units.found.length });
            return { command: slicing.withUnits(mine) };
        }
    }
}
async function listUnits(ctx, list, read) {
    const listed = await ctx.exec(list, { timeoutMs: Math.max(1_000, Math.min(LIST_TIMEOUT_MS, ctx.deadline - Date.now())) });
    if (listed.exitCode !== 0)
        return { why: `\`${describeCommand(list)}\` exited with ${listed.exitCode ?? listed.signal}, so the tests could not be split` };
    return { found: read(listed.stdout) };
}

;// CONCATENATED MODULE: ./src/probes/test/base/changes.ts
/** Files that declare test cases, by the default conventions every runner shares. */
const TEST_CASE_FILE = [
    /(?:^|\/)[^/]+[._-](?:test|spec)\.[cm]?[jt]sx?$/, // x.test.js, x.spec.ts, x-test.js, x_test.mjs
    /(?:^|\/)test-[^/]+\.[cm]?js$/, // node:test's test-x.js
    /(?:^|\/)test_[^/]+\.py$|(?:^|\/)[^/]+_test\.py$/, // pytest
    /(?:^|\/)[^/]+_test\.go$/, // go test
];
/** What a runner loads as tests beyond the shared names (its default include patterns). */
const RUNNER_TEST_CASE_FILE = {
    jest: /(?:^|\/)__tests__\/(?:.+\/)?[^/]+\.[cm]?[jt]sx?$/,
    mocha: /(?:^|\/)(?:test|spec)\/(?:.+\/)?[^/]+\.[cm]?[jt]s$/,
    'node:test': /(?:^|\/)test\/(?:.+\/)?[^/]+\.[cm]?js$/,
};
/** Folders whose whole content belongs to the tests (helpers, fixtures, snapshots). */
const TEST_FOLDER = /(?:^|\/)(?:test|tests|__tests__|spec|__snapshots__|__fixtures__|__mocks__|fixtures|testdata)\//;
const TEST_SUPPORT_FILE = /(?:^|\/)conftest\.py$|\.snap$/;
/**
 * Program code, by extension: what a test can detect a change of. Docs, configuration, data and
 * lockfiles are not (a PR that only touches them owes no failing test).
 */
const CODE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|pyx|go|rs|java|kt|kts|scala|groovy|rb|php|cs|fs|vb|c|h|cc|cpp|cxx|hh|hpp|m|mm|swift|dart|ex|exs|erl|hrl|clj|cljs|lua|pl|pm|r|jl|zig|nim|hs|ml|elm|sol|sh|bash)$/i;
/** Code that only documents or configures the project. */
const NOT_CODE = /(?:^|\/)(?:docs?|examples?|\.github|\.vscode|\.idea|\.changeset|\.husky)\/|(?:^|\/)(?:[^/]+\.config|\.[^/]+rc)\.[cm]?[jt]s$/;
/** Whether `path` declares test cases for `runner` (undefined: by the shared names only). */
function isTestCaseFile(path, runner) {
    if (/(?:^|\/)node_modules\//.test(path))
        return false;
    const extra = runner === undefined ? undefined : RUNNER_TEST_CASE_FILE[runner];
    return TEST_CASE_FILE.some((re) => re.test(path)) || (extra?.test(path) ?? false);
}
/** Part of the test suite: a test-case file or something only tests load. */
function isTestFile(path) {
    return isTestCaseFile(path) || TEST_FOLDER.test(path) || TEST_SUPPORT_FILE.test(path);
}
function isSourceFile(path) {
    return CODE.test(path) && !isTestFile(path) && !NOT_CODE.test(path);
}
/** `runnerOf` names the runner that owns a path (see ./runner-of.ts). */
function classifyChanges(files, runnerOf) {
    const present = files.filter((f) => f.status !== 'deleted' && !f.binary);
    const testFiles = present.filter((f) => isTestFile(f.path));
    const testCaseFiles = testFiles.filter((f) => isTestCaseFile(f.path, runnerOf(f.path)));
    return {
        testFiles: testFiles.map((f) => f.path),
        testCaseFiles: testCaseFiles.map((f) => f.path),
        addedTestCaseFiles: testCaseFiles.filter((f) => f.status === 'added' || f.status === 'copied').map((f) => f.path),
        sourceFiles: files.filter((f) => isSourceFile(f.path)).map((f) => f.path),
    };
}

;// CONCATENATED MODULE: ./src/probes/test/base/filter.ts
// Pure: the commands that re-run chosen tests, with each runner's own filters, writing a report of
// every test they ran. A selection names a test (by name, from a head run's failure) or only its file
// (anti-placebo runs whole test files). Tests are grouped by the folder their runner runs in: the
// nearest package for Node runners (workspaces), the go module's package folder, the root for pytest.

/** Runners whose tests can be re-run by name or file on the base. */
const RERUN_RUNNERS = ['vitest', 'jest', 'node:test', 'mocha', 'pytest', 'go test'];
function isRerunRunner(runner) {
    return RERUN_RUNNERS.includes(runner);
}
function filter_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * The suite path as a name filter matches it: runners join it with a space (jest, mocha, node, vitest
 * before 5) or with ' > ' (vitest 5). Without a suite path every space of the full name may be either.
 */
const LEVEL = '(?: | > )';
function fullNamePattern(test) {
    if (test.titlePath?.length)
        return test.titlePath.map(filter_escapeRegExp).join(LEVEL);
    return test.name.split(' ').map(filter_escapeRegExp).join(LEVEL);
}
/** One anchored alternation of full names (vitest -t, jest -t, node --test-name-pattern, mocha --grep). */
function namePattern(tests) {
    return `^(?:${[...new Set(tests.map(fullNamePattern))].join('|')})$`;
}
function within(cwd, file) {
    return cwd ? external_node_path_.posix.relative(cwd, file) : file;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items)
        groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
}
/** The node runners' commands for one folder: files when every test has one, names when every test has one. */
function nodeCommand(runner, cwd, tests, report) {
    const files = tests.every((t) => t.file) ? [...new Set(tests.map((t) => within(cwd, t.file)))] : [];
    const pattern = tests.every((t) => t.name) ? namePattern(tests) : undefined;
    switch (runner) {
        case 'vitest':
            return {
                runner, cwd, nodeBin: true, report: { format: 'jest-json', from: 'file' },
                argv: ['vitest', 'run', ...files, ...(pattern ? ['-t', pattern] : []), '--reporter=json', `--outputFile=${report}`, '--includeTaskLocation', '--passWithNoTests', '--watch=false'],
            };
        case 'jest':
            return {
                runner, cwd, nodeBin: true, report: { format: 'jest-json', from: 'file' },
                argv: ['jest', ...(files.length ? ['--runTestsByPath', ...files] : []), ...(pattern ? ['-t', pattern] : []), '--json', `--outputFile=${report}`, '--testLocationInResults', '--passWithNoTests', '--ci', '--watchAll=false'],
            };
        case 'node:test':
            return {
                runner, cwd, nodeBin: false, report: { format: 'node-junit', from: 'file' },
                argv: ['node', '--test', '--test-reporter=junit', `--test-reporter-destination=${report}`, ...(pattern ? [`--test-name-pattern=${pattern}`] : []), ...files],
            };
        case 'mocha':
            return {
                runner, cwd, nodeBin: true, report: { format: 'mocha-json', from: 'file' },
                argv: ['mocha', '--reporter=json', `--reporter-option=output=${report}`, ...(pattern ? ['--grep', pattern] : []), ...files],
            };
    }
}
const NODE_ID = /^[^:]+\.py::/;
/**
 * pytest node ids (`file::Class::test[param]`) or whole files, from the root (where its rootdir and
 * conftest are found); tests known only by a JUnit-style name (`pkg.module.Class::test`) by `-k` on their function names.
 */
function pytestCommand(tests, report) {
    const ids = tests.map((t) => t.id ?? (t.name && NODE_ID.test(t.name) ? t.name : undefined) ?? (t.name ? undefined : t.file));
    const byKeyword = tests.some((t, i) => t.name && ids[i] === undefined);
    const keywords = byKeyword ? [...new Set(tests.filter((t) => t.name).map((t) => t.name.split(/::|\./).pop().replace(/\[.*$/, '')))] : [];
    const targets = byKeyword ? [] : [...new Set(ids.filter((t) => t !== undefined))];
    return {
        runner: 'pytest', cwd: '', nodeBin: false, report: { format: 'pytest-junit', from: 'file' },
        // The xunit1 family carries file and line; a module that fails to import must not stop the others.
        argv: ['python3', '-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', `--junitxml=${report}`, '--continue-on-collection-errors', ...(keywords.length ? ['-k', keywords.join(' or ')] : []), ...targets],
    };
}
/** `go test -run '^(?:TestA|TestB)$' ./pkg` per package: go matches top-level names, so subtests run with their parent. */
function goCommands(tests, layout) {
    return [...groupBy(tests, (t) => (t.file ? layout.goModuleDir(t.file) : '')).entries()].flatMap(([moduleDir, group]) => [...groupBy(group, (t) => (t.file ? external_node_path_.posix.dirname(within(moduleDir, t.file)) : '')).entries()].map(([dir, inPackage]) => {
        const names = inPackage.every((t) => t.name) ? [...new Set(inPackage.map((t) => t.titlePath?.[0] ?? t.name.split('.').pop().split('/')[0]))] : [];
        const pkg = !dir ? './...' : dir === '.' ? '.' : `./${dir}`;
        return {
            runner: 'go test', cwd: moduleDir, nodeBin: false, report: { format: 'go-json', from: 'stdout' },
            argv: ['go', 'test', '-json', '-count=1', ...(names.length ? ['-run', `^(?:${names.map(filter_escapeRegExp).join('|')})$`] : []), pkg],
        };
    }));
}
/**
 * The commands that re-run `tests` of `runner`; `reportFile(i)` is the report path of the i-th command.
 * Tests without a file are run from the root.
 */
function rerunCommands(runner, tests, layout, reportFile) {
    if (tests.length === 0)
        return [];
    if (runner === 'pytest')
        return [pytestCommand([...tests], reportFile(0))];
    if (runner === 'go test')
        return goCommands([...tests], layout);
    const groups = groupBy(tests, (t) => (t.file ? layout.packageDir(t.file) : ''));
    return [...groups.entries()].map(([cwd, group], index) => nodeCommand(runner, cwd, group, reportFile(index)));
}

;// CONCATENATED MODULE: ./src/probes/test/base/judge.ts
// Pure: the head run's failures and the PR's new tests judged against what the same tests did on the
// merge-base. A test failing on both is not the PR's doing (preexisting-failure); a PR that changes
// code but whose new tests pass on the base too has tests that do not detect the change (placebo-tests).

const ANTI_PLACEBO_MODES = ['off', 'concern', 'block'];
const LOAD_FAILURE = / \(failed to run\)$/;
/** A pytest test as JUnit names it (`pkg.mod.Class::test`) and as its node id does (`pkg/mod.py::Class::test`), in one form. */
function pytestForm(name) {
    return name.replace(/\.py::/, '::').replace(/::|\//g, '.');
}
/** The same test: its name (or suite path), in the same file where both know it; a file that failed to load, by its file. */
function sameTest(head, base) {
    if (head.file && base.file && head.file !== base.file)
        return false;
    if (LOAD_FAILURE.test(head.name))
        return base.loadError === true && head.file !== undefined && head.file === base.file;
    if (head.name === base.name)
        return true;
    if (head.runner === 'pytest' && pytestForm(head.name) === pytestForm(base.name))
        return true;
    return head.titlePath !== undefined && base.titlePath !== undefined && head.titlePath.join('\u0000') === base.titlePath.join('\u0000');
}
function splitPreexisting(failures, base) {
    const split = { preexisting: [], introduced: [] };
    for (const failure of failures) {
        const onBase = base.filter((r) => sameTest(failure, r));
        (onBase.some((r) => r.status === 'failed') ? split.preexisting : split.introduced).push(failure);
    }
    return split;
}
/** The finding for a test failing at head that also fails on the base: advisory unless `test.preexisting: block`. */
function preexistingFinding(failure, mode, original) {
    const where = failure.file ? { file: failure.file, ...(original?.line ? { line: original.line } : {}) } : {};
    const message = `${original?.message ?? `failing test: ${failure.name}`} (also fails on the base)`;
    if (mode === 'block')
        return { ...(original ?? { rule: 'test-failed', severity: 'high', fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'test-failed', failure.file ?? '', failure.name) }), ...where, blocking: true, message };
    return {
        rule: 'preexisting-failure',
        severity: 'medium',
        blocking: false,
        message,
        ...where,
        fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'preexisting-failure', failure.file ?? '', failure.name),
        details: { ...(original?.details ?? {}), test: failure.name, also_fails_on_base: true },
    };
}
/** Whether a non-blank added line falls in [start, end]. */
function touched(change, start, end) {
    const lines = change.headText?.split('\n');
    return change.addedRanges.some((r) => {
        for (let line = Math.max(r.start, start); line <= Math.min(r.end, end); line++) {
            if (!lines || (lines[line - 1] ?? '').trim() !== '')
                return true;
        }
        return false;
    });
}
/**
 * The tests of one changed test file that the PR adds or changes: all of them in a new file; else
 * those whose body (declaration line up to the next test's) has added lines, and, where the report
 * gives no line, those whose title the base version does not contain.
 */
function newOrChangedTests(change, results) {
    if (change.baseText === undefined)
        return [...results];
    const lines = [...new Set(results.map((r) => r.line).filter((l) => l !== undefined))].sort((a, b) => a - b);
    return results.filter((r) => {
        if (r.loadError)
            return true;
        if (r.line !== undefined) {
            const next = lines.find((l) => l > r.line);
            return touched(change, r.line, next === undefined ? Number.MAX_SAFE_INTEGER : next - 1);
        }
        const title = r.titlePath?.at(-1) ?? r.name;
        return !change.baseText.includes(title.replace(/\[.*\]$/, ''));
    });
}
function listNames(tests) {
    const shown = tests.slice(0, 5).map((t) => `${t.name} (${t.file})`);
    return `${shown.join(', ')}${tests.length > shown.length ? ` and ${tests.length - shown.length} more` : ''}`;
}
function judgeAntiPlacebo(input) {
    if (input.mode === 'off')
        return { state: 'off', newTests: [] };
    if (input.changes.length === 0) {
        return input.unsupported.length
            ? { state: 'unsupported', reason: `the runner of ${input.unsupported.join(', ')} cannot run tests on the base`, newTests: [] }
            : { state: 'not-applicable', reason: 'the PR adds or changes no test cases', newTests: [] };
    }
    const failingAtHead = (r) => input.headFailures.some((f) => sameTest(f, r));
    const newTests = [];
    let detected = false;
    for (const change of input.changes) {
        if (input.notLoaded.includes(change.file)) {
            // Nothing of it ran on the base: it needs what the PR adds, so it detects the change.
            newTests.push({ name: `${change.file} (could not load on the base)`, file: change.file, fails_on_base: true });
            detected = true;
            continue;
        }
        const results = input.results.filter((r) => r.file === change.file && !failingAtHead(r));
        if (results.some((r) => r.status === 'failed'))
            detected = true;
        for (const test of newOrChangedTests(change, results)) {
            newTests.push({
                name: test.loadError ? `${change.file} (could not load on the base)` : test.name,
                file: change.file,
                ...(test.line ? { line: test.line } : {}),
                fails_on_base: test.status === 'failed',
            });
        }
    }
    if (!input.sourceChanged)
        return { state: 'not-applicable', reason: 'the PR changes no code outside its tests', newTests };
    if (newTests.length === 0)
        return { state: 'not-applicable', reason: 'no new or changed test case was found in the changed test files', newTests };
    if (detected)
        return { state: 'checked', newTests };
    // Tests of a runner that cannot run on the base might detect the change: no finding then.
    if (input.unsupported.length)
        return { state: 'partly-unsupported', reason: `${input.unsupported.join(', ')} not run on the base`, newTests };
    const first = newTests[0];
    return {
        state: 'checked',
        newTests,
        finding: {
            rule: 'placebo-tests',
            severity: 'medium',
            blocking: input.mode === 'block',
            message: `the PR changes code but its new or changed tests also pass without that change: ${listNames(newTests)}. A test that does not fail on the base does not detect the change.`,
            file: first.file,
            ...(first.line ? { line: first.line } : {}),
            fingerprint: (0,fingerprint/* fingerprint */.R)('test', 'placebo-tests', ...newTests.map((t) => `${t.file}\u0000${t.name}`).sort()),
            details: { new_tests: newTests.map((t) => t.name) },
        },
    };
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
;// CONCATENATED MODULE: ./src/probes/test/base/results.ts
// Pure: every test's result from the report of a re-run on the base (passing ones included, which the
// head run's reports need not carry), in one shape whatever the runner.

/** Jest's `--json` report, which vitest's json reporter also writes. */
function jestResults(text) {
    const report = JSON.parse(text);
    const results = [];
    for (const file of report.testResults ?? []) {
        const assertions = file.assertionResults ?? [];
        for (const a of assertions) {
            const titlePath = [...(a.ancestorTitles ?? []), a.title ?? ''];
            results.push({
                name: a.fullName || titlePath.filter(Boolean).join(' '),
                titlePath,
                ...(file.name ? { file: file.name } : {}),
                ...(a.location?.line ? { line: a.location.line } : {}),
                status: a.status === 'passed' ? 'passed' : a.status === 'failed' ? 'failed' : 'skipped',
            });
        }
        if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
            results.push({ name: `${file.name ?? 'test file'} (failed to run)`, ...(file.name ? { file: file.name } : {}), status: 'failed', loadError: true });
        }
    }
    return results;
}
/** Mocha's built-in `json` reporter. */
function mochaResults(text) {
    // Mocha prints its JSON after anything the tests wrote to stdout when no output file is honoured.
    const report = JSON.parse(text.slice(text.indexOf('{')));
    const entry = (test, status) => ({
        name: test.fullTitle || test.title || '(unnamed test)',
        ...(test.file ? { file: test.file } : {}),
        status,
    });
    return [
        ...(report.passes ?? []).map((t) => entry(t, 'passed')),
        ...(report.failures ?? []).map((t) => entry(t, 'failed')),
        ...(report.pending ?? []).map((t) => entry(t, 'skipped')),
    ];
}
function parseJunitTree(text) {
    const parser = new XMLParser/* default */.A({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
    const doc = parser.parse(text);
    return doc.testsuites ?? { testsuite: doc.testsuite ?? [] };
}
function junitStatus(testcase) {
    if (testcase.failure !== undefined || testcase.error !== undefined)
        return 'failed';
    return testcase.skipped !== undefined ? 'skipped' : 'passed';
}
/** node's junit reporter: `describe` blocks are nested suites; names are joined the way node:test's failures are named (` > `). */
function nodeJunitResults(text) {
    const results = [];
    const walk = (suite, path) => {
        for (const testcase of suite.testcase ?? []) {
            const title = testcase['@_name'] ?? '(unnamed test)';
            const file = testcase['@_file'];
            const titlePath = [...path, title];
            // A file that fails to load is reported as one test named after the file.
            const loadError = path.length === 0 && file !== undefined && (title === file || file.endsWith(`/${title}`));
            results.push({ name: titlePath.join(' > '), titlePath, ...(file ? { file } : {}), status: junitStatus(testcase), ...(loadError ? { loadError } : {}) });
        }
        for (const child of suite.testsuite ?? [])
            walk(child, [...path, child['@_name'] ?? '']);
    };
    walk(parseJunitTree(text), []);
    return results;
}
/**
 * pytest's JUnit XML in the xunit1 family (it carries `file` and `line`), named by pytest node id
 * (`tests/test_x.py::TestClass::test_name[param]`) as the head run names failures.
 */
function pytestJunitResults(text) {
    const results = [];
    const walk = (suite) => {
        for (const testcase of suite.testcase ?? []) {
            const file = testcase['@_file'];
            const classname = testcase['@_classname'] ?? '';
            const title = testcase['@_name'] ?? '(unnamed test)';
            if (!classname) {
                // A collection error: the case is named after the module that could not be imported.
                const path = file ?? `${title.replaceAll('.', '/')}.py`;
                results.push({ name: `${path} (failed to run)`, file: path, status: 'failed', loadError: true });
                continue;
            }
            const module = (file ?? '').replace(/\.py$/, '').replaceAll('/', '.');
            const classes = file && classname.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : file ? [] : classname.split('.');
            const path = file ?? `${classname.split('.').join('/')}.py`;
            const line = Number(testcase['@_line']);
            results.push({
                name: [path, ...classes, title].join('::'),
                titlePath: [...classes, title],
                file: path,
                // pytest writes the 0-based line of the definition.
                ...(Number.isInteger(line) && testcase['@_line'] !== undefined ? { line: line + 1 } : {}),
                status: junitStatus(testcase),
            });
        }
        for (const child of suite.testsuite ?? [])
            walk(child);
    };
    walk(parseJunitTree(text));
    return results;
}
/** `go test -json`: a test's last action; a package that fails with no test run failed to build. */
function goResults(text) {
    const tests = new Map();
    const failedPackages = new Set();
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        const pkg = event.Package ?? '';
        if (!event.Test) {
            if (event.Action === 'fail')
                failedPackages.add(pkg);
            continue;
        }
        if (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip')
            continue;
        const status = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
        tests.set(`${pkg}.${event.Test}`, { name: `${pkg}.${event.Test}`, titlePath: event.Test.split('/'), status });
    }
    const results = [...tests.values()];
    for (const pkg of failedPackages) {
        if (!results.some((r) => r.name.startsWith(`${pkg}.`)))
            results.push({ name: `${pkg} (package failed)`, status: 'failed', loadError: true });
    }
    return results;
}
const PARSERS = {
    'jest-json': jestResults,
    'mocha-json': mochaResults,
    'node-junit': nodeJunitResults,
    'pytest-junit': pytestJunitResults,
    'go-json': goResults,
};
/** Every test in a re-run's report; throws when the report is not in the expected format. */
function parseResults(format, text) {
    return PARSERS[format](text);
}

;// CONCATENATED MODULE: ./src/probes/test/base/runner-of.ts
// Which runner runs a test file: the one its nearest package's test script names (workspaces may mix
// runners), else the file's language, else the runner the probe detected for the repository.




/** The repository-relative folder of the package holding `file` (nearest package.json), '' for the root. */
function packageDirOf(root, file) {
    for (let dir = (0,external_node_path_.dirname)(file); dir !== '.' && dir !== '/' && dir !== ''; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir, 'package.json')))
            return dir;
    }
    return '';
}
/** The repository-relative folder of the go module holding `file` (nearest go.mod), '' for the root. */
function goModuleDirOf(root, file) {
    for (let dir = (0,external_node_path_.dirname)(file); dir !== '.' && dir !== '/' && dir !== ''; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir, 'go.mod')))
            return dir;
    }
    return '';
}
/** `fallback` is the runner detected for the whole repository (or named in test.run). */
function runnerOfFile(root, file, fallback) {
    if (file.endsWith('_test.go'))
        return 'go test';
    if (file.endsWith('.py'))
        return 'pytest';
    const pkg = readPackageJson((0,external_node_path_.join)(root, packageDirOf(root, file)));
    if (!pkg?.scripts)
        return fallback;
    // The package's test script with the scripts it calls, then any other script of it named test*.
    const scripts = ['test', ...Object.keys(pkg.scripts).filter((name) => name !== 'test' && /^test/.test(name))];
    return scripts.map((name) => runnerIn(expandScript(pkg, name))).find(Boolean) ?? fallback;
}

;// CONCATENATED MODULE: ./src/probes/test/base/against-base.ts
// Judges a finished head test run against the merge-base: re-runs the head's failing tests there
// (pre-existing failures are not the PR's), then runs the PR's new and changed test files over the
// base's code (anti-placebo). One temporary base worktree serves both; it shares the test probe's
// deadline and signal, so a slow base never costs the head's verdict, and it is always removed.









async function judgeAgainstBase(ctx, head) {
    const { outcome } = head;
    if (outcome.status !== 'pass' && outcome.status !== 'fail')
        return outcome;
    const started = Date.now();
    const runnerOf = (file) => runnerOfFile(ctx.root, file, head.runner);
    const rerun = head.failures.filter((f) => isRerunRunner(f.runner) && !/more failing tests/.test(f.name));
    const changes = classifyChanges(ctx.diff.files, runnerOf);
    const supported = changes.testCaseFiles.filter((f) => isRerunRunner(runnerOf(f)));
    const unsupported = changes.testCaseFiles.filter((f) => !supported.includes(f));
    const antiPlaceboInput = { mode: ctx.settings.anti_placebo, sourceChanged: changes.sourceFiles.length > 0, unsupported, headFailures: head.failures };
    // Without source changes or runnable new tests the verdict needs no base run.
    const idle = judgeAntiPlacebo({ ...antiPlaceboInput, changes: antiPlaceboInput.sourceChanged ? [] : supported.map((file) => ({ file, addedRanges: [] })), results: [], notLoaded: [] });
    const antiPlacebo = ctx.settings.anti_placebo !== 'off' && supported.length > 0 && antiPlaceboInput.sourceChanged;
    const unsupportedFailures = head.failures.length - rerun.length;
    if (!rerun.length && !antiPlacebo)
        return withBase(outcome, antiPlaceboDetails(idle), []);
    const reports = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'loki-verify-base-reports-'));
    try {
        return await onBaseWorktree(ctx, (wt) => judgeOnBase(wt));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        ctx.log(`could not judge against the merge-base: ${reason}`);
        const verdict = antiPlacebo ? { state: 'incomplete', reason, newTests: [] } : idle;
        return withBase(outcome, { base: { error: reason, duration_ms: Date.now() - started }, ...antiPlaceboDetails(verdict) }, []);
    }
    finally {
        (0,external_node_fs_.rmSync)(reports, { recursive: true, force: true });
    }
    async function judgeOnBase(wt) {
        const runTests = (runner, selection, tag) => runOnBase(ctx, wt, reports, runner, selection, tag);
        // 1. The head's failing tests, on the base as it is.
        const preexistingRun = await sequential(groupByRunner(rerun, (f) => f.runner), (runner, failures) => runTests(runner, failures.map(selectionOf), 'failing'));
        const split = splitPreexisting(rerun, preexistingRun.results);
        // 2. The PR's new and changed test files, over the base's code.
        let verdict = idle;
        if (antiPlacebo) {
            for (const file of changes.testFiles)
                copyOver(ctx.root, wt.dir, file);
            const placeboRun = await sequential(groupByRunner(supported, runnerOf), (runner, files) => runTests(runner, files.map((file) => ({ file })), 'new'));
            verdict = placeboRun.problems.length
                ? { state: 'incomplete', reason: placeboRun.problems[0], newTests: [] }
                : judgeAntiPlacebo({ ...antiPlaceboInput, changes: await Promise.all(supported.map((file) => fileChange(ctx, file))), results: placeboRun.results, notLoaded: placeboRun.notLoaded });
        }
        const details = {
            base: {
                merge_base: ctx.diff.mergeBase,
                dependencies: wt.dependencies,
                duration_ms: Date.now() - started,
                ...(preexistingRun.problems.length ? { problems: preexistingRun.problems } : {}),
                ...(unsupportedFailures ? { not_rerun: `${unsupportedFailures} failing test${unsupportedFailures === 1 ? '' : 's'} of a runner that cannot re-run them by name` } : {}),
            },
            ...(split.preexisting.length ? { preexisting: split.preexisting.map(({ name, file }) => ({ name, ...(file ? { file } : {}) })) } : {}),
            ...antiPlaceboDetails(verdict),
        };
        return withBase(outcome, details, split.preexisting, ctx.settings.preexisting, verdict.finding);
    }
}
function antiPlaceboDetails(verdict) {
    return { anti_placebo: verdict.state, ...(verdict.reason ? { anti_placebo_reason: verdict.reason } : {}), new_tests: verdict.newTests };
}
function selectionOf(failure) {
    return { name: failure.name, ...(failure.file ? { file: failure.file } : {}), ...(failure.titlePath ? { titlePath: failure.titlePath } : {}) };
}
function groupByRunner(items, runnerOf) {
    const groups = new Map();
    for (const item of items) {
        const runner = runnerOf(item);
        if (isRerunRunner(runner))
            groups.set(runner, [...(groups.get(runner) ?? []), item]);
    }
    return groups;
}
/** One runner after another: the machine's cores are the head run's too. */
async function sequential(groups, run) {
    const runs = [];
    for (const [runner, items] of groups)
        runs.push(await run(runner, items));
    return mergeRuns(runs);
}
function mergeRuns(runs) {
    return { results: runs.flatMap((r) => r.results), notLoaded: runs.flatMap((r) => r.notLoaded), problems: runs.flatMap((r) => r.problems) };
}
function copyOver(root, dir, file) {
    const from = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(from))
        return;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, file)), { recursive: true });
    (0,external_node_fs_.copyFileSync)(from, (0,external_node_path_.join)(dir, file));
}
/** A changed test file with its merge-base text (from git: the worktree copy has been overwritten) and added lines. */
async function fileChange(ctx, file) {
    const changed = ctx.diff.files.find((f) => f.path === file);
    const basePath = changed.status === 'added' || changed.status === 'copied' ? undefined : (changed.oldPath ?? file);
    const baseText = basePath === undefined ? undefined : await ctx.git.tryShowFile(ctx.diff.mergeBase, basePath);
    const headText = readIfThere((0,external_node_path_.join)(ctx.root, file));
    return { file, ...(baseText !== undefined ? { baseText } : {}), ...(headText !== undefined ? { headText } : {}), addedRanges: changed.addedRanges };
}
/** Runs `selection` of `runner` in the base worktree and reads every test's result with repository-relative files. */
async function runOnBase(ctx, wt, reports, runner, selection, tag) {
    const layout = { packageDir: (file) => packageDirOf(wt.dir, file), goModuleDir: (file) => goModuleDirOf(wt.dir, file) };
    const commands = rerunCommands(runner, selection, layout, (i) => (0,external_node_path_.join)(reports, `${tag}-${runner.replace(/\W/g, '-')}-${i}`));
    const run = { results: [], notLoaded: [], problems: [] };
    for (const command of commands) {
        const cwd = (0,external_node_path_.join)(wt.dir, command.cwd);
        const argv = command.nodeBin ? [nodeBin(wt.dir, command.cwd, command.argv[0]), ...command.argv.slice(1)] : command.argv;
        const remaining = baseBudgetMs(ctx);
        if (remaining <= 0) {
            run.problems.push('the test timeout was reached before the base run');
            break;
        }
        const result = await ctx.exec(argv, { cwd, timeoutMs: remaining, keepBytes: 64 * 1024 });
        const files = filesOf(command, selection, layout);
        if (result.spawnError || result.timedOut || result.aborted || result.exitCode === 126 || result.exitCode === 127) {
            run.problems.push(`${runner} on the base ${result.timedOut || result.aborted ? 'was stopped by the timeout' : `could not run (${result.spawnError ?? `exit ${result.exitCode}`})`}`);
            continue;
        }
        const text = command.report.from === 'stdout' ? result.stdout : readIfThere(argvReport(command));
        let parsed;
        try {
            parsed = text?.trim() ? parseResults(command.report.format, text) : undefined;
        }
        catch {
            parsed = undefined;
        }
        if (!parsed) {
            // Exit 0 with no report is the runner's problem; a red exit with none is files that did not load.
            if (result.exitCode === 0)
                run.problems.push(`${runner} on the base wrote no report`);
            else
                run.notLoaded.push(...files);
            continue;
        }
        run.results.push(...parsed.map((r) => inRepository(r, wt.dir, command, files)));
    }
    return run;
}
function argvReport(command) {
    const flag = command.argv.find((a) => /^--(?:outputFile|test-reporter-destination|junitxml|reporter-option=output)=/.test(a));
    return flag.slice(flag.lastIndexOf('=') + 1);
}
function readIfThere(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The repository-relative files a command covers (those of its selection within its folder). */
function filesOf(command, selection, layout) {
    const owner = command.runner === 'go test' ? layout.goModuleDir : command.runner === 'pytest' ? () => '' : layout.packageDir;
    return [...new Set(selection.filter((s) => s.file && owner(s.file) === command.cwd).map((s) => s.file))];
}
/** A result's file relative to the repository root, whatever the report gave (absolute, relative to the runner's folder, none for go). */
function inRepository(result, wtDir, command, files) {
    let file = result.file;
    if (file) {
        const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(wtDir, command.cwd, file);
        file = toPosix(relativeToAny(absolute, wtDir));
    }
    else if (command.runner === 'go test' && result.titlePath?.[0]) {
        // go reports no file: the selected file that declares the top-level test function.
        const declared = new RegExp(`^func ${result.titlePath[0]}\\(`, 'm');
        file = files.find((f) => declared.test(readIfThere((0,external_node_path_.join)(wtDir, f)) ?? ''));
    }
    const name = result.loadError && file ? `${file} (failed to run)` : result.name;
    return { ...result, name, ...(file ? { file } : {}) };
}
function relativeToAny(absolute, wtDir) {
    let real = wtDir;
    try {
        real = (0,external_node_fs_.realpathSync)(wtDir);
    }
    catch {
        // as given
    }
    for (const base of [wtDir, real]) {
        const rel = (0,external_node_path_.relative)(base, absolute);
        if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
            return rel;
    }
    return absolute;
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join(external_node_path_.posix.sep);
}
/** The runner's executable from node_modules/.bin, nearest the folder first; the bare name (PATH) when none has it. */
function nodeBin(wtDir, cwd, name) {
    for (let dir = cwd;; dir = external_node_path_.posix.dirname(dir)) {
        const candidate = (0,external_node_path_.join)(wtDir, dir === '.' ? '' : dir, 'node_modules', '.bin', name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if (dir === '' || dir === '.' || dir === '/')
            return name;
    }
}
/** The head outcome with the base's judgement: pre-existing failures re-graded, the placebo finding added. */
function withBase(outcome, details, preexisting, mode = 'concern', placebo) {
    const findings = (outcome.findings ?? []).map((finding) => {
        if (finding.rule !== 'test-failed')
            return finding;
        const test = finding.details?.test ?? '';
        const failure = preexisting.find((f) => f.name === test && (!finding.file || !f.file || f.file === finding.file));
        return failure ? preexistingFinding(failure, mode, finding) : finding;
    });
    if (placebo)
        findings.push(placebo);
    const also = preexisting.length ? `; ${preexisting.length} of them also fail${preexisting.length === 1 ? 's' : ''} on the base` : '';
    const status = outcome.status === 'pass' && placebo?.blocking ? 'fail' : outcome.status;
    return {
        ...outcome,
        status,
        summary: `${outcome.summary}${also}${placebo ? `; ${placebo.blocking ? '' : 'concern: '}new tests pass on the base too` : ''}`,
        ...(findings.length ? { findings } : {}),
        details: { ...outcome.details, ...details },
    };
}

;// CONCATENATED MODULE: ./src/probes/test/index.ts






















const test_OUTPUT_TAIL_LINES = 30;
const test_settings = build/* Type.Object */.ZUJ.Object({
    run: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* command */.G5)()),
    needs_build: build/* Type.Optional */.ZUJ.Optional(build/* Type.Boolean */.ZUJ.Boolean({ description: 'Skip the tests when the build fails. By default they run anyway, so a failed build does not hide their evidence.', default: false })),
    preexisting: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* oneOf */.yL)(PREEXISTING_MODES, { description: 'A test failing at head that fails on the merge-base too: concern (preexisting-failure, not blocking) or block (test-failed).' }), 'concern'),
    anti_placebo: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* oneOf */.yL)(ANTI_PLACEBO_MODES, { description: 'When none of the tests a PR adds or changes fails on the merge-base although it changes code: off, concern (placebo-tests, not blocking) or block.' }), 'concern'),
});
const testPlan = oncePerRun((ctx) => detectTests(ctx.root, ctx.settings));
const testProbe = defineProbe({
    id: 'test',
    title: 'Tests',
    timeout: 900,
    // A PR whose tests were not run is not verified.
    required: true,
    // The build runs first (it may generate what the tests import); a failed build stops the tests only with test.needs_build.
    after: ['build'],
    runsPrCode: true,
    // On every shard of a sharded run, each runs its slice of the tests (shard-run.ts).
    sharded: true,
    settings: test_settings,
    applies(ctx) {
        return testPlan(ctx)
            ? APPLIES
            : notApplicable('no tests found: no test.run in config, package.json test script, test files, go.mod or Cargo.toml');
    },
    async run(ctx) {
        const build = ctx.result('build');
        if (build?.status === 'fail' && ctx.settings.needs_build)
            return { status: 'skipped', summary: 'not run: the build failed (test.needs_build)' };
        const plan = testPlan(ctx);
        const shard = ctx.options.shard && ctx.options.shard.total > 1 ? ctx.options.shard : undefined;
        const slice = shard ? await sliceRun(ctx, plan, shard) : { command: plan.command };
        if ('outcome' in slice)
            return slice.outcome;
        const launch = plan.packageManager ? prepareLaunch(ctx.root, plan.packageManager, readPackageJson(ctx.root, ctx.root), ctx.env.PATH) : undefined;
        const node = await ctx.exec(['node', '-p', 'process.versions.node'], { env: { ...launch?.env, NODE_OPTIONS: '' }, timeoutMs: 10_000 });
        const nodeVersion = node.exitCode === 0 ? node.stdout.trim() : undefined;
        const collection = prepareCollection({ baseEnv: ctx.env, nodeTestReporter: plan.nodeTestReporter, nodeVersion });
        try {
            // The slice's exact command, with the NODE_OPTIONS part that selects it (node's --test-shard).
            const shown = [slice.nodeOption ? `NODE_OPTIONS=${slice.nodeOption}` : '', describeCommand(slice.command)].filter(Boolean).join(' ');
            ctx.log(`running ${shown} (${plan.source}${shard ? `, shard ${shard.index}/${shard.total}` : ''}${launch?.note ? `; ${launch.note}` : ''})`);
            const nodeOptions = slice.nodeOption ? { NODE_OPTIONS: [collection.env.NODE_OPTIONS ?? ctx.env.NODE_OPTIONS, slice.nodeOption].filter(Boolean).join(' ') } : {};
            const result = await ctx.exec(slice.command, { env: { ...collection.env, ...nodeOptions, ...launch?.env }, keepBytes: 256 * 1024 });
            const notRun = notRunOutcome('the test runner', result);
            const tail = (0,core_text/* tailLines */.os)(result.output, test_OUTPUT_TAIL_LINES);
            if (notRun)
                return { ...notRun, details: { runner: plan.runner, source: plan.source, command: shown, exit_code: result.exitCode, output_tail: tail } };
            const { runs, unreadable } = readReports(collection.reportDir);
            const facts = {
                runner: plan.runner,
                source: plan.source,
                command: shown,
                exitCode: result.exitCode,
                signal: result.signal,
                ...collected(plan, ctx.root, result, runs),
                unreadable,
                customCommand: plan.source === 'config test.run',
                outputTail: tail,
            };
            if (result.exitCode !== 0) {
                const environment = diagnoseEnvironment(ctx.root, result);
                if (environment)
                    facts.environment = environment;
            }
            const head = judgeTestRun(facts);
            const judged = await judgeAgainstBase(ctx, { outcome: head, failures: failingTests(head, plan.runner), runner: plan.runner });
            const outcome = shard ? sliceOutcome(judged, facts, shard) : judged;
            return build?.status === 'fail' ? { ...outcome, summary: `${outcome.summary} (the build failed)` } : outcome;
        }
        finally {
            collection.dispose();
            launch?.dispose();
        }
    },
});
/** The failing tests the outcome names (one test-failed finding each). */
function failingTests(outcome, runner) {
    return (outcome.findings ?? []).flatMap((finding) => {
        const details = finding.details;
        if (finding.rule !== 'test-failed' || !details?.test)
            return [];
        return [{ name: details.test, runner: details.runner ?? runner, ...(finding.file ? { file: finding.file } : {}), ...(details.title_path ? { titlePath: details.title_path } : {}) }];
    });
}
/** A slice's outcome carries its shard; one that ran no test (more shards than test files) is an empty slice. */
function sliceOutcome(outcome, facts, shard) {
    const ran = facts.runs.reduce((n, run) => n + run.counts.passed + run.counts.failed, 0);
    const empty = ran === 0 && facts.exitCode === 0;
    return {
        ...outcome,
        ...(empty ? { status: 'skipped', summary: merge/* EMPTY_SLICE_REASON */.MN } : {}),
        details: { ...outcome.details, shard },
    };
}
/** Runs from the runners' reports, else the report the command printed, else every summary line of its output. */
function collected(plan, root, result, reports) {
    const inRepo = (runs) => runs.map((run) => {
        const counts = relativeFiles(root, run.counts);
        return { runner: run.runner, counts: { ...counts, failures: locateByTitle(root, counts.failures) } };
    });
    if (reports.length)
        return { runs: inRepo(reports), collectedFrom: 'reports' };
    if (plan.printed) {
        const text = plan.printed === 'go-json' ? result.stdout : result.output;
        const module = plan.printed === 'go-json' ? goModule(root) : undefined;
        const counts = parseReport(plan.printed, text, module ? { goModule: module } : {});
        if (counts && counts.passed + counts.failed + counts.skipped > 0)
            return { runs: inRepo([{ runner: plan.runner, counts }]), collectedFrom: 'printed' };
    }
    const summary = parseReport('summary', result.output);
    return summary ? { runs: inRepo([{ runner: plan.runner, counts: summary }]), collectedFrom: 'summary' } : { runs: [], collectedFrom: 'none' };
}
/** Failures' files relative to the repository root (reports give absolute paths, also inside workspaces). */
function relativeFiles(root, counts) {
    let realRoot = root;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        // The root as given is the best there is.
    }
    const toRepo = (file) => {
        if (!file)
            return undefined;
        if (!(0,external_node_path_.isAbsolute)(file)) {
            // Relative to where the runner ran, which in a workspace may be a package: kept only when it names a file from the root.
            const rel = file.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
            return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, rel)) ? rel : undefined;
        }
        for (const base of [realRoot, root]) {
            const rel = (0,external_node_path_.relative)(base, file);
            if (rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
                return rel.split(external_node_path_.sep).join('/');
        }
        return undefined;
    };
    return {
        ...counts,
        failures: counts.failures.map(({ file, line, ...rest }) => {
            const inRepo = toRepo(file);
            if (!inRepo)
                return rest;
            // A file that failed to load is named by its path: the repository's, not the machine's.
            return { ...rest, name: file && (0,external_node_path_.isAbsolute)(file) ? rest.name.replace(file, inRepo) : rest.name, file: inRepo, ...(line ? { line } : {}) };
        }),
    };
}

;// CONCATENATED MODULE: ./src/config/path-globs.ts
// Pure: matching repository-relative paths against the user's globs (`*.paths_ignore` config keys).

/** Whether a repository-relative path matches one of the globs (dotfiles included, like gitignore). */
function pathMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const matches = picomatch_default()([...globs], { dot: true });
    return (path) => matches(path);
}

;// CONCATENATED MODULE: ./src/probes/static/diagnostic.ts
/** `static.scope` of the configuration: which reported lines count. */
const STATIC_SCOPES = ['added-lines', 'changed-files', 'all'];
const DEFAULT_STATIC_SCOPE = 'added-lines';
/** Extensions of JavaScript and TypeScript sources (what "JS/TS changed" means). */
const JS_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs'];
const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
function isJsFile(path) {
    return JS_EXTENSIONS.some((ext) => path.endsWith(ext));
}
function isTsFile(path) {
    return TS_EXTENSIONS.some((ext) => path.endsWith(ext));
}
function isJsOrTsFile(path) {
    return isJsFile(path) || isTsFile(path);
}

;// CONCATENATED MODULE: ./src/probes/static/paths.ts
// Pure path helpers: tools print absolute or cwd-relative paths; findings use repository-relative ones.

/**
 * `path` (absolute, or relative to `cwd`) relative to the first of `roots` that contains it, with `/`
 * separators. Several roots because tools report real paths while the repository may sit behind a symlink.
 * A path outside every root is returned absolute.
 */
function toRepoPath(path, cwd, roots) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    for (const root of roots) {
        const rel = (0,external_node_path_.relative)(root, absolute);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            continue;
        return rel.split(external_node_path_.sep).join('/');
    }
    return absolute.split(external_node_path_.sep).join('/');
}
/** The directory of a repository-relative path ('' for the root). */
function repoDirname(path) {
    const dir = external_node_path_.posix.dirname(path);
    return dir === '.' ? '' : dir;
}
/** `dir` and each of its parents up to the repository root (''), nearest first. */
function ancestorDirs(dir) {
    const chain = [];
    let current = dir === '.' ? '' : dir.replace(/\/+$/, '');
    for (;;) {
        chain.push(current);
        if (current === '')
            return chain;
        current = repoDirname(current);
    }
}
/** `path` (repository-relative) as seen from `dir` (repository-relative). */
function relativeToDir(dir, path) {
    return dir === '' ? path : external_node_path_.posix.relative(dir, path);
}

;// CONCATENATED MODULE: ./src/probes/static/discover.ts
// Finds the eslint and TypeScript configurations that apply to a directory of the checked-out tree.



/** Flat configs, as eslint 8.57-10 look them up. */
const FLAT_CONFIG_FILES = [
    'eslint.config.js',
    'eslint.config.mjs',
    'eslint.config.cjs',
    'eslint.config.ts',
    'eslint.config.mts',
    'eslint.config.cts',
];
/** Legacy eslintrc configs in eslint's own order of precedence; `package.json#eslintConfig` comes last. */
const LEGACY_CONFIG_FILES = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc.json', '.eslintrc'];
/**
 * Lookups against the tree under `root`, cached per directory.
 * - Flat config: the nearest `eslint.config.*` above the file wins (what eslint 10 does per file and
 *   eslint 9 does when run from that directory); eslint then ignores any eslintrc.
 * - Legacy: without a flat config, eslintrc files cascade from the file up; eslint runs from the outermost
 *   one, where `.eslintignore` and the installed eslint usually live.
 */
function createConfigLookup(root) {
    const found = new Map();
    const inDir = (dir) => {
        let entry = found.get(dir);
        if (!entry) {
            const at = (name) => (dir === '' ? name : `${dir}/${name}`);
            const base = (0,external_node_path_.join)(root, dir);
            const flat = FLAT_CONFIG_FILES.find((name) => hasFile(base, name));
            const legacy = LEGACY_CONFIG_FILES.find((name) => hasFile(base, name)) ?? (hasPackageEslintConfig(base, root) ? 'package.json' : undefined);
            entry = {
                ...(flat ? { flat: at(flat) } : {}),
                ...(legacy ? { legacy: at(legacy) } : {}),
                ...(hasFile(base, 'tsconfig.json') ? { tsconfig: at('tsconfig.json') } : {}),
            };
            found.set(dir, entry);
        }
        return entry;
    };
    return {
        eslintConfig(dir) {
            const chain = ancestorDirs(dir);
            for (const current of chain) {
                const flat = inDir(current).flat;
                if (flat)
                    return { kind: 'flat', dir: current, file: flat };
            }
            const legacyDirs = chain.filter((current) => inDir(current).legacy);
            if (!legacyDirs.length)
                return undefined;
            return { kind: 'legacy', dir: legacyDirs[legacyDirs.length - 1], file: inDir(legacyDirs[0]).legacy };
        },
        tsconfig(dir) {
            for (const current of ancestorDirs(dir)) {
                const tsconfig = inDir(current).tsconfig;
                if (tsconfig)
                    return tsconfig;
            }
            return undefined;
        },
    };
}
/** Whether `dir`'s package.json has an `eslintConfig` object (a broken package.json is the build probe's business). */
function hasPackageEslintConfig(dir, root) {
    const manifest = readPackageJson(dir, root);
    return typeof manifest?.eslintConfig === 'object' && manifest.eslintConfig !== null;
}

;// CONCATENATED MODULE: ./src/probes/static/eslint-plan.ts


/**
 * Groups changed files by the configuration that applies to them. Flat configs get every changed file
 * and eslint decides what it lints (its `files` and `ignores`); legacy eslint parses any file it is
 * given as JavaScript, so it only gets JS/TS sources. With scope `all`, each unit (and the root's
 * configuration, if any) lints its whole directory.
 */
function planEslint(files, scope, lookup) {
    const units = new Map();
    const unconfigured = [];
    const unitFor = (config) => {
        const key = `${config.kind}:${config.dir}`;
        let unit = units.get(key);
        if (!unit) {
            unit = { config, targets: [] };
            units.set(key, unit);
        }
        return unit;
    };
    for (const file of files) {
        const config = lookup.eslintConfig(repoDirname(file));
        if (!config) {
            if (isJsOrTsFile(file))
                unconfigured.push(file);
            continue;
        }
        if (config.kind === 'legacy' && !isJsOrTsFile(file))
            continue;
        unitFor(config).targets.push(relativeToDir(config.dir, file));
    }
    if (scope === 'all') {
        const rootConfig = lookup.eslintConfig('');
        if (rootConfig)
            unitFor(rootConfig);
        for (const unit of units.values())
            unit.targets = ['.'];
    }
    const ordered = [...units.values()].sort((a, b) => (a.config.dir < b.config.dir ? -1 : a.config.dir > b.config.dir ? 1 : 0));
    return { units: ordered, unconfigured };
}

;// CONCATENATED MODULE: ./src/probes/static/line-reader.ts
// Reads lines of checked-out files for fingerprints, each file once.


function createLineReader(root) {
    const cache = new Map();
    return (file, line) => {
        if (!cache.has(file)) {
            let lines;
            try {
                lines = (0,safe_read/* readFileSafely */.fJ)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(root, file), { within: root, maxBytes: safe_read/* SOURCE_MAX_BYTES */.Be })?.split(/\r?\n/);
            }
            catch {
                lines = undefined; // outside the tree, unsafe or too large: the fingerprint falls back to the message
            }
            cache.set(file, lines);
        }
        return cache.get(file)?.[line - 1];
    };
}

;// CONCATENATED MODULE: ./src/probes/static/fingerprints.ts
// Pure: stable ids for diagnostics that survive unrelated lines moving.

/**
 * One fingerprint per diagnostic (same order): hash of tool, rule, file, the trimmed text of the
 * offending line (the message where there is no line) and the occurrence index among diagnostics with
 * the same key in top-to-bottom order. Never the line number, so edits elsewhere in the file keep it.
 */
function fingerprintDiagnostics(diagnostics, lineText) {
    const order = diagnostics.map((_, index) => index).sort((a, b) => comparePosition(diagnostics[a], diagnostics[b]));
    const seen = new Map();
    const result = new Array(diagnostics.length);
    for (const index of order) {
        const d = diagnostics[index];
        const text = d.file !== undefined && d.line !== undefined ? lineText(d.file, d.line)?.trim() : undefined;
        const anchor = text ?? d.message;
        const key = [d.tool, d.rule, d.file ?? '', anchor].join('\u0000');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        result[index] = (0,fingerprint/* fingerprint */.R)('static', d.tool, d.rule, d.file, anchor, occurrence);
    }
    return result;
}
/** Top-to-bottom, left-to-right order within a file; deterministic across files. */
function comparePosition(a, b) {
    return (compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/diff/parse.ts
var parse = __webpack_require__(84348);
;// CONCATENATED MODULE: ./src/probes/static/scope.ts
// Pure: which diagnostics the PR answers for. Old debt outside the scope is counted, never blamed.

/**
 * `added-lines`: only diagnostics on lines the PR added; `changed-files`: anywhere in a file the PR
 * changed (and did not delete); `all`: every diagnostic.
 */
function scopeDiagnostics(diagnostics, files, scope) {
    const changed = new Map(files.filter((f) => f.status !== 'deleted').map((f) => [f.path, f]));
    const inScope = (d) => {
        if (scope === 'all')
            return true;
        const file = d.file === undefined ? undefined : changed.get(d.file);
        if (!file)
            return false;
        if (scope === 'changed-files')
            return true;
        return d.line !== undefined && (0,parse/* isAddedLine */.Hw)(file, d.line);
    };
    const result = { inScope: [], outOfScope: [] };
    for (const d of diagnostics)
        (inScope(d) ? result.inScope : result.outOfScope).push(d);
    return result;
}

;// CONCATENATED MODULE: ./src/probes/static/outcome.ts


const SCOPE_LABELS = {
    'added-lines': 'on added lines',
    'changed-files': 'in changed files',
    all: 'in the project',
};
function buildOutcome({ scope, files, reports, lineText, isIgnored = () => false }) {
    const findings = [];
    const tally = [];
    const details = { scope };
    let heldBack = 0;
    let ignored = 0;
    for (const report of reports) {
        const all = unique(report.diagnostics);
        const diagnostics = all.filter((d) => d.file === undefined || !isIgnored(d.file));
        ignored += all.length - diagnostics.length;
        const fingerprints = fingerprintDiagnostics(diagnostics, lineText);
        const fingerprintOf = new Map(diagnostics.map((d, i) => [d, fingerprints[i]]));
        const { inScope, outOfScope } = scopeDiagnostics(diagnostics, files, scope);
        heldBack += outOfScope.length;
        findings.push(...inScope.sort(comparePosition).map((d) => toFinding(d, fingerprintOf.get(d))));
        const errors = inScope.filter((d) => d.severity === 'error').length;
        const warnings = inScope.length - errors;
        if (inScope.length)
            tally.push(`${report.tool}: ${[count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ')}`);
        details[report.tool] = {
            ...report.details,
            checked: report.checked,
            ...(report.incomplete.length ? { incomplete: report.incomplete } : {}),
            ...(report.idle && !report.checked ? { idle: report.idle } : {}),
            diagnostics: { total: diagnostics.length, in_scope: inScope.length, held_back: outOfScope.length },
        };
    }
    details.held_back = heldBack;
    if (ignored)
        details.ignored = ignored;
    const incomplete = reports.flatMap((r) => r.incomplete);
    const found = `${tally.length ? tally.join('; ') : 'no problems'} ${SCOPE_LABELS[scope]}`;
    const held = heldBack ? ` (${count(heldBack, 'problem')} on untouched lines held back)` : '';
    if (findings.some((f) => f.blocking)) {
        const also = incomplete.length ? `; also could not check: ${incomplete.join('; ')}` : '';
        return { status: 'fail', summary: `${found}${held}${also}`, findings, details };
    }
    if (incomplete.length) {
        const partial = findings.length ? `; ${found}` : '';
        return { status: 'inconclusive', summary: `${incomplete.join('; ')}${partial}`, findings, details };
    }
    const active = reports.filter((r) => r.checked > 0);
    if (!active.length) {
        const reasons = reports.map((r) => r.idle).filter(Boolean);
        return { status: 'skipped', summary: `nothing to check: ${reasons.join('; ')}`, details };
    }
    const checked = active.map((r) => `${r.tool} checked ${r.tool === 'tsc' ? count(r.checked, 'project') : count(r.checked, 'file')}`);
    return { status: 'pass', summary: `${checked.join(', ')}; ${found}${held}`, findings, details };
}
function toFinding(d, fingerprint) {
    const error = d.severity === 'error';
    const finding = {
        rule: d.rule,
        severity: error ? 'high' : 'low',
        blocking: error,
        message: d.message,
        fingerprint,
        details: { tool: d.tool },
    };
    if (d.file !== undefined)
        finding.file = d.file;
    if (d.line !== undefined)
        finding.line = d.line;
    if (d.column !== undefined)
        finding.column = d.column;
    return finding;
}
/** The same problem reported twice (overlapping eslint units, a tsc project built by two references). */
function unique(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = [d.file, d.line, d.column, d.rule, d.message].join('\u0000');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function count(n, noun) {
    return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/probes/static/eslint-report.ts

/** eslint 8-10 phrase every "given explicitly but ignored" warning this way. */
const IGNORED_FILE = /^File ignored\b/;
/**
 * Parses eslint's JSON report. `cwd` is where eslint ran; `roots` are the repository root as given and as
 * resolved, so absolute `filePath`s become repository-relative. Throws on anything that is not that format.
 */
function parseEslintReport(json, cwd, roots) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        throw new Error(`eslint's JSON report does not parse: ${error.message}`, { cause: error });
    }
    if (!Array.isArray(data))
        throw new Error('eslint\'s JSON report is not an array of file results');
    const report = { diagnostics: [], linted: [], ignored: [] };
    for (const entry of data) {
        const result = entry;
        if (typeof result?.filePath !== 'string' || !Array.isArray(result.messages)) {
            throw new Error('eslint\'s JSON report has a file result without filePath or messages');
        }
        const file = toRepoPath(result.filePath, cwd, roots);
        const messages = result.messages;
        if (messages.length === 1 && isIgnoredNotice(messages[0])) {
            report.ignored.push(file);
            continue;
        }
        report.linted.push(file);
        for (const message of messages)
            report.diagnostics.push(toDiagnostic(file, message));
    }
    return report;
}
function isIgnoredNotice(message) {
    return message.ruleId == null && message.fatal !== true && typeof message.message === 'string' && IGNORED_FILE.test(message.message);
}
function toDiagnostic(file, raw) {
    if (typeof raw.message !== 'string' || (raw.severity !== 1 && raw.severity !== 2)) {
        throw new Error(`eslint's JSON report has a malformed message for ${file}`);
    }
    // Core problems without a rule: fatal parsing errors, and unused disable directives.
    const rule = typeof raw.ruleId === 'string' ? raw.ruleId : raw.fatal === true ? 'parse-error' : 'eslint';
    const diagnostic = {
        tool: 'eslint',
        rule,
        severity: raw.severity === 2 || raw.fatal === true ? 'error' : 'warning',
        file,
        message: raw.message,
    };
    if (typeof raw.line === 'number' && raw.line > 0)
        diagnostic.line = raw.line;
    if (typeof raw.column === 'number' && raw.column > 0)
        diagnostic.column = raw.column;
    return diagnostic;
}

;// CONCATENATED MODULE: ./src/probes/static/installed-tool.ts
// Finds a tool installed in the repository under test (never the gate's own copy).




/**
 * Looks for `node_modules/<pkg>` in `fromDir` and each parent up to the repository root, as Node's
 * resolution would, but stops at the root so a copy installed above the repository (or the gate's
 * own) is never used. Paths are not resolved through symlinks, so pnpm layouts work.
 */
function findInstalledTool(root, fromDir, pkg, binName) {
    for (const dir of ancestorDirs(fromDir)) {
        const location = dir === '' ? `node_modules/${pkg}` : `${dir}/node_modules/${pkg}`;
        const manifest = readPackageJson((0,external_node_path_.join)(root, location), false);
        if (!manifest)
            continue; // not installed here, or a half-written install: treat as absent
        const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
        if (typeof bin !== 'string' || typeof manifest.version !== 'string')
            continue;
        const binPath = (0,external_node_path_.join)(root, location, bin);
        if (!(0,external_node_fs_.existsSync)(binPath))
            continue;
        return { version: manifest.version, major: Number.parseInt(manifest.version, 10), bin: binPath, location };
    }
    return undefined;
}
/** The message for a tool the repository configures but has not installed. */
function notInstalledMessage(root, what) {
    const pnp = hasFile(root, '.pnp.cjs')
        ? ' (Yarn Plug\'n\'Play installs are not supported: set `nodeLinker: node-modules`)'
        : '';
    return `${what}: install dependencies before running the gate${pnp}`;
}

;// CONCATENATED MODULE: ./src/probes/static/run-eslint.ts
// Runs the repository's own eslint over the planned units (I/O: processes and the JSON report file).








/** Files per eslint invocation, well under any command-line length limit. */
const CHUNK = 400;
const run_eslint_OUTPUT_TAIL_LINES = 15;
async function runEslint(ctx, { files, scope, lookup, roots }) {
    const plan = planEslint(files, scope, lookup);
    const report = { tool: 'eslint', checked: 0, diagnostics: [], incomplete: [], details: {} };
    const seen = { linted: new Set(), ignored: [], unparsed: [] };
    const runs = [];
    const temp = makeTempDir('loki-verify-eslint-');
    const outDir = temp.path;
    try {
        for (const unit of plan.units) {
            const run = { dir: unit.config.dir || '.', config: unit.config.file, kind: unit.config.kind, targets: unit.targets.length };
            runs.push(run);
            const tool = findInstalledTool(ctx.root, unit.config.dir, 'eslint', 'eslint');
            if (!tool) {
                report.incomplete.push(notInstalledMessage(ctx.root, `${unit.config.file} configures eslint but eslint is not installed in the repository`));
                continue;
            }
            run.eslint = tool.version;
            const refusal = unsupported(unit, tool);
            if (refusal) {
                report.incomplete.push(refusal);
                continue;
            }
            const what = unit.targets.join(' ') === '.' ? 'the whole directory' : `${unit.targets.length} file(s)`;
            ctx.log(`eslint ${tool.version} (${unit.config.kind} config ${unit.config.file}) on ${what} in ${run.dir}`);
            const failure = await lintUnit(ctx, unit, tool, (0,external_node_path_.join)(outDir, `unit-${runs.length}`), roots, report, seen);
            if (failure)
                report.incomplete.push(failure);
        }
    }
    finally {
        temp.remove();
    }
    report.checked = seen.linted.size;
    report.details = {
        runs,
        ...(seen.ignored.length ? { ignored: seen.ignored } : {}),
        ...(plan.unconfigured.length ? { unconfigured: plan.unconfigured } : {}),
        ...(seen.unparsed.length ? { unparsed: seen.unparsed } : {}),
    };
    if (!plan.units.length) {
        report.idle = plan.unconfigured.length ? 'no eslint configuration covers the changed files' : 'no eslint configuration';
    }
    else if (!seen.linted.size) {
        report.idle = 'eslint lints none of the changed files';
    }
    return report;
}
/** Lints one unit in chunks, adding to `report` and `seen`; returns why it stopped early, if it did. */
async function lintUnit(ctx, unit, tool, outPrefix, roots, report, seen) {
    const where = unit.config.dir || '.';
    for (let start = 0; start < unit.targets.length; start += CHUNK) {
        const outFile = `${outPrefix}-${start}.json`;
        const failure = await lintChunk(ctx, unit, tool, unit.targets.slice(start, start + CHUNK), outFile);
        if (failure)
            return failure;
        let parsed;
        try {
            parsed = parseEslintReport((0,safe_read/* readFileSafely */.fJ)(outFile, { within: (0,external_node_path_.dirname)(outFile), maxBytes: safe_read/* REPORT_MAX_BYTES */.AU }) ?? '', (0,external_node_path_.join)(ctx.root, unit.config.dir), roots);
        }
        catch (error) {
            return `eslint in ${where}: ${error.message}`;
        }
        seen.ignored.push(...parsed.ignored);
        parsed.linted.forEach((file) => seen.linted.add(file));
        for (const d of parsed.diagnostics) {
            if (unparsable(unit, d))
                seen.unparsed.push(d.file);
            else
                report.diagnostics.push(d);
        }
    }
    return undefined;
}
/** Runs one eslint invocation; returns why it failed, or undefined when its JSON report is ready. */
async function lintChunk(ctx, unit, tool, targets, outFile) {
    const where = unit.config.dir || '.';
    const result = await ctx.exec([process.execPath, tool.bin, '--format', 'json', '--output-file', outFile, '--no-error-on-unmatched-pattern', '--', ...targets], {
        cwd: (0,external_node_path_.join)(ctx.root, unit.config.dir),
        // eslint 8 and 9 pick the config format from this variable; 10 only reads flat configs.
        env: { ESLINT_USE_FLAT_CONFIG: unit.config.kind === 'flat' ? 'true' : 'false' },
    });
    if (result.spawnError)
        return `eslint in ${where} could not start: ${result.spawnError}`;
    if (result.aborted || result.timedOut)
        return `eslint in ${where} was stopped before it finished`;
    // 0: no errors, 1: lint errors; anything else is eslint failing (bad config, missing plugin, crash).
    if (result.exitCode === 0 || result.exitCode === 1)
        return undefined;
    const status = result.exitCode === null ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
    return `eslint in ${where} ${status} (configuration or plugin error): ${(0,core_text/* tailLines */.os)(result.output, run_eslint_OUTPUT_TAIL_LINES).trim()}`;
}
/** Combinations eslint itself cannot run; say so plainly instead of relaying its crash. */
function unsupported(unit, tool) {
    if (unit.config.kind === 'legacy' && tool.major >= 10) {
        return `${unit.config.file} is a legacy eslintrc configuration, which eslint ${tool.version} no longer reads: ` +
            'migrate it to eslint.config.js (https://eslint.org/docs/latest/use/configure/migration-guide) or pin eslint 9';
    }
    if (unit.config.kind === 'flat' && tool.major < 8) {
        return `${unit.config.file} is a flat configuration, which eslint ${tool.version} does not support: upgrade eslint to 8.57 or later`;
    }
    return undefined;
}
/**
 * Legacy eslint parses every file it is given with the configured parser; a TypeScript file failing to
 * parse there usually means no TypeScript parser is configured, not that the PR broke the syntax
 * (tsc checks that). Such files count as unparsed instead of producing findings.
 */
function unparsable(unit, d) {
    return unit.config.kind === 'legacy' && d.rule === 'parse-error' && d.file !== undefined && !isJsFile(d.file);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(21928);
;// CONCATENATED MODULE: ./src/probes/static/tsc-plan.ts


/**
 * The nearest `tsconfig.json` of each changed TypeScript file, plus any changed `tsconfig.json` itself
 * (a PR can break the project from there); with scope `all`, also the root's.
 */
function planTsc(files, scope, lookup) {
    const projects = new Set();
    const tsFiles = [];
    for (const file of files) {
        if (file === 'tsconfig.json' || file.endsWith('/tsconfig.json'))
            projects.add(file);
        if (!isTsFile(file))
            continue;
        tsFiles.push(file);
        const project = lookup.tsconfig(repoDirname(file));
        if (project)
            projects.add(project);
    }
    if (scope === 'all') {
        const root = lookup.tsconfig('');
        if (root)
            projects.add(root);
    }
    return { projects: [...projects].sort(), tsFiles };
}

;// CONCATENATED MODULE: ./src/probes/static/tsc-report.ts

// `src/a.ts(3,7): error TS2322: Type ...`; the path is the shortest prefix followed by a location.
const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
// `error TS5058: The specified path does not exist: 'x'.`
const GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/])/;
/** Parses tsc output. `cwd` is where tsc ran; `roots` as for `toRepoPath`. */
function parseTscOutput(output, cwd, roots) {
    const report = { diagnostics: [], listedFiles: [] };
    // Message chains ("Type 'x' is not assignable...") continue on indented lines.
    let last;
    for (const line of output.split(/\r?\n/)) {
        const located = LOCATED.exec(line);
        const global = located ? undefined : GLOBAL.exec(line);
        if (located) {
            const [, file, row, col, category, code, message] = located;
            last = category === 'message' ? undefined : {
                tool: 'tsc',
                rule: code,
                severity: category === 'error' ? 'error' : 'warning',
                file: toRepoPath(file, cwd, roots),
                line: Number(row),
                column: Number(col),
                message: message,
            };
            if (last)
                report.diagnostics.push(last);
        }
        else if (global) {
            const [, category, code, message] = global;
            last = category === 'message' ? undefined : { tool: 'tsc', rule: code, severity: category === 'error' ? 'error' : 'warning', message: message };
            if (last)
                report.diagnostics.push(last);
        }
        else if (last && /^\s+\S/.test(line)) {
            last.message += ` ${line.trim()}`;
        }
        else {
            last = undefined;
            if (ABSOLUTE_PATH.test(line))
                report.listedFiles.push(toRepoPath(line.trim(), cwd, roots));
        }
    }
    return report;
}

;// CONCATENATED MODULE: ./src/probes/static/run-tsc.ts
// Runs the repository's own TypeScript compiler for each planned project (I/O: processes, tsconfig reads).







/** Diagnostics and `--listFiles` of a large program fit; the default cap would cut them. */
const KEEP_BYTES = 32 * 1024 * 1024;
const run_tsc_OUTPUT_TAIL_LINES = 15;
/** "No inputs were found in config file": the project covers none of the changed files. */
const NO_INPUTS = 'TS18003';
async function runTsc(ctx, { files, scope, lookup, roots }) {
    const plan = planTsc(files, scope, lookup);
    const report = { tool: 'tsc', checked: 0, diagnostics: [], incomplete: [], details: {} };
    const runs = [];
    const listed = new Set();
    const succeeded = new Set();
    for (const tsconfig of plan.projects) {
        const run = { tsconfig, mode: usesProjectReferences(ctx.root, tsconfig) ? 'build' : 'project' };
        runs.push(run);
        const tool = findInstalledTool(ctx.root, repoDirname(tsconfig), 'typescript', 'tsc');
        if (!tool) {
            report.incomplete.push(notInstalledMessage(ctx.root, `${tsconfig} configures TypeScript but typescript is not installed in the repository`));
            continue;
        }
        run.typescript = tool.version;
        ctx.log(`tsc ${tool.version} ${run.mode === 'build' ? '--build' : '--project'} ${tsconfig}`);
        // Solution setups need --build: each referenced project is checked against the others' declarations,
        // which --build emits (as the repository's own `tsc -b` would); --force makes reruns check everything.
        const mode = run.mode === 'build' ? ['--build', tsconfig, '--force'] : ['--noEmit', '--project', tsconfig];
        const result = await ctx.exec([process.execPath, tool.bin, ...mode, '--pretty', 'false', '--listFiles'], { keepBytes: KEEP_BYTES });
        run.exit_code = result.exitCode;
        if (result.spawnError || result.aborted || result.timedOut) {
            report.incomplete.push(`tsc for ${tsconfig} ${result.spawnError ? `could not start: ${result.spawnError}` : 'was stopped before it finished'}`);
            continue;
        }
        const parsed = parseTscOutput(result.stdout, ctx.root, roots);
        const located = parsed.diagnostics.filter((d) => d.file !== undefined);
        const global = parsed.diagnostics.filter((d) => d.file === undefined);
        if (global.some((d) => d.rule === NO_INPUTS))
            run.no_inputs = true;
        const blockers = global.filter((d) => d.rule !== NO_INPUTS);
        if (blockers.length) {
            // Project-wide errors (missing type packages, bad options) make every other result doubtful.
            report.incomplete.push(`tsc for ${tsconfig} reported project errors: ${blockers.map((d) => `${d.rule} ${d.message}`).join('; ')}`);
            continue;
        }
        if (result.exitCode !== 0 && !parsed.diagnostics.length) {
            const status = result.exitCode === null ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
            report.incomplete.push(`tsc for ${tsconfig} ${status} without diagnostics: ${(0,core_text/* tailLines */.os)(result.output, run_tsc_OUTPUT_TAIL_LINES).trim()}`);
            continue;
        }
        report.checked += 1;
        succeeded.add(tsconfig);
        report.diagnostics.push(...located);
        parsed.listedFiles.forEach((file) => listed.add(file));
    }
    // Changed TypeScript files no program included are not type-checked: say so in the evidence.
    const uncovered = plan.tsFiles.filter((file) => {
        const project = lookup.tsconfig(repoDirname(file));
        return !project || (succeeded.has(project) && !listed.has(file));
    });
    report.details = { runs, ...(uncovered.length ? { uncovered } : {}) };
    if (!plan.projects.length) {
        report.idle = plan.tsFiles.length ? 'no tsconfig.json covers the changed TypeScript files' : 'no TypeScript changes';
    }
    return report;
}
/** Whether a tsconfig is a solution (has `references`); unreadable ones go to tsc, which reports why. */
function usesProjectReferences(root, tsconfig) {
    try {
        const config = (0,main.parse)((0,safe_read/* readTreeFile */.xt)(root, tsconfig) ?? '', [], { allowTrailingComma: true });
        return Array.isArray(config?.references) && config.references.length > 0;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/probes/static/tree.ts
// Facts about the checked-out tree the tools run on.


/**
 * Changed files the tools can read: not deleted, not binary, and a regular file in the tree (a
 * submodule or a directory given to eslint would make it lint everything below).
 */
function checkedOutFiles(root, diff) {
    return diff.files
        .filter((file) => file.status !== 'deleted' && !file.binary)
        .map((file) => file.path)
        .filter((path) => {
        try {
            return (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, path)).isFile();
        }
        catch {
            return false;
        }
    });
}
/** The root as given and as resolved through symlinks: tools report real paths. */
function repositoryRoots(root) {
    try {
        const real = (0,external_node_fs_.realpathSync)(root);
        return real === root ? [root] : [root, real];
    }
    catch {
        return [root];
    }
}

;// CONCATENATED MODULE: ./src/probes/static/index.ts
// The static probe: the repository's own eslint and tsc, scoped to the lines the PR added.













const static_settings = build/* Type.Object */.ZUJ.Object({
    scope: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* oneOf */.yL)(STATIC_SCOPES), DEFAULT_STATIC_SCOPE),
    paths_ignore: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* pathGlobs */.pS)('Path globs the static probe neither lints nor type-checks nor reports on (fixtures with deliberate errors).'), []),
});
const staticProbe = defineProbe({
    id: 'static',
    title: 'Static analysis (eslint, tsc)',
    timeout: 300,
    settings: static_settings,
    // eslint configurations and plugins are JavaScript from the PR.
    runsPrCode: true,
    applies(ctx) {
        const { files, scope, lookup } = toolInput(ctx);
        if (!files.length && scope !== 'all')
            return notApplicable('no added or modified text files to check');
        if (planEslint(files, scope, lookup).units.length || planTsc(files, scope, lookup).projects.length)
            return APPLIES;
        return notApplicable(files.some(isJsOrTsFile)
            ? 'JavaScript/TypeScript files changed, but no eslint configuration or tsconfig.json covers them'
            : 'no JavaScript/TypeScript changes, and no eslint configuration or tsconfig.json covers the changed files');
    },
    async run(ctx) {
        const input = toolInput(ctx);
        // Independent tools: run side by side.
        const reports = await Promise.all([runEslint(ctx, input), runTsc(ctx, input)]);
        return buildOutcome({
            scope: input.scope,
            files: ctx.diff.files,
            reports,
            lineText: createLineReader(ctx.root),
            isIgnored: input.isIgnored,
        });
    },
});
/** What both `applies` and `run` look at: computed once per run (config discovery stats many files). */
const toolInput = oncePerRun((ctx) => {
    const { scope } = ctx.settings;
    const isIgnored = pathMatcher(ctx.settings.paths_ignore);
    const files = checkedOutFiles(ctx.root, ctx.diff).filter((path) => !isIgnored(path));
    return { files, scope, lookup: createConfigLookup(ctx.root), roots: repositoryRoots(ctx.root), isIgnored };
});

;// CONCATENATED MODULE: ./src/config/until.ts
// Pure: `until` dates (YYYY-MM-DD) on the user's exceptions: secrets allowances and dependency waivers.
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Whether an exception dated `until` has lapsed at `now`: it holds through its `until` day (UTC) and lapses when
 * the next day begins. A date that does not parse counts as lapsed.
 */
function isExpired(until, now) {
    const day = Date.parse(`${until}T00:00:00Z`);
    if (Number.isNaN(day))
        return true;
    return now.getTime() >= day + DAY_MS;
}

;// CONCATENATED MODULE: ./src/probes/secrets/allow.ts

/** The allowance for a finding, by its fingerprint or one it had before (see legacy-rules.ts). */
function allowanceFor(fingerprints, allow, now) {
    const allowance = allow.find((entry) => fingerprints.includes(normalised(entry)));
    if (!allowance)
        return { state: 'none' };
    return { state: allowance.until && isExpired(allowance.until, now) ? 'expired' : 'allowed', allowance };
}
function normalised(allowance) {
    return allowance.fingerprint.trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/probes/secrets/legacy-rules.ts
// Pure: the rule ids findings had when the probe ran secretlint's rules. A fingerprint includes the rule
// id, so an allowance written then names the old id; it still allows the same secret in the same file.
const LEGACY_BY_PREFIX = [
    ['aws-', ['aws']],
    ['github-', ['github']],
    ['gitlab-pat', ['gitlab']],
    ['gitlab-', ['gitlab-token']],
    ['slack-', ['slack']],
    ['stripe-access-token', ['stripe']],
    ['gcp-api-key', ['google-api-key']],
    ['openai-api-key-v2', ['openai-api-key']],
    ['openai-api-key', ['openai']],
    ['anthropic-admin-api-key', ['anthropic-admin-key']],
    ['anthropic-api-key', ['anthropic']],
    ['npm-access-token', ['npm']],
    ['npmrc-auth', ['npm']],
    ['pypi-upload-token', ['pypi-token']],
    ['sendgrid-api-token', ['sendgrid']],
    ['private-key', ['privatekey']],
    ['url-credentials', ['basicauth', 'database-connection-string']],
    ['generic-api-key', ['generic-secret']],
    ['huggingface-', ['huggingface']],
    ['groq-api-key', ['groq']],
    ['linear-api-key', ['linear']],
    ['notion-api-token', ['notion']],
    ['shopify-', ['shopify']],
    ['grafana-', ['grafana']],
    ['1password-', ['1password']],
    ['vault-', ['hashicorp-vault']],
    ['vercel-token', ['vercel']],
    ['databricks-api-token', ['databricks']],
    ['dockerhub-pat', ['docker']],
    ['figma-pat', ['figma']],
    ['cloudflare-', ['cloudflare']],
    ['tailscale-key', ['tailscale']],
];
/** Rule ids the same finding had under the secretlint-based probe (none for families it did not know). */
function legacyRuleIds(rule) {
    return LEGACY_BY_PREFIX.find(([prefix]) => rule.startsWith(prefix))?.[1] ?? [];
}

;// CONCATENATED MODULE: ./src/probes/secrets/findings.ts




const MESSAGE_LOCATION = 'commit-message';
/** Commits listed per finding when the same secret was added several times. */
const MAX_LISTED_COMMITS = 20;
/** `sha256(rule, path, sha256(secret))`: stable across runs and commits, and reveals nothing. */
function secretFingerprint(rule, path, secretHash) {
    return (0,fingerprint/* fingerprint */.R)(rule, path ?? MESSAGE_LOCATION, secretHash);
}
function buildFindings(occurrences, commitOrder, allow, now) {
    const position = new Map(commitOrder.map((sha, index) => [sha, index]));
    const order = (o) => position.get(o.commit) ?? commitOrder.length;
    const sorted = [...occurrences].sort((a, b) => order(a) - order(b) || (0,core_text/* compareText */.n6)(a.path ?? '', b.path ?? '') || a.line - b.line || (0,core_text/* compareText */.n6)(a.rule, b.rule));
    const groups = new Map();
    for (const occurrence of sorted) {
        const id = secretFingerprint(occurrence.rule, occurrence.path, occurrence.secretHash);
        const group = groups.get(id);
        if (group)
            group.push(occurrence);
        else
            groups.set(id, [occurrence]);
    }
    const findings = [];
    const allowed = [];
    const used = new Set();
    for (const [id, group] of groups) {
        const first = group[0];
        const legacy = legacyRuleIds(first.rule).map((rule) => secretFingerprint(rule, first.path, first.secretHash));
        const decision = allowanceFor([id, ...legacy], allow, now);
        if (decision.state !== 'none')
            used.add(normalised(decision.allowance));
        if (decision.state === 'allowed') {
            const { reason, until } = decision.allowance;
            allowed.push({ fingerprint: id, rule: first.rule, ...(first.path ? { file: first.path } : {}), commit: first.commit, reason, ...(until ? { until } : {}) });
            continue;
        }
        const expired = decision.state === 'expired' ? decision.allowance : undefined;
        findings.push(findings_toFinding(id, group, expired));
    }
    const unusedAllowances = allow.map(normalised).filter((fp) => !used.has(fp));
    return { findings, allowed, unusedAllowances };
}
function findings_toFinding(id, group, expired) {
    const first = group[0];
    const commits = [...new Set(group.map((o) => o.commit))];
    const where = first.path ? `in ${first.path}:${first.line}` : `in the message of commit ${first.commit.slice(0, 12)} (line ${first.line})`;
    const what = first.title;
    const added = first.path ? `, added by commit ${first.commit.slice(0, 12)}` : '';
    const lapse = expired ? ` The allowance for this fingerprint expired on ${expired.until} (reason given: ${expired.reason}).` : '';
    return {
        rule: first.rule,
        severity: 'critical',
        blocking: true,
        message: `${what} ${where}${added} (${first.preview}). Revoke or rotate it, then remove it from the branch history: ` +
            `a later commit that deletes it does not take it out of the pushed commits.${lapse}`,
        ...(first.path ? { file: first.path, line: first.line } : {}),
        commit: first.commit,
        fingerprint: id,
        details: {
            title: first.title,
            location: first.path ? 'file' : MESSAGE_LOCATION,
            preview: first.preview,
            occurrences: group.length,
            ...(commits.length > 1 ? { commits: commits.slice(0, MAX_LISTED_COMMITS) } : {}),
            ...(expired ? { allowance_expired: expired.until, allowance_reason: expired.reason } : {}),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var re2js_build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/probes/secrets/rules/names.ts
// Pure: what a variable, key or attribute name says about its value.
/** A name that says its value is a credential (matched case-insensitively anywhere in the name). */
const CREDENTIAL_WORD = 'passw(?:or)?d|passphrase|pass(?![a-z])|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|auth|credential|creds?(?![a-z])|[a-z0-9][_.-]?key(?![a-z])';
/** Name parts that make a credential-looking name about something else (`token_type`, `public_key`). */
const NOT_SECRET_PARTS = new Set([
    'public', 'publishable', 'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'idempotency', 'storage', 'translation',
    'i18n', 'route', 'hot', 'lookup', 'next', 'page', 'continuation', 'pagination', 'cursor', 'csrf', 'xsrf', 'nonce', 'dedupe',
    'dedup', 'row', 'map', 'dict', 'unique', 'composite', 'keyboard', 'shortcut', 'monkey', 'turkey', 'hockey', 'jockey',
    'whiskey', 'bypass', 'compass', 'passport', 'tokenizer', 'tokens', 'keys', 'passwords', 'secrets', 'tokenize', 'sitekey',
]);
const NOT_SECRET_LAST = new Set([
    'release', 'commit', 'revision', 'project', 'org', 'organization', 'dsn', 'environment', 'region', 'site', 'user', 'username',
    'email', 'account', 'team', 'workspace', 'channel', 'domain', 'zone', 'bucket', 'subdomain', 'instance', 'cluster',
    'id', 'ids', 'name', 'names', 'type', 'types', 'kind', 'file', 'filename', 'files', 'path', 'paths', 'dir', 'url', 'uri', 'endpoint',
    'host', 'length', 'len', 'size', 'count', 'field', 'fields', 'label', 'prefix', 'suffix', 'format', 'policy', 'version', 'hash',
    'hashed', 'checksum', 'digest', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'pattern', 'regex', 'header', 'param', 'env', 'var',
    'ref', 'arn', 'expires', 'expiry', 'expiration', 'ttl', 'enabled', 'required', 'hint', 'mode', 'placeholder', 'description',
    'index', 'location', 'provider', 'strategy', 'mask', 'min', 'max', 'rotation', 'timeout', 'class', 'column', 'table', 'algorithm',
    'alg', 'usage', 'scope', 'scopes', 'issuer', 'audience', 'store', 'vault', 'manager', 'service', 'set', 'error', 'message',
    'input', 'button', 'form', 'validator', 'regexp', 'source', 'reference', 'config', 'settings', 'option', 'options', 'keyid',
    'pair', 'template', 'handler', 'helper', 'util', 'utils', 'test', 'spec', 'mock',
]);
/** A name part that is a credential word or ends with one (`dbpassword`, `apitoken`; not `secretlint`, `author`). */
const CREDENTIAL_PART = /(?:passw(?:or)?d|passphrase|pass|pwd|secret|token|key|auth|credentials?|creds?)$/;
function nameParts(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** Whether a name is about something other than a secret: `token_type`, `public_key`, `heroku_app_id`. */
function namesSomethingElse(name) {
    const parts = nameParts(name);
    return parts.length === 0 || parts.some((part) => NOT_SECRET_PARTS.has(part)) || NOT_SECRET_LAST.has(parts[parts.length - 1]);
}
/** Whether a name says its value is a secret, and nothing says otherwise. */
function isCredentialName(name) {
    return nameParts(name).some((part) => CREDENTIAL_PART.test(part)) && !namesSomethingElse(name);
}

;// CONCATENATED MODULE: ./src/probes/secrets/rules/rule.ts
// Pure: what a detection rule is, and the builders the rule tables use (a prefixed token, a value
// assigned to a provider-named variable). The tables hold no regular expression syntax beyond the
// token bodies, so every rule has the same boundaries and the same notion of an assignment.

const PRIORITY_CUSTOM = -1;
const PRIORITY_SPECIFIC = 0;
const PRIORITY_STRUCTURAL = 1;
const PRIORITY_GENERIC = 2;
/** Characters that may continue a token: a match must not be part of a longer word. */
const TOKEN_CHAR = 'A-Za-z0-9_\\-';
/** Matches of a global regular expression, the `secret` group (if any) as the secret. */
function* regexMatches(pattern, text) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        const group = m.indices?.groups?.['secret'];
        const secret = m.groups?.['secret'];
        if (group && secret !== undefined)
            yield { start: m.index, end: m.index + m[0].length, secret, secretStart: group[0] };
        else
            yield { start: m.index, end: m.index + m[0].length, secret: m[0], secretStart: m.index };
    }
}
/**
 * A token that starts with a fixed prefix: `prefixes` are literals, `body` the regular expression of
 * the rest. The token must stand alone (no word character right before or after it).
 */
function prefixed(id, title, prefixes, body, options = {}) {
    const alternatives = prefixes.map(rule_escapeRegExp).join('|');
    const pattern = new RegExp(`(?<![${TOKEN_CHAR}])(?<secret>(?:${alternatives})${body})(?![${TOKEN_CHAR}])`, 'dg');
    return { ...rule(id, title, pattern, options.keywords ?? prefixes.map((p) => p.toLowerCase()), options), prefixes };
}
/** A token whose own shape is distinctive but has no fixed prefix; `keywords` still bound where it can start. */
function shaped(id, title, source, keywords, options = {}) {
    return rule(id, title, new RegExp(`(?<![${TOKEN_CHAR}])(?<secret>${source})(?![${TOKEN_CHAR}])`, 'dg'), keywords, options);
}
/** A pattern written out in full (structural formats); `secret` group optional. */
function patterned(id, title, pattern, keywords, options = {}) {
    if (!pattern.flags.includes('g') || !pattern.flags.includes('d'))
        throw new Error(`rule ${id}: pattern needs the g and d flags`);
    return rule(id, title, pattern, keywords, options);
}
/**
 * A value assigned to a variable, key, flag or header whose name mentions the provider: `names` are
 * lowercase literals (also the keywords); `value` is the regular expression of the secret. Any of
 * `=`, `:`, `:=`, `=>`, `?=`, `,` (a call such as `setenv("DD_API_KEY", "...")`) and quotes may sit
 * between them, and up to 40 name characters (spaces too: `Datadog API key: ...`) after the provider's
 * name (`DATADOG_API_KEY`).
 */
function assigned(id, title, names, value, options = {}) {
    const pattern = new RegExp(`(?<name>[\\w.\\-]{0,40}?(?:${names.map(rule_escapeRegExp).join('|')})[\\w.\\- ]{0,40}?)[\\]"'\`]{0,2}[ \\t]{0,5}(?:=>|::=|:=|\\?=|\\|\\|=|=|:|,)[ \\t]{0,5}["'\`]?(?<secret>${value})(?![${TOKEN_CHAR}])`, 'dgi');
    // `HEROKU_APP_ID = <uuid>` names the provider but is no secret.
    const accept = (secret, text, match) => !namesSomethingElse(/^[\w.\- ]*/.exec(text.slice(match.start, match.secretStart))[0].trim()) && (!options.accept || options.accept(secret, text, match));
    return rule(id, title, pattern, names, { priority: PRIORITY_SPECIFIC, ...options, accept });
}
function rule(id, title, pattern, keywords, options) {
    return {
        id,
        title,
        keywords,
        pattern,
        placeholders: options.placeholders ?? true,
        priority: options.priority ?? PRIORITY_SPECIFIC,
        ...(options.accept ? { accept: options.accept } : {}),
        ...(options.entropy === undefined ? {} : { entropy: options.entropy }),
        ...(options.path ? { path: options.path } : {}),
    };
}
function rule_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** Common value shapes. */
const HEX = (n) => `[a-f0-9]{${n}}`;
const ALNUM = (n) => `[A-Za-z0-9]{${n}}`;
const B64URL = (n) => `[A-Za-z0-9_\\-]{${n}}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

;// CONCATENATED MODULE: ./src/probes/secrets/gitleaks.ts
// Pure: a team's gitleaks configuration, so it moves to this probe without rewriting its allow-lists.
// `.gitleaks.toml`: custom [[rules]] (regex, secretGroup, entropy, keywords, path, allowlists),
// [extend] useDefault/disabledRules, global [allowlist]/[[allowlists]]; `.gitleaksignore`: finding
// fingerprints. Regular expressions are gitleaks' own Go RE2 syntax, run by re2js (a port of RE2:
// the same syntax, and linear time whatever the pattern).




const NO_GITLEAKS_CONFIG = { rules: [], disabled: new Set(), allows: () => false };
/** Parses `.gitleaks.toml`; throws a VerifyError naming the file and the problem. */
function parseGitleaksConfig(text, file = '.gitleaks.toml') {
    const fail = (problem) => {
        throw new errors/* VerifyError */.G(`${file} (read from the merge-base): ${problem}; fix it there or remove it (see docs/secrets.md)`);
    };
    let doc;
    try {
        doc = (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        return fail(`not valid TOML: ${(0,errors/* errorMessage */.g)(error).split('\n')[0]}`);
    }
    const compile = (source, where) => {
        if (typeof source !== 'string')
            return fail(`${where} must be a string`);
        try {
            return re2js_build/* RE2JS */.L3.compile(source);
        }
        catch (error) {
            return fail(`${where} is not a valid regular expression (${(0,errors/* errorMessage */.g)(error)})`);
        }
    };
    const strings = (value, where) => {
        if (value === undefined)
            return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
            return fail(`${where} must be a list of strings`);
        return value;
    };
    const allowlist = (table, where) => {
        const condition = String(table['condition'] ?? 'OR').toUpperCase();
        if (condition !== 'OR' && condition !== 'AND')
            fail(`${where}.condition must be "OR" or "AND"`);
        const target = String(table['regexTarget'] ?? 'secret');
        if (target !== 'secret' && target !== 'match' && target !== 'line')
            fail(`${where}.regexTarget must be "secret", "match" or "line"`);
        return {
            condition: condition,
            commits: new Set(strings(table['commits'], `${where}.commits`).map((c) => c.toLowerCase())),
            paths: strings(table['paths'], `${where}.paths`).map((p, i) => compile(p, `${where}.paths[${i}]`)),
            regexes: strings(table['regexes'], `${where}.regexes`).map((r, i) => compile(r, `${where}.regexes[${i}]`)),
            target: target,
            stopwords: strings(table['stopwords'], `${where}.stopwords`).map((w) => w.toLowerCase()),
            targetRules: new Set(strings(table['targetRules'], `${where}.targetRules`)),
        };
    };
    const allowlists = (single, many, where) => [
        ...(isTable(single) ? [allowlist(single, `${where}allowlist`)] : []),
        ...(Array.isArray(many) ? many.filter(isTable).map((t, i) => allowlist(t, `${where}allowlists[${i}]`)) : []),
    ];
    const global = allowlists(doc['allowlist'], doc['allowlists'], '');
    const perRule = new Map();
    const rules = [];
    const declared = Array.isArray(doc['rules']) ? doc['rules'] : doc['rules'] === undefined ? [] : fail('[[rules]] must be an array of tables');
    declared.forEach((entry, i) => {
        if (!isTable(entry))
            return fail(`rules[${i}] must be a table`);
        const id = entry['id'];
        if (typeof id !== 'string' || id === '')
            return fail(`rules[${i}].id is missing`);
        const where = `rule ${id}`;
        if (entry['regex'] === undefined && entry['path'] === undefined)
            fail(`${where} needs a regex or a path`);
        const regex = entry['regex'] === undefined ? undefined : compile(entry['regex'], `${where} regex`);
        const path = entry['path'] === undefined ? undefined : compile(entry['path'], `${where} path`);
        const secretGroup = Number(entry['secretGroup'] ?? 0);
        const entropy = entry['entropy'] === undefined ? undefined : Number(entry['entropy']);
        perRule.set(id, allowlists(entry['allowlist'], entry['allowlists'], `${where} `));
        rules.push({
            id,
            title: typeof entry['description'] === 'string' && entry['description'] ? entry['description'] : id,
            keywords: strings(entry['keywords'], `${where} keywords`).map((k) => k.toLowerCase()),
            ...(regex ? { find: (text) => re2Matches(regex, secretGroup, text) } : {}),
            ...(entropy !== undefined && Number.isFinite(entropy) ? { entropy } : {}),
            ...(path ? { path: { test: (p) => path.matcher(p).find() } } : {}),
            // A team's own rule means what it says: no second-guessing by the placeholder check.
            placeholders: false,
            priority: PRIORITY_CUSTOM,
        });
    });
    const extend = isTable(doc['extend']) ? doc['extend'] : {};
    const disabled = new Set(strings(extend['disabledRules'], '[extend] disabledRules'));
    return {
        rules,
        disabled,
        allows: (candidate) => global.some((list) => (list.targetRules.size === 0 || list.targetRules.has(candidate.rule)) && allowlistMatches(list, candidate)) ||
            (perRule.get(candidate.rule) ?? []).some((list) => allowlistMatches(list, candidate)),
    };
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** gitleaks' secret: `secretGroup` when set, else the first non-empty group, else the whole match. */
function* re2Matches(regex, secretGroup, text) {
    const m = regex.matcher(text);
    while (m.find()) {
        const start = m.start();
        const end = m.end();
        if (end === start)
            continue;
        let group = secretGroup > 0 && secretGroup <= m.groupCount() ? secretGroup : 0;
        if (group === 0)
            for (let g = 1; g <= m.groupCount() && group === 0; g++)
                if (m.group(g))
                    group = g;
        const secret = m.group(group) ?? '';
        if (secret)
            yield { start, end, secret, secretStart: m.start(group) };
    }
}
function allowlistMatches(list, c) {
    const target = list.target === 'line' ? c.line : list.target === 'match' ? c.match : c.secret;
    const checks = [];
    if (list.commits.size > 0)
        checks.push(c.commit !== undefined && list.commits.has(c.commit.toLowerCase()));
    if (list.paths.length > 0)
        checks.push(c.path !== undefined && list.paths.some((p) => p.matcher(c.path).find()));
    if (list.regexes.length > 0)
        checks.push(list.regexes.some((r) => r.matcher(target).find()));
    if (list.stopwords.length > 0)
        checks.push(list.stopwords.some((w) => c.secret.toLowerCase().includes(w)));
    if (checks.length === 0)
        return false;
    return list.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}
function parseGitleaksIgnore(text) {
    const entries = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const parts = line.split(':');
        if (parts.length < 3 || !/^\d+$/.test(parts[parts.length - 1]))
            continue;
        const lineNumber = Number(parts.pop());
        const rule = parts.pop();
        const commit = parts.length >= 2 && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(parts[0]) ? parts.shift().toLowerCase() : undefined;
        entries.push({ ...(commit ? { commit } : {}), file: parts.join(':'), rule, line: lineNumber });
    }
    return entries;
}
/** Whether an occurrence is one a `.gitleaksignore` entry names. */
function isIgnored(entries, o) {
    return entries.some((e) => e.file === o.path && e.rule === o.rule && e.line === o.line && (e.commit === undefined || e.commit === o.commit.toLowerCase()));
}

;// CONCATENATED MODULE: ./src/probes/secrets/git-path.ts
// Paths in git's patch headers are C-quoted when they contain control characters, `"` or `\`
// (quote_c_style in git's quote.c). With core.quotePath=false, bytes >= 0x80 are written raw.
const SIMPLE_ESCAPES = {
    a: 0x07,
    b: 0x08,
    t: 0x09,
    n: 0x0a,
    v: 0x0b,
    f: 0x0c,
    r: 0x0d,
    '"': 0x22,
    '\\': 0x5c,
};
/**
 * Reads one C-quoted string starting at `text[start] === '"'`.
 * Returns the unquoted value and the index just after the closing quote, or undefined if malformed.
 */
function readQuoted(text, start) {
    if (text[start] !== '"')
        return undefined;
    const bytes = [];
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (ch === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                return undefined;
            const simple = SIMPLE_ESCAPES[next];
            if (simple !== undefined) {
                bytes.push(simple);
                i += 2;
                continue;
            }
            const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
            if (!octal)
                return undefined;
            bytes.push(parseInt(octal[0], 8));
            i += 4;
            continue;
        }
        // Raw (unescaped) characters, including UTF-8 text when core.quotePath=false.
        for (const byte of Buffer.from(ch, 'utf8'))
            bytes.push(byte);
        i++;
    }
    return undefined;
}
/** A path as written after `+++ `, `rename to ` etc.: quoted, or raw up to the end of the line. */
function unquotePath(text) {
    if (text.startsWith('"')) {
        const quoted = readQuoted(text, 0);
        if (quoted)
            return quoted.value;
    }
    return text;
}
/**
 * The new-side path of a `diff --git a/X b/Y` header (without the `diff --git ` prefix), or undefined
 * when it cannot be told apart (an unquoted rename with spaces; `rename to` then names the path).
 */
function newPathFromDiffHeader(rest) {
    if (rest.startsWith('"')) {
        const first = readQuoted(rest, 0);
        if (!first || rest[first.end] !== ' ')
            return undefined;
        return stripPrefix(unquotePath(rest.slice(first.end + 1)), 'b/');
    }
    // An unquoted old path cannot contain `"`, so a quoted new path starts at ` "b/`.
    const quotedNew = rest.indexOf(' "b/');
    if (quotedNew !== -1 && rest.endsWith('"'))
        return stripPrefix(unquotePath(rest.slice(quotedNew + 1)), 'b/');
    // Both unquoted: without a rename both sides name the same path, `a/P b/P`.
    if ((rest.length - 5) % 2 !== 0)
        return undefined;
    const half = (rest.length - 5) / 2;
    const oldPath = rest.slice(2, 2 + half);
    const newPath = rest.slice(5 + half);
    return rest.startsWith('a/') && rest.slice(2 + half, 5 + half) === ' b/' && oldPath === newPath ? newPath : undefined;
}
function stripPrefix(path, prefix) {
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

;// CONCATENATED MODULE: ./src/probes/secrets/patch.ts
// Pure parser for the patch of one commit (`git log -p -U1 --full-index`), keeping what the scan needs:
// per file, the new-side lines of each hunk (context and added) with their line numbers.

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?$/;
const NULL_OID = /^0+$/;
const GITLINK_MODE = '160000';
function parsePatch(text) {
    const lines = text.split('\n');
    const files = [];
    let file;
    let headerPath;
    let plusPath;
    let renamedTo;
    const finish = () => {
        if (!file)
            return;
        file.path = plusPath ?? renamedTo ?? headerPath ?? file.path;
        files.push(file);
        file = undefined;
    };
    let i = 0;
    while (i < lines.length) {
        const line = lines[i++];
        if (line.startsWith('diff --git ')) {
            finish();
            headerPath = newPathFromDiffHeader(line.slice('diff --git '.length));
            plusPath = undefined;
            renamedTo = undefined;
            file = { path: '', binary: false, submodule: false, deleted: false, hunks: [] };
            continue;
        }
        if (!file)
            continue;
        if (line.startsWith('@@')) {
            const header = HUNK_HEADER.exec(line);
            if (!header)
                continue;
            const oldCount = header[1] === undefined ? 1 : Number(header[1]);
            const newCount = header[3] === undefined ? 1 : Number(header[3]);
            i = readHunk(lines, i, Number(header[2]), oldCount, newCount, file.hunks);
            continue;
        }
        readHeaderLine(line, file, (path) => (plusPath = path), (path) => (renamedTo = path));
    }
    finish();
    return files;
}
function readHeaderLine(line, file, setPlus, setRenamed) {
    if (line.startsWith('+++ ')) {
        const target = line.slice(4);
        if (target === '/dev/null')
            return;
        // git appends a tab after unquoted names containing a space (GNU patch compatibility).
        const path = unquotePath(target.startsWith('"') ? target : target.replace(/\t$/, ''));
        if (path.startsWith('b/'))
            setPlus(path.slice(2));
    }
    else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
        setRenamed(unquotePath(line.slice(line.indexOf(' to ') + 4)));
    }
    else if (line.startsWith('index ')) {
        const index = INDEX_LINE.exec(line);
        if (!index)
            return;
        if (!NULL_OID.test(index[1]))
            file.oldBlob = index[1];
        if (NULL_OID.test(index[2]))
            file.deleted = true;
        else
            file.blob = index[2];
        if (index[3] === GITLINK_MODE)
            file.submodule = true;
    }
    else if (line.startsWith('new file mode ') || line.startsWith('new mode ')) {
        if (line.endsWith(` ${GITLINK_MODE}`))
            file.submodule = true;
    }
    else if (line.startsWith('deleted file mode ')) {
        file.deleted = true;
    }
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
        file.binary = true;
    }
}
/** Consumes one hunk body by its line counts; returns the index of the first line after it. */
function readHunk(lines, from, start, oldCount, newCount, hunks) {
    const hunk = { start, lines: [], added: new Uint8Array(newCount) };
    let oldLeft = oldCount;
    let newLeft = newCount;
    let i = from;
    while ((oldLeft > 0 || newLeft > 0) && i < lines.length) {
        const line = lines[i++];
        const kind = line.charCodeAt(0);
        if (kind === 0x2b /* + */) {
            hunk.added[hunk.lines.length] = 1;
            hunk.lines.push(line.slice(1));
            newLeft--;
        }
        else if (kind === 0x2d /* - */) {
            oldLeft--;
        }
        else if (kind === 0x5c /* \ No newline at end of file */) {
            continue;
        }
        else {
            // Context: ' ' prefix, or an empty line under diff.suppressBlankEmpty.
            hunk.lines.push(line.slice(1));
            oldLeft--;
            newLeft--;
        }
    }
    if (hunk.lines.length > 0)
        hunks.push(hunk);
    return i;
}

;// CONCATENATED MODULE: ./src/probes/secrets/records.ts
// Pure: splits the byte stream of `git log --format=%x01%H%x00%B%x00 -p` into one record per commit,
// as the bytes arrive, so commits are scanned while git is still writing the next ones.
//
// A record starts with \x01, the commit id and \0, at the start of the stream or of a line. Inside a
// patch every line starts with a diff marker (' ', '+', '-', '\', "diff", "index", "@@"...), and the
// commit message is read up to its \0, so that sequence cannot occur anywhere else.
const MARK = 0x01;
const NEWLINE = 0x0a;
const NUL = 0x00;
function isHex(byte) {
    return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66);
}
class RecordSplitter {
    chunks = [];
    /** Offset of each chunk from the start of the current record. */
    starts = [];
    length = 0;
    /** Offset from which the next header has not been looked for yet (the record's own header is at 0). */
    searchFrom = 1;
    /** Adds bytes; returns the records they complete. */
    push(bytes) {
        if (bytes.length === 0)
            return [];
        this.starts.push(this.length);
        this.chunks.push(bytes);
        this.length += bytes.length;
        const records = [];
        for (let next = this.nextHeader(); next !== undefined; next = this.nextHeader())
            records.push(parseRecord(this.take(next)));
        return records;
    }
    /** The last record, once the stream has ended. */
    end() {
        return this.length === 0 ? [] : [parseRecord(this.take(this.length))];
    }
    /** Offset of the next record's header, or undefined if it is not (entirely) in the buffer yet. */
    nextHeader() {
        for (let c = 0; c < this.chunks.length; c++) {
            const chunk = this.chunks[c];
            const base = this.starts[c];
            if (base + chunk.length <= this.searchFrom)
                continue;
            for (let at = chunk.indexOf(MARK, Math.max(0, this.searchFrom - base)); at !== -1; at = chunk.indexOf(MARK, at + 1)) {
                const offset = base + at;
                if (this.byteAt(offset - 1) !== NEWLINE)
                    continue;
                const verdict = this.headerAt(offset);
                if (verdict === 'incomplete') {
                    this.searchFrom = offset;
                    return undefined;
                }
                if (verdict)
                    return offset;
            }
            this.searchFrom = base + chunk.length;
        }
        return undefined;
    }
    /** Whether a commit header (\x01, 40 or 64 hex digits, \0) starts at `offset`. */
    headerAt(offset) {
        let i = offset + 1;
        while (i < this.length && i - offset <= 65 && isHex(this.byteAt(i)))
            i++;
        if (i >= this.length)
            return 'incomplete';
        const digits = i - offset - 1;
        return this.byteAt(i) === NUL && (digits === 40 || digits === 64);
    }
    byteAt(offset) {
        for (let c = this.chunks.length - 1; c >= 0; c--) {
            if (this.starts[c] <= offset)
                return this.chunks[c][offset - this.starts[c]] ?? -1;
        }
        return -1;
    }
    /** Removes and decodes the first `end` bytes (one whole record). */
    take(end) {
        const buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
        const text = buffer.toString('utf8', 0, end);
        const rest = buffer.subarray(end);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.starts = rest.length > 0 ? [0] : [];
        this.length = rest.length;
        this.searchFrom = 1;
        return text;
    }
}
function parseRecord(text) {
    const shaEnd = text.indexOf('\0');
    const messageEnd = text.indexOf('\0', shaEnd + 1);
    if (text.charCodeAt(0) !== MARK || shaEnd === -1 || messageEnd === -1) {
        throw new Error(`unexpected git log output: ${JSON.stringify(text.slice(0, 60))}`);
    }
    return { sha: text.slice(1, shaEnd), message: text.slice(shaEnd + 1, messageEnd), patch: text.slice(messageEnd + 1) };
}

;// CONCATENATED MODULE: ./src/probes/secrets/history.ts


/**
 * Output options pinned against user configuration that would change the patch format: prefixes,
 * external diff drivers and textconv, rename detection, submodule rendering, signatures and notes.
 * `--remerge-diff` shows what a merge commit itself introduced (conflict resolutions, evil merges).
 */
const PATCH_ARGS = [
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-notes',
    '--no-show-signature',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--submodule=short',
    '-M',
    '-p',
    '-U1',
    '--full-index',
];
const LOG_ARGS = ['log', '--reverse', ...PATCH_ARGS, '--format=%x01%H%x00%B%x00'];
/** Characters of complete commit patches held unscanned before git is made to wait. */
const MAX_BACKLOG = 32 * 1024 * 1024;
/** Calls `onCommit` for each commit of the range, one at a time, oldest first. */
async function forEachCommit(options, onCommit) {
    const args = [...LOG_ARGS, ...(options.remergeDiff ? ['--remerge-diff'] : []), `${options.from}..${options.to}`, '--'];
    const child = options.git.spawn(args);
    const stopOnAbort = () => {
        child.kill('SIGKILL');
    };
    options.signal.addEventListener('abort', stopOnAbort, { once: true });
    try {
        const records = readRecords(child);
        for (let record = await records.next(); record; record = await records.next()) {
            options.signal.throwIfAborted();
            await onCommit(record);
        }
        options.signal.throwIfAborted();
    }
    finally {
        options.signal.removeEventListener('abort', stopOnAbort);
        if (child.exitCode === null)
            child.kill('SIGKILL');
    }
}
/** A pull-based queue of records over the child's stdout, pausing git when the backlog is full. */
function readRecords(child) {
    const splitter = new RecordSplitter();
    const queue = [];
    let backlog = 0;
    let stderr = '';
    let finished;
    let wake;
    const notify = () => {
        wake?.();
        wake = undefined;
    };
    const enqueue = (records) => {
        for (const record of records)
            backlog += record.patch.length;
        queue.push(...records);
    };
    child.stdout.on('data', (bytes) => {
        enqueue(splitter.push(bytes));
        if (backlog > MAX_BACKLOG)
            child.stdout.pause();
        notify();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < 4096)
            stderr += text;
    });
    child.on('error', (error) => {
        finished = new Error(`could not run git: ${error.message}`);
        notify();
    });
    child.on('close', (code, signal) => {
        if (finished)
            return;
        if (code === 0) {
            enqueue(splitter.end());
            finished = null;
        }
        else {
            finished = new Error(`git log failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n')[0] ?? ''}`);
        }
        notify();
    });
    return {
        async next() {
            for (;;) {
                const record = queue.shift();
                if (record) {
                    backlog -= record.patch.length;
                    if (child.stdout.isPaused() && backlog < MAX_BACKLOG / 2)
                        child.stdout.resume();
                    return record;
                }
                if (finished)
                    throw finished;
                if (finished === null)
                    return undefined;
                await new Promise((resolve) => (wake = resolve));
            }
        },
    };
}
/**
 * Sizes of the blobs the range's commits write: ids from `git log --raw` (merges against their first
 * parent, a superset of what --remerge-diff shows), sizes from one `git cat-file --batch-check`.
 * A blob missing from it (written by an octopus merge only) is looked up on its own: blobSize.
 * Two processes in all, run while the patches stream, instead of a round trip per commit.
 */
async function blobSizes(options) {
    const raw = await options.git.raw(['log', '--format=', '--raw', '-z', '--no-abbrev', '-M', '--diff-merges=first-parent', `${options.from}..${options.to}`, '--']);
    const ids = new Set();
    for (const field of raw.split('\0')) {
        // ":<old mode> <new mode> <old id> <new id> <status>"
        const id = field.startsWith(':') ? field.split(' ')[3] : undefined;
        if (id && !/^0+$/.test(id))
            ids.add(id);
    }
    const sizes = new Map();
    if (ids.size === 0)
        return sizes;
    const out = await options.git.raw(['cat-file', '--batch-check=%(objectname) %(objectsize)'], { input: [...ids].join('\n') + '\n', signal: options.signal });
    for (const line of out.split('\n')) {
        const [id, size] = line.split(' ');
        if (id && size && /^\d+$/.test(size))
            sizes.set(id, Number(size));
    }
    return sizes;
}
/** Whether this git can show merge commits with `--remerge-diff` (git 2.36 and later). */
async function supportsRemergeDiff(git) {
    const version = (await git.tryRaw(['--version'])).stdout;
    const match = /(\d+)\.(\d+)/.exec(version);
    if (!match)
        return false;
    const [major, minor] = [Number(match[1]), Number(match[2])];
    return major > 2 || (major === 2 && minor >= 36);
}
/**
 * Merge commits that `git log` shows no patch for: octopus merges (which --remerge-diff skips), or every
 * merge when git is too old for --remerge-diff. Each is diffed against each of its parents instead.
 */
async function mergesToDiff(options) {
    const minParents = options.remergeDiff ? 3 : 2;
    const out = await options.git.raw(['rev-list', '--parents', `--min-parents=${minParents}`, `${options.from}..${options.to}`, '--']);
    const merges = new Map();
    for (const line of out.split('\n')) {
        const [sha, ...parents] = line.trim().split(' ');
        if (sha && parents.length >= minParents)
            merges.set(sha, parents);
    }
    return merges;
}
/** The patch from `parent` to `commit`, in the same pinned format as the log's. */
function patchAgainst(git, parent, commit, signal) {
    return git.raw(['diff', ...PATCH_ARGS, parent, commit, '--'], { signal });
}
/** The bytes of a blob (a binary file's content). */
function readBlob(git, id, signal) {
    return new Promise((resolve, reject) => {
        const child = git.spawn(['cat-file', 'blob', id], { signal });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.on('error', (error) => reject(new Error(`could not run git: ${error.message}`)));
        child.on('close', (code) => {
            if (code === 0)
                resolve(Buffer.concat(chunks));
            else
                reject(new Error(`git cat-file blob ${id} failed: ${stderr.trim().split('\n')[0] ?? ''}`));
        });
    });
}
/** The size of one blob, in bytes. */
async function blobSize(git, id) {
    return Number((await git.raw(['cat-file', '-s', id])).trim());
}
/** Bytes git's own binary test looks at; the gate applies the same rule itself. */
const BINARY_PROBE_BYTES = 8000;
/**
 * The hunks of a file git showed as binary, when its content is text: a `-diff` attribute or a binary
 * diff driver in the PR's `.gitattributes` (or .git/info/attributes) must not hide a file from the scan.
 * The gate's own test decides (a NUL byte in the first 8000 bytes, git's rule without attributes);
 * undefined when the file is binary by that test.
 */
async function textHunks(git, file, signal) {
    if (!file.blob)
        return undefined;
    const content = await git.raw(['cat-file', 'blob', file.blob], { signal });
    if (content.slice(0, BINARY_PROBE_BYTES).includes('\0'))
        return undefined;
    if (!file.oldBlob) {
        const lines = content.replace(/\n$/, '').split('\n');
        return [{ start: 1, lines, added: new Uint8Array(lines.length).fill(1) }];
    }
    // --text: whatever the attributes say, the pair is diffed line by line.
    const patch = await git.raw(['diff', '--text', '--no-color', '-U1', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', file.oldBlob, file.blob], { signal });
    return parsePatch(patch)[0]?.hunks ?? [];
}

;// CONCATENATED MODULE: ./src/probes/secrets/rules/cloud.ts
// Cloud and hosting providers, from each provider's documented token formats.

/** AWS access key ids: the four-letter prefix names the kind (user, role, session, group, ...). */
const AWS_KEY_ID_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'AROA', 'ASCA'];
const CLOUD_RULES = [
    prefixed('aws-access-token', 'AWS access key id', [...AWS_KEY_ID_PREFIXES, 'A3T'], '[A-Z0-9]{16,17}', {
        keywords: [...AWS_KEY_ID_PREFIXES, 'A3T'].map((p) => p.toLowerCase()),
        accept: (secret) => /^(?:A3T[A-Z0-9]|[A-Z]{4})[A-Z0-9]{16}$/.test(secret),
    }),
    assigned('aws-secret-access-key', 'AWS secret access key', ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret', 'aws-secret'], '[A-Za-z0-9/+]{40}', {
        entropy: 3.5,
    }),
    assigned('aws-session-token', 'AWS session token', ['session_token', 'sessiontoken', 'security_token', 'securitytoken'], '(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{100,2000}'),
    prefixed('aws-bedrock-api-key-long-lived', 'Amazon Bedrock API key', ['ABSKQmVkcm9ja0FQSUtleS'], '[A-Za-z0-9+/]{80,400}={0,2}', { keywords: ['absk'] }),
    prefixed('aws-bedrock-api-key-short-lived', 'Amazon Bedrock short-term API key', ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'], '[A-Za-z0-9+/=%_-]{40,4000}', {
        keywords: ['bedrock-api-key-'],
    }),
    prefixed('aws-mws-key', 'Amazon MWS auth token', ['amzn.mws.'], UUID, { keywords: ['amzn.mws'] }),
    // Azure AD application client secrets: three characters, a digit, `Q~`, then 31 to 34 more.
    shaped('azure-ad-client-secret', 'Azure AD client secret', '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34}', ['q~']),
    assigned('azure-storage-account-key', 'Azure storage account key', ['accountkey', 'account_key', 'storage_key', 'storagekey'], '[A-Za-z0-9+/]{86}==', {
        // The storage emulator's well-known key (Azurite, devstoreaccount1) is published in Microsoft's docs.
        accept: (secret) => !secret.startsWith('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq'),
    }),
    assigned('azure-shared-access-key', 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)', ['sharedaccesskey'], '[A-Za-z0-9+/]{42,44}={0,2}'),
    assigned('azure-devops-pat', 'Azure DevOps personal access token', ['azure_devops', 'azuredevops', 'ado_pat', 'ado_token', 'devops_pat', 'system_accesstoken'], '(?:[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})'),
    shaped('azure-devops-pat-v2', 'Azure DevOps personal access token', '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', ['azdo']),
    prefixed('gcp-api-key', 'Google API key', ['AIza'], B64URL(35)),
    prefixed('gcp-oauth-client-secret', 'Google OAuth client secret', ['GOCSPX-'], B64URL(28)),
    prefixed('gcp-oauth-access-token', 'Google OAuth access token', ['ya29.'], '[A-Za-z0-9_\\-]{30,2000}', { entropy: 3.5 }),
    assigned('gcp-service-account', 'GCP service account key id', ['"private_key_id"'], HEX(40)),
    prefixed('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', ['LTAI'], '[A-Za-z0-9]{12,20}', { entropy: 3 }),
    assigned('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun', 'alicloud'], ALNUM(30), { entropy: 3.5 }),
    prefixed('tencent-secret-id', 'Tencent Cloud SecretId', ['AKID'], ALNUM('32,34'), { entropy: 3.5 }),
    prefixed('digitalocean-pat', 'DigitalOcean personal access token', ['dop_v1_'], HEX(64)),
    prefixed('digitalocean-access-token', 'DigitalOcean OAuth access token', ['doo_v1_'], HEX(64)),
    prefixed('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', ['dor_v1_'], HEX(64)),
    prefixed('digitalocean-spaces-key', 'DigitalOcean Spaces access key', ['DO00'], '[A-Z0-9]{16}', { entropy: 3 }),
    prefixed('heroku-api-key-v2', 'Heroku API key', ['HRKU-'], B64URL('58,64')),
    assigned('heroku-api-key', 'Heroku API key', ['heroku'], UUID),
    assigned('cloudflare-api-key', 'Cloudflare API token', ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'cf_auth'], B64URL(40), { entropy: 3.5 }),
    assigned('cloudflare-global-api-key', 'Cloudflare global API key', ['cloudflare', 'cf_api', 'cf_key', 'x-auth-key'], HEX(37)),
    prefixed('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], `${HEX(24)}-${HEX(146)}`),
    prefixed('cloudflare-api-token-v2', 'Cloudflare API token', ['cfut_', 'cfat_', 'cfk_'], B64URL('32,80')),
    assigned('fastly-api-token', 'Fastly API token', ['fastly'], B64URL(32), { entropy: 3.5 }),
    prefixed('netlify-access-token', 'Netlify access token', ['nfp_', 'nfc_', 'nfo_', 'nfu_'], ALNUM('36,40')),
    assigned('netlify-access-token-legacy', 'Netlify access token', ['netlify'], B64URL('40,46'), { entropy: 3.5 }),
    prefixed('vercel-token', 'Vercel token', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], ALNUM('24,80')),
    assigned('vercel-token-legacy', 'Vercel token', ['vercel'], ALNUM(24), { entropy: 3.5 }),
    prefixed('flyio-access-token', 'Fly.io access token', ['fo1_'], B64URL(43)),
    prefixed('flyio-macaroon', 'Fly.io macaroon token', ['FlyV1 fm1r_', 'FlyV1 fm1a_', 'FlyV1 fm2_', 'fm1r_', 'fm1a_', 'fm2_'], '[A-Za-z0-9+/=_,\\-]{100,}', {
        keywords: ['fm1r_', 'fm1a_', 'fm2_'],
    }),
    prefixed('render-api-key', 'Render API key', ['rnd_'], ALNUM(32)),
    prefixed('scalingo-api-token', 'Scalingo API token', ['tk-us-'], B64URL(48)),
    assigned('railway-api-token', 'Railway API token', ['railway'], UUID),
    prefixed('supabase-access-token', 'Supabase access token', ['sbp_'], HEX(40)),
    prefixed('supabase-secret-key', 'Supabase secret key', ['sb_secret_'], B64URL('31,64')),
    prefixed('neon-api-key', 'Neon API key', ['napi_'], '[a-z0-9]{64}'),
    prefixed('planetscale-token', 'PlanetScale token', ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'], '[A-Za-z0-9_.\\-]{32,64}'),
    prefixed('openshift-user-token', 'OpenShift user token', ['sha256~'], B64URL(43)),
    prefixed('yandex-api-key', 'Yandex Cloud API key', ['AQVN'], B64URL('35,38'), { entropy: 3.5 }),
    prefixed('yandex-aws-access-token', 'Yandex Cloud static access key', ['YC'], B64URL(38), { entropy: 4, keywords: ['yc'] }),
    assigned('linode-token', 'Linode personal access token', ['linode'], HEX(64)),
];

;// CONCATENATED MODULE: ./src/probes/secrets/rules/devtools.ts
// Source hosts, CI, package registries and developer infrastructure, from their documented formats.

const DEVTOOLS_RULES = [
    prefixed('github-pat', 'GitHub personal access token', ['ghp_'], ALNUM('36,255')),
    prefixed('github-fine-grained-pat', 'GitHub fine-grained personal access token', ['github_pat_'], '[A-Za-z0-9_]{80,255}'),
    prefixed('github-oauth', 'GitHub OAuth access token', ['gho_'], ALNUM('36,255')),
    prefixed('github-app-token', 'GitHub App token', ['ghu_', 'ghs_'], ALNUM('36,255')),
    prefixed('github-refresh-token', 'GitHub refresh token', ['ghr_'], ALNUM('36,255')),
    prefixed('gitlab-pat', 'GitLab personal access token', ['glpat-'], '[A-Za-z0-9_\\-]{20,}(?:\\.[A-Za-z0-9_\\-]{2,}){0,2}'),
    prefixed('gitlab-deploy-token', 'GitLab deploy token', ['gldt-'], B64URL('20,64')),
    prefixed('gitlab-runner-authentication-token', 'GitLab runner authentication token', ['glrt-', 'glrtr-'], '[A-Za-z0-9_\\-]{20,}(?:\\.[A-Za-z0-9_\\-]{2,}){0,2}'),
    prefixed('gitlab-rrt', 'GitLab runner registration token', ['GR1348941'], B64URL('20,64')),
    prefixed('gitlab-ptt', 'GitLab pipeline trigger token', ['glptt-'], '[A-Za-z0-9_\\-]{20,64}'),
    prefixed('gitlab-feed-token', 'GitLab feed token', ['glft-'], B64URL('20,64')),
    prefixed('gitlab-scim-token', 'GitLab SCIM token', ['glsoat-'], B64URL('20,64')),
    prefixed('gitlab-cicd-job-token', 'GitLab CI/CD job token', ['glcbt-'], '[A-Za-z0-9_\\-]{20,80}'),
    prefixed('gitlab-incoming-mail-token', 'GitLab incoming mail token', ['glimt-'], B64URL('20,64')),
    prefixed('gitlab-kubernetes-agent-token', 'GitLab Kubernetes agent token', ['glagent-'], B64URL('20,80')),
    prefixed('gitlab-oauth-app-secret', 'GitLab OAuth application secret', ['gloas-'], B64URL('20,80')),
    prefixed('gitlab-feature-flag-client-token', 'GitLab feature flag client token', ['glffct-'], B64URL('20,64')),
    prefixed('bitbucket-app-password', 'Bitbucket app password', ['ATBB'], '[A-Za-z0-9_=.\\-]{28,40}', { entropy: 3.5 }),
    assigned('bitbucket-client-secret', 'Bitbucket client secret', ['bitbucket'], B64URL(64), { entropy: 3.5 }),
    prefixed('atlassian-api-token', 'Atlassian API token', ['ATATT3', 'ATCTT3'], '[A-Za-z0-9_=\\-]{150,250}'),
    assigned('atlassian-api-token-legacy', 'Atlassian API token', ['atlassian', 'confluence', 'jira'], ALNUM(24), { entropy: 3.5 }),
    prefixed('circleci-pat', 'CircleCI API token', ['CCIPAT_', 'CCIPRJ_'], `${ALNUM('20,24')}_${HEX(40)}`),
    assigned('circleci-token', 'CircleCI API token', ['circleci', 'circle_token', 'circle-token'], HEX(40)),
    assigned('travisci-access-token', 'Travis CI access token', ['travis'], B64URL(22), { entropy: 3.3 }),
    prefixed('buildkite-api-token', 'Buildkite API token', ['bkua_'], HEX(40)),
    assigned('buildkite-agent-token', 'Buildkite agent token', ['buildkite'], '[a-z0-9]{40,60}', { entropy: 3.3 }),
    assigned('drone-ci-access-token', 'Drone CI access token', ['drone'], ALNUM(32), { entropy: 3.5 }),
    assigned('jenkins-api-token', 'Jenkins API token', ['jenkins'], `11${HEX(32)}`),
    prefixed('harness-api-key', 'Harness API key', ['pat.', 'sat.'], `${B64URL(22)}\\.${HEX(24)}\\.${ALNUM(20)}`),
    prefixed('octopus-deploy-api-key', 'Octopus Deploy API key', ['API-'], '[A-Z0-9]{26}', { entropy: 3.5 }),
    prefixed('jfrog-api-key', 'JFrog API key', ['AKCp'], ALNUM('69,73')),
    prefixed('jfrog-identity-token', 'JFrog reference token', ['cmVmdGtuOjAxOj'], '[A-Za-z0-9]{34,80}'),
    prefixed('sourcegraph-access-token', 'Sourcegraph access token', ['sgp_', 'sgs_', 'sgph_'], `(?:${HEX(16)}_)?${HEX(40)}`),
    assigned('snyk-api-token', 'Snyk API token', ['snyk'], UUID),
    prefixed('sonar-api-token', 'SonarQube token', ['squ_', 'sqp_', 'sqa_'], HEX(40)),
    assigned('sonarcloud-token', 'SonarCloud token', ['sonar'], HEX(40)),
    prefixed('npm-access-token', 'npm access token', ['npm_'], ALNUM(36)),
    prefixed('pypi-upload-token', 'PyPI API token', ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], '[A-Za-z0-9_\\-]{50,1000}', { keywords: ['pypi-ag'] }),
    prefixed('rubygems-api-token', 'RubyGems API key', ['rubygems_'], HEX(48)),
    shaped('nuget-api-key', 'NuGet API key', 'oy2[a-z0-9]{43}', ['oy2'], { entropy: 3.5 }),
    prefixed('clojars-api-token', 'Clojars deploy token', ['CLOJARS_'], '[a-z0-9]{60}'),
    prefixed('dockerhub-pat', 'Docker Hub access token', ['dckr_pat_', 'dckr_oat_'], B64URL('27,40')),
    shaped('hashicorp-tf-api-token', 'Terraform Cloud / HCP API token', `${ALNUM(14)}\\.atlasv1\\.${B64URL('60,70')}`, ['.atlasv1.']),
    prefixed('vault-service-token', 'HashiCorp Vault service token', ['hvs.'], B64URL('90,120')),
    prefixed('vault-batch-token', 'HashiCorp Vault batch token', ['hvb.'], B64URL('138,300')),
    prefixed('vault-recovery-token', 'HashiCorp Vault recovery token', ['hvr.'], B64URL('90,120')),
    assigned('vault-legacy-token', 'HashiCorp Vault token', ['vault_token', 'vault-token', 'vaulttoken', 'x-vault-token'], `s\\.${ALNUM(24)}`),
    prefixed('pulumi-api-token', 'Pulumi access token', ['pul-'], HEX(40)),
    shaped('doppler-api-token', 'Doppler token', `dp\\.(?:pt|st|sa|scim|audit|ct)\\.${ALNUM('40,44')}`, ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.', 'dp.ct.']),
    prefixed('postman-api-token', 'Postman API key', ['PMAK-'], `${HEX(24)}-${HEX(34)}`),
    prefixed('linear-api-key', 'Linear API key', ['lin_api_'], ALNUM(40)),
    prefixed('linear-oauth-token', 'Linear OAuth token', ['lin_oauth_'], HEX(64)),
    assigned('okta-access-token', 'Okta API token', ['okta'], `00${B64URL(40)}`),
    prefixed('1password-service-account-token', '1Password service account token', ['ops_eyJ'], '[A-Za-z0-9+/_\\-]{200,}={0,3}'),
    shaped('1password-secret-key', '1Password account secret key', 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', ['a3-']),
    prefixed('age-secret-key', 'age secret key', ['AGE-SECRET-KEY-1'], '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'),
    prefixed('databricks-api-token', 'Databricks token', ['dapi', 'dose'], `${HEX(32)}(?:-[0-9])?`),
    prefixed('figma-pat', 'Figma token', ['figd_', 'figu_'], B64URL('40,64')),
    prefixed('tailscale-key', 'Tailscale key', ['tskey-'], '(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,}'),
    prefixed('prefect-api-token', 'Prefect API key', ['pnu_'], ALNUM(36)),
    prefixed('readme-api-token', 'ReadMe API key', ['rdme_'], '[a-z0-9]{70}'),
    prefixed('infracost-api-token', 'Infracost API key', ['ico-'], ALNUM(32)),
    prefixed('frameio-api-token', 'Frame.io token', ['fio-u-'], '[A-Za-z0-9_=\\-]{64}'),
    prefixed('contentful-delivery-api-token', 'Contentful personal access token', ['CFPAT-'], B64URL(43)),
    prefixed('defined-networking-api-token', 'Defined Networking API token', ['dnkey-'], `[a-z0-9=_\\-]{26}-[a-z0-9=_\\-]{52}`),
    prefixed('launchdarkly-access-token', 'LaunchDarkly access token', ['api-', 'sdk-', 'mob-'], UUID, { keywords: ['api-', 'sdk-', 'mob-'], accept: (s) => !/^(?:api|sdk|mob)-0{8}/.test(s) }),
    assigned('launchdarkly-access-token-ctx', 'LaunchDarkly access token', ['launchdarkly'], B64URL(40), { entropy: 3.5 }),
    prefixed('grafana-cloud-api-token', 'Grafana Cloud token', ['glc_'], '[A-Za-z0-9+/]{32,400}={0,2}'),
    prefixed('grafana-service-account-token', 'Grafana service account token', ['glsa_'], `${ALNUM(32)}_${HEX(8)}`),
    prefixed('grafana-api-key', 'Grafana API key', ['eyJrIjoi'], '[A-Za-z0-9]{70,400}={0,2}'),
    shaped('dynatrace-api-token', 'Dynatrace API token', 'dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', ['dt0']),
    prefixed('new-relic-user-api-key', 'New Relic user API key', ['NRAK-'], '[A-Z0-9]{27}'),
    prefixed('new-relic-admin-api-key', 'New Relic admin API key', ['NRAA-'], '[a-f0-9]{27}'),
    prefixed('new-relic-insert-key', 'New Relic insert key', ['NRII-', 'NRIQ-'], B64URL(32)),
    prefixed('new-relic-browser-api-token', 'New Relic browser API token', ['NRJS-'], HEX(19)),
    shaped('new-relic-license-key', 'New Relic license key', `${HEX(36)}NRAL`, ['nral']),
    prefixed('sentry-org-token', 'Sentry organization token', ['sntrys_eyJ'], '[A-Za-z0-9+/=_\\-]{80,}'),
    prefixed('sentry-user-token', 'Sentry user token', ['sntryu_'], HEX(64)),
    assigned('sentry-access-token', 'Sentry auth token', ['sentry'], HEX(64)),
    assigned('datadog-access-token', 'Datadog API or application key', ['datadog', 'dd_api_key', 'dd_app_key', 'dd_application_key', 'dd-api-key', 'dd-application-key', 'ddapikey'], '(?:[a-f0-9]{40}|[a-f0-9]{32})'),
    prefixed('honeycomb-api-key', 'Honeycomb API key', ['hcaik_', 'hcxik_'], '[a-z0-9]{58}'),
    assigned('honeycomb-api-key-legacy', 'Honeycomb API key', ['honeycomb'], ALNUM(22), { entropy: 3.5 }),
    assigned('rollbar-access-token', 'Rollbar access token', ['rollbar'], HEX(32)),
    assigned('bugsnag-api-key', 'Bugsnag API key', ['bugsnag'], HEX(32)),
    assigned('pagerduty-api-key', 'PagerDuty API key', ['pagerduty'], '[A-Za-z0-9_+\\-]{20}', { entropy: 3.5 }),
    assigned('algolia-api-key', 'Algolia API key', ['algolia'], HEX(32)),
    prefixed('airtable-pat', 'Airtable personal access token', ['pat'], `[A-Za-z0-9]{14}\\.${HEX(64)}`),
    assigned('airtable-api-key', 'Airtable API key', ['airtable'], `key[A-Za-z0-9]{14}`),
    assigned('asana-pat', 'Asana personal access token', ['asana'], '[0-9]/[0-9]{16}(?:/[0-9]{16})?:[A-Za-z0-9]{32}'),
    prefixed('hubspot-private-app-token', 'HubSpot private app token', ['pat-na1-', 'pat-eu1-'], UUID),
    prefixed('notion-api-token', 'Notion integration token', ['ntn_'], '[0-9]{11}[A-Za-z0-9]{35}'),
    assigned('notion-api-token-legacy', 'Notion integration token', ['notion'], `secret_${ALNUM(43)}`),
    prefixed('typeform-api-token', 'Typeform token', ['tfp_'], '[A-Za-z0-9_.=\\-]{59}'),
    prefixed('dropbox-short-lived-api-token', 'Dropbox access token', ['sl.u.', 'sl.'], '[A-Za-z0-9_=\\-]{130,1500}'),
    prefixed('shippo-api-token', 'Shippo API token', ['shippo_live_', 'shippo_test_'], HEX(40)),
    prefixed('easypost-api-token', 'EasyPost API key', ['EZAK', 'EZTK'], ALNUM(54)),
    prefixed('duffel-api-token', 'Duffel API token', ['duffel_test_', 'duffel_live_'], '[A-Za-z0-9_=\\-]{43}'),
    prefixed('mapbox-secret-token', 'Mapbox secret token', ['sk.eyJ'], '[A-Za-z0-9_\\-]{50,}\\.[A-Za-z0-9_\\-]{20,}'),
    prefixed('microsoft-teams-webhook', 'Microsoft Teams incoming webhook', ['https://'], `[a-z0-9\\-]+\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/${HEX(32)}/${UUID}(?:/[A-Za-z0-9_\\-]+)?`, {
        keywords: ['webhook.office.com'],
    }),
    prefixed('adobe-client-secret', 'Adobe client secret', ['p8e-'], ALNUM(32), { entropy: 3.5 }),
    prefixed('clickhouse-cloud-api-secret-key', 'ClickHouse Cloud API secret key', ['4b1d'], ALNUM(38), { entropy: 3.5 }),
    prefixed('intra42-client-secret', '42 Intra client secret', ['s-s4t2ud-', 's-s4t2af-'], HEX(64)),
    shaped('maxmind-license-key', 'MaxMind license key', `${ALNUM(6)}_${ALNUM(29)}_mmk`, ['_mmk']),
    prefixed('settlemint-token', 'SettleMint token', ['sm_pat_', 'sm_aat_', 'sm_sat_'], ALNUM(16)),
    assigned('sidekiq-secret', 'Sidekiq Enterprise credentials', ['contribsys'], `${HEX(8)}:${HEX(8)}`),
    assigned('sumologic-access-token', 'Sumo Logic access key', ['sumo'], ALNUM(64), { entropy: 3.5 }),
    assigned('codecov-access-token', 'Codecov token', ['codecov'], `(?:${UUID}|${HEX(32)})`),
    assigned('confluent-secret-key', 'Confluent secret', ['confluent'], '[A-Za-z0-9+/]{64}', { entropy: 3.5 }),
    assigned('mattermost-access-token', 'Mattermost access token', ['mattermost'], '[a-z0-9]{26}', { entropy: 3.3 }),
    assigned('rapidapi-access-token', 'RapidAPI key', ['rapidapi'], B64URL(50), { entropy: 3.5 }),
    assigned('squarespace-access-token', 'Squarespace API key', ['squarespace'], UUID),
    assigned('looker-client-secret', 'Looker client secret', ['looker'], ALNUM(24), { entropy: 3.5 }),
    prefixed('kubernetes-service-account-token', 'Kubernetes bootstrap token', ['--token '], '[a-z0-9]{6}\\.[a-z0-9]{16}', { keywords: ['--token'] }),
];

;// CONCATENATED MODULE: ./src/probes/secrets/placeholder.ts
// Pure judgements about a matched value: obvious placeholders, and how random it looks.
//
// A real secret may repeat a character or hold a short run (`aB3ddddddx9…`): only values that are
// mostly one character, one short unit repeated, or a counting sequence count as filler.
/** Substrings that mark documentation values rather than credentials (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
    'xxxx',
    'example',
    'changeme',
    'change_me',
    'change-me',
    'changeit',
    'placeholder',
    'your_',
    'your-',
    'yourkey',
    'yourtoken',
    'yoursecret',
    'yourpassword',
    'dummy',
    'redacted',
    'replace_me',
    'replaceme',
    'replace-me',
    'insert_',
    'insert-',
    'fake_',
    'fake-',
    'sample_',
    'notreal',
    'not_real',
    'not-a-real',
    'not_a_real',
    'foobar',
    'lorem',
    'abc123',
    '123abc',
    'xyz123',
    'qwerty',
    'asdf',
    '****',
    '....',
    '…',
];
/** Whole values (letters only, lowercased) that are words, not secrets: `password123` is `password`. */
const WORD_VALUES = new Set([
    'password',
    'passwd',
    'passw',
    'pass',
    'secret',
    'secretkey',
    'mysecret',
    'mypassword',
    'token',
    'mytoken',
    'apikey',
    'admin',
    'root',
    'test',
    'testing',
    'letmein',
    'qwerty',
    'welcome',
    'default',
    'none',
    'null',
    'nil',
    'undefined',
    'true',
    'false',
    'todo',
    'tbd',
    'fixme',
    'empty',
    'abc',
    'abcdef',
    'hello',
    'helloworld',
    'foo',
    'bar',
    'baz',
    'value',
    'string',
]);
/** Template and variable references: ${VAR}, {{var}}, <your-key>, %VAR%, $VAR, $(cmd), #{var}, {var}. */
const VARIABLE_LIKE = [
    /\$\{[^}]*\}?/,
    /\{\{[^}]*\}?\}?/,
    /<[^>]*>/,
    /%[A-Za-z_][A-Za-z0-9_]*%/,
    /^\$[A-Za-z_]/,
    /\$\([^)]*\)?/,
    /#\{[^}]*\}/,
    /^\{[A-Za-z_][\w.]*\}$/,
    /^@[A-Za-z_][\w.]*@$/,
    /^__[A-Z0-9_]+__$/,
];
function isPlaceholder(value) {
    const lower = value.toLowerCase();
    if (PLACEHOLDER_WORDS.some((word) => lower.includes(word)))
        return true;
    if (VARIABLE_LIKE.some((pattern) => pattern.test(value)))
        return true;
    if ([lower, unleet(lower)].some((text) => WORD_VALUES.has(text.replace(/[^a-z]/g, ''))))
        return true;
    return isFiller(value);
}
/** `pa55w0rd` is `password`: digits and signs that stand for letters. */
function unleet(value) {
    return value.replace(/[430157@$]/g, (ch) => ({ '4': 'a', '3': 'e', '0': 'o', '1': 'i', '5': 's', '7': 't', '@': 'a', $: 's' })[ch]);
}
/** Mostly one character, one unit repeated, or a counting sequence (`12345678`, `abcdefgh`). */
function isFiller(value) {
    const n = value.length;
    if (n === 0)
        return true;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (n >= 6 && Math.max(...counts.values()) / n >= 0.4)
        return true;
    for (let period = 1; period <= 64 && period * 2 <= n; period++) {
        if (value.slice(period) === value.slice(0, n - period))
            return true;
    }
    return longestSequence(value) * 2 >= n && n >= 6;
}
/** Length of the longest run of consecutive characters counting up or down (`3456`, `fedc`). */
function longestSequence(value) {
    let best = 1;
    let run = 1;
    let step = 0;
    for (let i = 1; i < value.length; i++) {
        const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
        if ((d === 1 || d === -1) && (run === 1 || d === step)) {
            run++;
            step = d;
        }
        else {
            run = d === 1 || d === -1 ? 2 : 1;
            step = d;
        }
        best = Math.max(best, run);
    }
    return best;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * Whether a value assigned to a credential-named variable looks generated rather than written: long
 * enough, not only digits, several character classes (or, for letters only, a random mix of cases),
 * and an entropy high for its length. A string of n distinct characters has log2(n) bits per
 * character, so short values are judged against that; long ones need 3.5 bits, hex 3.
 */
function looksRandom(value) {
    const n = value.length;
    if (n < 8 || n > 1000)
        return false;
    if (/^\d+$/.test(value))
        return false;
    const entropy = shannonEntropy(value);
    if (/^[0-9a-f]+$/i.test(value))
        return n >= 16 && entropy >= 3;
    // Words joined by separators, maybe numbered (`sekret-value-123456`): written, not generated.
    if (/^[a-z]+(?:[-_.][a-z]+)+[-_.]?\d{0,6}$/.test(value))
        return false;
    const letters = value.replace(/[-_.]/g, '');
    if (/^[A-Za-z]+$/.test(letters)) {
        // Words and identifiers (`MyServiceName`, `not-so-secret`) have few capitals; random text about half.
        const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
        return letters.length >= 16 && upper >= 0.25 && upper <= 0.75 && entropy >= 3.8;
    }
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
    if (classes < 2)
        return false;
    return entropy >= Math.min(3.5, 0.85 * Math.log2(n));
}

;// CONCATENATED MODULE: ./src/probes/secrets/rules/generic.ts
// Pure: a secret assigned to a credential-named variable, key, attribute or element, in the syntax of
// any common language or configuration format:
//   name = v · name: v · name := v · name ::= v · name ?= v · name .= v · 'name' => v · name, v in a
//   call (setProperty("X_TOKEN", "v")) · typed declarations (var x string = v, const x: string = v)
//   · YAML/TOML/INI/.env/properties · JSON (also with an escaped newline after the value)
//   · XML elements (<password>v</password>) and attributes (key="ApiKey" value="v").
// Only values that look generated count: see acceptValue.



const NAME_CHAR = '[A-Za-z0-9_.$@\\-]';
/**
 * Any name, taken whole (a lookahead capture and back-reference: no backtracking into it); whether it
 * names a credential is tested on the match, which is far cheaper than a keyword inside the pattern.
 */
const NAME = `(?<![A-Za-z0-9_.$@\\-])(?=(?<name>${NAME_CHAR}{1,120}))\\k<name>`;
/** Type annotation between name and operator: `: string`, `: &'static str`, Go's ` string`. */
const TYPE = `(?:[ \\t]*:[ \\t]*[&*]?'?[A-Za-z_][\\w.<>\\[\\]|?' ]{0,40}?(?=[ \\t]*=[^=>~])|[ \\t]+[A-Za-z_][\\w.]{0,30}(?=[ \\t]*=[^=>~]))?`;
/** The empty alternative, after a space, is a command-line flag's value: `--api-token abc…` (flags only). */
const OPERATOR = `[ \\t]{0,8}(?<op>::=|:=|\\?\\?=|\\?=|\\|\\|=|\\.=|\\+=|=>|=(?![=~])|:(?!:)|,|(?<=[ \\t]))[ \\t]{0,8}`;
const VALUE = `(?<value>"(?:[^"\\\\\\n]|\\\\.){1,500}"|'(?:[^'\\\\\\n]|\\\\.){1,500}'|\`[^\`\\n]{1,500}\`|[^\\s"'\`,;)\\]}<>&]{1,500})`;
/** A string literal's prefix: C#'s `@"…"`, Python's `b'…'`, `r"…"`, `u"…"`. */
const STRING_PREFIX = `(?:@|[bru]{1,2}(?=["']))?`;
/** Tried (sticky) only where a name holding a credential word starts: most of a text never is. */
const ASSIGNMENT = new RegExp(`${NAME}(?<close>["'\`]?\\]?["'\`]?)${TYPE}${OPERATOR}${STRING_PREFIX}${VALUE}`, 'dyi');
const CREDENTIAL_WORD_AT = new RegExp(CREDENTIAL_WORD, 'gi');
/** `<password>v</password>`, `<entry key="api.token">v</entry>`. */
const XML_ELEMENT = new RegExp(`<(?<name>[A-Za-z_][\\w.:\\-]{0,60})(?:\\s[^<>]{0,200})?>(?<value>[^<\\s]{1,500})</\\k<name>>`, 'dgi');
/** `<add key="ApiKey" value="v" />`, `<property name="db.password" value="v"/>`. */
const XML_PAIR = /\b(?:key|name)\s*=\s*["'](?<name>[^"'<>\n]{1,80})["']\s+(?:value|content)\s*=\s*["'](?<value>[^"'\n]{1,500})["']/dgi;
const XML_ENTRY_NAME = /\b(?:key|name)\s*=\s*["'](?<name>[^"'<>\n]{1,80})["']/i;
/** Environment lookups, calls and references: code that fetches a secret, not the secret. */
const REFERENCE = [
    /\w\s*\(/, // a call
    /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|System\.getenv|Environment\.|getenv|\$env:|config\.|settings\.|self\.|this\.|ctx\.|context\.|props\.|params\.|args\.|options\.|opts\.)/i,
    /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][\w$]*)+$/, // a.b.c
    /^(?:vault|env|secret|secrets|ssm|arn|gcp|azure|op|aws|kms|sm|file|classpath|keychain|sha\d*|md5|sha\d+-|sri):/i,
    /^(?:sha(?:1|256|384|512)|md5)-/i,
    /^[A-Za-z_][\w]*\[/, // indexing
];
const FILE_PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|^[\w.-]+(?:\/[\w.-]+)+\.[a-z][a-z0-9]{0,9}$/i;
/** Source code, where a literal secret is quoted: an unquoted value there is an expression. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|pyi|go|java|kts?|scala|groovy|cs|fs|vb|php|rb|rs|swift|c|h|cc|cpp|cxx|hpp|m|mm|dart|lua|pl|pm|r|jl|exs?|erl|clj|hs|ml|vue|svelte|sol)$/i;
function isQuoted(value) {
    return /^["'`]/.test(value);
}
function unquote(value) {
    const first = value[0];
    if ((first === '"' || first === "'" || first === '`') && value.endsWith(first) && value.length >= 2) {
        // An escaped newline after the value inside a JSON string (`"token": "abc\n"`) is not part of it.
        return value.slice(1, -1).replace(/(?:\\[rn])+$/, '');
    }
    return value;
}
/** Whether a value from a credential-named assignment is a secret rather than code, a reference or an example. */
function acceptValue(value, providerPrefixes = []) {
    // Secrets are printable ASCII; text in other scripts, spaces and URLs are something else.
    if (/[^\x21-\x7e]/.test(value) || value.includes('://'))
        return false;
    // Expressions: indexing, calls, negation, optional chaining.
    if (/^[!([{]|[()[\]]|\?\.|&&|\|\|/.test(value))
        return false;
    // A provider's prefix on a value its own rule did not take: a truncated or made-up token.
    if (providerPrefixes.some((prefix) => value.startsWith(prefix)))
        return false;
    if (REFERENCE.some((pattern) => pattern.test(value)))
        return false;
    if (FILE_PATH.test(value))
        return false;
    // Password hashes (bcrypt, argon2, crypt) are not the password.
    if (/^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|apr1)\$/.test(value))
        return false;
    if (isPlaceholder(value))
        return false;
    return looksRandom(value);
}
function* assignments(text, prefixes, code) {
    let tried = -1;
    CREDENTIAL_WORD_AT.lastIndex = 0;
    for (let word = CREDENTIAL_WORD_AT.exec(text); word; word = CREDENTIAL_WORD_AT.exec(text)) {
        let start = word.index;
        while (start > 0 && isNameChar(text.charCodeAt(start - 1)))
            start--;
        if (start <= tried)
            continue; // the name this word is in was tried already
        tried = start;
        ASSIGNMENT.lastIndex = start;
        const m = ASSIGNMENT.exec(text);
        if (!m)
            continue;
        const groups = m.groups;
        if ((groups['op'] === ',' && !isCallArgument(text, start, groups['close'])) || (groups['op'] === '' && !groups['name'].startsWith('-')) || (code && !isQuoted(groups['value'])))
            continue;
        const match = toMatch(m, groups['name'], groups['value'], prefixes);
        if (!match)
            continue;
        yield match;
        CREDENTIAL_WORD_AT.lastIndex = Math.max(CREDENTIAL_WORD_AT.lastIndex, match.end);
    }
}
/** `setProperty("X_TOKEN", …`: a quoted name that is a call's first argument (not an item of a list). */
function isCallArgument(text, nameStart, close) {
    const quote = text[nameStart - 1];
    if (quote === undefined || !/["'`]/.test(quote) || !close.startsWith(quote))
        return false;
    let at = nameStart - 2;
    while (at >= 0 && (text[at] === ' ' || text[at] === '\t'))
        at--;
    return text[at] === '(';
}
/** `[A-Za-z0-9_.$@-]`, the characters of NAME. */
function isNameChar(code) {
    return ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 36 || code === 64 || code === 45);
}
function* xml(text, prefixes) {
    for (const pattern of [XML_ELEMENT, XML_PAIR]) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            // `<entry key="api.token">v</entry>`: the name is in the attribute.
            const attribute = pattern === XML_ELEMENT ? XML_ENTRY_NAME.exec(m[0].slice(0, m[0].indexOf('>'))) : null;
            const match = toMatch(m, attribute?.groups['name'] ?? m.groups['name'], m.groups['value'], prefixes);
            if (match)
                yield match;
        }
    }
}
function toMatch(m, name, raw, prefixes) {
    if (!isCredentialName(name))
        return undefined;
    const secret = unquote(raw);
    if (!acceptValue(secret, prefixes))
        return undefined;
    const valueStart = m.indices.groups['value'][0];
    return { start: m.index, end: m.index + m[0].length, secret, secretStart: valueStart + raw.indexOf(secret) };
}
/** The generic rule, told the prefixes of the provider rules (a prefix of four characters or more). */
function genericRule(providerPrefixes) {
    const prefixes = [...new Set(providerPrefixes.filter((p) => p.length >= 4))];
    return {
        id: 'generic-api-key',
        title: 'Secret assigned to a credential-named variable',
        keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
        find: function* (text, path) {
            yield* assignments(text, prefixes, path !== undefined && CODE_FILE.test(path));
            yield* xml(text, prefixes);
        },
        placeholders: true,
        priority: PRIORITY_GENERIC,
    };
}

;// CONCATENATED MODULE: ./src/probes/secrets/rules/services.ts
// Chat, mail, payments, AI and other application services, from their documented token formats.

const SERVICE_RULES = [
    // Slack: bot, user, app-level, configuration and legacy tokens; incoming and workflow webhooks.
    prefixed('slack-bot-token', 'Slack bot token', ['xoxb-'], '[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{18,34}'),
    prefixed('slack-user-token', 'Slack user token', ['xoxp-', 'xoxe.xoxp-'], '[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{28,34}', { keywords: ['xoxp-'] }),
    prefixed('slack-app-token', 'Slack app-level token', ['xapp-'], '[0-9]-[A-Z0-9]{8,14}-[0-9]{10,16}-[a-f0-9]{40,80}'),
    prefixed('slack-config-access-token', 'Slack configuration token', ['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-'], '[0-9]-[A-Za-z0-9]{140,200}', { keywords: ['xoxe'] }),
    prefixed('slack-legacy-token', 'Slack legacy token', ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxa-2-'], '[0-9]{6,14}-[0-9A-Za-z\\-]{10,120}'),
    prefixed('slack-webhook-url', 'Slack webhook', ['hooks.slack.com/services/', 'hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'], '[A-Za-z0-9+/]{40,100}', {
        keywords: ['hooks.slack.com'],
        accept: (s) => /\/T[A-Z0-9]{6,12}\/[AB][A-Z0-9]{6,12}\/[A-Za-z0-9]{20,}$|\/T[A-Z0-9]{6,12}\/A?[A-Z0-9]{6,12}\/[0-9]{10,20}\/[A-Za-z0-9]{20,}$/.test(s),
    }),
    prefixed('discord-webhook-url', 'Discord webhook', ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], '[0-9]{17,20}/[A-Za-z0-9_\\-]{60,68}', { keywords: ['/api/webhooks/'] }),
    assigned('discord-api-token', 'Discord bot token', ['discord'], '[MNO][A-Za-z0-9_\\-]{23,25}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,38}'),
    assigned('discord-client-secret', 'Discord client secret', ['discord'], B64URL(32), { entropy: 3.5 }),
    shaped('telegram-bot-api-token', 'Telegram bot token', '[0-9]{8,10}:AA[A-Za-z0-9_\\-]{33}', [':aa']),
    prefixed('twilio-api-key', 'Twilio API key', ['SK'], HEX(32), { keywords: ['sk'], entropy: 3 }),
    assigned('twilio-auth-token', 'Twilio auth token', ['twilio'], HEX(32)),
    prefixed('sendgrid-api-token', 'SendGrid API key', ['SG.'], `${B64URL(22)}\\.${B64URL(43)}`),
    prefixed('mailgun-private-api-token', 'Mailgun API key', ['key-'], HEX(32)),
    shaped('mailgun-api-key', 'Mailgun API key', `${HEX(32)}-${HEX(8)}-${HEX(8)}`, ['mailgun'], {}),
    assigned('mailgun-signing-key', 'Mailgun webhook signing key', ['mailgun'], `${HEX(32)}-${HEX(8)}-${HEX(8)}`),
    shaped('mailchimp-api-key', 'Mailchimp API key', `${HEX(32)}-us[0-9]{1,2}`, ['-us']),
    prefixed('mandrill-api-key', 'Mailchimp Transactional (Mandrill) API key', ['md-'], B64URL(22), { entropy: 3.5 }),
    assigned('postmark-api-token', 'Postmark server token', ['postmark'], UUID),
    assigned('sendinblue-api-token', 'Brevo (Sendinblue) API key', ['xkeysib-'], `${HEX(64)}-${ALNUM(16)}`),
    prefixed('brevo-api-key', 'Brevo API key', ['xkeysib-', 'xsmtpsib-'], `${HEX(64)}-${ALNUM(16)}`),
    assigned('mailjet-api-key', 'Mailjet API key', ['mailjet'], HEX(32)),
    assigned('intercom-api-key', 'Intercom access token', ['intercom'], `dG9rOj[A-Za-z0-9_=\\-]{54,60}`),
    assigned('zendesk-secret-key', 'Zendesk API token', ['zendesk'], ALNUM(40), { entropy: 3.5 }),
    assigned('twitch-api-token', 'Twitch OAuth token', ['twitch'], '[a-z0-9]{30}', { entropy: 3.5 }),
    prefixed('twitter-bearer-token', 'X (Twitter) bearer token', ['AAAAAAAAAAAAAAAAAAAAA'], '[A-Za-z0-9%]{30,200}', { keywords: ['aaaaaaaaaaaaaaaaaaaaa'] }),
    assigned('twitter-api-secret', 'X (Twitter) API secret', ['twitter'], ALNUM(50), { entropy: 3.5 }),
    shaped('facebook-access-token', 'Facebook access token', 'EAA[BCDGMQZ][A-Za-z0-9]{90,300}', ['eaa']),
    assigned('facebook-secret', 'Facebook app secret', ['facebook'], HEX(32)),
    assigned('linkedin-client-secret', 'LinkedIn client secret', ['linkedin'], ALNUM(16), { entropy: 3.3 }),
    // Payments.
    prefixed('stripe-access-token', 'Stripe secret or restricted key', ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'], ALNUM('10,247')),
    prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', ['whsec_'], '[A-Za-z0-9+/=]{32,100}'),
    prefixed('square-access-token', 'Square access token', ['sq0atp-', 'EAAA'], B64URL('22,60'), { keywords: ['sq0atp-', 'eaaa'] }),
    prefixed('square-secret', 'Square OAuth secret', ['sq0csp-'], B64URL('43,60')),
    shaped('braintree-access-token', 'Braintree (PayPal) access token', `access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$${HEX(32)}`, ['access_token$']),
    assigned('paypal-client-secret', 'PayPal client secret', ['paypal'], B64URL(80), { entropy: 3.5 }),
    prefixed('shopify-access-token', 'Shopify access token', ['shpat_'], HEX(32)),
    prefixed('shopify-custom-access-token', 'Shopify custom app access token', ['shpca_'], HEX(32)),
    prefixed('shopify-private-app-access-token', 'Shopify private app password', ['shppa_'], HEX(32)),
    prefixed('shopify-shared-secret', 'Shopify shared secret', ['shpss_'], HEX(32)),
    prefixed('flutterwave-secret-key', 'Flutterwave secret key', ['FLWSECK_TEST-', 'FLWSECK-'], `${HEX(32)}-X`),
    prefixed('flutterwave-encryption-key', 'Flutterwave encryption key', ['FLWSECK_TEST'], HEX(12), { keywords: ['flwseck_test'] }),
    assigned('razorpay-key-secret', 'Razorpay key secret', ['razorpay'], ALNUM(24), { entropy: 3.5 }),
    assigned('plaid-secret-key', 'Plaid secret', ['plaid'], HEX(30)),
    prefixed('plaid-api-token', 'Plaid access token', ['access-sandbox-', 'access-development-', 'access-production-'], UUID),
    prefixed('adyen-api-key', 'Adyen API key', ['AQE'], '[A-Za-z0-9+/=_.\\-]{100,300}', { entropy: 4 }),
    assigned('gocardless-api-token', 'GoCardless access token', ['gocardless'], `live_${B64URL(40)}`),
    prefixed('lob-api-key', 'Lob API key', ['live_', 'test_'], HEX(35)),
    // AI providers.
    shaped('openai-api-key', 'OpenAI API key', 'sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_\\-]{20,200}T3BlbkFJ[A-Za-z0-9_\\-]{20,200}', ['t3blbkfj']),
    prefixed('openai-api-key-v2', 'OpenAI API key', ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-'], '[A-Za-z0-9_\\-]{40,250}'),
    prefixed('anthropic-api-key', 'Anthropic API key', ['sk-ant-api03-', 'sk-ant-oat01-', 'sk-ant-ort01-', 'sk-ant-sid01-'], '[A-Za-z0-9_\\-]{80,120}', { keywords: ['sk-ant-'] }),
    prefixed('anthropic-admin-api-key', 'Anthropic admin API key', ['sk-ant-admin01-'], '[A-Za-z0-9_\\-]{80,120}', { keywords: ['sk-ant-'] }),
    prefixed('huggingface-access-token', 'Hugging Face token', ['hf_'], '[A-Za-z]{34}', { entropy: 3.5 }),
    prefixed('huggingface-organization-api-token', 'Hugging Face organization token', ['api_org_'], '[A-Za-z]{34}', { entropy: 3.5 }),
    prefixed('perplexity-api-key', 'Perplexity API key', ['pplx-'], ALNUM(48)),
    prefixed('groq-api-key', 'Groq API key', ['gsk_'], ALNUM(52)),
    assigned('cohere-api-token', 'Cohere API key', ['cohere', 'co_api_key'], ALNUM(40), { entropy: 3.5 }),
    prefixed('replicate-api-token', 'Replicate API token', ['r8_'], ALNUM(37)),
    prefixed('xai-api-key', 'xAI API key', ['xai-'], ALNUM(80)),
    prefixed('openrouter-api-key', 'OpenRouter API key', ['sk-or-v1-'], HEX(64)),
    prefixed('langsmith-api-key', 'LangSmith API key', ['lsv2_pt_', 'lsv2_sk_'], `${HEX(32)}_${HEX(10)}`),
    prefixed('pinecone-api-key', 'Pinecone API key', ['pcsk_'], '[A-Za-z0-9_]{50,120}'),
    prefixed('fireworks-api-key', 'Fireworks AI API key', ['fw_'], ALNUM('24,40'), { entropy: 3.5 }),
    prefixed('cerebras-api-key', 'Cerebras API key', ['csk-'], '[a-z0-9]{48}'),
    prefixed('voyage-api-key', 'Voyage AI API key', ['pa-'], B64URL(43), { entropy: 3.5 }),
    assigned('mistral-api-key', 'Mistral API key', ['mistral'], ALNUM(32), { entropy: 3.5 }),
    assigned('deepseek-api-key', 'DeepSeek API key', ['deepseek'], `sk-${HEX(32)}`),
    assigned('elevenlabs-api-key', 'ElevenLabs API key', ['elevenlabs', 'xi-api-key', 'xi_api_key'], `(?:sk_)?${HEX('32,48')}`),
    assigned('together-api-key', 'Together AI API key', ['together'], `(?:tgp_v1_)?${B64URL('40,64')}`, { entropy: 3.5 }),
    assigned('gemini-api-key', 'Google Gemini API key', ['gemini'], `AIza${B64URL(35)}`),
];

;// CONCATENATED MODULE: ./src/probes/secrets/rules/structural.ts
// Credentials recognised by their surroundings rather than a token format: private key blocks, JWTs
// in a credential context, passwords in URLs, HTTP auth headers, curl -u, Kubernetes Secret data,
// NuGet cleartext passwords, and the files that hold credentials by their nature.


/** The body of a PEM/OpenSSH/PGP private key block: base64 after any armor headers, long enough to be a key. */
function acceptPrivateKeyBody(secret) {
    const body = secret
        .replace(/\\r|\\n/g, '\n')
        .split('\n')
        .filter((line) => !/^\s*[A-Za-z][A-Za-z0-9-]*: /.test(line))
        .join('')
        .replace(/[\s"'+,\\]/g, '');
    return /^[A-Za-z0-9+/=]{64,}$/.test(body) && !/^(.)\1*=*$/.test(body);
}
/** Words on a JWT's line that make it a credential rather than an example payload. */
const JWT_CONTEXT = /token|jwt|bearer|auth|secret|session|cookie|key|passw|credential|access|refresh|assertion/i;
/** A JWT: its header decodes to JSON naming a signing algorithm (unsigned `none` tokens prove nothing). */
function acceptJwt(secret, text, match) {
    try {
        const header = JSON.parse(Buffer.from(secret.split('.')[0], 'base64url').toString('utf8'));
        if (typeof header !== 'object' || header === null || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none')
            return false;
    }
    catch {
        return false;
    }
    return JWT_CONTEXT.test(lineAround(text, match.start, match.end).replace(secret, ''));
}
function lineAround(text, start, end) {
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const to = text.indexOf('\n', end);
    return text.slice(from, to === -1 ? text.length : to);
}
/** Passwords that only say "a password goes here". */
const COMMON_URL_PASSWORDS = new Set(['password', 'passwd', 'pass', 'secret', 'pwd', 'changeme', 'root', 'admin', 'user', 'username', 'guest', 'test', 'postgres', 'mysql']);
function acceptUrlPassword(secret, match, user) {
    return secret.length >= 3 && secret !== user && !COMMON_URL_PASSWORDS.has(secret.toLowerCase()) && !isPlaceholder(secret) && match.end > match.start;
}
/** `Authorization: Basic <base64 of user:password>`: the decoded password must be a real one. */
function acceptBasicAuth(secret) {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1 || /[^\x20-\x7e]/.test(decoded))
        return false;
    const password = decoded.slice(colon + 1);
    return password.length >= 4 && !COMMON_URL_PASSWORDS.has(password.toLowerCase()) && !isPlaceholder(password);
}
/** Tried (sticky) at the scheme before each `://`, not at every position of the text. */
const URL_USERINFO = /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/(?<user>[^\s:@/?#"'`<>{}[\]\\]{0,100}):(?<secret>[^\s@/?#"'`<>{}[\]\\]{1,200})@(?=[A-Za-z0-9[])/dy;
function* urlPasswords(text) {
    for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
        let start = at;
        while (start > 0 && at - start <= 30 && /[A-Za-z0-9+.-]/.test(text[start - 1]))
            start--;
        URL_USERINFO.lastIndex = start;
        const m = URL_USERINFO.exec(text);
        if (!m)
            continue;
        const secret = m.groups['secret'];
        const match = { start: m.index, end: m.index + m[0].length, secret, secretStart: m.indices.groups['secret'][0] };
        if (acceptUrlPassword(secret, match, m.groups['user']))
            yield match;
    }
}
/** Kubernetes `kind: Secret` manifests: every value under `data:` (base64) and `stringData:`. */
function* kubernetesSecretData(text) {
    const docs = text.split(/^---[ \t]*$/m);
    let offset = 0;
    for (const doc of docs) {
        if (/^kind:[ \t]*["']?Secret["']?[ \t]*$/m.test(doc))
            yield* secretValues(doc, offset);
        offset += doc.length + 3;
    }
}
function* secretValues(doc, offset) {
    const section = /^(data|stringData):[ \t]*\n((?:[ \t]+.*(?:\n|$)|[ \t]*\n)+)/gm;
    for (let s = section.exec(doc); s; s = section.exec(doc)) {
        const encoded = s[1] === 'data';
        const bodyStart = s.index + s[0].length - s[2].length;
        const entry = /^([ \t]+)([\w.-]+):[ \t]*["']?([^\s"'#]+)["']?[ \t]*$/gm;
        for (let e = entry.exec(s[2]); e; e = entry.exec(s[2])) {
            const value = e[3];
            const plain = encoded ? Buffer.from(value, 'base64').toString('utf8') : value;
            if (plain.length < 4 || isPlaceholder(plain) || (encoded && !/^[A-Za-z0-9+/]+=*$/.test(value)))
                continue;
            const start = offset + bodyStart + e.index;
            const secretStart = start + e[0].indexOf(value, e[1].length + e[2].length + 1);
            yield { start, end: start + e[0].length, secret: value, secretStart };
        }
    }
}
const STRUCTURAL = { priority: PRIORITY_STRUCTURAL };
const STRUCTURAL_RULES = [
    patterned('private-key', 'Private key', 
    // PEM (PKCS#1, PKCS#8, SEC1, encrypted), OpenSSH, SSH2 and PGP blocks, also with escaped newlines in JSON.
    /-{4,5} ?BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}(?<secret>[^\0]{64,40000}?)-{4,5} ?END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}/dg, ['private key'], { ...STRUCTURAL, placeholders: false, accept: acceptPrivateKeyBody }),
    patterned('putty-private-key', 'PuTTY private key', /PuTTY-User-Key-File-[23]: [^\n]*\n(?:[^\n]*\n){0,6}?Private-Lines: \d+\n(?<secret>(?:[A-Za-z0-9+/=]+\n?){1,100})/dg, ['putty-user-key-file'], { ...STRUCTURAL, placeholders: false, accept: (s) => s.replace(/\s/g, '').length >= 40 }),
    patterned('jwt', 'JSON Web Token', /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}={0,2})(?![A-Za-z0-9_-])/dg, ['eyj'], {
        ...STRUCTURAL,
        accept: acceptJwt,
    }),
    {
        id: 'url-credentials',
        title: 'Password in a URL',
        keywords: ['://'],
        find: urlPasswords,
        placeholders: true,
        priority: PRIORITY_STRUCTURAL,
    },
    patterned('http-basic-auth', 'HTTP basic auth credentials', /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/dg, ['basic '], {
        ...STRUCTURAL,
        accept: acceptBasicAuth,
    }),
    patterned('curl-auth-header', 'Bearer token in an Authorization header', /\b(?:Bearer|Token)[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,500})(?![A-Za-z0-9._~+/=-])/dg, ['bearer ', 'token '], {
        ...STRUCTURAL,
        accept: (secret, text, match) => looksRandom(secret) && /authorization|bearer|-H\b|header/i.test(lineAround(text, match.start, match.end)),
    }),
    patterned('curl-auth-user', 'Password given to curl -u / --user', /\bcurl\b[^\n]*?\s(?:-u|--user)[ \t]*["']?(?<user>[^\s:"']{1,100}):(?<secret>[^\s"']{3,200})["']?/dg, ['curl'], { ...STRUCTURAL, accept: (secret) => !COMMON_URL_PASSWORDS.has(secret.toLowerCase()) && !/^\$/.test(secret) }),
    { id: 'kubernetes-secret-yaml', title: 'Kubernetes Secret data', keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"], find: kubernetesSecretData, placeholders: true, priority: PRIORITY_STRUCTURAL },
    patterned('nuget-config-password', 'NuGet cleartext password', /<add\s+key\s*=\s*["']ClearTextPassword["']\s+value\s*=\s*["'](?<secret>[^"'\n]{4,500})["']/dgi, ['cleartextpassword'], STRUCTURAL),
    // Files that hold credentials by their nature: the auth entries of client configuration files...
    patterned('npmrc-auth', 'npm registry credentials in .npmrc', /(?:^|[\s:])_(?:authToken|auth|password)\s*=\s*["']?(?<secret>[^\s"'$][^\s"']{5,})/dgm, ['_auth', '_password'], {
        ...STRUCTURAL,
        path: /(?:^|\/)\.?npmrc$/,
    }),
    patterned('pypirc-password', 'PyPI credentials in .pypirc', /^\s*password\s*[:=]\s*(?<secret>\S{4,})/dgm, ['password'], { ...STRUCTURAL, path: /(?:^|\/)\.pypirc$/ }),
    patterned('netrc-password', 'Password in .netrc', /\bpassword\s+(?<secret>\S{3,})/dg, ['password'], { ...STRUCTURAL, path: /(?:^|\/)[._]netrc$/ }),
    patterned('docker-config-auth', 'Registry credentials in a Docker config', /"(?:auth|identitytoken|password)"\s*:\s*"(?<secret>[^"\s]{8,})"/dg, ['"auth"', '"identitytoken"', '"password"'], {
        ...STRUCTURAL,
        path: /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg)$/,
    }),
    patterned('htpasswd-hash', 'Password hash in .htpasswd', /^[^\s:#]+:(?<secret>(?:\$apr1\$|\$2[abxy]\$|\{SHA\}|\$[156]\$)\S{8,})/dgm, ['$apr1$', '$2', '{sha}', '$1$', '$5$', '$6$'], {
        ...STRUCTURAL,
        path: /(?:^|\/)\.htpasswd$/,
    }),
    // ...and key stores and key files, reported by their name whatever their content (often binary).
    {
        id: 'credential-file',
        title: 'Key store or private key file',
        keywords: [],
        path: /(?:^|\/)(?:[^/]+\.(?:p12|pfx|pkcs12|jks|keystore|bks|jceks|ppk|kdbx|keychain|keychain-db|gpg-key|asc-secret)|id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|\.git-credentials|credentials\.json|client_secrets?(?:_[^/]*)?\.json)$/i,
        placeholders: false,
        priority: PRIORITY_STRUCTURAL,
    },
];

;// CONCATENATED MODULE: ./src/probes/secrets/rules/index.ts
// Every built-in rule, most specific first.





const SPECIFIC_RULES = [...CLOUD_RULES, ...DEVTOOLS_RULES, ...SERVICE_RULES, ...STRUCTURAL_RULES];
const BUILTIN_RULES = [...SPECIFIC_RULES, genericRule(SPECIFIC_RULES.flatMap((rule) => rule.prefixes ?? []))];

;// CONCATENATED MODULE: ./src/probes/secrets/inline-allow.ts
// Pure: allow comments in the scanned text. `gitleaks:allow` on the line of a secret (as gitleaks
// reads it), and secretlint's `secretlint-disable-line`, `secretlint-disable-next-line` and
// `secretlint-disable` … `secretlint-enable` blocks, each optionally naming the rules it silences.
/** Keywords the prefilter keeps lines for, so a comment line reaches the scan with its neighbour. */
const ALLOW_COMMENT_KEYWORDS = ['gitleaks:allow', 'secretlint-'];
const DIRECTIVE = /secretlint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/g;
function inlineAllow(lines) {
    const scopes = [];
    let open;
    lines.forEach((line, i) => {
        if (line.includes('gitleaks:allow'))
            scopes.push({ from: i, to: i, rules: [] });
        if (!line.includes('secretlint-'))
            return;
        DIRECTIVE.lastIndex = 0;
        for (let m = DIRECTIVE.exec(line); m; m = DIRECTIVE.exec(line)) {
            const rules = ruleNames(m[2]);
            if (m[1] === 'disable-line')
                scopes.push({ from: i, to: i, rules });
            else if (m[1] === 'disable-next-line')
                scopes.push({ from: i + 1, to: i + 1, rules });
            else if (m[1] === 'disable') {
                open = { from: i, to: Number.POSITIVE_INFINITY, rules };
                scopes.push(open);
            }
            else if (open) {
                open.to = i;
                open = undefined;
            }
        }
    });
    if (scopes.length === 0)
        return () => false;
    return (line, rule) => scopes.some((s) => line >= s.from && line <= s.to && (s.rules.length === 0 || s.rules.includes(rule)));
}
/** Rule ids after a directive, up to a `--` description; secretlint's and our old prefixes are dropped. */
function ruleNames(rest) {
    return rest
        .split('--')[0]
        .split(/[\s,]+/)
        .map((name) => name.replace(/^@secretlint\/secretlint-rule-|^loki-verify\//, '').replace(/\*\/$|-->$/, ''))
        .filter((name) => /^[\w@/.-]+$/.test(name) && !/^(?:\*\/|-->|#|\/\/)$/.test(name));
}

;// CONCATENATED MODULE: ./src/probes/secrets/keywords.ts
// Pure: finds which of many keywords occur in a text, case-insensitively, in one pass (an Aho-Corasick
// automaton over ASCII, compiled into a full transition table). A regular expression alternation of
// a few hundred keywords tries each branch at every position; this looks at each character once.
/** Characters are folded to lowercase ASCII; anything else is one symbol no keyword contains. */
const ALPHABET = 128;
const OTHER = 0;
class KeywordMatcher {
    keywords;
    /** next[state * ALPHABET + symbol] */
    next;
    /** Keyword ids ending at each state (its own and those of its suffix states). */
    outputs;
    /** 1 where some keyword ends at the state. */
    accepting;
    constructor(keywords) {
        this.keywords = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k.length > 0);
        for (const keyword of this.keywords) {
            if (!isAsciiKeyword(keyword))
                throw new Error(`keyword is not ASCII: ${keyword}`);
        }
        const goto = [new Map()];
        const own = [[]];
        this.keywords.forEach((keyword, id) => {
            let state = 0;
            for (let i = 0; i < keyword.length; i++) {
                const symbol = keyword.charCodeAt(i);
                let target = goto[state].get(symbol);
                if (target === undefined) {
                    target = goto.length;
                    goto.push(new Map());
                    own.push([]);
                    goto[state].set(symbol, target);
                }
                state = target;
            }
            own[state].push(id);
        });
        // Breadth first: each state's failure is the longest proper suffix that is also a prefix.
        const states = goto.length;
        const next = new Int32Array(states * ALPHABET);
        const fail = new Int32Array(states);
        const outputs = own.map((ids) => [...ids]);
        const queue = [];
        for (let symbol = 0; symbol < ALPHABET; symbol++) {
            const target = goto[0].get(symbol) ?? 0;
            next[symbol] = target;
            if (target !== 0)
                queue.push(target);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            outputs[state].push(...outputs[fail[state]]);
            for (let symbol = 0; symbol < ALPHABET; symbol++) {
                const target = goto[state].get(symbol);
                if (target === undefined) {
                    next[state * ALPHABET + symbol] = next[fail[state] * ALPHABET + symbol];
                }
                else {
                    fail[target] = next[fail[state] * ALPHABET + symbol];
                    next[state * ALPHABET + symbol] = target;
                    queue.push(target);
                }
            }
        }
        this.next = next;
        this.outputs = outputs;
        this.accepting = Uint8Array.from(outputs, (ids) => (ids.length > 0 ? 1 : 0));
    }
    /** Whether any keyword occurs in text[from, to). */
    test(text, from = 0, to = text.length) {
        const { next, accepting } = this;
        let state = 0;
        for (let i = from; i < to; i++) {
            const code = text.charCodeAt(i);
            state = next[state * ALPHABET + (code < ALPHABET ? FOLD[code] : OTHER)];
            if (accepting[state])
                return true;
        }
        return false;
    }
    /** The ids of the keywords that occur in the text. */
    present(text) {
        const { next, outputs } = this;
        const found = new Set();
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            state = next[state * ALPHABET + (code < ALPHABET ? FOLD[code] : OTHER)];
            if (!this.accepting[state])
                continue;
            const ids = outputs[state];
            for (let k = 0; k < ids.length; k++)
                found.add(ids[k]);
        }
        return found;
    }
}
/** Whether the matcher can take a keyword: ASCII without NUL. */
function isAsciiKeyword(keyword) {
    for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code === 0 || code >= ALPHABET)
            return false;
    }
    return true;
}
/** ASCII folded to lowercase. */
const FOLD = Uint8Array.from({ length: ALPHABET }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code));

;// CONCATENATED MODULE: ./src/probes/secrets/source.ts
/** Matches every line: scan everything (used to check the prefilter against a full scan). */
const EVERY_LINE = () => true;
/** Multi-line credentials: from a line matching `begin`, every line down to one matching `end`. */
const BLOCKS = [
    { begin: /-{4,5} ?BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY/i, end: /-{4,5} ?END[ A-Z0-9_-]{0,40}PRIVATE KEY/i },
    { begin: /PuTTY-User-Key-File-/, end: /^Private-MAC:/ },
];
/** A block longer than this many lines is cut (the largest RSA keys need about 70). */
const MAX_KEY_LINES = 500;
/** A Kubernetes Secret: its data values sit on lines with no keyword, so the whole hunk is kept. */
const WHOLE_HUNK = /^kind:[ \t]*["']?Secret\b/m;
/** Builds the scan text of a file's hunks; undefined when no added line is kept (nothing to report). */
function buildSource(hunks, isHot) {
    const source = { content: '', lineNumbers: [], added: [] };
    const parts = [];
    let keptAdded = false;
    for (const hunk of hunks) {
        const keep = selectLines(hunk.lines, isHot);
        // Hunks are never adjacent, so the first kept line of a hunk always follows a gap.
        let previous = -2;
        for (let i = 0; i < hunk.lines.length; i++) {
            if (!keep[i])
                continue;
            if (i !== previous + 1 && parts.length > 0) {
                parts.push('');
                source.lineNumbers.push(0);
                source.added.push(0);
            }
            parts.push(hunk.lines[i]);
            source.lineNumbers.push(hunk.start + i);
            source.added.push(hunk.added[i]);
            if (hunk.added[i])
                keptAdded = true;
            previous = i;
        }
    }
    if (!keptAdded)
        return undefined;
    source.content = parts.join('\n');
    return source;
}
/** A commit message: every line counts as added. */
function messageHunk(message) {
    const lines = message.split('\n');
    return { start: 1, lines, added: new Uint8Array(lines.length).fill(1) };
}
function selectLines(lines, isHot) {
    const keep = new Uint8Array(lines.length);
    if (isHot === EVERY_LINE || lines.some((line) => line.startsWith('kind:') && WHOLE_HUNK.test(line)))
        return keep.fill(1);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!isHot(line))
            continue;
        keep[i] = 1;
        if (i + 1 < lines.length)
            keep[i + 1] = 1;
        const block = BLOCKS.find((b) => b.begin.test(line) && !b.end.test(line));
        if (!block)
            continue;
        for (let j = i + 1; j < lines.length && j <= i + MAX_KEY_LINES; j++) {
            keep[j] = 1;
            if (block.end.test(lines[j]))
                break;
        }
    }
    return keep;
}

;// CONCATENATED MODULE: ./src/probes/secrets/scan.ts
// Pure: runs the rules over the scan texts of one commit. Per text, a rule runs only when one of its
// keywords occurs in it (after the line prefilter of source.ts); its matches are then judged
// (entropy, placeholders, format checks), kept only where the commit added the line, and checked
// against allow comments. Where rules report overlapping text, the most specific wins.








/** A rule needs every line when it has no keyword, or one the keyword matcher cannot take (not ASCII). */
function unfiltered(rule) {
    return Boolean(rule.pattern || rule.find) && (rule.keywords.length === 0 || !rule.keywords.every(isAsciiKeyword));
}
function keywordMatcher(rules) {
    return new KeywordMatcher([...rules.filter((rule) => !unfiltered(rule)).flatMap((rule) => rule.keywords), ...ALLOW_COMMENT_KEYWORDS]);
}
function createScanner(options = {}) {
    const rules = options.rules ?? BUILTIN_RULES;
    const matcher = keywordMatcher(rules);
    const ids = new Map(matcher.keywords.map((keyword, id) => [keyword, id]));
    // Per rule, the ids of its keywords; undefined: the rule runs on every text.
    const keywordIds = rules.map((rule) => (unfiltered(rule) || rule.keywords.length === 0 ? undefined : rule.keywords.map((k) => ids.get(k.toLowerCase()))));
    const isHot = options.prefilter === false || rules.some(unfiltered) ? EVERY_LINE : (line) => matcher.test(line);
    return {
        isHot,
        scan(entries, commit) {
            const context = { rules, keywordIds, matcher, allows: options.allows ?? (() => false), ...(commit ? { commit } : {}) };
            return entries.flatMap((entry, index) => scanEntry(entry, context).map((hit) => ({ ...hit, entry: index })));
        },
    };
}
function scanEntry(entry, { rules, keywordIds, matcher, allows, commit }) {
    const { source } = entry;
    const text = source.content;
    const present = matcher.present(text);
    const starts = (0,core_text/* lineStarts */._$)(text);
    let allow;
    const candidates = [];
    for (const [r, rule] of rules.entries()) {
        if (rule.path && !(entry.path !== undefined && rule.path.test(entry.path)))
            continue;
        if (!rule.pattern && !rule.find) {
            if (rule.path)
                candidates.push(fileHit(rule, entry, allows({ rule: rule.id, secret: '', match: '', line: '', path: entry.path, ...(commit ? { commit } : {}) })));
            continue;
        }
        const ruleKeywords = keywordIds[r];
        if (ruleKeywords && !ruleKeywords.some((id) => present.has(id)))
            continue;
        const matches = rule.find ? rule.find(text, entry.path) : regexMatches(rule.pattern, text);
        for (const match of matches) {
            if (!judge(rule, match, text))
                continue;
            const span = addedSpan(source, starts, match.secretStart, match.secretStart + match.secret.length);
            if (!span)
                continue;
            allow ??= inlineAllow(text.split('\n'));
            const startLine = (0,core_text/* lineOf */.cA)(starts, match.start);
            if (allow(span.index, rule.id) || allow(startLine, rule.id))
                continue;
            const line = text.slice(starts[startLine], (starts[startLine + 1] ?? text.length + 1) - 1);
            const candidate = { rule: rule.id, secret: match.secret, match: text.slice(match.start, match.end), line, ...(entry.path === undefined ? {} : { path: entry.path }) };
            candidates.push({
                allowed: allows(commit ? { ...candidate, commit } : candidate),
                hit: { rule: rule.id, title: rule.title, line: span.line, secretHash: (0,fingerprint/* sha256 */.s)(match.secret), preview: mask(match.secret), secret: match.secret },
                start: match.secretStart,
                end: match.secretStart + match.secret.length,
                priority: rule.priority,
            });
        }
    }
    // An allowed match still hides what less specific rules report on the same text.
    return dropOverlaps(candidates).flatMap((c) => (c.allowed ? [] : [c.hit]));
}
function judge(rule, match, text) {
    const { secret } = match;
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
        return false;
    if (rule.placeholders && isPlaceholder(secret))
        return false;
    return !rule.accept || rule.accept(secret, text, match);
}
/** A file reported by its name: one hit on its first line, fingerprinted by its content (blob id). */
function fileHit(rule, entry, allowed) {
    const identity = entry.blob ?? entry.source.content;
    const hit = { rule: rule.id, title: rule.title, line: 1, secretHash: (0,fingerprint/* sha256 */.s)(`file:${identity}`), preview: '(whole file)' };
    return { hit, allowed, start: -1, end: -1, priority: rule.priority };
}
/** Where the secret starts (text line index, file line number); undefined when the commit added none of its lines. */
function addedSpan(source, starts, start, end) {
    const first = (0,core_text/* lineOf */.cA)(starts, start);
    const last = (0,core_text/* lineOf */.cA)(starts, Math.max(start, end - 1));
    let index = -1;
    let added = false;
    for (let line = first; line <= last; line++) {
        if (index < 0 && source.lineNumbers[line])
            index = line;
        if (source.added[line])
            added = true;
    }
    return added && index >= 0 ? { index, line: source.lineNumbers[index] } : undefined;
}
/** At most the first four characters, fewer for short secrets: a quarter of the length at most. */
function mask(secret) {
    const visible = Math.min(4, Math.floor(secret.length / 4));
    return `${secret.slice(0, visible)}****`;
}
/** Where rules report overlapping text (a token inside a generic assignment), the more specific one wins. */
function dropOverlaps(candidates) {
    if (candidates.length < 2)
        return candidates;
    const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
    const kept = [];
    for (const candidate of ordered) {
        if (candidate.start >= 0 && kept.some((k) => candidate.start < k.end && k.start < candidate.end))
            continue;
        kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start || a.priority - b.priority);
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/probes/secrets/binary.ts
/** Runs of control bytes (and undecodable bytes) become one space, so text keeps its line numbers. */
// eslint-disable-next-line no-control-regex -- control bytes are exactly what is matched
const NON_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+/g;
function binaryText(bytes) {
    return decode(bytes).replace(NON_TEXT, ' ');
}
/** UTF-16 (with a byte order mark, or ASCII text with every other byte NUL) or else UTF-8. */
function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.toString('utf16le', 2);
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
        return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
    let oddNul = 0;
    let evenNul = 0;
    for (let i = 0; i < sample; i += 2) {
        if (bytes[i] === 0)
            evenNul++;
        if (bytes[i + 1] === 0)
            oddNul++;
    }
    const pairs = sample / 2;
    if (pairs >= 4 && oddNul / pairs > 0.6 && evenNul / pairs < 0.1)
        return bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2));
    if (pairs >= 4 && evenNul / pairs > 0.6 && oddNul / pairs < 0.1)
        return Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
    return bytes.toString('utf8');
}
/**
 * One hunk holding the whole new text; a line counts as added unless the old version of the file
 * had the same line (binary patches say nothing about which lines changed).
 */
function binaryHunk(text, oldText) {
    const lines = text.split('\n');
    const old = new Set(oldText === undefined ? [] : oldText.split('\n'));
    const added = new Uint8Array(lines.length);
    lines.forEach((line, i) => (added[i] = old.has(line) ? 0 : 1));
    return { start: 1, lines, added };
}

;// CONCATENATED MODULE: ./src/probes/secrets/scan-history.ts
// Scans every commit of the range: its message and the lines each of its file patches added. Nothing
// is skipped silently: binary files are scanned through their text (binary.ts), merges git shows no
// patch for are diffed against each parent, and a file that is not scanned is reported as such.






/** Longest stretch of work without yielding to the event loop, so git's output keeps flowing. */
const YIELD_EVERY_MS = 2;
async function scanHistory(options) {
    const result = { occurrences: [], commits: [], filesScanned: 0, binaryScanned: 0, mergesDiffed: 0, linesScanned: 0, skipped: [], errors: [] };
    const sizes = blobSizes(options);
    const merges = mergesToDiff(options);
    // Looked up while the patches stream; marked handled here, a failure surfaces where it is awaited.
    sizes.catch(() => undefined);
    merges.catch(() => undefined);
    let lastYield = performance.now();
    const breathe = async () => {
        if (performance.now() - lastYield < YIELD_EVERY_MS)
            return;
        await (0,promises_.setImmediate)();
        lastYield = performance.now();
    };
    await forEachCommit(options, async (record) => {
        result.commits.push(record.sha);
        const entries = [];
        const message = buildSource([messageHunk(record.message)], options.scanner.isHot);
        if (message)
            entries.push({ source: message });
        const parents = (await merges).get(record.sha);
        if (parents)
            result.mergesDiffed++;
        const patches = parents ? await mergePatch(options, parents, record.sha) : parsePatch(record.patch);
        const files = patches.filter((file) => !file.deleted && !file.submodule && (file.binary || hasAdditions(file)));
        const blobSize = files.length > 0 ? await sizes : new Map();
        for (const file of files) {
            try {
                const skip = await skipReason(file, blobSize, options);
                if (skip) {
                    result.skipped.push({ commit: record.sha, path: file.path, ...skip });
                    continue;
                }
                // A file git calls binary only by an attribute or driver is diffed as text; a real binary, through its text.
                const text = file.binary ? await textHunks(options.git, file, options.signal) : undefined;
                const binary = file.binary && !text;
                const hunks = text ?? (binary ? [await binaryFileHunk(options, file)] : file.hunks);
                result.filesScanned++;
                if (binary)
                    result.binaryScanned++;
                result.linesScanned += countAdded(hunks);
                const source = buildSource(hunks, options.scanner.isHot) ?? { content: '', lineNumbers: [0], added: [0] };
                entries.push({ path: file.path, ...(file.blob ? { blob: file.blob } : {}), source });
            }
            catch (error) {
                result.errors.push({ commit: record.sha, path: file.path, error: (0,errors/* errorMessage */.g)(error) });
            }
            await breathe();
        }
        if (entries.length === 0)
            return;
        for (const { entry, ...hit } of options.scanner.scan(entries, record.sha)) {
            const path = entries[entry].path;
            result.occurrences.push({ ...hit, commit: record.sha, ...(path === undefined ? {} : { path }) });
        }
        await breathe();
    });
    return result;
}
async function skipReason(file, sizes, options) {
    if (options.isIgnored(file.path))
        return { reason: 'ignored' };
    if (!file.blob)
        return undefined;
    const size = sizes.get(file.blob) ?? (file.binary ? await blobSize(options.git, file.blob) : undefined);
    if (size !== undefined && size > options.maxFileSize)
        return { reason: 'oversize', size };
    return undefined;
}
/** A binary file's text, its lines added unless the old version had them. */
async function binaryFileHunk(options, file) {
    const text = binaryText(await readBlob(options.git, file.blob, options.signal));
    const old = file.oldBlob ? binaryText(await readBlob(options.git, file.oldBlob, options.signal)) : undefined;
    return binaryHunk(text, old);
}
/**
 * What a merge commit itself added, from its diff against each parent: a line counts as added only
 * where every parent's diff adds it (a line one parent already had came in with that parent).
 */
async function mergePatch(options, parents, commit) {
    const diffs = await Promise.all(parents.map(async (parent) => parsePatch(await patchAgainst(options.git, parent, commit, options.signal))));
    const [first, ...others] = diffs;
    const byPath = others.map((diff) => new Map(diff.map((file) => [file.path, file])));
    const merged = [];
    for (const file of first ?? []) {
        const counterparts = byPath.map((map) => map.get(file.path));
        // A file one parent already has as the merge has it: the merge added nothing to it.
        if (counterparts.some((other) => !other))
            continue;
        if (file.binary) {
            if (counterparts.every((other) => other.binary))
                merged.push(file);
            continue;
        }
        const addedElsewhere = counterparts.map((other) => addedLineNumbers(other.hunks));
        const hunks = file.hunks.map((hunk) => ({
            ...hunk,
            added: hunk.added.map((flag, i) => (flag && addedElsewhere.every((lines) => lines.has(hunk.start + i)) ? 1 : 0)),
        }));
        merged.push({ ...file, hunks });
    }
    return merged;
}
function addedLineNumbers(hunks) {
    const lines = new Set();
    for (const hunk of hunks)
        hunk.added.forEach((flag, i) => flag && lines.add(hunk.start + i));
    return lines;
}
function hasAdditions(file) {
    return file.hunks.some((hunk) => hunk.added.includes(1));
}
function countAdded(hunks) {
    let count = 0;
    for (const hunk of hunks)
        for (const flag of hunk.added)
            count += flag;
    return count;
}

;// CONCATENATED MODULE: ./src/probes/secrets/index.ts










const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
/** Skipped files and scan errors listed in the details (all are counted). */
const MAX_LISTED = 50;
const GITLEAKS_CONFIG = '.gitleaks.toml';
const GITLEAKS_IGNORE = '.gitleaksignore';
const secrets_settings = build/* Type.Object */.ZUJ.Object({
    max_file_size: (0,schema_parts/* withDefault */.IQ)(build/* Type.Integer */.ZUJ.Integer({ minimum: 1, description: 'Bytes; larger files are not scanned and make the probe inconclusive unless paths_ignore covers them.' }), DEFAULT_MAX_FILE_SIZE),
    paths_ignore: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* pathGlobs */.pS)('Path globs not scanned.'), []),
    allow: (0,schema_parts/* withDefault */.IQ)(build/* Type.Array */.ZUJ.Array((0,schema_parts/* allowance */.nB)(), { description: 'Accepted findings, by fingerprint, with a reason and an optional end date.' }), []),
});
const secretsProbe = defineProbe({
    id: 'secrets',
    title: 'Secrets in the PR history',
    timeout: 300,
    security: true,
    settings: secrets_settings,
    applies(ctx) {
        return ctx.diff.commits.length > 0 ? APPLIES : notApplicable('no commits between the merge-base and HEAD');
    },
    async run(ctx) {
        const { max_file_size: maxFileSize, paths_ignore: pathsIgnore, allow } = ctx.settings;
        const [policy, remergeDiff] = await Promise.all([gitleaksPolicy(ctx), supportsRemergeDiff(ctx.git)]);
        const scan = await scanHistory({
            git: ctx.git,
            from: ctx.diff.mergeBase,
            to: ctx.diff.headSha,
            signal: ctx.signal,
            remergeDiff,
            maxFileSize,
            isIgnored: pathMatcher(pathsIgnore),
            scanner: createScanner({ rules: activeRules(policy.config), allows: policy.config.allows }),
        });
        // Every secret seen, allowed or not, is masked in everything the run writes.
        ctx.conceal?.(scan.occurrences.flatMap((o) => (o.secret ? [o.secret] : [])));
        const kept = scan.occurrences.filter((o) => !isIgnored(policy.ignored, o));
        const report = buildFindings(kept, ctx.diff.commits, allow, ctx.now);
        return outcome(scan, report, {
            expected: ctx.diff.commits,
            maxFileSize,
            gitleaksIgnored: scan.occurrences.length - kept.length,
            gitleaks: policy.files,
        });
    },
});
/** `.gitleaks.toml` and `.gitleaksignore` as they are at the merge-base: the PR cannot loosen them. */
async function gitleaksPolicy(ctx) {
    const [config, ignore] = await Promise.all([
        ctx.git.tryShowFile(ctx.diff.mergeBase, GITLEAKS_CONFIG),
        ctx.git.tryShowFile(ctx.diff.mergeBase, GITLEAKS_IGNORE),
    ]);
    return {
        config: config === undefined ? NO_GITLEAKS_CONFIG : parseGitleaksConfig(config, GITLEAKS_CONFIG),
        ignored: ignore === undefined ? [] : parseGitleaksIgnore(ignore),
        files: [...(config === undefined ? [] : [GITLEAKS_CONFIG]), ...(ignore === undefined ? [] : [GITLEAKS_IGNORE])],
    };
}
/** Built-in rules less those disabled or redefined by the team's config, then the team's own rules. */
function activeRules(config) {
    const custom = new Set(config.rules.map((r) => r.id));
    return [...config.rules, ...BUILTIN_RULES.filter((r) => !custom.has(r.id) && !config.disabled.has(r.id))];
}
function outcome(scan, report, context) {
    const seen = new Set(scan.commits);
    const missing = context.expected.filter((sha) => !seen.has(sha));
    const oversize = scan.skipped.filter((s) => s.reason === 'oversize');
    const details = {
        commits_scanned: scan.commits.length,
        commit_messages_scanned: scan.commits.length,
        files_scanned: scan.filesScanned,
        binary_files_scanned: scan.binaryScanned,
        merges_diffed_per_parent: scan.mergesDiffed,
        added_lines_scanned: scan.linesScanned,
        skipped_oversize: oversize.length,
        skipped_ignored: scan.skipped.length - oversize.length,
        max_file_size: context.maxFileSize,
        ...(scan.skipped.length > 0 ? { skipped_files: scan.skipped.slice(0, MAX_LISTED) } : {}),
        allowed_findings: report.allowed.length,
        ...(report.allowed.length > 0 ? { allowed: report.allowed } : {}),
        ...(report.unusedAllowances.length > 0 ? { unused_allowances: report.unusedAllowances } : {}),
        ...(context.gitleaks.length > 0 ? { gitleaks_files: context.gitleaks, gitleaks_ignored: context.gitleaksIgnored } : {}),
        ...(scan.errors.length > 0 ? { scan_errors: scan.errors.slice(0, MAX_LISTED), scan_error_count: scan.errors.length } : {}),
        ...(missing.length > 0 ? { commits_not_scanned: missing } : {}),
    };
    const scope = `${plural(scan.commits.length, 'commit')}, ${plural(scan.filesScanned, 'file change')}, ${plural(scan.linesScanned, 'added line')}`;
    const allowedNote = report.allowed.length > 0 ? `; ${report.allowed.length} allowed by secrets.allow` : '';
    if (report.findings.length > 0) {
        const commits = new Set(report.findings.map((f) => f.commit)).size;
        return {
            status: 'fail',
            summary: `${plural(report.findings.length, 'secret')} added by ${plural(commits, 'commit')} (scanned ${scope})${allowedNote}`,
            findings: report.findings,
            details,
        };
    }
    const gaps = [
        ...(missing.length > 0 ? [`${plural(missing.length, 'commit')} of the range not in git's output`] : []),
        ...(oversize.length > 0 ? [`${plural(oversize.length, 'file')} over secrets.max_file_size (${context.maxFileSize} bytes) not scanned: ${named(oversize.map((s) => s.path))}`] : []),
        ...(scan.errors.length > 0 ? [`${plural(scan.errors.length, 'file')} could not be read: ${named(scan.errors.map((e) => e.path ?? `message of ${e.commit.slice(0, 12)}`))}`] : []),
    ];
    if (gaps.length > 0) {
        return { status: 'inconclusive', summary: `no secrets found (scanned ${scope}), but ${gaps.join('; ')}`, details };
    }
    return { status: 'pass', summary: `no secrets (scanned ${scope})${allowedNote}`, details };
}
/** The first few names, then how many more. */
function named(paths) {
    const unique = [...new Set(paths)];
    const shown = unique.slice(0, 3).join(', ');
    return unique.length > 3 ? `${shown} and ${unique.length - 3} more` : shown;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/types.ts
// Vocabulary of the dependencies probe: ecosystems (OSV names) and the packages lockfile readers produce.
/** Ecosystems as OSV names them; one lockfile reader or more per ecosystem. */
const ECOSYSTEMS = (/* unused pure expression or super */ null && ([
    'npm',
    'PyPI',
    'Go',
    'crates.io',
    'RubyGems',
    'Packagist',
    'Maven',
    'NuGet',
    'Pub',
    'Hex',
    'CRAN',
    'ConanCenter',
    'CocoaPods',
    'SwiftURL',
]));
/**
 * Thrown by a reader when a lockfile is not in the format its name promises, or a field it relies on has the
 * wrong type. `reason` names the key path or line; the message adds the file once LockfileFormat.parse knows it.
 */
class LockfileParseError extends Error {
    reason;
    file;
    name = 'LockfileParseError';
    constructor(reason, file) {
        super(file === undefined ? reason : `${file}: ${reason}`);
        this.reason = reason;
        this.file = file;
    }
}
/** Identity of a package version across lockfiles and lookups. */
function packageKey(pkg) {
    return `${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.version}`;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/diff.ts
// What a change to a lockfile introduces: package versions at HEAD that the merge-base version did not pin.

/** `base` and `head` hold one entry per package version, as LockfileFormat.parse gives them. */
function diffPackages(base, head) {
    const baseKeys = new Set(base.map(packageKey));
    const headKeys = new Set(head.map(packageKey));
    const baseNames = new Set(base.map(packageName));
    const headNames = new Set(head.map(packageName));
    const introduced = head.filter((pkg) => !baseKeys.has(packageKey(pkg)));
    const gone = base.filter((pkg) => !headKeys.has(packageKey(pkg)));
    return {
        introduced,
        unchanged: head.filter((pkg) => baseKeys.has(packageKey(pkg))),
        replaced: gone.filter((pkg) => headNames.has(packageName(pkg))),
        updated: introduced.filter((pkg) => baseNames.has(packageName(pkg))).length,
        removed: gone.length,
    };
}
function packageName(pkg) {
    return `${pkg.ecosystem}\u0000${pkg.name}`;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/group.ts
// One vulnerability can reach us as several OSV records (GHSA-..., GO-..., PYSEC-... naming the same CVE).
// Records that share an id or alias are one vulnerability, reported once.

function groupRecords(records) {
    const unique = [...new Map(records.map((r) => [r.id, r])).values()];
    const groups = [];
    for (const record of unique) {
        const names = new Set([record.id, ...record.aliases]);
        const joined = groups.filter((group) => group.some((other) => names.has(other.id) || other.aliases.some((a) => names.has(a))));
        const merged = [...joined.flat(), record];
        for (const group of joined)
            groups.splice(groups.indexOf(group), 1);
        groups.push(merged);
    }
    return groups.map(toVulnerability).sort((a, b) => (0,core_text/* compareText */.n6)(a.id, b.id));
}
function toVulnerability(records) {
    const ids = records.map((r) => r.id).sort();
    const aliases = [...new Set(records.flatMap((r) => r.aliases))].filter((a) => !ids.includes(a)).sort(cveFirst);
    const id = ids.find((candidate) => candidate.startsWith('GHSA-')) ?? ids[0];
    return { id, ids, aliases, records: [...records].sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : (0,core_text/* compareText */.n6)(a.id, b.id))) };
}
function cveFirst(a, b) {
    const rank = (s) => (s.startsWith('CVE-') ? 0 : 1);
    return rank(a) - rank(b) || (0,core_text/* compareText */.n6)(a, b);
}

;// CONCATENATED MODULE: ./src/probes/dependencies/osv/source.ts
/** The source could not answer (unreachable, timed out, garbage, missing database): the probe is inconclusive. */
class OsvUnavailableError extends Error {
    name = 'OsvUnavailableError';
}

;// CONCATENATED MODULE: ./src/probes/dependencies/names.ts
/** PEP 503 normalization for PyPI (OSV stores normalized names); other registries compare names as written. */
function normalizeName(ecosystem, name) {
    return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/versions/semver-like.ts
// Lenient SemVer-like ordering, as OSV evaluates ECOSYSTEM ranges for NuGet, Pub, Hex, ConanCenter and SwiftURL
// (osv-scalibr's semantic package): leading numeric components (a `v` prefix dropped), compared as numbers with
// missing ones as 0; what follows the first non-numeric character is a prerelease/build suffix. A version
// without a suffix orders after one with (`1.0.0-rc.1` < `1.0.0`); suffixes compare SemVer-style by dot-separated
// identifiers (numbers numerically and before words), build metadata after `+` ignored.
/** `maxComponents` numbers count (3 for SemVer, 4 for NuGet); further ones join the suffix as `.n`. */
function parseSemverLike(version, maxComponents) {
    const text = version.trim().replace(/^v/, '');
    const match = /^[\d.]*/.exec(text)?.[0] ?? '';
    const numbers = match.split('.').filter((part) => part !== '').map((part) => BigInt(part));
    const extra = numbers.slice(maxComponents).map((n) => `.${n}`).join('');
    return { components: numbers.slice(0, maxComponents), suffix: text.slice(match.length) + extra };
}
function compareComponents(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        const left = a[i] ?? 0n;
        const right = b[i] ?? 0n;
        if (left !== right)
            return left < right ? -1 : 1;
    }
    return 0;
}
/** Prerelease suffixes: none orders last; otherwise by dot-separated identifiers, numbers first and numerically. */
function compareSuffixes(a, b) {
    const left = a.split('+')[0]?.replace(/^-/, '') ?? '';
    const right = b.split('+')[0]?.replace(/^-/, '') ?? '';
    if (left === right)
        return 0;
    if (left === '')
        return 1;
    if (right === '')
        return -1;
    const l = left.split('.');
    const r = right.split('.');
    for (let i = 0; i < Math.min(l.length, r.length); i += 1) {
        const x = l[i];
        const y = r[i];
        const xNumber = /^\d+$/.test(x);
        const yNumber = /^\d+$/.test(y);
        const order = xNumber && yNumber ? Math.sign(Number(BigInt(x) - BigInt(y))) : xNumber ? -1 : yNumber ? 1 : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return Math.sign(l.length - r.length);
}
/** Whether the text starts like a version at all (a digit, after an optional `v`). */
function looksLikeVersion(version) {
    return /^v?\d/.test(version.trim());
}
function compareSemverLike(a, b) {
    if (!looksLikeVersion(a) || !looksLikeVersion(b))
        return undefined;
    const left = parseSemverLike(a, 3);
    const right = parseSemverLike(b, 3);
    return compareComponents(left.components, right.components) || compareSuffixes(left.suffix, right.suffix);
}
/** NuGet: four numeric parts (1.0 = 1.0.0.0), prerelease labels compared case-insensitively, metadata ignored. */
function compareNuGet(a, b) {
    if (!looksLikeVersion(a) || !looksLikeVersion(b))
        return undefined;
    const left = parseSemverLike(a, 4);
    const right = parseSemverLike(b, 4);
    return compareComponents(left.components, right.components) || compareSuffixes(left.suffix.toLowerCase(), right.suffix.toLowerCase());
}
/**
 * Pub (pub_semver): SemVer, except that build metadata is not ignored: after the prerelease, versions with equal
 * precedence order by their build part (`1.0.0` < `1.0.0+1`).
 */
function comparePub(a, b) {
    const order = compareSemverLike(a, b);
    if (order === undefined || order !== 0)
        return order;
    const build = (v) => v.split('+').slice(1).join('+');
    const [left, right] = [build(a), build(b)];
    return left === right ? 0 : left === '' ? -1 : right === '' ? 1 : compareSuffixes(`-${left}`, `-${right}`);
}

;// CONCATENATED MODULE: ./src/probes/dependencies/versions/cran.ts
// CRAN ordering (R's package_version): numbers separated by `.` or `-` (`1.2-3`), compared one by one with
// missing ones as 0; when all agree, the version with more numbers is newer (`1.0` < `1.0.0`).

function compareCran(a, b) {
    const left = cran_parse(a);
    const right = cran_parse(b);
    if (!left || !right)
        return undefined;
    return compareComponents(left, right) || Math.sign(left.length - right.length);
}
function cran_parse(version) {
    const parts = version.trim().split(/[.-]/);
    return parts.every((part) => /^\d+$/.test(part)) ? parts.map((part) => BigInt(part)) : undefined;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/versions/maven.ts
// Maven ordering, as the POM reference specifies it (https://maven.apache.org/pom.html#version-order-specification)
// and OSV applies it: tokens split at `.` and `-` and at digit/letter transitions (a transition counts as `-`);
// trailing null tokens (0, '', final, ga, release) trimmed before each `-`; then token by token, padding the
// shorter version with nulls: numbers numerically; alpha < beta < milestone < rc = cr < snapshot < '' = final
// = ga = release < sp < other words (lexically); and by separator, `.qualifier` < `-qualifier` < `-number` < `.number`.
// No maintained JavaScript implementation exists on the registry, so this is written from the specification.
const KEYWORDS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const NUMBER = /^\d+$/;
function parseMavenVersion(version) {
    const tokens = [];
    const pieces = version.trim().split(/([.-])/);
    for (let i = 0; i < pieces.length; i += 2) {
        let prefix = (i === 0 ? '' : pieces[i - 1]);
        const piece = pieces[i];
        const parts = piece.match(/\d+|\D+/g) ?? [''];
        parts.forEach((raw, j) => {
            if (j > 0)
                prefix = '-';
            const last = j === parts.length - 1;
            let value = raw.toLowerCase();
            if (value === '')
                value = '0';
            if (value === 'cr')
                value = 'rc';
            if (value === 'ga' || value === 'final' || value === 'release')
                value = '';
            // a1, b2, m3: the single letters are shorthands only when a number follows.
            if (!last)
                value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
            if (NUMBER.test(value))
                value = BigInt(value).toString();
            tokens.push({ prefix, value });
        });
    }
    // Trim null tokens at the end of the version and before each `-`, right to left.
    for (let i = tokens.length - 1; i > 0;) {
        if (isTrimmable(tokens[i])) {
            tokens.splice(i, 1);
            i -= 1;
            continue;
        }
        while (i >= 0 && tokens[i]?.prefix !== '-')
            i -= 1;
        i -= 1;
    }
    return tokens;
}
function isTrimmable(token) {
    return token.value === '0' || token.value === '' || token.value === 'final' || token.value === 'ga';
}
function compareMaven(a, b) {
    if (a.trim() === '' || b.trim() === '')
        return undefined;
    const left = parseMavenVersion(a);
    const right = parseMavenVersion(b);
    for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
        const l = left[i] ?? padding(right[i]);
        const r = right[i] ?? padding(left[i]);
        if (l.prefix === r.prefix && l.value === r.value)
            continue;
        return lessThan(l, r) ? -1 : 1;
    }
    return 0;
}
/** The null token a shorter version is padded with: `.0` (or `.` before `sp`) or `-`. */
function padding(other) {
    if (other.prefix === '-')
        return { prefix: '-', value: '', isNull: true };
    return { prefix: '.', value: other.value === 'sp' ? '' : '0', isNull: true };
}
function lessThan(l, r) {
    if (l.prefix !== r.prefix)
        return separatorOrder(l) < separatorOrder(r);
    const lNumber = NUMBER.test(l.value);
    const rNumber = NUMBER.test(r.value);
    if (lNumber && rNumber)
        return BigInt(l.value) < BigInt(r.value);
    if (lNumber && !l.isNull)
        return false; // a number is newer than any word
    if (rNumber && !r.isNull)
        return true;
    const li = keywordOrder(l.value);
    const ri = keywordOrder(r.value);
    if (li === KEYWORDS.length && ri === KEYWORDS.length)
        return l.value < r.value;
    return li < ri;
}
function keywordOrder(value) {
    const index = KEYWORDS.indexOf(value);
    return index < 0 ? KEYWORDS.length : index;
}
/** `.qualifier` < `-qualifier` < `-number` < `.number`. */
function separatorOrder(token) {
    const number = NUMBER.test(token.value);
    if (token.prefix === '-')
        return number ? 2 : 1;
    return number ? 3 : 0;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/versions/packagist.ts
// Composer ordering. No maintained JavaScript port of composer/semver exists, so this follows its two steps
// faithfully: VersionParser::normalize (https://github.com/composer/semver/blob/main/src/VersionParser.php)
// turns `v1.2-beta.3` into `1.2.0.0-beta3`, then Comparator uses PHP's version_compare
// (https://github.com/php/php-src/blob/master/ext/standard/versioning.c) on the normalized strings.
const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSICAL = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATETIME = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');
const STABILITY = { a: 'alpha', b: 'beta', p: 'patch', pl: 'patch', rc: 'RC' };
/** Composer's normalized form (`1.2.0.0-beta3`), or undefined for branch names and unparsable text. */
function normalizeComposerVersion(input) {
    const version = input.trim().replace(/\+[^\s]+$/, ''); // build metadata is not part of the order
    let match = CLASSICAL.exec(version);
    let base;
    let index;
    if (match) {
        base = [match[1], match[2] || '.0', match[3] || '.0', match[4] || '.0'].join('');
        index = 5;
    }
    else {
        match = DATETIME.exec(version);
        if (!match?.[1])
            return undefined;
        base = match[1].replace(/\D/g, '.');
        index = 2;
    }
    const stability = match[index];
    if (stability) {
        const lower = stability.toLowerCase();
        if (lower === 'stable')
            return base;
        base += `-${STABILITY[lower] ?? lower}${(match[index + 1] ?? '').replace(/^[.-]+/, '')}`;
    }
    if (match[index + 2])
        base += '-dev';
    return base;
}
function comparePackagist(a, b) {
    const left = normalizeComposerVersion(a);
    const right = normalizeComposerVersion(b);
    return left !== undefined && right !== undefined ? phpVersionCompare(left, right) : undefined;
}
/** PHP's version_compare. */
function phpVersionCompare(a, b) {
    return compareParts(canonicalize(a), canonicalize(b));
}
/** php_canonicalize_version: `-_+` become dots, and a dot separates runs of digits from runs of other text. */
function canonicalize(version) {
    let out = version.charAt(0);
    for (let i = 1; i < version.length; i += 1) {
        const previous = version.charAt(i - 1);
        const char = version.charAt(i);
        const needsDot = !out.endsWith('.');
        if ('-_+'.includes(char)) {
            if (needsDot)
                out += '.';
        }
        else if ((isNonDigit(previous) && isDigit(char)) || (isDigit(previous) && isNonDigit(char))) {
            if (needsDot)
                out += '.';
            out += char;
        }
        else if (!/[A-Za-z0-9]/.test(char)) {
            if (needsDot)
                out += '.';
        }
        else {
            out += char;
        }
    }
    return out.split('.').filter((part) => part !== '');
}
function isDigit(char) {
    return char >= '0' && char <= '9';
}
function isNonDigit(char) {
    return !isDigit(char) && char !== '.';
}
const NUMBER_FORM = '#N#';
function compareParts(a, b) {
    const shared = Math.min(a.length, b.length);
    for (let i = 0; i < shared; i += 1) {
        const left = a[i];
        const right = b[i];
        const leftDigit = isDigit(left.charAt(0));
        const rightDigit = isDigit(right.charAt(0));
        let order;
        if (leftDigit && rightDigit)
            order = Math.sign(Number.parseInt(left, 10) - Number.parseInt(right, 10));
        else if (!leftDigit && !rightDigit)
            order = compareSpecialForms(left, right);
        else
            order = leftDigit ? compareSpecialForms(NUMBER_FORM, right) : compareSpecialForms(left, NUMBER_FORM);
        if (order !== 0)
            return order;
    }
    // A longer version is newer when it goes on with a number, older when it goes on with alpha/beta/RC/dev.
    if (a.length > shared)
        return isDigit(a[shared].charAt(0)) ? 1 : compareParts(a.slice(shared), [NUMBER_FORM]);
    if (b.length > shared)
        return isDigit(b[shared].charAt(0)) ? -1 : compareParts([NUMBER_FORM], b.slice(shared));
    return 0;
}
// compare_special_version_forms: a form matches the first special name it starts with; unknown text ranks lowest.
const SPECIAL_FORMS = [
    ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];
function compareSpecialForms(a, b) {
    const rank = (form) => SPECIAL_FORMS.find(([name]) => form.startsWith(name))?.[1] ?? -1;
    return Math.sign(rank(a) - rank(b));
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
;// CONCATENATED MODULE: ./src/probes/dependencies/versions/pypi.ts
// PEP 440 ordering (epochs, pre/post/dev releases, local versions) with @renovatebot/pep440, a port of
// pypa/packaging's Version used by Renovate.

function comparePypi(a, b) {
    return (0,pep440/* valid */.rZ)(a) !== null && (0,pep440/* valid */.rZ)(b) !== null ? (0,pep440/* compare */.UD)(a, b) : undefined;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/ruby-semver/dist/index.js + 2 modules
var ruby_semver_dist = __webpack_require__(36795);
;// CONCATENATED MODULE: ./src/probes/dependencies/versions/rubygems.ts
// RubyGems ordering (Gem::Version: numeric segments, letters mark prereleases, trailing zeros are
// insignificant) with @renovatebot/ruby-semver, a port of Gem::Version used by Renovate.

function compareRubyGems(a, b) {
    if ((0,ruby_semver_dist/* valid */.rZ)(a) === null || (0,ruby_semver_dist/* valid */.rZ)(b) === null)
        return undefined;
    return (0,ruby_semver_dist.eq)(a, b) ? 0 : (0,ruby_semver_dist.gt)(a, b) ? 1 : -1;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/probes/dependencies/versions/semver.ts
// SemVer 2.0 ordering with the `semver` package (npm's own): prereleases order before releases, build metadata
// is ignored. A leading `v` is dropped first.

function compareSemver(a, b) {
    const left = semver_default().parse(a.replace(/^v/, ''));
    const right = semver_default().parse(b.replace(/^v/, ''));
    return left && right ? left.compare(right) : undefined;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/versions/index.ts







const ECOSYSTEM_ORDER = {
    // The npm registry only holds valid semver; loose parsing would let through tags and ranges.
    npm: compareSemver,
    PyPI: comparePypi,
    // Go module versions: semver with a `v` prefix (optional in OSV data). Pseudo-versions
    // (v0.0.0-20220906165146-f3363e06e74c) are semver prereleases and order correctly as such; `+incompatible`
    // is build metadata, which semver (like the go command) ignores when comparing.
    Go: compareSemver,
    // Cargo follows SemVer 2.0 (the semver crate).
    'crates.io': compareSemver,
    RubyGems: compareRubyGems,
    Packagist: comparePackagist,
    Maven: compareMaven,
    NuGet: compareNuGet,
    Pub: comparePub,
    CRAN: compareCran,
    // Hex (Elixir's Version), ConanCenter and SwiftURL: SemVer read leniently, as OSV does for them.
    Hex: compareSemverLike,
    ConanCenter: compareSemverLike,
    SwiftURL: compareSemverLike,
    // CocoaPods' Pod::Version is a Gem::Version.
    CocoaPods: compareRubyGems,
};
/** OSV `SEMVER` ranges use SemVer 2.0 whatever the ecosystem (Go versions there have no `v`). */
const SEMVER_ORDER = compareSemver;

;// CONCATENATED MODULE: ./src/probes/dependencies/match.ts
// Whether an OSV record affects a package version: `affected[].versions` lists and SEMVER/ECOSYSTEM ranges
// evaluated as the OSV schema specifies (events sorted, `introduced` opens, `fixed`/`last_affected` close).
// GIT ranges name commits, not releases, and are ignored.


function matchRecord(record, pkg) {
    let affected = false;
    let fixed;
    let unknown;
    const order = ECOSYSTEM_ORDER[pkg.ecosystem];
    for (const entry of record.affected) {
        if (!concerns(entry, pkg))
            continue;
        const listed = entry.versions.some((v) => sameVersion(order, v, pkg.version));
        let inRange = false;
        for (const range of entry.ranges) {
            if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM')
                continue;
            const result = evaluateRange(range, pkg.version, range.type === 'SEMVER' ? semverThenEcosystem(order) : order);
            if (result.status === 'unknown')
                unknown ??= result.reason;
            if (result.status !== 'affected')
                continue;
            inRange = true;
            if (result.fixed !== undefined && (fixed === undefined || (order(result.fixed, fixed) ?? 0) < 0))
                fixed = result.fixed;
        }
        affected ||= listed || inRange;
    }
    if (affected)
        return fixed === undefined ? { status: 'affected' } : { status: 'affected', fixed };
    return unknown ? { status: 'unknown', reason: unknown } : { status: 'not-affected' };
}
/** Whether an `affected` entry is about this package (OSV normalizes PyPI names; others compare as written). */
function concerns(entry, pkg) {
    return (entry.package !== undefined &&
        entry.package.ecosystem === pkg.ecosystem &&
        normalizeName(pkg.ecosystem, entry.package.name) === normalizeName(pkg.ecosystem, pkg.name));
}
function sameVersion(order, listed, version) {
    return listed === version || order(listed, version) === 0;
}
/** SEMVER ranges are SemVer 2.0; a version that is not SemVer falls back to the ecosystem's own order. */
function semverThenEcosystem(order) {
    return (a, b) => SEMVER_ORDER(a, b) ?? order(a, b);
}
function evaluateRange(range, version, order) {
    const bound = (event) => event.introduced ?? event.fixed ?? event.last_affected;
    const events = range.events.filter((e) => bound(e) !== undefined && e.limit === undefined);
    for (const event of events) {
        const value = bound(event);
        if (!(event.introduced === '0') && order(value, version) === undefined) {
            return { status: 'unknown', reason: `cannot order ${version} against ${value}` };
        }
    }
    const position = (event) => (event.introduced === '0' ? -1 : (order(bound(event), version) ?? 0));
    const sorted = [...events].sort((a, b) => {
        if (a.introduced === '0' || b.introduced === '0')
            return a.introduced === '0' ? (b.introduced === '0' ? 0 : -1) : 1;
        return order(bound(a), bound(b)) ?? 0;
    });
    let affected = false;
    for (const event of sorted) {
        const cmp = position(event); // the event's bound compared to the version
        if (event.introduced !== undefined) {
            if (cmp <= 0)
                affected = true;
        }
        else if (event.fixed !== undefined) {
            if (cmp <= 0)
                affected = false;
        }
        else if (cmp < 0) {
            affected = false; // last_affected below the version
        }
    }
    if (!affected)
        return { status: 'not-affected' };
    // The first event closing the range above the version: its `fixed`, if that is what closes it.
    const closing = sorted.find((e) => (e.fixed !== undefined && position(e) > 0) || (e.last_affected !== undefined && position(e) >= 0));
    return closing?.fixed !== undefined ? { status: 'affected', fixed: closing.fixed } : { status: 'affected' };
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/probes/dependencies/severity.ts
// Severity of a vulnerability: the database's own rating (GitHub's `database_specific.severity`) where present,
// else the highest CVSS base score among its vectors, computed by ae-cvss-calculator (v2, v3.0, v3.1 and v4.0),
// mapped with the CVSS v3/v4 qualitative scale. Malicious-package records (MAL-) rate critical.

const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
function severityRank(severity) {
    return RANK[severity];
}
/** The highest rating among records describing the same vulnerability (an advisory and its aliases). */
function rateSeverity(records) {
    const ratings = records.map(rateRecord);
    const best = ratings.reduce((top, rating) => {
        if (rating.severity === undefined)
            return top;
        if (!top?.severity || RANK[rating.severity] > RANK[top.severity])
            return rating;
        return top;
    }, undefined);
    return best ?? { source: 'unknown' };
}
function rateRecord(record) {
    if (record.id.startsWith('MAL-'))
        return { severity: 'critical', source: 'malicious' };
    const labelled = databaseSeverity(record.database_specific?.severity);
    if (labelled)
        return { severity: labelled, source: 'database' };
    const vectors = [...record.severity, ...record.affected.flatMap((a) => a.severity)];
    let best;
    for (const vector of vectors) {
        const score = cvssBaseScore(vector);
        if (score !== undefined && (best?.score === undefined || score > best.score)) {
            best = { severity: scoreSeverity(score), source: 'cvss', score, vector: vector.score };
        }
    }
    return best ?? { source: 'unknown' };
}
/** GitHub Advisory Database labels (CRITICAL, HIGH, MODERATE, LOW); others rate by CVSS. */
function databaseSeverity(label) {
    if (typeof label !== 'string')
        return undefined;
    const mapped = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };
    return mapped[label.toUpperCase()];
}
/** CVSS v3/v4 qualitative ratings; 0.0 ("none") still names a vulnerability, so it rates low. */
function scoreSeverity(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
// Base metrics each version requires; a vector missing one would score as if it were the worst or zero.
const CVSS_TYPES = {
    CVSS_V4: { prefix: /^CVSS:4\.0\//, metrics: ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'], make: (v) => new (ae_cvss_calculator_default()).Cvss4P0(v) },
    CVSS_V3: { prefix: /^CVSS:3\.[01]\//, metrics: ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'], make: (v) => (v.startsWith('CVSS:3.0/') ? new (ae_cvss_calculator_default()).Cvss3P0(v) : new (ae_cvss_calculator_default()).Cvss3P1(v)) },
    CVSS_V2: { prefix: /^(?:\(?AV:)/, metrics: ['AV', 'AC', 'Au', 'C', 'I', 'A'], make: (v) => new (ae_cvss_calculator_default()).Cvss2(v) },
};
/** Base score of a CVSS vector, or undefined when the type is unknown or the vector is malformed. */
function cvssBaseScore(entry) {
    const spec = CVSS_TYPES[entry.type];
    const vector = entry.score.trim();
    if (!spec || !spec.prefix.test(vector))
        return undefined;
    const metrics = new Set(vector.replace(/^CVSS:[\d.]+\//, '').replace(/[()]/g, '').split('/').map((part) => part.split(':')[0]));
    if (!spec.metrics.every((metric) => metrics.has(metric)))
        return undefined;
    try {
        const score = spec.make(vector).calculateScores().base;
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined; // unknown metric values: the library throws
    }
}

;// CONCATENATED MODULE: ./src/probes/dependencies/policy.ts





const DEFAULT_BLOCK_ON = 'high';
/** Unrated vulnerabilities are not assumed harmless: they count as high (blocking under the default policy). */
const UNKNOWN_SEVERITY_AS = 'high';
const RULES = {
    introduced: 'dependencies/vulnerable-dependency',
    preExisting: 'dependencies/pre-existing-vulnerability',
    waived: 'dependencies/waived-vulnerability',
};
function policy_toFinding(occurrence, options) {
    const { pkg, vulnerability, lockfile } = occurrence;
    const rating = rateSeverity(vulnerability.records);
    const severity = rating.severity ?? UNKNOWN_SEVERITY_AS;
    const fixed = firstFixed(vulnerability, pkg);
    const waiver = findWaiver(vulnerability, options.waivers);
    const lapsed = waiver?.until !== undefined && isExpired(waiver.until, options.now);
    const summary = vulnerability.records.map((r) => r.summary ?? policy_firstLine(r.details)).find((s) => s) ?? '';
    let rule;
    let findingSeverity;
    let blocking = false;
    if (waiver && !lapsed) {
        rule = RULES.waived;
        findingSeverity = 'info';
    }
    else if (!occurrence.introduced) {
        rule = RULES.preExisting;
        findingSeverity = 'info';
    }
    else {
        rule = RULES.introduced;
        findingSeverity = severity;
        blocking = severityRank(severity) >= severityRank(options.blockOn);
    }
    const names = [vulnerability.id, ...vulnerability.ids.filter((id) => id !== vulnerability.id), ...vulnerability.aliases];
    const rated = rating.severity ? `${rating.severity}${rating.score !== undefined ? `, CVSS ${rating.score}` : ''}` : `severity unknown, treated as ${UNKNOWN_SEVERITY_AS}`;
    const parts = [
        `${pkg.name} ${pkg.version} (${pkg.ecosystem}${pkg.dev ? ', dev' : ''}) has ${names.join(' / ')} (${rated})`,
        summary ? `: ${summary}` : '',
        fixed ? `; fixed in ${fixed}` : '; no fixed version known',
        rule === RULES.preExisting ? '; already present at the merge-base' : '',
        rule === RULES.waived ? `; waived: ${waiver?.reason}${waiver?.until ? ` (until ${waiver.until})` : ''}` : '',
        lapsed ? `; waiver expired on ${waiver?.until} (${waiver?.reason})` : '',
    ];
    return {
        rule,
        severity: findingSeverity,
        blocking,
        message: parts.join(''),
        file: lockfile,
        ...(pkg.line !== undefined ? { line: pkg.line } : {}),
        fingerprint: (0,fingerprint/* fingerprint */.R)('dependencies', vulnerability.id, pkg.ecosystem, pkg.name, pkg.version, lockfile),
        details: {
            ecosystem: pkg.ecosystem,
            package: pkg.name,
            version: pkg.version,
            ...(pkg.dev !== undefined ? { dev: pkg.dev } : {}),
            lockfile,
            vulnerability: vulnerability.id,
            ids: vulnerability.ids,
            aliases: vulnerability.aliases,
            summary,
            severity: rating.severity ?? 'unknown',
            severity_source: rating.source,
            ...(rating.score !== undefined ? { cvss_score: rating.score, cvss_vector: rating.vector } : {}),
            fixed_version: fixed ?? null,
            introduced_by_change: occurrence.introduced,
            url: `https://osv.dev/vulnerability/${vulnerability.id}`,
            ...(waiver ? { waiver: { reason: waiver.reason, ...(waiver.until ? { until: waiver.until } : {}), expired: lapsed } } : {}),
        },
    };
}
/** The lowest fixed version above the package's among the group's records, in the ecosystem's order. */
function firstFixed(vulnerability, pkg) {
    const order = ECOSYSTEM_ORDER[pkg.ecosystem];
    let best;
    for (const record of vulnerability.records) {
        const result = matchRecord(record, pkg);
        if (result.status !== 'affected' || result.fixed === undefined)
            continue;
        if (best === undefined || (order(result.fixed, best) ?? 0) < 0)
            best = result.fixed;
    }
    return best;
}
/** A waiver names the vulnerability by any of its ids or aliases, case-insensitively. */
function findWaiver(vulnerability, waivers) {
    const names = new Set([...vulnerability.ids, ...vulnerability.aliases].map((n) => n.toUpperCase()));
    return waivers.find((waiver) => names.has(waiver.id.trim().toUpperCase()));
}
function policy_firstLine(text) {
    return text?.split('\n').find((line) => line.trim() !== '')?.trim();
}

;// CONCATENATED MODULE: ./src/probes/dependencies/check.ts





async function checkLockfiles(input) {
    const { lockfiles, unsupported, source, policy } = input;
    if (lockfiles.length === 0 && unsupported.length === 0) {
        return { status: 'pass', summary: 'no dependency changes', details: { lockfiles: [] } };
    }
    const parsed = lockfiles.map(parseVersions);
    for (const p of parsed)
        if (p.baseError)
            input.log(`dependencies: merge-base ${p.file.oldPath ?? p.file.path} does not parse (${p.baseError}); all its packages count as new`);
    // HEAD's packages, and the merge-base versions of those it updates, to tell new vulnerabilities from old ones.
    const introducedCount = parsed.reduce((sum, p) => sum + (p.diff?.introduced.length ?? 0), 0);
    // A change that adds no package version (removals, reordering, hashes) cannot introduce a vulnerability: no lookup.
    const queries = introducedCount === 0
        ? []
        : uniquePackages(parsed.flatMap((p) => (p.diff ? [...p.diff.introduced, ...p.diff.unchanged, ...p.diff.replaced] : []))).filter((pkg) => pkg.unresolved === undefined);
    input.log(`dependencies: ${lockfiles.length} lockfile(s) changed, ${introducedCount} package version(s) introduced, ${queries.length} to look up in ${source.kind === 'api' ? `OSV at ${source.location}` : `the offline database ${source.location}`}`);
    const problems = [
        ...parsed.filter((p) => p.error).map((p) => `${p.file.path} does not parse: ${p.error}`),
        ...unsupported.map((u) => `${u.path} was not checked: ${u.reason}`),
        ...parsed.flatMap((p) => (p.diff?.introduced ?? []).filter((pkg) => pkg.unresolved !== undefined).map((pkg) => `${p.file.path}${pkg.line ? `:${pkg.line}` : ''}: ${pkg.name} was not checked: ${pkg.unresolved}`)),
    ];
    let records;
    try {
        const answers = queries.length > 0 ? await source.lookup(queries) : [];
        records = new Map(queries.map((q, i) => [packageKey(q), answers[i] ?? []]));
    }
    catch (error) {
        if (!(error instanceof OsvUnavailableError))
            throw error;
        return {
            status: 'inconclusive',
            summary: `vulnerability data unavailable: ${error.message}`,
            details: details(parsed, input, queries.length, [error.message, ...problems]),
        };
    }
    const findings = sortFindings(parsed.flatMap((p) => occurrences(p, records)).map((o) => policy_toFinding(o, policy)));
    const blocking = findings.filter((f) => f.blocking).length;
    const status = problems.length > 0 ? 'inconclusive' : blocking > 0 ? 'fail' : 'pass';
    return {
        status,
        summary: summarize(parsed, introducedCount, findings, problems, policy),
        findings,
        details: details(parsed, input, queries.length, problems),
    };
}
function parseVersions(file) {
    const parse = (text, related) => {
        if (text === undefined)
            return { packages: [] };
        try {
            return { packages: file.format.parse(text, file.path, related) };
        }
        catch (error) {
            // A reader tripping over a shape it did not expect is still a file it could not read: inconclusive.
            if (error instanceof LockfileParseError)
                return { packages: [], error: error.reason };
            return { packages: [], error: `unexpected content (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})` };
        }
    };
    const head = parse(file.headText, file.headRelated);
    if (head.error)
        return { file, error: head.error };
    const base = parse(file.baseText, file.baseRelated);
    return { file, diff: diffPackages(base.packages, head.packages), ...(base.error ? { baseError: base.error } : {}) };
}
function uniquePackages(packages) {
    return [...new Map(packages.map((pkg) => [packageKey(pkg), pkg])).values()];
}
/**
 * A vulnerability is introduced when the change adds a version it affects and the merge-base did not already
 * have it in that package (an update from one affected version to another introduces nothing).
 */
function occurrences(parsed, records) {
    const diff = parsed.diff;
    if (!diff)
        return [];
    const before = new Map(); // package name -> ids and aliases of its merge-base vulnerabilities
    for (const pkg of [...diff.unchanged, ...diff.replaced]) {
        const names = before.get(packageName(pkg)) ?? new Set();
        for (const record of records.get(packageKey(pkg)) ?? [])
            for (const name of [record.id, ...record.aliases])
                names.add(name);
        before.set(packageName(pkg), names);
    }
    const alreadyThere = (pkg, vulnerability) => [...vulnerability.ids, ...vulnerability.aliases].some((name) => before.get(packageName(pkg))?.has(name));
    const of = (pkg, added) => groupRecords(records.get(packageKey(pkg)) ?? []).map((vulnerability) => ({
        lockfile: parsed.file.path,
        pkg,
        introduced: added && !alreadyThere(pkg, vulnerability),
        vulnerability,
    }));
    return [...diff.introduced.flatMap((pkg) => of(pkg, true)), ...diff.unchanged.flatMap((pkg) => of(pkg, false))];
}
/** Blocking first, then by file, package and id, so evidence lists are stable. */
function sortFindings(findings) {
    const key = (f) => [f.blocking ? 0 : 1, f.rule === RULES.introduced ? 0 : 1, f.file, f.details?.package, f.details?.version, f.details?.vulnerability].join('\u0000');
    return findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
function summarize(parsed, introduced, findings, problems, policy) {
    const count = (rule, blocking) => findings.filter((f) => f.rule === rule && (blocking === undefined || f.blocking === blocking)).length;
    const blocking = count(RULES.introduced, true);
    const below = count(RULES.introduced, false);
    const counts = [
        blocking ? `${blocking} blocking (${policy.blockOn} or worse)` : '',
        below ? `${below} below ${policy.blockOn}` : '',
        count(RULES.preExisting) ? `${count(RULES.preExisting)} already present at the merge-base` : '',
        count(RULES.waived) ? `${count(RULES.waived)} waived` : '',
    ].filter(Boolean);
    const head = `${parsed.length} lockfile${parsed.length === 1 ? '' : 's'} changed, ${introduced} package version${introduced === 1 ? '' : 's'} introduced`;
    const found = counts.length > 0 ? `vulnerabilities: ${counts.join(', ')}` : 'no known vulnerabilities';
    return [head, found, ...problems].join('; ');
}
function details(parsed, input, checked, problems) {
    const { source } = input;
    return {
        source: { kind: source.kind, location: source.location },
        block_on: input.policy.blockOn,
        lockfiles: parsed.map((p) => ({
            path: p.file.path,
            ...(p.file.oldPath ? { old_path: p.file.oldPath } : {}),
            format: p.file.format.id,
            ecosystem: p.file.format.ecosystem,
            ...(p.error ? { error: p.error } : {}),
            ...(p.baseError ? { base_error: p.baseError } : {}),
            ...(p.diff
                ? { introduced: p.diff.introduced.length, updated: p.diff.updated, unchanged: p.diff.unchanged.length, removed: p.diff.removed }
                : {}),
        })),
        unsupported: input.unsupported,
        packages_checked: checked,
        ...source.report(),
        ...(problems.length > 0 ? { problems } : {}),
    };
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(53916);
;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/go.ts
// go.mod (the build list's direct and, since Go 1.17, indirect requirements, with replacements applied; the
// standard library and toolchain at the `toolchain` or `go` version, as OSV names them `stdlib` and `toolchain`)
// and go.sum (read where go.mod does not list indirect requirements: the highest version whose module zip it records).


function parseGoMod(text) {
    const directives = goModDirectives(text);
    if (!directives.some((d) => d.verb === 'module'))
        throw new LockfileParseError('no "module" directive: not a go.mod');
    const replacements = directives.filter((d) => d.verb === 'replace').map(parseReplace);
    const result = [];
    for (const directive of directives.filter((d) => d.verb === 'require')) {
        const [path, version] = directive.args;
        if (!path || !version || !isModuleVersion(version)) {
            throw new LockfileParseError(`line ${directive.line}: malformed require "${directive.args.join(' ')}"`);
        }
        // The last matching replace wins, as in the go command; a version-specific one only for that version.
        const replace = replacements.findLast((r) => r.from === path && (r.fromVersion === undefined || r.fromVersion === version));
        if (replace && replace.toVersion === undefined)
            continue; // replaced by a local directory: not a registry module
        result.push({
            ecosystem: 'Go',
            name: replace ? replace.to : path,
            version: replace?.toVersion ?? version,
            line: directive.line,
        });
    }
    return [...result, ...goItself(directives)];
}
/**
 * The Go release the module builds with: the `toolchain` directive's, else the `go` directive's (since Go 1.21
 * the minimum toolchain). OSV's Go database files standard-library advisories under `stdlib` and cmd/go ones
 * under `toolchain`, both with release versions.
 */
function goItself(directives) {
    const go = directives.findLast((d) => d.verb === 'go');
    const toolchain = directives.findLast((d) => d.verb === 'toolchain' && d.args[0] !== 'default');
    const chosen = toolchain ?? go;
    if (!chosen)
        return [];
    const raw = chosen.args[0] ?? '';
    const version = releaseVersion(chosen === toolchain ? raw.replace(/^go/, '').replace(/-.*$/, '') : raw);
    if (!version)
        throw new LockfileParseError(`line ${chosen.line}: malformed ${chosen.verb} directive "${chosen.args.join(' ')}"`);
    return ['stdlib', 'toolchain'].map((name) => ({ ecosystem: 'Go', name, version, line: chosen.line }));
}
/** A Go release (`1.21`, `1.21.5`, `1.21rc2`) as a module-style version (`v1.21.0`, `v1.21.5`, `v1.21.0-rc.2`). */
function releaseVersion(release) {
    const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(release);
    if (!match)
        return undefined;
    const [, major, minor, patch, pre, number] = match;
    return `v${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${number}` : ''}`;
}
/** The `go` directive's version, undefined when go.mod has none. */
function goDirective(text) {
    return /^\s*go\s+(\d+\.\d+\S*)\s*(?:\/\/.*)?$/m.exec(text)?.[1];
}
/** Since `go 1.17`, go.mod lists every module that provides a package the build needs (module graph pruning). */
function listsIndirectRequirements(goVersion) {
    const [major = 0, minor = 0] = (goVersion ?? '1.16').split('.').map((part) => Number.parseInt(part, 10));
    return major > 1 || (major === 1 && minor >= 17);
}
function parseGoSum(text) {
    const chosen = new Map();
    text.split('\n').forEach((content, index) => {
        const fields = content.trim().split(/\s+/);
        if (fields.length === 1 && fields[0] === '')
            return;
        const [path, version, hash] = fields;
        if (fields.length !== 3 || !path || !version || !hash?.startsWith('h1:')) {
            throw new LockfileParseError(`line ${index + 1}: expected "module version h1:hash"`);
        }
        if (version.endsWith('/go.mod') || !isModuleVersion(version))
            return; // only go.mod was consulted, not the code
        const current = chosen.get(path);
        if (!current || semver_default().gt(strip(version), strip(current.version))) {
            chosen.set(path, { ecosystem: 'Go', name: path, version, line: index + 1 });
        }
    });
    return [...chosen.values()];
}
function parseReplace(directive) {
    const arrow = directive.args.indexOf('=>');
    const left = directive.args.slice(0, arrow);
    const right = directive.args.slice(arrow + 1);
    if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2 || !left[0] || !right[0]) {
        throw new LockfileParseError(`line ${directive.line}: malformed replace "${directive.args.join(' ')}"`);
    }
    return { from: left[0], fromVersion: left[1], to: right[0], toVersion: right[1] };
}
/** Directives with their arguments, expanding `verb ( ... )` blocks; `//` comments removed, quotes unwrapped. */
function goModDirectives(text) {
    const directives = [];
    let block;
    text.split('\n').forEach((raw, index) => {
        const tokens = tokenize(raw);
        const line = index + 1;
        if (tokens.length === 0)
            return;
        if (block !== undefined) {
            if (tokens[0] === ')')
                block = undefined;
            else
                directives.push({ verb: block, args: tokens, line });
            return;
        }
        const [verb, ...args] = tokens;
        if (args.length === 1 && args[0] === '(')
            block = verb;
        else
            directives.push({ verb, args, line });
    });
    if (block !== undefined)
        throw new LockfileParseError(`unterminated "${block} (" block`);
    return directives;
}
function tokenize(line) {
    const tokens = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\/\/.*$)|(\S+)/g;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
        if (match[3] !== undefined)
            break;
        tokens.push(match[1] ?? match[2] ?? match[4] ?? '');
    }
    return tokens;
}
/** Module versions are semver with a `v` prefix, `+incompatible` allowed; pseudo-versions are prereleases. */
function isModuleVersion(version) {
    return version.startsWith('v') && semver_default().valid(strip(version)) !== null;
}
function strip(version) {
    return version.replace(/^v/, '').replace(/\/go\.mod$/, '');
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/graph.ts
// Dev-only packages for formats that record the dependency graph but not a dev flag per package (pnpm v9, bun, uv).
/**
 * Each node's `dev`: false when reachable from `prodRoots`, true when reachable from `devRoots` only, undefined
 * (no verdict) when reachable from neither.
 */
function classifyReachable(prodRoots, devRoots, edges) {
    const prod = reach(prodRoots, edges);
    const devOnly = reach(devRoots, edges, prod);
    return (node) => (prod.has(node) ? false : devOnly.has(node) ? true : undefined);
}
function reach(roots, edges, stop) {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node) || stop?.has(node))
            continue;
        seen.add(node);
        for (const next of edges(node))
            stack.push(next);
    }
    return seen;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/json.ts
// JSON lockfiles: one parse that names the problem (and its line) when the text is not JSON.

function parseJsonObject(text, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new LockfileParseError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(data))
        throw new LockfileParseError(`expected a JSON object at the top of a ${what}`);
    return data;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(value, key) {
    const field = value[key];
    return typeof field === 'string' ? field : undefined;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/shape.ts
// Shape checks for parsed lockfile documents. A reader that met a field of the wrong type and skipped it would
// drop packages without a word; every field a reader relies on is read through these, so a wrong type is a
// LockfileParseError naming the key path (`packages["node_modules/a"].version is a number (1), expected a string`).

function isKind(value, kind) {
    switch (kind) {
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        case 'array':
            return Array.isArray(value);
        default:
            return typeof value === kind;
    }
}
/** `value` as `kind`, or a LockfileParseError naming `path`. */
function expectKind(value, kind, path) {
    if (isKind(value, kind))
        return value;
    throw new LockfileParseError(`${formatKeyPath(path)} is ${describe(value)}, expected ${kind === 'object' || kind === 'array' ? 'an' : 'a'} ${kind}`);
}
/** `parent[key]`: undefined when absent, else it must be a `kind` (null is a wrong type, not an absence). */
function optional(parent, key, kind, path) {
    const value = parent[key];
    return value === undefined ? undefined : expectKind(value, kind, [...path, key]);
}
/** `parent[key]`, which must be present and a `kind`. */
function required(parent, key, kind, path) {
    if (parent[key] === undefined)
        throw new LockfileParseError(`${formatKeyPath([...path, key])} is missing`);
    return expectKind(parent[key], kind, [...path, key]);
}
/** The items of an optional array of `kind`, each checked. */
function optionalList(parent, key, kind, path) {
    return (optional(parent, key, 'array', path) ?? []).map((item, index) => expectKind(item, kind, [...path, key, index]));
}
/** `packages["node_modules/a"].version`, `package[3].name`; the empty path is the document itself. */
function formatKeyPath(path) {
    if (path.length === 0)
        return 'the document';
    return path
        .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(key) ? `${index === 0 ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`))
        .join('');
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    const text = JSON.stringify(value) ?? String(value);
    return `a ${typeof value} (${text.length > 40 ? `${text.slice(0, 40)}…` : text})`;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/lines.ts
// Where entries sit in a lockfile's text, for findings that point at a line.

/**
 * 1-based lines of JSON object properties, keyed by their path joined with NUL.
 * `select(parent, key)` sees the path of the enclosing value (property names; '' for array items) and the key,
 * and says whether to record it. jsonc-parser's visitor gives lines without building a second tree, and
 * tolerates the comments and trailing commas of bun.lock.
 */
function jsonPropertyLines(text, select) {
    const lines = new Map();
    const parent = [];
    let depth = 0;
    let pendingKey;
    const enter = () => {
        if (depth > 0)
            parent.push(pendingKey ?? '');
        depth += 1;
        pendingKey = undefined;
    };
    const leave = () => {
        depth -= 1;
        if (depth > 0)
            parent.pop();
    };
    (0,main.visit)(text, {
        onObjectBegin: enter,
        onArrayBegin: enter,
        onObjectEnd: leave,
        onArrayEnd: leave,
        onObjectProperty: (property, _offset, _length, startLine) => {
            pendingKey = property;
            if (select(parent, property))
                lines.set([...parent, property].join('\u0000'), startLine + 1);
        },
        onLiteralValue: () => {
            pendingKey = undefined;
        },
    }, { allowTrailingComma: true, disallowComments: false });
    return lines;
}
/** The 1-based line of each line of `text` matching `pattern`, keyed by the pattern's first capture group. */
function matchingLines(text, pattern) {
    const lines = new Map();
    let line = 0;
    for (const content of text.split('\n')) {
        line += 1;
        const match = pattern.exec(content);
        if (match?.[1] !== undefined && !lines.has(match[1]))
            lines.set(match[1], line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/npm-spec.ts
// Name and version out of the `name@version` strings npm-family lockfiles use (scoped names start with `@`).

/** Splits `name@rest` at the `@` that follows the name; undefined when there is none. */
function splitNameAt(spec) {
    const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
    if (at <= 0)
        return undefined;
    return { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}
/**
 * A registry version, or undefined for git, file, link, tarball and workspace references: only registry
 * versions have advisories. Semver is what the npm registry accepts, so validity is the test.
 */
function registryVersion(version) {
    return semver_default().valid(version) ?? undefined;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/bun.ts
// bun.lock (text lockfile, JSON with trailing commas). `packages` maps install paths ("a", "a/b" for a copy
// nested under a) to tuples whose first item is the resolved `name@version`. The binary bun.lockb is not read.







function parseBunLock(text) {
    const lock = parseJsonc(text);
    if (lock.packages === undefined)
        throw new LockfileParseError('no "packages" object: not a bun.lock');
    const packages = expectKind(lock.packages, 'object', ['packages']);
    const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && parent[0] === 'packages');
    const devOnly = classifyDev(lock, packages);
    const result = [];
    for (const [path, value] of Object.entries(packages)) {
        const entry = expectKind(value, 'array', ['packages', path]);
        const ident = splitNameAt(expectKind(entry[0], 'string', ['packages', path, 0]));
        const version = ident && registryVersion(ident.rest);
        if (!ident || !version)
            continue;
        result.push({ ecosystem: 'npm', name: ident.name, version, dev: devOnly(path), line: lines.get(`packages\u0000${path}`) });
    }
    return result;
}
function parseJsonc(text) {
    const errors = [];
    const data = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (first) {
        const line = text.slice(0, first.offset).split('\n').length;
        throw new LockfileParseError(`not valid JSON: ${(0,main.printParseErrorCode)(first.error)} at line ${line}`);
    }
    if (!isObject(data))
        throw new LockfileParseError('expected a JSON object at the top of a bun.lock');
    return data;
}
/** Dev-only-ness from the workspaces' dependency lists, following each package's own dependencies. */
function classifyDev(lock, packages) {
    const workspaces = isObject(lock.workspaces) ? Object.values(lock.workspaces).filter(isObject) : [];
    if (workspaces.length === 0)
        return () => undefined;
    const resolve = (from, dep) => {
        for (let scope = from; scope !== undefined; scope = parentPath(scope)) {
            if (`${scope}/${dep}` in packages)
                return `${scope}/${dep}`;
        }
        return dep in packages ? dep : undefined;
    };
    const roots = (fields) => workspaces.flatMap((workspace) => {
        const scope = typeof workspace.name === 'string' ? workspace.name : undefined;
        return fields.flatMap((field) => names(workspace[field]).map((dep) => resolve(scope, dep)));
    }).filter((path) => path !== undefined);
    const edges = (path) => {
        const entry = packages[path];
        const info = Array.isArray(entry) ? entry.find(isObject) : undefined;
        if (!info)
            return [];
        return [...names(info.dependencies), ...names(info.optionalDependencies)]
            .map((dep) => resolve(path, dep))
            .filter((next) => next !== undefined);
    };
    return classifyReachable(roots(['dependencies', 'optionalDependencies', 'peerDependencies']), roots(['devDependencies']), edges);
}
function names(deps) {
    return isObject(deps) ? Object.keys(deps) : [];
}
/** The install path one level up: "a/@s/b" -> "a", "a/b" -> "a", "a" -> undefined. */
function parentPath(path) {
    const segments = path.split('/');
    const drop = segments.length >= 2 && segments[segments.length - 2]?.startsWith('@') ? 2 : 1;
    return segments.length > drop ? segments.slice(0, -drop).join('/') : undefined;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/toml.ts
// TOML lockfiles and manifests: one parse with a clear error, and the `[[package]]` tables of Cargo.lock,
// poetry.lock and uv.lock.




/** A TOML document, or a LockfileParseError naming the line where it stops being TOML. */
function parseTomlDocument(text) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        const reason = error instanceof smol_toml_dist/* TomlError */.zx ? `${(0,errors/* errorMessage */.g)(error)} (line ${error.line})` : String(error);
        throw new LockfileParseError(`not valid TOML: ${reason}`);
    }
}
/** Each `[[package]]` table with its line and its key path (`package[3]`) for shape errors. */
function parseTomlPackages(text) {
    const data = parseTomlDocument(text);
    const packages = optional(data, 'package', 'array', []) ?? [];
    const headers = tableHeaderLines(text, 'package');
    return packages.map((entry, index) => ({ entry: expectKind(entry, 'object', ['package', index]), line: headers[index], where: ['package', index] }));
}
/** Line of each `[[table]]` header in order: smol-toml keeps array order, so the n-th entry is at the n-th. */
function tableHeaderLines(text, table) {
    const header = new RegExp(`^\\s*\\[\\[\\s*${table}\\s*\\]\\]`);
    const lines = [];
    text.split('\n').forEach((content, index) => {
        if (header.test(content))
            lines.push(index + 1);
    });
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/cargo.ts


function parseCargoLock(text) {
    return parseTomlPackages(text).flatMap(({ entry, line, where }) => {
        const name = required(entry, 'name', 'string', where);
        const version = required(entry, 'version', 'string', where);
        const source = optional(entry, 'source', 'string', where) ?? '';
        if (!/^(?:registry|sparse)\+/.test(source))
            return [];
        return [{ ecosystem: 'crates.io', name, version, line }];
    });
}
const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
function parseCargoToml(text) {
    const manifest = parseTomlDocument(text);
    // One pass over the lines, keyed by the dependency name a line starts with (`serde = `, `"serde" = `,
    // `serde.workspace = `): a search per dependency was quadratic (8000 dependencies: 43 s).
    const lines = new Map();
    text.split('\n').forEach((content, index) => {
        const key = /^\s*(?:"([^"]+)"|([^\s=."]+))\s*(?:\.[\w.-]+\s*)?=/.exec(content);
        const name = key?.[1] ?? key?.[2];
        if (name !== undefined && !lines.has(name))
            lines.set(name, index + 1);
    });
    const lineOf = (name) => lines.get(name);
    const result = [];
    const read = (table, where, dev) => {
        for (const [key, value] of Object.entries(table)) {
            const spec = typeof value === 'string' ? { version: value } : expectKind(value, 'object', [...where, key]);
            if (spec.path !== undefined || spec.git !== undefined || spec.workspace !== undefined)
                continue; // local, git, or the workspace's entry
            if (spec.registry !== undefined && spec.registry !== 'crates-io')
                continue;
            const version = optional(spec, 'version', 'string', [...where, key]);
            const exact = version === undefined ? undefined : /^\s*=\s*([0-9][0-9A-Za-z.+-]*)\s*$/.exec(version)?.[1];
            if (!exact)
                continue;
            const name = optional(spec, 'package', 'string', [...where, key]) ?? key;
            result.push({ ecosystem: 'crates.io', name, version: exact, dev, line: lineOf(key) });
        }
    };
    const sections = (root, base) => {
        for (const section of DEPENDENCY_TABLES) {
            const table = optional(root, section, 'object', base);
            if (table)
                read(table, [...base, section], section === 'dev-dependencies' ? true : section === 'dependencies' ? false : undefined);
        }
    };
    sections(manifest, []);
    for (const [target, value] of Object.entries(optional(manifest, 'target', 'object', []) ?? {}))
        sections(expectKind(value, 'object', ['target', target]), ['target', target]);
    const workspace = optional(manifest, 'workspace', 'object', []);
    const shared = workspace && optional(workspace, 'dependencies', 'object', ['workspace']);
    if (shared)
        read(shared, ['workspace', 'dependencies'], undefined);
    return result;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/yaml.ts
// YAML lockfiles (pnpm). js-yaml rather than the `yaml` package used for config: on a 5,000-package
// pnpm-lock.yaml it parses in ~100 ms where `yaml` takes over 2 s. The failsafe schema keeps every scalar a
// string, so versions such as 1.10 are never turned into numbers.




function parseYamlObject(text, what) {
    let data;
    try {
        data = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* FAILSAFE_SCHEMA */.uH });
    }
    catch (error) {
        throw new LockfileParseError(`not valid YAML (${(0,errors/* errorMessage */.g)(error)})`);
    }
    if (!isObject(data))
        throw new LockfileParseError(`expected a YAML mapping at the top of a ${what}`);
    return data;
}
/** Line of each key directly under the top-level `section:` of a block-style YAML document, indented by 2. */
function sectionKeyLines(text, section) {
    const lines = new Map();
    let inside = false;
    let line = 0;
    for (const content of text.split('\n')) {
        line += 1;
        if (content === '' || content.startsWith('#'))
            continue;
        if (!content.startsWith(' ')) {
            inside = content.startsWith(`${section}:`);
            continue;
        }
        if (!inside || content.startsWith('   '))
            continue;
        const key = /^ {2}(?:'([^']*)'|"([^"]*)"|([^\s'"][^:]*(?::[^\s][^:]*)*)):(?:\s|$)/.exec(content);
        const name = key?.[1] ?? key?.[2] ?? key?.[3];
        if (name !== undefined)
            lines.set(name, line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/cocoapods.ts




function parsePodfileLock(text) {
    const lock = parseYamlObject(text, 'Podfile.lock');
    if (lock.PODS === undefined)
        throw new LockfileParseError('no "PODS" list: not a Podfile.lock');
    const pods = lock.PODS === null ? [] : expectKind(lock.PODS, 'array', ['PODS']);
    const external = new Set(Object.keys(optional(lock, 'EXTERNAL SOURCES', 'object', []) ?? {}));
    const lines = matchingLines(text, /^ {2}- "?([^"(:]+ \([^)]+\))"?:?\s*$/);
    const result = [];
    pods.forEach((value, index) => {
        const spec = typeof value === 'string' ? value : Object.keys(expectKind(value, 'object', ['PODS', index]))[0];
        const match = spec === undefined ? null : /^(\S+) \(([^)]+)\)$/.exec(spec);
        if (!match)
            throw new LockfileParseError(`PODS[${index}] is "${String(spec)}", expected "Name (version)"`);
        const pod = match[1].split('/')[0];
        if (external.has(pod))
            return;
        result.push({ ecosystem: 'CocoaPods', name: pod, version: match[2], line: lines.get(spec) });
    });
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/composer.ts




function parseComposerLock(text) {
    const lock = parseJsonObject(text, 'composer.lock');
    if (lock.packages === undefined && lock['packages-dev'] === undefined) {
        throw new LockfileParseError('neither "packages" nor "packages-dev" found: not a composer.lock');
    }
    const lines = matchingLines(text, /^\s*"name":\s*"([^"]+)"/);
    const result = [];
    for (const section of ['packages', 'packages-dev']) {
        // composer writes `"packages-dev": null` when installed with --no-dev.
        const entries = lock[section] === null ? [] : (optional(lock, section, 'array', []) ?? []);
        for (const [index, value] of entries.entries()) {
            const where = [section, index];
            const entry = expectKind(value, 'object', where);
            const name = required(entry, 'name', 'string', where);
            const version = required(entry, 'version', 'string', where);
            if (version.startsWith('dev-') || version.endsWith('-dev'))
                continue;
            result.push({ ecosystem: 'Packagist', name, version, dev: section === 'packages-dev', line: lines.get(name) });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/conan.ts




function parseConanLock(text) {
    const lock = parseJsonObject(text, 'conan.lock');
    const lines = matchingLines(text, /"(?:ref"\s*:\s*")?([^"/\s]+\/[^"\s]+)"/);
    const graph = optional(lock, 'graph_lock', 'object', []);
    if (graph) {
        const nodes = required(graph, 'nodes', 'object', ['graph_lock']);
        return Object.entries(nodes).flatMap(([id, value]) => {
            const where = ['graph_lock', 'nodes', id];
            const node = expectKind(value, 'object', where);
            const ref = optional(node, 'ref', 'string', where) ?? optional(node, 'pref', 'string', where);
            // The consumer (conanfile.py or .txt) has a path and, at most, its own name: it is not a package.
            if (ref === undefined || optional(node, 'path', 'string', where) !== undefined)
                return [];
            const pkg = fromReference(ref, lines);
            return pkg ? [{ ...pkg, dev: optional(node, 'context', 'string', where) === 'build' ? true : undefined }] : [];
        });
    }
    if (!['requires', 'build_requires', 'python_requires'].some((key) => key in lock)) {
        throw new LockfileParseError('neither "graph_lock" nor "requires" found: not a conan.lock');
    }
    return ['requires', 'build_requires', 'python_requires'].flatMap((key) => optionalList(lock, key, 'string', []).flatMap((ref) => {
        const pkg = fromReference(ref, lines);
        return pkg ? [{ ...pkg, dev: key === 'build_requires' ? true : undefined }] : [];
    }));
}
function fromReference(ref, lines) {
    const match = /^([^/@#\s]+)\/([^@#\s]+)/.exec(ref);
    if (!match)
        return undefined;
    return { ecosystem: 'ConanCenter', name: match[1], version: match[2], line: lines.get(ref) };
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/xml.ts
// XML lockfiles and manifests (pom.xml, verification-metadata.xml, *.csproj, packages.config) with
// fast-xml-parser: validated first, so a broken file is an error with its line rather than half a tree; every
// value stays a string; elements that may repeat are always arrays; each element remembers where it starts.



const META = XMLParser/* default */.A.getMetaDataSymbol();
function parseXml(text, repeated) {
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true)
        throw new LockfileParseError(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
    const parser = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        parseTagValue: false,
        parseAttributeValue: false,
        trimValues: true,
        removeNSPrefix: true,
        captureMetaData: true,
        isArray: (name) => repeated.includes(name),
    });
    return parser.parse(text);
}
/** The 1-based line where a parsed element starts, for a document whose elements are looked up many times. */
function elementLines(text) {
    const starts = (0,core_text/* lineStarts */._$)(text);
    return (element) => {
        const start = element?.[META]?.startIndex;
        return start === undefined ? undefined : (0,core_text/* lineOf */.cA)(starts, start) + 1;
    };
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/maven.ts
// Maven's pom.xml and Gradle's lockfiles: gradle.lockfile, gradle/verification-metadata.xml and the
// libs.versions.toml version catalog. Maven packages are named `groupId:artifactId`, as OSV names them.





const MAVEN = 'Maven';
/**
 * pom.xml: `dependencies` and `dependencyManagement` entries, with `${…}` properties and missing versions
 * resolved through the parent chain found in the repository (`relativePath`, default `../pom.xml`); no network.
 * Versions that stay unresolved (a parent from a remote repository) or are ranges are reported as such.
 */
function parsePomXml(text, path, related = new Map()) {
    const chain = pomChain({ path, text, project: pomProject(text) }, related);
    const properties = new Map();
    const managed = new Map();
    // Ancestors first, so a child's declarations win.
    for (const pom of [...chain].reverse()) {
        for (const [key, value] of Object.entries(child(pom.project, 'properties', ['project']) ?? {})) {
            properties.set(key, textOf(value, ['project', 'properties', key]));
        }
        for (const key of ['groupId', 'artifactId', 'version']) {
            const value = optional(pom.project, key, 'string', ['project']);
            if (value !== undefined)
                properties.set(`project.${key}`, value);
        }
        const parent = optional(pom.project, 'parent', 'object', ['project']);
        const parentVersion = parent && optional(parent, 'version', 'string', ['project', 'parent']);
        if (parentVersion) {
            properties.set('project.parent.version', parentVersion);
            if (optional(pom.project, 'version', 'string', ['project']) === undefined)
                properties.set('project.version', parentVersion);
        }
        const parentGroup = parent && optional(parent, 'groupId', 'string', ['project', 'parent']);
        if (parentGroup && optional(pom.project, 'groupId', 'string', ['project']) === undefined)
            properties.set('project.groupId', parentGroup);
    }
    const interpolate = (value) => {
        let result = value;
        for (let round = 0; round < 10 && result.includes('${'); round += 1) {
            result = result.replace(/\$\{([^}]+)\}/g, (whole, name) => properties.get(name.replace(/^pom\./, 'project.')) ?? whole);
        }
        return result;
    };
    for (const pom of [...chain].reverse()) {
        for (const dep of dependencyList(pom.project, ['dependencyManagement'])) {
            const version = dep.entry.version;
            if (version !== undefined)
                managed.set(`${interpolate(dep.entry.groupId)}:${interpolate(dep.entry.artifactId)}`, interpolate(version));
        }
    }
    const own = chain[0];
    const lineOf = elementLines(text);
    const result = [];
    for (const section of [['dependencyManagement'], []]) {
        for (const dep of dependencyList(own.project, section)) {
            const name = `${interpolate(dep.entry.groupId)}:${interpolate(dep.entry.artifactId)}`;
            if (dep.entry.scope === 'import' || dep.entry.scope === 'system')
                continue; // a BOM, or a file on disk
            const version = dep.entry.version === undefined ? managed.get(name) : interpolate(dep.entry.version);
            const line = lineOf(dep.element);
            const dev = section.length === 0 ? dep.entry.scope === 'test' : undefined;
            result.push(mavenPackage(name, version, dev, line));
        }
    }
    return result;
}
/** A Maven coordinate's version: a single version, a `[1.2.3]` pin, or why it cannot be looked up. */
function mavenPackage(name, version, dev, line) {
    const base = { ecosystem: MAVEN, name, dev, line };
    if (version === undefined || version === '')
        return { ...base, version: '', unresolved: 'no version (managed outside the repository)' };
    if (version.includes('${'))
        return { ...base, version, unresolved: `property ${/\$\{[^}]+\}/.exec(version)?.[0]} is not defined in the repository` };
    const pinned = /^\[([^,\]]+)\]$/.exec(version)?.[1];
    if (pinned)
        return { ...base, version: pinned.trim() };
    if (/[[\](),]/.test(version))
        return { ...base, version, unresolved: `version range ${version}` };
    return { ...base, version };
}
function dependencyList(project, section) {
    let container = project;
    const path = ['project'];
    for (const key of section) {
        container = child(container, key, path);
        path.push(key);
        if (!container)
            return [];
    }
    const dependencies = child(container, 'dependencies', path);
    if (!dependencies)
        return [];
    const list = optional(dependencies, 'dependency', 'array', [...path, 'dependencies']) ?? [];
    return list.map((item, index) => {
        const where = [...path, 'dependencies', 'dependency', index];
        const dep = expectKind(item, 'object', where);
        const field = (key) => (dep[key] === undefined ? undefined : textOf(dep[key], [...where, key]));
        const groupId = field('groupId');
        const artifactId = field('artifactId');
        if (!groupId || !artifactId)
            throw new LockfileParseError(`${formatKeyPath(where)} has no ${groupId ? 'artifactId' : 'groupId'}`);
        return { entry: { groupId, artifactId, version: field('version'), scope: field('scope') }, element: item };
    });
}
/** A child element holding others; an empty one (`<properties/>`) is parsed as '' and holds nothing. */
function child(parent, key, path) {
    return parent[key] === '' ? {} : optional(parent, key, 'object', path);
}
/** An element's text: a plain string, or the `#text` of one that has attributes. */
function textOf(value, path) {
    if (typeof value === 'string')
        return value;
    if (isKind(value, 'object') && Object.keys(value).every((key) => key === '#text' || key.startsWith('@')))
        return String(value['#text'] ?? '');
    return expectKind(value, 'string', path);
}
function pomProject(text) {
    const document = parseXml(text, ['dependency', 'module']);
    const project = document.project;
    if (project === undefined)
        throw new LockfileParseError('no <project> element: not a pom.xml');
    return project === '' ? {} : expectKind(project, 'object', ['project']);
}
/** The pom and its parents found in the repository, nearest first. */
function pomChain(pom, related) {
    const chain = [pom];
    for (let current = pom; chain.length < 20;) {
        const parentPath = pomParentPath(current.path, current.text, current.project);
        const parentText = parentPath === undefined ? undefined : related.get(parentPath);
        if (parentPath === undefined || parentText === undefined)
            break;
        let parent;
        try {
            parent = { path: parentPath, text: parentText, project: pomProject(parentText) };
        }
        catch (error) {
            if (error instanceof LockfileParseError)
                throw new LockfileParseError(`parent ${parentPath}: ${error.reason}`);
            throw error;
        }
        chain.push(parent);
        current = parent;
    }
    return chain;
}
/** Where a pom's parent is in the repository (`<relativePath>`, default `../pom.xml`), if it names one. */
function pomParentPath(path, text, project = pomProject(text)) {
    const parent = optional(project, 'parent', 'object', ['project']);
    if (!parent)
        return undefined;
    const relative = parent.relativePath === undefined ? '../pom.xml' : textOf(parent.relativePath, ['project', 'parent', 'relativePath']);
    if (relative === '')
        return undefined; // `<relativePath/>`: look the parent up in repositories only
    const target = (0,posix_.normalize)((0,posix_.join)((0,posix_.dirname)(path), relative));
    if (target.startsWith('..'))
        return undefined;
    return target.endsWith('.xml') ? target : (0,posix_.join)(target, 'pom.xml');
}
/** The files parsePomXml reads besides the pom: its parent, whose parents are asked for in turn. */
function pomRelated(path, text) {
    try {
        const parent = pomParentPath(path, text);
        return parent === undefined ? [] : [parent];
    }
    catch {
        return []; // the pom itself does not parse: parsePomXml says why
    }
}
/**
 * gradle.lockfile (and the per-configuration `*.lockfile`s of Gradle 6): `group:name:version=configurations`
 * lines; `empty=` lists configurations without dependencies. Dev-only when only test configurations use it.
 */
function parseGradleLockfile(text) {
    const result = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const content = raw.trim();
        if (content === '' || content.startsWith('#') || content.startsWith('empty='))
            return;
        const match = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?:=(.*))?$/.exec(content);
        if (!match)
            throw new LockfileParseError(`line ${index + 1}: expected "group:name:version=configurations", found "${content.slice(0, 80)}"`);
        const configurations = (match[4] ?? '').split(',').filter(Boolean);
        const dev = configurations.length > 0 ? configurations.every((c) => /^test/i.test(c)) : undefined;
        result.push({ ecosystem: MAVEN, name: `${match[1]}:${match[2]}`, version: match[3], dev, line: index + 1 });
    });
    return result;
}
/** gradle/verification-metadata.xml: every `<component group name version>` whose artifacts Gradle verifies. */
function parseGradleVerificationMetadata(text) {
    const document = parseXml(text, ['component']);
    const root = document['verification-metadata'];
    if (root === undefined)
        throw new LockfileParseError('no <verification-metadata> element: not a Gradle verification-metadata.xml');
    if (root === '')
        return [];
    const metadata = expectKind(root, 'object', ['verification-metadata']);
    const components = child(metadata, 'components', ['verification-metadata']);
    const list = components ? (optional(components, 'component', 'array', ['verification-metadata', 'components']) ?? []) : [];
    const lineOf = elementLines(text);
    return list.map((item, index) => {
        const where = ['verification-metadata', 'components', 'component', index];
        const component = expectKind(item, 'object', where);
        const attribute = (key) => {
            const value = component[`@${key}`];
            if (typeof value !== 'string' || value === '')
                throw new LockfileParseError(`${formatKeyPath(where)} has no "${key}" attribute`);
            return value;
        };
        return { ecosystem: MAVEN, name: `${attribute('group')}:${attribute('name')}`, version: attribute('version'), line: lineOf(item) };
    });
}
/**
 * gradle/libs.versions.toml: `[libraries]` in each notation (`"g:a:v"`, `module` or `group`+`name`, with
 * `version`, `version.ref` or a rich `version = { strictly | require | prefer | ref }`). Libraries without a
 * version take it from a platform and are reported unresolved; plugins and bundles are not packages.
 */
function parseVersionCatalog(text) {
    const catalog = parseTomlDocument(text);
    const versions = optional(catalog, 'versions', 'object', []) ?? {};
    const libraries = optional(catalog, 'libraries', 'object', []) ?? {};
    // Lines of the aliases under [libraries] (the same names often appear under [versions]).
    const lines = new Map();
    let section = '';
    text.split('\n').forEach((content, index) => {
        section = /^\s*\[([^\]]+)\]/.exec(content)?.[1]?.trim() ?? section;
        const key = /^\s*"?([A-Za-z0-9_.-]+?)"?\s*=/.exec(content)?.[1];
        if (section === 'libraries' && key && !lines.has(key))
            lines.set(key, index + 1);
    });
    const ref = (name, where) => {
        const value = versions[name];
        if (value === undefined)
            throw new LockfileParseError(`${formatKeyPath(where)} refers to version "${name}", which [versions] does not define`);
        return typeof value === 'string' ? value : richVersion(expectKind(value, 'object', ['versions', name]), ['versions', name], ref) ?? '';
    };
    return Object.entries(libraries).map(([alias, value]) => {
        const where = ['libraries', alias];
        const line = lines.get(alias);
        if (typeof value === 'string') {
            const [group, name, version] = value.split(':');
            if (!group || !name)
                throw new LockfileParseError(`${formatKeyPath(where)} is "${value}", expected "group:name:version"`);
            return mavenPackage(`${group}:${name}`, version, undefined, line);
        }
        const library = expectKind(value, 'object', where);
        const module = optional(library, 'module', 'string', where);
        const name = module ?? `${optional(library, 'group', 'string', where) ?? ''}:${optional(library, 'name', 'string', where) ?? ''}`;
        if (!/^[^:]+:[^:]+$/.test(name))
            throw new LockfileParseError(`${formatKeyPath(where)} has neither "module" nor "group" and "name"`);
        const version = library.version;
        const resolved = version === undefined ? undefined : typeof version === 'string' ? version : richVersion(expectKind(version, 'object', [...where, 'version']), [...where, 'version'], ref);
        return mavenPackage(name, resolved, undefined, line);
    });
}
function richVersion(version, where, ref) {
    const reference = optional(version, 'ref', 'string', where);
    if (reference !== undefined)
        return ref(reference, [...where, 'ref']);
    return optional(version, 'strictly', 'string', where) ?? optional(version, 'require', 'string', where) ?? optional(version, 'prefer', 'string', where);
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/mix.ts

function parseMixLock(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    if (!trimmed.startsWith('%{') || !trimmed.endsWith('}'))
        throw new LockfileParseError('expected an Elixir map (%{ ... }): not a mix.lock');
    const result = [];
    text.split(/\r?\n/).forEach((content, index) => {
        const line = content.trim();
        if (line === '' || line === '%{' || line === '}' || line.startsWith('#'))
            return;
        const entry = /^"([^"]+)":\s*\{:(\w+),\s*(.*)\},?$/.exec(line);
        if (!entry)
            throw new LockfileParseError(`line ${index + 1}: expected "name": {:scm, ...}, found "${line.slice(0, 80)}"`);
        const [, key, scm, rest] = entry;
        if (scm !== 'hex')
            return;
        const fields = /^:"?([\w.-]+)"?,\s*"([^"]+)"/.exec(rest);
        if (!fields)
            throw new LockfileParseError(`line ${index + 1}: the :hex entry for "${key}" has no package name and version`);
        const repo = /,\s*"([^"]+)",\s*"[0-9a-f]+"\s*$/.exec(rest)?.[1];
        // Packages from a private Hex organisation or another repo are not on hex.pm.
        if (repo !== undefined && repo !== 'hexpm')
            return;
        result.push({ ecosystem: 'Hex', name: fields[1], version: fields[2], line: index + 1 });
    });
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/npm.ts





const NODE_MODULES = 'node_modules/';
function parseNpmLock(text) {
    const lock = parseJsonObject(text, 'package-lock.json');
    const lockfileVersion = optional(lock, 'lockfileVersion', 'number', []);
    const packages = optional(lock, 'packages', 'object', []);
    const dependencies = optional(lock, 'dependencies', 'object', []);
    if (packages)
        return fromPackages(packages, text);
    if (dependencies)
        return fromDependencies(dependencies, text);
    if (lockfileVersion !== undefined)
        return [];
    throw new LockfileParseError('neither "packages" nor "dependencies" found: not an npm lockfile');
}
/** v2/v3: keys are install paths; workspace folders and links are local code, not registry packages. */
function fromPackages(packages, text) {
    const lines = installPathLines(text);
    const result = [];
    for (const [path, value] of Object.entries(packages)) {
        const at = path.lastIndexOf(NODE_MODULES);
        const where = ['packages', path];
        const entry = expectKind(value, 'object', where);
        if (at < 0 || optional(entry, 'link', 'boolean', where) === true || !fromRegistry(entry, where))
            continue;
        // Aliased installs (`"foo": "npm:bar@1"`) keep the folder name in the path and the real name in `name`.
        const name = optional(entry, 'name', 'string', where) ?? path.slice(at + NODE_MODULES.length);
        const version = registryVersion(optional(entry, 'version', 'string', where) ?? '');
        if (!version)
            continue;
        result.push({ ecosystem: 'npm', name, version, dev: optional(entry, 'dev', 'boolean', where) === true, line: lines.get(path) });
    }
    return result;
}
/** v1: a tree of `dependencies`; aliases are written as `"version": "npm:bar@1.2.3"`. */
function fromDependencies(root, text) {
    const lines = jsonPropertyLines(text, (parent) => parent.length % 2 === 1 && parent.every((key, i) => i % 2 === 1 || key === 'dependencies'));
    const result = [];
    const walk = (dependencies, parentPath) => {
        for (const [folder, value] of Object.entries(dependencies)) {
            const path = [...parentPath, 'dependencies', folder];
            const entry = expectKind(value, 'object', path);
            const resolved = resolveV1(folder, optional(entry, 'version', 'string', path) ?? '');
            if (resolved && fromRegistry(entry, path)) {
                result.push({ ecosystem: 'npm', ...resolved, dev: optional(entry, 'dev', 'boolean', path) === true, line: lines.get(path.join('\u0000')) });
            }
            const nested = optional(entry, 'dependencies', 'object', path);
            if (nested)
                walk(nested, path);
        }
    };
    walk(root, []);
    return result;
}
function resolveV1(folder, version) {
    if (version.startsWith('npm:')) {
        const alias = splitNameAt(version.slice('npm:'.length));
        const real = alias && registryVersion(alias.rest);
        return alias && real ? { name: alias.name, version: real } : undefined;
    }
    const real = registryVersion(version);
    return real ? { name: folder, version: real } : undefined;
}
/** Git, file and link sources carry a package.json version but no registry advisories apply to them. */
function fromRegistry(entry, path) {
    const resolved = optional(entry, 'resolved', 'string', path);
    return resolved === undefined || /^https?:\/\//.test(resolved);
}
/**
 * Lines of `"…node_modules/…": {` keys. In v2/v3 only the `packages` map has keys containing `node_modules/`, so
 * one regular-expression pass finds them all; a full JSON visitor pass costs several times more on large files.
 */
function installPathLines(text) {
    const lines = new Map();
    const key = /"((?:[^"\\]|\\.)*node_modules\/(?:[^"\\]|\\.)*)"\s*:\s*\{/g;
    let line = 1;
    // The next newline is remembered, not searched for again from the last match: on a minified (one-line)
    // lockfile that search ran to the end of the text for every key, quadratic in the number of packages.
    let newline = text.indexOf('\n');
    for (let match = key.exec(text); match; match = key.exec(text)) {
        for (; newline !== -1 && newline < match.index; newline = text.indexOf('\n', newline + 1))
            line += 1;
        const path = JSON.parse(`"${match[1]}"`);
        if (!lines.has(path))
            lines.set(path, line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/nuget.ts
// NuGet: packages.lock.json (the restore lock), PackageReference items in MSBuild projects (*.csproj, *.fsproj,
// *.vbproj, Directory.Build.props/targets) with central versions from Directory.Packages.props, packages.config
// and paket.lock.






const NUGET = 'NuGet';
/** packages.lock.json: one map of packages per target framework; `Project` entries are the solution's own. */
function parseNuGetLock(text) {
    const lock = parseJsonObject(text, 'packages.lock.json');
    required(lock, 'version', 'number', []);
    const frameworks = required(lock, 'dependencies', 'object', []);
    const lines = jsonPropertyLines(text, (parent) => parent.length === 2 && parent[0] === 'dependencies');
    const result = [];
    for (const [framework, value] of Object.entries(frameworks)) {
        const packages = expectKind(value, 'object', ['dependencies', framework]);
        for (const [name, entry] of Object.entries(packages)) {
            const where = ['dependencies', framework, name];
            const item = expectKind(entry, 'object', where);
            if (optional(item, 'type', 'string', where) === 'Project')
                continue;
            const version = required(item, 'resolved', 'string', where);
            result.push({ ecosystem: NUGET, name, version, line: lines.get(['dependencies', framework, name].join('\u0000')) });
        }
    }
    return result;
}
const MSBUILD_ITEMS = ['PackageReference', 'PackageVersion', 'GlobalPackageReference', 'PropertyGroup', 'ItemGroup'];
/**
 * An MSBuild project or props file: `<PackageReference Include|Update="Name" Version="…">` (attribute or child
 * element) and, in Directory.Packages.props, `<PackageVersion>`. A reference without a version takes the central
 * one from the nearest Directory.Packages.props up the tree; `$(Property)` versions resolve from PropertyGroups.
 */
function parseMsBuildProject(text, path, related = new Map()) {
    const project = msbuildProject(text);
    const central = new Map();
    const properties = new Map();
    const props = centralPackagesPath(path, related);
    if (props !== undefined && props !== path) {
        const propsProject = msbuildProject(related.get(props));
        collectProperties(propsProject, properties);
        for (const item of items(propsProject, 'PackageVersion')) {
            const version = itemVersion(item.item, item.where);
            if (item.name && version)
                central.set(item.name.toLowerCase(), version);
        }
    }
    collectProperties(project, properties);
    const lineOf = elementLines(text);
    const expand = (value) => value.replace(/\$\(([^)]+)\)/g, (whole, name) => properties.get(name.toLowerCase()) ?? whole);
    const result = [];
    for (const kind of ['PackageVersion', 'PackageReference', 'GlobalPackageReference']) {
        for (const { item, where, name } of items(project, kind)) {
            if (!name)
                throw new LockfileParseError(`${formatKeyPath(where)} has neither an Include nor an Update attribute`);
            const declared = itemVersion(item, where) ?? (kind === 'PackageReference' ? central.get(name.toLowerCase()) : undefined);
            const version = declared === undefined ? undefined : expand(declared);
            // Analyzers and build tools are referenced with PrivateAssets="all" (attribute or element): not shipped.
            const privateAssets = item['@PrivateAssets'] ?? item.PrivateAssets;
            const dev = isKind(privateAssets, 'string') && privateAssets.toLowerCase() === 'all' ? true : undefined;
            result.push(nugetPackage(name, version, dev, lineOf(item)));
        }
    }
    return result;
}
/** A NuGet version as written in a project: `1.2.3` and `[1.2.3]` name one version; ranges and floats do not. */
function nugetPackage(name, version, dev, line) {
    const base = { ecosystem: NUGET, name, dev, line };
    if (version === undefined || version.trim() === '')
        return { ...base, version: '', unresolved: 'no version' };
    const text = version.trim();
    if (text.includes('$('))
        return { ...base, version: text, unresolved: `property ${/\$\([^)]+\)/.exec(text)?.[0]} is not defined in the file set` };
    const pinned = /^\[([^,\]]+)\]$/.exec(text)?.[1]?.trim() ?? text;
    if (/[[\](),*]/.test(pinned))
        return { ...base, version: text, unresolved: `version range ${text}` };
    return { ...base, version: pinned };
}
function msbuildProject(text) {
    const document = parseXml(text, MSBUILD_ITEMS);
    const project = document.Project;
    if (project === undefined)
        throw new LockfileParseError('no <Project> element: not an MSBuild project');
    return project === '' ? {} : expectKind(project, 'object', ['Project']);
}
function items(project, kind) {
    const groups = optional(project, 'ItemGroup', 'array', ['Project']) ?? [];
    return groups.flatMap((group, g) => {
        if (group === '')
            return [];
        const groupPath = ['Project', 'ItemGroup', g];
        const list = optional(expectKind(group, 'object', groupPath), kind, 'array', groupPath) ?? [];
        return list.map((value, i) => {
            const where = [...groupPath, kind, i];
            const item = value === '' ? {} : expectKind(value, 'object', where);
            const name = optional(item, '@Include', 'string', where) ?? optional(item, '@Update', 'string', where);
            return { item, where, name };
        });
    });
}
function itemVersion(item, where) {
    const attribute = optional(item, '@Version', 'string', where) ?? optional(item, '@VersionOverride', 'string', where);
    if (attribute !== undefined)
        return attribute;
    const element = item.Version ?? item.VersionOverride;
    return element === undefined ? undefined : expectKind(element, 'string', [...where, 'Version']);
}
function collectProperties(project, properties) {
    for (const group of optional(project, 'PropertyGroup', 'array', ['Project']) ?? []) {
        if (!isKind(group, 'object'))
            continue;
        for (const [key, value] of Object.entries(group))
            if (typeof value === 'string' && !key.startsWith('@'))
                properties.set(key.toLowerCase(), value);
    }
}
/** The nearest Directory.Packages.props at or above the project's folder, among the files read. */
function centralPackagesPath(path, related) {
    return directoryPropsCandidates(path).find((candidate) => related.has(candidate));
}
function directoryPropsCandidates(path) {
    const candidates = [];
    for (let dir = (0,posix_.dirname)(path);; dir = (0,posix_.dirname)(dir)) {
        candidates.push(dir === '.' ? 'Directory.Packages.props' : (0,posix_.join)(dir, 'Directory.Packages.props'));
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    return candidates;
}
/** A project asks for every Directory.Packages.props up the tree; parseMsBuildProject uses the nearest. */
function msbuildRelated(path) {
    return path.endsWith('Directory.Packages.props') ? [] : directoryPropsCandidates(path);
}
/** packages.config: `<package id version [developmentDependency]>`. */
function parsePackagesConfig(text) {
    const document = parseXml(text, ['package']);
    const root = document.packages;
    if (root === undefined)
        throw new LockfileParseError('no <packages> element: not a packages.config');
    if (root === '')
        return [];
    const packages = expectKind(root, 'object', ['packages']);
    const lineOf = elementLines(text);
    return (optional(packages, 'package', 'array', ['packages']) ?? []).map((value, index) => {
        const where = ['packages', 'package', index];
        const item = expectKind(value, 'object', where);
        const name = required(item, '@id', 'string', where);
        const version = required(item, '@version', 'string', where);
        const dev = optional(item, '@developmentDependency', 'string', where);
        return { ecosystem: NUGET, name, version, dev: dev === undefined ? undefined : dev.toLowerCase() === 'true', line: lineOf(value) };
    });
}
/**
 * paket.lock: `NUGET` sections (per `GROUP`) list resolved packages four spaces in as `Name (version)`, their
 * dependencies six spaces in. The format does not say which are dev-only. GITHUB, GIT and HTTP sections are files, not NuGet packages.
 */
function parsePaketLock(text) {
    const lines = text.split(/\r?\n/);
    if (!lines.some((line) => /^(?:NUGET|GITHUB|GIT|HTTP|GROUP|RESTRICTION|STORAGE|REFERENCES|STRATEGY|LOWEST_MATCHING|FRAMEWORK|CONTENT|COPY_LOCAL|REDIRECTS|GENERATE_LOAD_SCRIPTS)\b/.test(line))) {
        throw new LockfileParseError('no NUGET, GITHUB, HTTP or GROUP section: not a paket.lock');
    }
    const result = [];
    let section = '';
    lines.forEach((content, index) => {
        if (/^\S/.test(content)) {
            section = content.trim().split(/\s+/)[0] ?? '';
            return;
        }
        if (section !== 'NUGET' || !/^ {4}\S/.test(content))
            return;
        const match = /^ {4}(\S+) \(([^)\s]+)\)(?:\s+-\s+.*)?$/.exec(content);
        if (!match)
            throw new LockfileParseError(`line ${index + 1}: expected "    Name (version)" in the NUGET section, found "${content.trim().slice(0, 80)}"`);
        result.push({ ecosystem: NUGET, name: match[1], version: match[2], line: index + 1 });
    });
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/pnpm.ts






function parsePnpmLock(text) {
    const lock = parseYamlObject(text, 'pnpm-lock.yaml');
    // The failsafe schema reads `lockfileVersion: 5.4` and `'9.0'` alike as strings.
    const version = lock.lockfileVersion === undefined ? undefined : expectKind(lock.lockfileVersion, 'string', ['lockfileVersion']);
    const lockfileVersion = Number.parseFloat(version ?? '');
    if (Number.isNaN(lockfileVersion))
        throw new LockfileParseError('missing lockfileVersion: not a pnpm lockfile');
    const packages = optional(lock, 'packages', 'object', []) ?? {};
    const lines = sectionKeyLines(text, 'packages');
    const devOnly = lockfileVersion >= 9 ? devOnlyV9(lock) : undefined;
    const result = [];
    for (const [key, value] of Object.entries(packages)) {
        const where = ['packages', key];
        // An entry with no body (`/foo/1.0.0:`, as some writers leave resolved-only packages) still pins the key's version.
        const entry = value === null || value === '' ? {} : expectKind(value, 'object', where);
        const id = lockfileVersion >= 9 ? parseKey(key) : parseKeyBefore9(key, lockfileVersion >= 6);
        // Tarball, git and directory dependencies have keys without a registry version (`foo@https://…`): skipped.
        if (!id)
            continue;
        const dev = devOnly ? devOnly.get(`${id.name}@${id.version}`) : devFlag(optional(entry, 'dev', 'string', where));
        result.push({ ecosystem: 'npm', name: optional(entry, 'name', 'string', where) ?? id.name, version: id.version, dev, line: lines.get(key) });
    }
    return result;
}
/** v9 keys: `name@version`, then peer suffixes in parentheses. */
function parseKey(key) {
    const spec = splitNameAt(stripPeers(key.replace(/^\//, '')));
    const version = spec && registryVersion(spec.rest);
    return spec && version ? { name: spec.name, version } : undefined;
}
/**
 * v5 keys are `/name/version` with peers after an underscore (`/react-dom/17.0.2_react@17.0.2`), v6 keys
 * `/name@version(peer@2)`. A key without the leading `/` names its registry host first, as pnpm's
 * dependency-path does (`registry.npmjs.org/foo/1.1.0`, `example.com/@s/foo@1.2.0`): the host is not the name.
 */
function parseKeyBefore9(key, v6) {
    const path = key.startsWith('/') ? key.slice(1) : key.slice(key.indexOf('/') + 1);
    if (v6)
        return parseKey(path);
    const slash = path.lastIndexOf('/');
    if (slash <= 0)
        return undefined;
    const version = registryVersion(path.slice(slash + 1).split('_')[0] ?? '');
    return version ? { name: path.slice(0, slash), version } : undefined;
}
/** `dev: true` (the failsafe schema keeps it a string), `dev: false`, or absent: no verdict. */
function devFlag(value) {
    return value === undefined ? undefined : value === 'true';
}
function stripPeers(key) {
    const paren = key.indexOf('(');
    return paren < 0 ? key : key.slice(0, paren);
}
/**
 * v9 has no dev flag: a package is dev-only when every snapshot of it is reachable from importers'
 * devDependencies and none from their dependencies or optionalDependencies.
 */
function devOnlyV9(lock) {
    const snapshots = isObject(lock.snapshots) ? lock.snapshots : {};
    const importers = isObject(lock.importers) ? Object.values(lock.importers).filter(isObject) : [];
    const roots = (fields) => {
        const keys = [];
        for (const importer of importers) {
            for (const field of fields) {
                const deps = importer[field];
                if (!isObject(deps))
                    continue;
                for (const [name, dep] of Object.entries(deps))
                    keys.push(snapshotKey(name, isObject(dep) ? (stringField(dep, 'version') ?? '') : String(dep)));
            }
        }
        return keys;
    };
    const edges = (key) => {
        const snapshot = snapshots[key];
        const keys = [];
        if (!isObject(snapshot))
            return keys;
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = snapshot[field];
            if (!isObject(deps))
                continue;
            for (const name in deps)
                keys.push(snapshotKey(name, String(deps[name])));
        }
        return keys;
    };
    const devOf = classifyReachable(roots(['dependencies', 'optionalDependencies']), roots(['devDependencies']), edges);
    const dev = new Map();
    for (const key of Object.keys(snapshots)) {
        const packageId = stripPeers(key);
        const verdict = devOf(key);
        // A package is prod as soon as one of its snapshots is.
        if (verdict !== undefined && dev.get(packageId) !== false)
            dev.set(packageId, verdict);
    }
    return dev;
}
/** A dependency's snapshot key: `name@version(peers)`, or the alias target written as `real@version(peers)`. */
function snapshotKey(name, version) {
    const first = version.charCodeAt(0);
    return first >= 48 && first <= 57 ? `${name}@${version}` : version; // starts with a digit: a plain version
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/python.ts
// Python lockfiles: requirements*.txt and constraints*.txt (pinned lines, read as pip reads them), poetry.lock, uv.lock and Pipfile.lock.








const PYPI = 'PyPI';
/** Files named for development use (requirements-dev.txt, requirements/test.txt, test-requirements.txt) are dev. */
const DEV_NAME = /(?:^|[-_.])(?:dev|develop|development|test|tests|testing|lint|docs?|ci)(?:[-_.]|$)/i;
// `name[extras] == version ; markers`; only exact pins (`==`, `===`) name one version to look up.
const PINNED = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*([A-Za-z0-9][A-Za-z0-9._+!-]*)\s*(?:;.*)?$/;
/** pip's COMMENT_RE: `#` at the start of a line or after whitespace starts a comment. */
const COMMENT = /(?:^|\s+)#.*$/;
/** `COMMENT_RE.match` in join_lines: a line that is a comment from its start never continues. */
const COMMENT_LINE = /^\s*#/;
/**
 * A requirements file's logical lines, as pip's req_file preprocesses them: a line ending in `\` is joined to
 * the next without a separator (unless it is a comment, which never continues), then comments are removed.
 */
function logicalLines(text) {
    const result = [];
    let pending;
    text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.endsWith('\\') && !COMMENT_LINE.test(raw)) {
            pending ??= { line: index + 1, parts: [] };
            pending.parts.push(raw.replace(/^\\+|\\+$/g, ''));
            return;
        }
        const line = pending?.line ?? index + 1;
        const content = pending ? [...pending.parts, COMMENT_LINE.test(raw) ? ` ${raw}` : raw].join('') : raw;
        pending = undefined;
        result.push({ line, content });
    });
    if (pending)
        result.push({ line: pending.line, content: pending.parts.join('') });
    return result.map(({ line, content }) => ({ line, content: content.replace(COMMENT, '').trim() })).filter(({ content }) => content !== '');
}
/**
 * pip's break_args_options: the requirement is every space-separated token before the first one starting with
 * `-`; the rest are options (`--hash=…`, `-C key=value`, `--config-settings …`). A line that starts with an
 * option is an option line (`-r`, `-c`, `-e`, `-i`, ...), not a requirement.
 */
function splitRequirement(content) {
    const tokens = content.split(' ');
    const first = tokens.findIndex((token) => token.startsWith('-'));
    return first < 0 ? { requirement: content, options: [] } : { requirement: tokens.slice(0, first).join(' ').trim(), options: tokens.slice(first) };
}
/** A PEP 508 requirement that pins one version (`name[extras] == 1.2.3 ; markers`), else undefined. */
function pinnedRequirement(requirement) {
    const match = PINNED.exec(requirement.trim());
    if (!match?.[1] || !match[2] || match[2].includes('*'))
        return undefined;
    return { name: normalizeName(PYPI, match[1]), version: match[2] };
}
/**
 * A requirements file's pins, and those of the files it includes with `-r`/`-c` (transitively, as pip reads
 * them), which `related` holds. An included file's pins are reported at the line of the include, so adding
 * `-r extra.txt` introduces what extra.txt pins even when extra.txt itself did not change.
 */
function parseRequirements(text, path, related = new Map()) {
    const result = requirementPins(text, path);
    const seen = new Set([path]);
    const follow = (from, content, at) => {
        for (const include of requirementIncludes(content, from)) {
            if (seen.has(include.path))
                continue;
            seen.add(include.path);
            const included = related.get(include.path);
            const line = at ?? include.line;
            if (included === undefined)
                throw new LockfileParseError(`line ${line}: includes ${include.path}, which is not in the repository`);
            result.push(...requirementPins(included, include.path).map((pkg) => ({ ...pkg, line })));
            follow(include.path, included, line);
        }
    };
    follow(path, text, undefined);
    return result;
}
function requirementPins(text, path) {
    const dev = DEV_NAME.test((0,posix_.basename)(path).replace(/\.txt$/, '').replace(/^(?:requirements|constraints)/, ''));
    const result = [];
    for (const { line, content } of logicalLines(text)) {
        const { requirement } = splitRequirement(content);
        const pin = pinnedRequirement(requirement);
        if (pin)
            result.push({ ecosystem: PYPI, ...pin, dev, line });
        else if (requirement !== '' && !REQUIREMENT.test(requirement) && !ARCHIVE.test(requirement)) {
            // pip stops on such a line too ("Invalid requirement"): reading past it could miss what it meant to pin.
            throw new LockfileParseError(`line ${line}: "${requirement.slice(0, 80)}" is not a requirement pip accepts`);
        }
    }
    return result;
}
/** PEP 508: a name, extras, comma-separated version clauses (bare or parenthesized) or `@ url`, markers. */
const CLAUSE = '(?:===?|~=|!=|<=|>=|<|>)\\s*[A-Za-z0-9*+!._-]+';
const REQUIREMENT = new RegExp(`^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\\s*(?:\\[[^\\]]*\\])?\\s*(?:\\(?\\s*${CLAUSE}(?:\\s*,\\s*${CLAUSE})*\\s*\\)?|@\\s*\\S+)?\\s*(?:;.*)?$`);
/** A URL, VCS reference or local path pip installs directly (`./pkg`, `https://…/x.whl`, `git+https://…`). */
const ARCHIVE = /^(?:\.{1,2}$|[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|[A-Za-z]:\\|[^\s;]+\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)\b)/i;
/**
 * The files a requirements file includes (`-r`/`--requirement`, `-c`/`--constraint`, in every form optparse
 * accepts: `-r x`, `-rx`, `--requirement=x`), relative to the including file as pip resolves them. URLs are left out.
 */
function requirementIncludes(text, path) {
    const includes = [];
    for (const { line, content } of logicalLines(text)) {
        const match = /^(?:-[rc]\s*|--(?:requirement|constraint)(?:\s*=\s*|\s+))(\S+)/.exec(content);
        const target = match?.[1];
        // URLs are fetched by pip, absolute paths are outside the repository: neither is in the file set.
        if (!target || /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || target.startsWith('/'))
            continue;
        const resolved = (0,posix_.normalize)((0,posix_.join)((0,posix_.dirname)(path), target));
        if (!resolved.startsWith('../'))
            includes.push({ path: resolved, line });
    }
    return includes;
}
/** The files parseRequirements reads besides the one given (asked again of each, so the closure is read). */
function requirementsRelated(path, text) {
    try {
        return requirementIncludes(text, path).map((include) => include.path);
    }
    catch {
        return []; // the file itself does not read: parseRequirements says why
    }
}
/** poetry.lock: `category = "dev"` (Poetry < 1.5) or `groups` without "main" (lock format 2.1) mark dev. */
function parsePoetryLock(text) {
    return parseTomlPackages(text).flatMap(({ entry, line, where }) => {
        const name = required(entry, 'name', 'string', where);
        const version = required(entry, 'version', 'string', where);
        const sourceTable = optional(entry, 'source', 'object', where);
        const source = sourceTable && optional(sourceTable, 'type', 'string', [...where, 'source']);
        if (source && source !== 'legacy')
            return [];
        const category = optional(entry, 'category', 'string', where);
        const groups = entry.groups === undefined ? undefined : optionalList(entry, 'groups', 'string', where);
        const dev = category !== undefined ? category === 'dev' : groups ? !groups.includes('main') : undefined;
        return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, dev, line }];
    });
}
/**
 * uv.lock: registry packages only (workspace members are `editable`/`virtual` sources). Dev-only-ness is what
 * the members' `dev-dependencies` reach and their `dependencies`/`optional-dependencies` do not.
 */
function parseUvLock(text) {
    const tables = parseTomlPackages(text);
    const byName = new Map();
    for (const { entry } of tables) {
        const name = stringField(entry, 'name');
        if (name)
            byName.set(normalizeName(PYPI, name), [...(byName.get(normalizeName(PYPI, name)) ?? []), entry]);
    }
    const targets = (deps) => (Array.isArray(deps) ? deps.filter(isObject) : []).flatMap((dep) => {
        const candidates = byName.get(normalizeName(PYPI, stringField(dep, 'name') ?? '')) ?? [];
        const version = stringField(dep, 'version');
        return version ? candidates.filter((c) => c.version === version) : candidates;
    });
    const groupValues = (groups) => (isObject(groups) ? Object.values(groups).flat() : []);
    const members = tables.map((t) => t.entry).filter((entry) => !isRegistry(entry));
    const devOf = classifyReachable(members.flatMap((m) => [...targets(m.dependencies), ...targets(groupValues(m['optional-dependencies']))]), members.flatMap((m) => [...targets(groupValues(m['dev-dependencies'])), ...targets(groupValues(m['dependency-groups']))]), (entry) => [...targets(entry.dependencies), ...targets(groupValues(entry['optional-dependencies']))]);
    return tables.flatMap(({ entry, line, where }) => {
        const name = required(entry, 'name', 'string', where);
        // Workspace members and other local sources may have no version; registry packages always do.
        if (!isRegistry(entry))
            return [];
        const version = required(entry, 'version', 'string', where);
        return [{ ecosystem: PYPI, name: normalizeName(PYPI, name), version, dev: devOf(entry), line }];
    });
}
function isRegistry(entry) {
    return isObject(entry.source) && typeof entry.source.registry === 'string';
}
/** Pipfile.lock: `default` holds runtime packages, `develop` the dev ones; versions are written `==1.2.3`. */
function parsePipfileLock(text) {
    const lock = parseJsonObject(text, 'Pipfile.lock');
    const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && (parent[0] === 'default' || parent[0] === 'develop'));
    const result = [];
    for (const section of ['default', 'develop']) {
        const entries = optional(lock, section, 'object', []) ?? {};
        for (const [rawName, value] of Object.entries(entries)) {
            const entry = expectKind(value, 'object', [section, rawName]);
            // Git, path and file entries have no `version`; only `==` pins name one to look up.
            const version = /^===?\s*(\S+)$/.exec(optional(entry, 'version', 'string', [section, rawName]) ?? '')?.[1];
            if (!version)
                continue;
            result.push({ ecosystem: PYPI, name: normalizeName(PYPI, rawName), version, dev: section === 'develop', line: lines.get(`${section}\u0000${rawName}`) });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/python-toml.ts
// Python's other TOML lockfiles and manifests: pdm.lock, pylock.toml (PEP 751) and the exact pins of a
// pyproject.toml (PEP 621 `project.dependencies` and `optional-dependencies`, PEP 735 `dependency-groups`,
// Poetry's `tool.poetry` dependency tables). Ranges in a manifest are not pins and are left to its lockfile.




const python_toml_PYPI = 'PyPI';
/** Group names that mean development use (PDM groups, PEP 735 dependency groups, Poetry groups). */
const DEV_GROUP = /^(?:dev|develop|development|test|tests|testing|lint|docs?|ci|typing)$/i;
/** pdm.lock: `[[package]]` entries; dev-only when none of its `groups` is `default`. VCS and local ones skipped. */
function parsePdmLock(text) {
    const lock = parseTomlDocument(text);
    const lines = tableHeaderLines(text, 'package');
    return (optional(lock, 'package', 'array', []) ?? []).flatMap((value, index) => {
        const where = ['package', index];
        const entry = expectKind(value, 'object', where);
        const name = required(entry, 'name', 'string', where);
        if (['git', 'path', 'url', 'editable'].some((key) => entry[key] !== undefined && entry[key] !== false))
            return [];
        const version = required(entry, 'version', 'string', where);
        const groups = optionalList(entry, 'groups', 'string', where);
        const dev = groups.length > 0 ? !groups.includes('default') : undefined;
        return [{ ecosystem: python_toml_PYPI, name: normalizeName(python_toml_PYPI, name), version, dev, line: lines[index] }];
    });
}
/** pylock.toml: `[[packages]]` with a `version`; `vcs` and `directory` packages are not from an index. */
function parsePylock(text) {
    const lock = parseTomlDocument(text);
    required(lock, 'lock-version', 'string', []);
    const lines = tableHeaderLines(text, 'packages');
    return (optional(lock, 'packages', 'array', []) ?? []).flatMap((value, index) => {
        const where = ['packages', index];
        const entry = expectKind(value, 'object', where);
        const name = required(entry, 'name', 'string', where);
        const version = optional(entry, 'version', 'string', where);
        if (version === undefined || entry.vcs !== undefined || entry.directory !== undefined)
            return [];
        return [{ ecosystem: python_toml_PYPI, name: normalizeName(python_toml_PYPI, name), version, line: lines[index] }];
    });
}
/** pyproject.toml: the requirements that pin one version, wherever the standards and Poetry declare them. */
function parsePyproject(text) {
    const manifest = parseTomlDocument(text);
    // One pass over the text, keyed by each pinned name's normal form (a search per requirement was
    // quadratic on a one-line dependency list).
    const key = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
    const lines = new Map();
    text.split('\n').forEach((content, index) => {
        for (const match of content.matchAll(/(?:^|["'\s])([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:===?|=\s*["'{])/g)) {
            if (!lines.has(key(match[1])))
                lines.set(key(match[1]), index + 1);
        }
    });
    const lineOf = (name) => lines.get(key(name));
    const result = [];
    const fromList = (list, dev) => {
        for (const requirement of list) {
            const pin = pinnedRequirement(requirement.split(';')[0] ?? '');
            if (pin)
                result.push({ ecosystem: python_toml_PYPI, ...pin, dev, line: lineOf(pin.name) });
        }
    };
    const project = optional(manifest, 'project', 'object', []);
    if (project) {
        fromList(optionalList(project, 'dependencies', 'string', ['project']), false);
        const extras = optional(project, 'optional-dependencies', 'object', ['project']) ?? {};
        for (const extra of Object.keys(extras))
            fromList(optionalList(extras, extra, 'string', ['project', 'optional-dependencies']), false);
    }
    const groups = optional(manifest, 'dependency-groups', 'object', []) ?? {};
    for (const [group, list] of Object.entries(groups)) {
        // Entries are requirement strings or `{include-group = "…"}` tables.
        const items = expectKind(list, 'array', ['dependency-groups', group]).filter((item) => typeof item === 'string');
        fromList(items, DEV_GROUP.test(group));
    }
    const tool = optional(manifest, 'tool', 'object', []);
    const poetry = tool && optional(tool, 'poetry', 'object', ['tool']);
    if (poetry) {
        const base = ['tool', 'poetry'];
        const poetryTable = (table, where, dev) => {
            for (const [name, spec] of Object.entries(table ?? {})) {
                if (name.toLowerCase() === 'python')
                    continue;
                const version = typeof spec === 'string' ? spec : optional(expectKind(spec, 'object', [...where, name]), 'version', 'string', [...where, name]);
                const exact = version === undefined ? undefined : /^\s*(?:==?\s*)?(\d[A-Za-z0-9.+!-]*)\s*$/.exec(version)?.[1];
                if (exact)
                    result.push({ ecosystem: python_toml_PYPI, name: normalizeName(python_toml_PYPI, name), version: exact, dev, line: lineOf(name) });
            }
        };
        poetryTable(optional(poetry, 'dependencies', 'object', base), [...base, 'dependencies'], false);
        poetryTable(optional(poetry, 'dev-dependencies', 'object', base), [...base, 'dev-dependencies'], true);
        for (const [group, table] of Object.entries(optional(poetry, 'group', 'object', base) ?? {})) {
            const where = [...base, 'group', group];
            poetryTable(optional(expectKind(table, 'object', where), 'dependencies', 'object', where), [...where, 'dependencies'], DEV_GROUP.test(group));
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/pub.ts



function parsePubspecLock(text) {
    const lock = parseYamlObject(text, 'pubspec.lock');
    if (lock.packages === undefined && lock.sdks === undefined)
        throw new LockfileParseError('neither "packages" nor "sdks" found: not a pubspec.lock');
    // `packages: {}` is how pub writes none; an empty value is none too.
    const packages = lock.packages === null ? {} : (optional(lock, 'packages', 'object', []) ?? {});
    const lines = sectionKeyLines(text, 'packages');
    const result = [];
    for (const [name, value] of Object.entries(packages)) {
        const where = ['packages', name];
        const entry = expectKind(value, 'object', where);
        if (required(entry, 'source', 'string', where) !== 'hosted')
            continue;
        const dependency = optional(entry, 'dependency', 'string', where);
        result.push({
            ecosystem: 'Pub',
            name,
            version: required(entry, 'version', 'string', where),
            dev: dependency === undefined ? undefined : dependency === 'direct dev',
            line: lines.get(name),
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/renv.ts



function parseRenvLock(text) {
    const lock = parseJsonObject(text, 'renv.lock');
    const packages = required(lock, 'Packages', 'object', []);
    const lines = jsonPropertyLines(text, (parent) => parent.length === 1 && parent[0] === 'Packages');
    const result = [];
    for (const [key, value] of Object.entries(packages)) {
        const where = ['Packages', key];
        const entry = expectKind(value, 'object', where);
        const source = optional(entry, 'Source', 'string', where);
        const repository = optional(entry, 'Repository', 'string', where);
        if (source !== undefined && source !== 'Repository')
            continue;
        if (repository !== undefined && /^(?:BioC|Bioconductor)/i.test(repository))
            continue;
        result.push({
            ecosystem: 'CRAN',
            name: optional(entry, 'Package', 'string', where) ?? key,
            version: required(entry, 'Version', 'string', where),
            line: lines.get(`Packages\u0000${key}`),
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/ruby.ts

// Bundler's NAME_VERSION: the version stops at the first `-`, which starts the platform (`1.13.10-x86_64-linux`).
const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/;
function parseGemfileLock(text) {
    const lines = text.split(/\r?\n/);
    if (!lines.some((line) => /^(?:GEM|GIT|PATH|PLUGIN SOURCE|DEPENDENCIES|PLATFORMS)$/.test(line))) {
        throw new LockfileParseError('no GEM, GIT, PATH or DEPENDENCIES section: not a Gemfile.lock');
    }
    const result = [];
    let section = '';
    let inSpecs = false;
    lines.forEach((content, index) => {
        if (/^\S/.test(content)) {
            section = content.trim();
            inSpecs = false;
            return;
        }
        if (/^ {2}specs:$/.test(content)) {
            inSpecs = true;
            return;
        }
        if (section !== 'GEM' || !inSpecs || !/^ {4}\S/.test(content))
            return; // six spaces in: a gem's own dependencies
        const match = SPEC.exec(content);
        if (!match?.[1] || !match[2])
            throw new LockfileParseError(`line ${index + 1}: expected "    name (version)" under GEM specs, found "${content.trim().slice(0, 80)}"`);
        result.push({ ecosystem: 'RubyGems', name: match[1], version: match[2], line: index + 1 });
    });
    return result;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/swift.ts



function parsePackageResolved(text) {
    const document = parseJsonObject(text, 'Package.resolved');
    const format = required(document, 'version', 'number', []);
    const container = format === 1 ? required(document, 'object', 'object', []) : document;
    const base = format === 1 ? ['object'] : [];
    const pins = required(container, 'pins', 'array', base);
    const lines = matchingLines(text, /"(?:location|repositoryURL)"\s*:\s*"([^"]+)"/);
    return pins.flatMap((value, index) => {
        const where = [...base, 'pins', index];
        const pin = expectKind(value, 'object', where);
        const url = format === 1 ? required(pin, 'repositoryURL', 'string', where) : required(pin, 'location', 'string', where);
        if (optional(pin, 'kind', 'string', where) === 'localSourceControl' || optional(pin, 'kind', 'string', where) === 'fileSystem')
            return [];
        const state = required(pin, 'state', 'object', where);
        if (state.version === undefined || state.version === null)
            return []; // a branch or revision pin
        const version = expectKind(state.version, 'string', [...where, 'state', 'version']);
        return [{ ecosystem: 'SwiftURL', name: swiftUrlName(url), version, line: lines.get(url) }];
    });
}
/** `https://github.com/apple/swift-nio.git` and `git@github.com:apple/swift-nio.git` -> `github.com/apple/swift-nio`. */
function swiftUrlName(url) {
    return url
        .trim()
        .replace(/^[a-z+]+:\/\//i, '')
        .replace(/^[^@/]+@([^:/]+):/, '$1/')
        .replace(/^[^@/]+@/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./node_modules/@yarnpkg/parsers/lib/index.js
var lib = __webpack_require__(67823);
;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/yarn-classic.ts
// The yarn v1 lockfile syntax, read line by line as yarn's own tokenizer reads it: two-space indentation,
// `key value` pairs, `key:` opening a nested block, keys and values bare or as JSON strings, and top-level
// headers listing several descriptors separated by commas.
// Why not a library: @yarnpkg/parsers' PEG grammar takes ~150 ms per 1.3 MB lockfile (the 300 ms bench target
// is for a pair), and @yarnpkg/lockfile (yarn 1's parser) spends 18 s and 2 GB on one unterminated string.

const TOKEN = '"(?:[^"\\\\]|\\\\.)*"|[^\\s",:][^\\s,:]*(?::[^\\s,:]+)*';
const PAIR = new RegExp(`^(${TOKEN})\\s+(.+)$`);
const KEY_LIST = new RegExp(`^(?:${TOKEN})(?:,\\s*(?:${TOKEN}))*$`);
const KEY = new RegExp(TOKEN, 'g');
function parseClassicYarnLock(text) {
    const entries = {};
    const lines = new Map();
    const stack = [{ indent: -2, object: entries }];
    text.split('\n').forEach((raw, index) => {
        const line = index + 1;
        const content = raw.trimEnd();
        if (content.trim() === '' || content.trimStart().startsWith('#'))
            return;
        if (/^(?:<{7}|={7}|>{7})/.test(content))
            throw new LockfileParseError(`line ${line}: merge conflict marker: resolve the conflict and run yarn install`);
        const indent = content.length - content.trimStart().length;
        while ((stack.at(-1)?.indent ?? -2) >= indent)
            stack.pop();
        const parent = stack.at(-1);
        if (!parent || indent !== parent.indent + 2)
            throw new LockfileParseError(`line ${line}: unexpected indentation (${indent} spaces)`);
        const body = content.slice(indent);
        if (body.endsWith(':')) {
            const header = body.slice(0, -1);
            if (!KEY_LIST.test(header))
                throw new LockfileParseError(`line ${line}: "${header.slice(0, 80)}" is not a list of keys`);
            const keys = (header.match(KEY) ?? []).map((key) => yarn_classic_unquote(key, line));
            const object = {};
            parent.object[keys.join(', ')] = object;
            if (indent === 0 && keys[0] !== undefined)
                lines.set(keys[0], line);
            stack.push({ indent, object });
            return;
        }
        const pair = PAIR.exec(body);
        if (!pair?.[1] || pair[2] === undefined)
            throw new LockfileParseError(`line ${line}: expected "key value" or "key:", found "${body.slice(0, 80)}"`);
        parent.object[yarn_classic_unquote(pair[1], line)] = value(pair[2], line);
    });
    return { entries, lines };
}
function yarn_classic_unquote(token, line) {
    if (!token.startsWith('"'))
        return token;
    try {
        return JSON.parse(token);
    }
    catch {
        throw new LockfileParseError(`line ${line}: malformed string ${token.slice(0, 80)}`);
    }
}
/** A value: one JSON string, or one bare word (numbers and booleans stay text, as versions must). */
function value(text, line) {
    if (text.startsWith('"')) {
        if (!/^"(?:[^"\\]|\\.)*"$/.test(text))
            throw new LockfileParseError(`line ${line}: unterminated or trailing text after string ${text.slice(0, 80)}`);
        return yarn_classic_unquote(text, line);
    }
    if (/\s/.test(text))
        throw new LockfileParseError(`line ${line}: unquoted value with spaces "${text.slice(0, 80)}"`);
    return text;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/yarn.ts
// yarn.lock, classic (v1, read by yarn-classic.ts) and berry (v2+, YAML, read by @yarnpkg/parsers' parseSyml).
// Neither format says which packages are dev-only (that lives in package.json), so `dev` stays undefined.







function parseYarnLock(text) {
    // Berry files always carry `__metadata` (they are YAML); anything else is the classic syntax, header or not.
    const berry = /^"?__metadata"?:/m.test(text);
    const { entries, lines } = berry ? parseBerry(text) : parseClassicYarnLock(text);
    const result = [];
    for (const [key, value] of Object.entries(entries)) {
        if (key === '__metadata')
            continue;
        const entry = expectKind(value, 'object', [key]);
        const descriptor = key.split(',')[0]?.trim() ?? key;
        const resolved = berry ? fromBerry(entry, key) : fromClassic(descriptor, entry, key);
        if (resolved)
            result.push({ ecosystem: 'npm', ...resolved, line: lines.get(descriptor) });
    }
    return result;
}
function parseBerry(text) {
    let lock;
    try {
        lock = (0,lib/* parseSyml */["do"])(text);
    }
    catch (error) {
        throw new LockfileParseError(`not valid YAML (${(0,errors/* errorMessage */.g)(error)})`);
    }
    if (!isObject(lock))
        throw new LockfileParseError('expected a mapping of package descriptors');
    return { entries: lock, lines: headerLines(text) };
}
/**
 * Classic: the descriptor names the package (`foo@^1`, an alias `foo@npm:bar@^1`, or a bare `foo` when
 * package.json gave no range); `version` is resolved.
 */
function fromClassic(descriptor, entry, key) {
    const spec = splitNameAt(descriptor) ?? (/^(?:@[^/@]+\/)?[^/@]+$/.test(descriptor) ? { name: descriptor, rest: '' } : undefined);
    const version = registryVersion(optional(entry, 'version', 'string', [key]) ?? '');
    if (!spec || !version || !classicRegistryRange(spec.rest))
        return undefined;
    if (spec.rest.startsWith('npm:')) {
        const alias = splitNameAt(spec.rest.slice('npm:'.length));
        return alias ? { name: alias.name, version } : undefined;
    }
    return { name: spec.name, version };
}
/** Ranges that resolve through the registry: semver ranges, tags and `npm:` aliases; not URLs, git or paths. */
function classicRegistryRange(range) {
    return !/^(?:[a-z+]+:\/\/|git[+:@]|github:|gitlab:|bitbucket:|file:|link:|portal:|\.{0,2}\/)/.test(range) || range.startsWith('npm:');
}
/** Berry: `resolution` is `name@npm:1.2.3`, or a patch of one (`name@patch:name@npm%3A1.2.3#...`). */
function fromBerry(entry, key) {
    const resolution = splitNameAt(optional(entry, 'resolution', 'string', [key]) ?? '');
    if (!resolution)
        return undefined;
    let reference = resolution.rest;
    if (reference.startsWith('patch:')) {
        const inner = splitNameAt(decodeURIComponent(reference.slice('patch:'.length).split('#')[0] ?? ''));
        if (!inner || inner.name !== resolution.name)
            return undefined;
        reference = inner.rest;
    }
    if (!reference.startsWith('npm:'))
        return undefined;
    const version = registryVersion(reference.slice('npm:'.length));
    return version ? { name: resolution.name, version } : undefined;
}
/** Line of each entry: unindented header lines list the entry's descriptors, possibly quoted, comma-separated. */
function headerLines(text) {
    const lines = new Map();
    let line = 0;
    for (const content of text.split('\n')) {
        line += 1;
        if (content === '' || content.startsWith(' ') || content.startsWith('#') || !content.trimEnd().endsWith(':'))
            continue;
        const first = content.trimEnd().slice(0, -1).split(',')[0]?.trim().replace(/^"|"$/g, '');
        if (first)
            lines.set(first, line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/lockfiles/index.ts
// Which files are lockfiles, and the reader for each. Readers are pure: text in, packages out.




















const lockfiles_named = (...names) => (path) => names.includes((0,posix_.basename)(path));
const READERS = [
    { id: 'package-lock', ecosystem: 'npm', matches: lockfiles_named('package-lock.json', 'npm-shrinkwrap.json'), read: parseNpmLock },
    { id: 'yarn', ecosystem: 'npm', matches: lockfiles_named('yarn.lock'), read: parseYarnLock },
    { id: 'pnpm', ecosystem: 'npm', matches: lockfiles_named('pnpm-lock.yaml'), read: parsePnpmLock },
    { id: 'bun', ecosystem: 'npm', matches: lockfiles_named('bun.lock'), read: parseBunLock },
    {
        id: 'requirements',
        ecosystem: 'PyPI',
        // requirements.txt, requirements-dev.txt, dev-requirements.txt, constraints.txt, and any .txt in a
        // requirements/ folder; other files pip reads through -r/-c are found by collect.ts.
        matches: (path) => /(?:^|[-_.])(?:requirements|constraints)(?:[-_.][^/]*)?\.txt$/.test((0,posix_.basename)(path)) || ((0,posix_.basename)((0,posix_.dirname)(path)) === 'requirements' && path.endsWith('.txt')),
        read: parseRequirements,
        related: requirementsRelated,
    },
    { id: 'poetry', ecosystem: 'PyPI', matches: lockfiles_named('poetry.lock'), read: parsePoetryLock },
    { id: 'uv', ecosystem: 'PyPI', matches: lockfiles_named('uv.lock'), read: parseUvLock },
    { id: 'pipenv', ecosystem: 'PyPI', matches: lockfiles_named('Pipfile.lock'), read: parsePipfileLock },
    { id: 'go.mod', ecosystem: 'Go', matches: lockfiles_named('go.mod'), read: parseGoMod },
    { id: 'go.sum', ecosystem: 'Go', matches: lockfiles_named('go.sum'), read: parseGoSum },
    { id: 'cargo', ecosystem: 'crates.io', matches: lockfiles_named('Cargo.lock'), read: parseCargoLock },
    { id: 'cargo-toml', ecosystem: 'crates.io', matches: lockfiles_named('Cargo.toml'), read: parseCargoToml },
    { id: 'bundler', ecosystem: 'RubyGems', matches: lockfiles_named('Gemfile.lock', 'gems.locked'), read: parseGemfileLock },
    { id: 'composer', ecosystem: 'Packagist', matches: lockfiles_named('composer.lock'), read: parseComposerLock },
    { id: 'pdm', ecosystem: 'PyPI', matches: lockfiles_named('pdm.lock'), read: parsePdmLock },
    // pylock.toml, or pylock.<name>.toml for a named lock (PEP 751).
    { id: 'pylock', ecosystem: 'PyPI', matches: (path) => /^pylock\.(?:[^/.]+\.)?toml$/.test((0,posix_.basename)(path)), read: parsePylock },
    { id: 'pyproject', ecosystem: 'PyPI', matches: lockfiles_named('pyproject.toml'), read: parsePyproject },
    { id: 'maven', ecosystem: 'Maven', matches: lockfiles_named('pom.xml'), read: parsePomXml, related: pomRelated },
    {
        id: 'gradle-lockfile',
        ecosystem: 'Maven',
        // gradle.lockfile (Gradle 6.8+), or one lockfile per configuration under gradle/dependency-locks/ (before).
        matches: (path) => (0,posix_.basename)(path) === 'gradle.lockfile' || /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(path),
        read: parseGradleLockfile,
    },
    { id: 'gradle-verification-metadata', ecosystem: 'Maven', matches: lockfiles_named('verification-metadata.xml'), read: parseGradleVerificationMetadata },
    { id: 'gradle-version-catalog', ecosystem: 'Maven', matches: (path) => (0,posix_.basename)(path).endsWith('.versions.toml'), read: parseVersionCatalog },
    { id: 'nuget-lock', ecosystem: 'NuGet', matches: lockfiles_named('packages.lock.json'), read: parseNuGetLock },
    {
        id: 'msbuild',
        ecosystem: 'NuGet',
        matches: (path) => /\.(?:cs|fs|vb)proj$/.test(path) || ['Directory.Packages.props', 'Directory.Build.props', 'Directory.Build.targets'].includes((0,posix_.basename)(path)),
        read: parseMsBuildProject,
        related: msbuildRelated,
    },
    { id: 'packages-config', ecosystem: 'NuGet', matches: lockfiles_named('packages.config'), read: parsePackagesConfig },
    { id: 'paket', ecosystem: 'NuGet', matches: lockfiles_named('paket.lock'), read: parsePaketLock },
    { id: 'pub', ecosystem: 'Pub', matches: lockfiles_named('pubspec.lock'), read: parsePubspecLock },
    { id: 'mix', ecosystem: 'Hex', matches: lockfiles_named('mix.lock'), read: parseMixLock },
    { id: 'renv', ecosystem: 'CRAN', matches: lockfiles_named('renv.lock'), read: parseRenvLock },
    { id: 'conan', ecosystem: 'ConanCenter', matches: lockfiles_named('conan.lock'), read: parseConanLock },
    { id: 'cocoapods', ecosystem: 'CocoaPods', matches: lockfiles_named('Podfile.lock'), read: parsePodfileLock },
    { id: 'swiftpm', ecosystem: 'SwiftURL', matches: lockfiles_named('Package.resolved'), read: parsePackageResolved },
];
const LOCKFILE_FORMATS = READERS.map(({ read, ...format }) => ({
    ...format,
    parse: (text, path, related) => {
        try {
            return onePerVersion(read(text, path, related));
        }
        catch (error) {
            throw error instanceof LockfileParseError ? new LockfileParseError(error.reason, path) : error;
        }
    },
}));
/**
 * The same version installed at several paths (npm, pnpm), listed once per platform (Bundler), under several
 * descriptors (yarn) or in both sections (Pipfile.lock) is one package: dev-only if every copy is, at the first
 * copy's line.
 */
function onePerVersion(packages) {
    const unique = new Map();
    for (const pkg of packages) {
        const key = packageKey(pkg);
        const first = unique.get(key);
        if (!first)
            unique.set(key, pkg);
        else if (pkg.dev === false)
            first.dev = false;
    }
    return [...unique.values()];
}
const REQUIREMENTS = LOCKFILE_FORMATS.find((format) => format.id === 'requirements');
/** Lockfiles this probe cannot read; a change to one is reported as unchecked rather than passed over. */
const UNSUPPORTED_LOCKFILES = new Map([
    ['bun.lockb', 'bun.lockb is binary: switch to the text lockfile (bun install --save-text-lockfile, default since Bun 1.2)'],
]);
/** Installed copies and vendored trees carry lockfiles that are not the project's own. */
const IGNORED_DIRS = /(?:^|\/)(?:node_modules|vendor|\.git)\//;
function isIgnoredPath(path) {
    return IGNORED_DIRS.test(path);
}
function lockfileFormat(path) {
    if (isIgnoredPath(path))
        return undefined;
    return LOCKFILE_FORMATS.find((format) => format.matches(path));
}
function unsupportedLockfile(path) {
    return IGNORED_DIRS.test(path) ? undefined : UNSUPPORTED_LOCKFILES.get((0,posix_.basename)(path));
}

;// CONCATENATED MODULE: ./src/probes/dependencies/collect.ts
// Reads each changed lockfile at the merge-base and at HEAD through git (the probe's only file I/O).




async function collectLockfiles(git, diff) {
    const lockfiles = [];
    const unsupported = [];
    // Both ends of renames and copies: a go.mod renamed away is touched too.
    const touchedPaths = new Set(diff.files.flatMap((file) => (file.oldPath === undefined ? [file.path] : [file.path, file.oldPath])));
    let included;
    for (const file of diff.files) {
        // The path at HEAD decides: a lockfile renamed to something else (package-lock.json.bak) is gone.
        let format = lockfileFormat(file.path);
        if (!format && file.status !== 'deleted' && !isIgnoredPath(file.path)) {
            included ??= includedRequirements(git, diff);
            if ((await included).has(file.path))
                format = REQUIREMENTS;
        }
        if (!format) {
            const reason = unsupportedLockfile(file.path);
            if (reason && file.status !== 'deleted')
                unsupported.push({ path: file.path, reason });
            continue;
        }
        if (format.id === 'go.sum' && (await goModGoverns(git, diff, file, touchedPaths)))
            continue;
        if (format.id === 'package-lock' && (await shrinkwrapGoverns(git, diff, file)))
            continue;
        lockfiles.push(await readVersions(git, diff, file, format));
    }
    return { lockfiles, unsupported };
}
async function readVersions(git, diff, file, format) {
    // A copy is new where it lands: what it pins is new to that project, so it has no merge-base version.
    const basePath = file.status === 'added' || file.status === 'copied' ? undefined : (file.oldPath ?? file.path);
    const [baseText, headText] = await Promise.all([
        basePath === undefined ? undefined : git.tryShowFile(diff.mergeBase, basePath),
        file.status === 'deleted' ? undefined : git.tryShowFile(diff.headSha, file.path),
    ]);
    const [baseRelated, headRelated] = await Promise.all([
        basePath === undefined ? undefined : readRelated(git, diff.mergeBase, format, basePath, baseText),
        readRelated(git, diff.headSha, format, file.path, headText),
    ]);
    return {
        path: file.path,
        oldPath: file.status === 'renamed' ? file.oldPath : undefined,
        format,
        baseText,
        headText,
        ...(baseRelated ? { baseRelated } : {}),
        ...(headRelated ? { headRelated } : {}),
    };
}
/** The files a format asks for besides the lockfile (a pom's parent chain), at one commit; at most 20. */
async function readRelated(git, rev, format, path, text) {
    if (!format.related || text === undefined)
        return undefined;
    const files = new Map();
    let wanted = format.related(path, text);
    while (wanted.length > 0 && files.size < 20) {
        const next = [];
        for (const related of wanted) {
            if (files.has(related) || related === path)
                continue;
            const content = await git.tryShowFile(rev, related);
            if (content === undefined)
                continue;
            files.set(related, content);
            next.push(...format.related(related, content));
        }
        wanted = next;
    }
    return files;
}
/**
 * go.sum lists every version the module graph consulted; the build list is go.mod's. Since Go 1.17 go.mod lists
 * indirect requirements too, so where the module's go.mod (at HEAD, or at the merge-base when the change removes
 * it) says `go 1.17` or later, a go.sum change adds nothing to check. Before that (or with no `go` directive,
 * which means 1.16) indirect dependencies are only in go.sum, which is then read as well.
 */
async function goModGoverns(git, diff, file, touchedPaths) {
    const goMod = (0,posix_.join)((0,posix_.dirname)(file.path), 'go.mod');
    const text = (await git.tryShowFile(diff.headSha, goMod)) ?? (touchedPaths.has(goMod) ? await git.tryShowFile(diff.mergeBase, goMod) : undefined);
    return text !== undefined && listsIndirectRequirements(goDirective(text));
}
/** npm reads npm-shrinkwrap.json and ignores package-lock.json when both are in a folder. */
async function shrinkwrapGoverns(git, diff, file) {
    if (!file.path.endsWith('package-lock.json'))
        return false;
    return (await git.tryShowFile(diff.headSha, (0,posix_.join)((0,posix_.dirname)(file.path), 'npm-shrinkwrap.json'))) !== undefined;
}
/**
 * Files the requirements files at HEAD include with `-r`/`-c`, followed transitively: pip reads them whatever
 * they are called (base.txt, pins/web.in), so a change to one is a change to the pinned set.
 */
async function includedRequirements(git, diff) {
    const tree = (await git.raw(['ls-tree', '-r', '-z', '--name-only', diff.headSha])).split('\0').filter(Boolean);
    const queue = tree.filter((path) => REQUIREMENTS.matches(path) && !isIgnoredPath(path));
    const seen = new Set(queue);
    const included = new Set();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const text = await git.tryShowFile(diff.headSha, path);
        for (const { path: target } of text === undefined ? [] : requirementIncludes(text, path)) {
            included.add(target);
            if (!seen.has(target)) {
                seen.add(target);
                queue.push(target);
            }
        }
    }
    return included;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/osv/record.ts
// The parts of the OSV schema (https://ossf.github.io/osv-schema/) the probe reads, validated at the boundary:
// API answers and database files are untrusted input.

/** An OSV record, or undefined when `value` is not one (no string `id`). Malformed parts are dropped. */
function toOsvRecord(value) {
    if (!isObject(value) || typeof value.id !== 'string' || value.id === '')
        return undefined;
    return {
        id: value.id,
        modified: str(value.modified),
        withdrawn: str(value.withdrawn),
        aliases: strings(value.aliases),
        summary: str(value.summary),
        details: str(value.details),
        severity: severities(value.severity),
        affected: (Array.isArray(value.affected) ? value.affected : []).filter(isObject).map(toAffected),
        database_specific: isObject(value.database_specific) ? value.database_specific : undefined,
    };
}
function toAffected(value) {
    const pkg = isObject(value.package) ? value.package : undefined;
    return {
        package: pkg && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string'
            ? { ecosystem: pkg.ecosystem, name: pkg.name }
            : undefined,
        ranges: (Array.isArray(value.ranges) ? value.ranges : []).filter(isObject).flatMap((range) => typeof range.type === 'string' && Array.isArray(range.events)
            ? [{ type: range.type, events: range.events.filter(isObject).map(toEvent) }]
            : []),
        versions: strings(value.versions),
        severity: severities(value.severity),
        database_specific: isObject(value.database_specific) ? value.database_specific : undefined,
    };
}
function toEvent(value) {
    return { introduced: str(value.introduced), fixed: str(value.fixed), last_affected: str(value.last_affected), limit: str(value.limit) };
}
function severities(value) {
    return (Array.isArray(value) ? value : []).filter(isObject).flatMap((s) => typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : []);
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}

;// CONCATENATED MODULE: ./src/probes/dependencies/osv/client.ts
// The OSV API client, the probe's only network I/O: POST /v1/querybatch (at most 1,000 queries a request,
// following each query's next_page_token), then GET /v1/vulns/{id} for the records it names.
// Every request has a timeout and bounded retries with exponential backoff; records are cached for the run.
// Answers are read as a stream up to a size cap, and only same-origin redirects are followed: the package list
// goes to the configured server and nowhere else.




const DEFAULT_OSV_URL = 'https://api.osv.dev';
const MAX_BATCH = 1000;
const MAX_PAGES = 100;
const MAX_RETRY_AFTER_MS = 10_000;
const MAX_REDIRECTS = 5;
/**
 * A querybatch answer for 1,000 queries (ids and dates only) is well under 1 MB and the largest OSV records a
 * few hundred kB; 32 MB is far above any real answer, and eight parallel reads of it stay far below 500 MB.
 */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
function createOsvClient(options) {
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 30_000;
    const attempts = Math.max(1, options.attempts ?? 3);
    const backoffMs = options.backoffMs ?? 500;
    const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
    const concurrency = Math.max(1, options.concurrency ?? 8);
    const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const stats = { querybatch: 0, vulns: 0 };
    const records = new Map();
    async function request(path, body) {
        const url = `${baseUrl}${path}`;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        let lastError = '';
        for (let attempt = 1; attempt <= attempts; attempt += 1) {
            if (options.signal?.aborted)
                throw new OsvUnavailableError(`${url}: aborted`);
            const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
            let retryAfterMs;
            try {
                const response = await fetchSameOrigin(url, payload, AbortSignal.any(signals));
                if (response.ok)
                    return parseBody(url, await readCapped(url, response, maxBodyBytes));
                const text = await readCapped(url, response, ERROR_TEXT_BYTES, true);
                lastError = `HTTP ${response.status}${text ? `: ${text.slice(0, 200).trim()}` : ''}`;
                // Client errors other than rate limiting will not change on retry.
                if (response.status !== 429 && response.status < 500)
                    break;
                retryAfterMs = retryAfter(response.headers.get('retry-after'));
            }
            catch (error) {
                if (error instanceof OsvUnavailableError)
                    throw error;
                lastError = describeFetchError(error, timeoutMs);
                if (options.signal?.aborted)
                    break;
            }
            if (attempt < attempts)
                await sleep(retryAfterMs ?? backoffMs * 2 ** (attempt - 1), options.signal);
        }
        throw new OsvUnavailableError(`${url}: ${lastError} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`);
    }
    async function queryBatch(queries) {
        const ids = queries.map(() => new Set());
        let pending = queries.map((query, index) => ({ index, query, pageToken: undefined }));
        for (let page = 0; pending.length > 0; page += 1) {
            if (page >= MAX_PAGES)
                throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: more than ${MAX_PAGES} pages of results`);
            const next = [];
            for (let start = 0; start < pending.length; start += batchSize) {
                const chunk = pending.slice(start, start + batchSize);
                stats.querybatch += 1;
                const body = await request('/v1/querybatch', { queries: chunk.map((item) => toApiQuery(item.query, item.pageToken)) });
                const results = isObject(body) && Array.isArray(body.results) ? body.results : undefined;
                if (!results || results.length !== chunk.length) {
                    throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: answer is not ${chunk.length} query results`);
                }
                results.forEach((result, i) => {
                    const item = chunk[i];
                    if (!isObject(result))
                        throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: result ${i} is not an object`);
                    const vulns = result.vulns ?? [];
                    if (!Array.isArray(vulns))
                        throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: "vulns" is not a list`);
                    for (const vuln of vulns) {
                        if (!isObject(vuln) || typeof vuln.id !== 'string')
                            throw new OsvUnavailableError(`${baseUrl}/v1/querybatch: a vulnerability has no id`);
                        ids[item.index]?.add(vuln.id);
                    }
                    if (typeof result.next_page_token === 'string' && result.next_page_token !== '') {
                        next.push({ ...item, pageToken: result.next_page_token });
                    }
                });
            }
            pending = next;
        }
        return ids.map((set) => [...set]);
    }
    function record(id) {
        let cached = records.get(id);
        if (!cached) {
            cached = (async () => {
                stats.vulns += 1;
                const parsed = toOsvRecord(await request(`/v1/vulns/${encodeURIComponent(id)}`));
                if (!parsed || parsed.id !== id)
                    throw new OsvUnavailableError(`${baseUrl}/v1/vulns/${id}: answer is not the OSV record ${id}`);
                return parsed;
            })();
            records.set(id, cached);
        }
        return cached;
    }
    return {
        kind: 'api',
        location: baseUrl,
        stats,
        report: () => ({ requests: { ...stats } }),
        async lookup(queries) {
            const idsPerQuery = await queryBatch(queries);
            const unique = [...new Set(idsPerQuery.flat())];
            const fetched = new Map(await mapLimit(unique, concurrency, async (id) => [id, await record(id)]));
            return idsPerQuery.map((ids) => ids.map((id) => fetched.get(id)).filter((r) => r.withdrawn === undefined));
        },
    };
}
/**
 * Go and Composer versions go to OSV without a `v` prefix, the form advisories use (Go's module versions always
 * carry one; Composer's normalization drops it).
 */
function toApiQuery(query, pageToken) {
    return {
        package: { ecosystem: query.ecosystem, name: normalizeName(query.ecosystem, query.name) },
        version: query.ecosystem === 'Go' || query.ecosystem === 'Packagist' ? query.version.replace(/^v(?=\d)/, '') : query.version,
        ...(pageToken === undefined ? {} : { page_token: pageToken }),
    };
}
/**
 * One request, following redirects by hand: a redirect within the server's origin is followed with the same
 * method and body (a POST turned into a GET would only bring an error back); one to any other origin is refused,
 * so neither the package list nor the request reaches a host nobody configured. Not retried: it will not change.
 */
async function fetchSameOrigin(url, payload, signal) {
    const origin = new URL(url).origin;
    let current = url;
    for (let hop = 0;; hop += 1) {
        const response = await fetch(current, {
            method: payload === undefined ? 'GET' : 'POST',
            headers: { accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }), 'user-agent': 'loki-verify' },
            body: payload,
            redirect: 'manual',
            signal,
        });
        const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
        if (location === null)
            return response;
        await response.body?.cancel();
        const target = new URL(location, current);
        if (target.origin !== origin) {
            throw new OsvUnavailableError(`${url}: redirected to ${target.origin}, another origin than ${origin}; not followed (set dependencies.osv_url to the server that answers)`);
        }
        if (hop >= MAX_REDIRECTS)
            throw new OsvUnavailableError(`${url}: more than ${MAX_REDIRECTS} redirects`);
        current = target.href;
    }
}
/** Error answers are quoted, not parsed: their first kilobytes are enough. */
const ERROR_TEXT_BYTES = 4096;
/**
 * The answer's text, read chunk by chunk up to `limit` bytes. Past the limit the stream is cancelled and the
 * answer is unavailable (not retried: the same server would send the same flood again), unless `truncate` asks
 * for the first `limit` bytes only.
 */
async function readCapped(url, response, limit, truncate = false) {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (!truncate && declared > limit) {
        await response.body?.cancel();
        throw new OsvUnavailableError(tooLarge(url, limit));
    }
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (size + value.byteLength > limit) {
            await reader.cancel();
            if (!truncate)
                throw new OsvUnavailableError(tooLarge(url, limit));
            chunks.push(value.subarray(0, limit - size));
            break;
        }
        chunks.push(value);
        size += value.byteLength;
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
}
function tooLarge(url, limit) {
    return `${url}: answer larger than ${Math.round(limit / 1024 / 1024)} MB, far beyond any real OSV answer; not read`;
}
function parseBody(url, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new OsvUnavailableError(`${url}: answer is not JSON (${JSON.stringify(text.slice(0, 80))})`);
    }
}
function describeFetchError(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'aborted';
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
    const code = cause?.code;
    return code ? `${code} (${cause?.message ?? ''})`.replace(/ \(\)$/, '') : error instanceof Error ? error.message : String(error);
}
function retryAfter(header) {
    const seconds = header === null ? Number.NaN : Number(header);
    return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
    });
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var fflate_esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/probes/dependencies/osv/offline-db.ts
// Offline OSV database: a directory of OSV records at any depth, as `.json` files or the per-ecosystem
// `all.zip` exports (https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip). No network.
// Records are matched locally with the same range evaluation the API applies.







function createOfflineDb(directory) {
    const stats = { files: 0, records: 0, skipped: 0, unordered: [] };
    return {
        kind: 'offline',
        location: directory,
        stats,
        report: () => ({ database: { ...stats } }),
        async lookup(queries) {
            const wanted = new Set(queries.map((q) => packageId(q.ecosystem, q.name)));
            const index = await loadRecords(directory, wanted, stats);
            return queries.map((query) => (index.get(packageId(query.ecosystem, query.name)) ?? []).filter((record) => {
                const result = matchRecord(record, query);
                if (result.status === 'unknown')
                    stats.unordered.push(`${query.ecosystem}/${query.name}@${query.version} (${record.id}): ${result.reason}`);
                return result.status === 'affected';
            }));
        },
    };
}
function packageId(ecosystem, name) {
    return `${ecosystem}\u0000${normalizeName(ecosystem, name)}`;
}
/** Records about the wanted packages, by package; withdrawn records are left out. */
async function loadRecords(directory, wanted, stats) {
    const info = await (0,external_node_fs_promises_.stat)(directory).catch(() => undefined);
    if (!info?.isDirectory())
        throw new OsvUnavailableError(`offline OSV database ${directory} is not a directory`);
    const index = new Map();
    const add = (text, origin) => {
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new OsvUnavailableError(`offline OSV database: ${origin} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
        const record = toOsvRecord(data);
        if (!record) {
            stats.skipped += 1;
            return;
        }
        stats.records += 1;
        if (record.withdrawn !== undefined)
            return;
        const ids = new Set(record.affected.flatMap((a) => (a.package ? [packageId(a.package.ecosystem, a.package.name)] : [])));
        for (const id of ids) {
            if (!wanted.has(id))
                continue;
            const list = index.get(id);
            if (list)
                list.push(record);
            else
                index.set(id, [record]);
        }
    };
    const entries = await (0,external_node_fs_promises_.readdir)(directory, { recursive: true, withFileTypes: true });
    const files = entries
        .filter((entry) => entry.isFile() && /\.(?:json|zip)$/i.test(entry.name))
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
    for (const file of files) {
        const origin = (0,external_node_path_.relative)(directory, file);
        stats.files += 1;
        if (/\.json$/i.test(file)) {
            add(await (0,external_node_fs_promises_.readFile)(file, 'utf8'), origin);
            continue;
        }
        readZipMembers(await (0,external_node_fs_promises_.readFile)(file), origin, add);
    }
    if (stats.records === 0)
        throw new OsvUnavailableError(`offline OSV database ${directory} holds no OSV records`);
    return index;
}
/**
 * Streams the `.json` members of a zip through `add` one at a time: an ecosystem's export holds hundreds of
 * thousands of records, so members are never all inflated at once.
 */
function readZipMembers(data, origin, add) {
    const decoder = new TextDecoder();
    let failure;
    const unzip = new fflate_esm/* Unzip */.HJ((member) => {
        if (!/\.json$/i.test(member.name))
            return;
        const chunks = [];
        member.ondata = (error, chunk, final) => {
            if (error) {
                failure ??= error;
                return;
            }
            chunks.push(chunk);
            if (final)
                add(decoder.decode(Buffer.concat(chunks)), `${origin}:${member.name}`);
        };
        member.start();
    });
    unzip.register(fflate_esm/* UnzipInflate */.mM);
    try {
        unzip.push(data, true);
    }
    catch (error) {
        failure ??= error;
    }
    if (failure instanceof OsvUnavailableError)
        throw failure;
    if (failure !== undefined || !looksLikeZip(data)) {
        const reason = failure === undefined ? 'no zip signature' : failure instanceof Error ? failure.message : String(failure);
        throw new OsvUnavailableError(`offline OSV database: ${origin} is not a readable zip (${reason})`);
    }
}
function looksLikeZip(data) {
    return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
}

;// CONCATENATED MODULE: ./src/probes/dependencies/index.ts
// The dependencies probe: vulnerabilities (OSV) in the package versions a change adds to its lockfiles.









const dependencies_settings = build/* Type.Object */.ZUJ.Object({
    osv_url: build/* Type.Optional */.ZUJ.Optional(build/* Type.String */.ZUJ.String({ pattern: '^https?://', description: 'OSV API base URL (else LOKI_VERIFY_OSV_URL, else https://api.osv.dev).' })),
    osv_db: build/* Type.Optional */.ZUJ.Optional(build/* Type.String */.ZUJ.String({ minLength: 1, description: 'Offline OSV database directory, relative to the repository root; --osv-db wins.' })),
    block_on: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* severity */.yf)({ description: 'Lowest severity of a newly introduced vulnerability that blocks.' }), DEFAULT_BLOCK_ON),
    ignore: (0,schema_parts/* withDefault */.IQ)(build/* Type.Array */.ZUJ.Array((0,schema_parts/* waiver */.rZ)(), { description: 'Accepted advisories, by id or alias, with a reason and an optional end date.' }), []),
});
const dependenciesProbe = defineProbe({
    id: 'dependencies',
    title: 'Dependency vulnerabilities (OSV)',
    timeout: 120,
    security: true,
    settings: dependencies_settings,
    // Always applicable: with no lockfile changed nothing new can be vulnerable, which is a conclusive pass.
    applies: () => APPLIES,
    async run(ctx) {
        const collected = await collectLockfiles(ctx.git, ctx.diff);
        return checkLockfiles({
            ...collected,
            source: vulnerabilitySource(ctx),
            policy: { blockOn: ctx.settings.block_on, waivers: ctx.settings.ignore, now: ctx.now },
            log: (line) => ctx.log(line),
        });
    },
});
/**
 * The one place the OSV source is decided: the offline database when one is given (--osv-db wins over config
 * `dependencies.osv_db`; relative paths are taken from the repository root), else the API at config
 * `dependencies.osv_url`, LOKI_VERIFY_OSV_URL, or api.osv.dev.
 */
function vulnerabilitySource(ctx) {
    const { settings } = ctx;
    const database = ctx.options.osvDb ?? settings.osv_db;
    if (database)
        return createOfflineDb((0,external_node_path_.isAbsolute)(database) ? database : (0,external_node_path_.resolve)(ctx.root, database));
    return createOsvClient({ baseUrl: settings.osv_url ?? ctx.options.osvUrl ?? DEFAULT_OSV_URL, signal: ctx.signal });
}

// EXTERNAL MODULE: ./src/heldout/file.ts + 1 modules
var file = __webpack_require__(26668);
;// CONCATENATED MODULE: ./src/probes/heldout/outcome.ts
// Turns item results into the probe's outcome. Pure. Shows ids, statuses, durations and (by default)
// titles; never commands, hidden paths or contents, or output: none of those reach this module.

/** What evidence and logs show of a held-out item (config `heldout.reveal`). */
const REVEALS = ['ids', 'titles'];
const LISTED_PATHS = 10;
/** `AC-7` or `AC-7 ("Rejects negative amounts")`, as the reveal setting allows. */
function itemLabel(item, reveal) {
    return reveal === 'titles' ? `${item.id} ("${item.title}")` : item.id;
}
function outcome_buildOutcome(input) {
    const { items, reveal } = input;
    const findings = [];
    if (input.insideTree !== undefined)
        findings.push(insideTreeFinding(input.insideTree));
    for (const item of items) {
        if (item.status === 'fail')
            findings.push(itemFinding(item, reveal, 'item-failed'));
        if (item.status === 'inconclusive')
            findings.push(itemFinding(item, reveal, 'item-inconclusive'));
        if (item.treeChanges.length || item.leftovers)
            findings.push(treeFinding(item, reveal));
    }
    const failed = items.filter((i) => i.status === 'fail');
    const unsure = items.filter((i) => i.status === 'inconclusive');
    const blocking = findings.some((f) => f.blocking);
    const status = blocking ? 'fail' : unsure.length ? 'inconclusive' : 'pass';
    return {
        status,
        summary: summarise(items.length, failed, unsure, items.some((i) => i.treeChanges.length || i.leftovers)),
        findings,
        details: {
            source: input.source,
            reveal,
            counts: {
                total: items.length,
                passed: items.filter((i) => i.status === 'pass').length,
                failed: failed.length,
                inconclusive: unsure.length,
            },
            items: items.map((item) => ({
                id: item.id,
                ...(reveal === 'titles' ? { title: item.title } : {}),
                status: item.status,
                reason: item.reason,
                duration_ms: item.durationMs,
                ...(item.treeChanges.length ? { tree_changes: item.treeChanges } : {}),
                ...(item.leftovers ? { hidden_files_left: item.leftovers } : {}),
                ...(item.ignoredChanges.length ? { ignored_changes: item.ignoredChanges.slice(0, 50) } : {}),
            })),
        },
    };
}
function summarise(total, failed, unsure, treeChanged) {
    const checks = total === 1 ? '1 held-out check' : `${total} held-out checks`;
    const ids = (list) => list.map((i) => i.id).join(', ');
    const parts = [];
    const passed = total - failed.length - unsure.length;
    if (!failed.length && !unsure.length)
        parts.push(total === 1 ? `${checks} passed` : `all ${checks} passed`);
    else {
        parts.push(`${checks}: ${passed} passed`);
        if (failed.length)
            parts.push(`${failed.length} failed (${ids(failed)})`);
        if (unsure.length)
            parts.push(`${unsure.length} could not run (${ids(unsure)})`);
    }
    const text = parts.join(', ');
    return treeChanged ? `${text}; the held-out run changed the working tree` : text;
}
function itemFinding(item, reveal, rule) {
    const failed = rule === 'item-failed';
    return {
        rule: `heldout/${rule}`,
        severity: failed ? 'high' : 'medium',
        blocking: failed,
        message: failed
            ? `held-out check ${itemLabel(item, reveal)} failed: ${item.reason}`
            : `held-out check ${itemLabel(item, reveal)} could not run: ${item.reason}`,
        fingerprint: (0,fingerprint/* fingerprint */.R)('heldout', rule, item.id),
        details: { item: item.id, status: item.status, reason: item.reason },
    };
}
function treeFinding(item, reveal) {
    const shown = item.treeChanges.slice(0, LISTED_PATHS);
    const more = item.treeChanges.length - shown.length;
    const parts = [...shown];
    if (more > 0)
        parts.push(`and ${more} more`);
    if (item.leftovers)
        parts.push(`${item.leftovers} hidden file(s) that could not be removed`);
    return {
        rule: 'heldout/tree-changed',
        severity: 'high',
        blocking: true,
        message: `held-out run changed the working tree (check ${itemLabel(item, reveal)}): ${parts.join(', ')}`,
        fingerprint: (0,fingerprint/* fingerprint */.R)('heldout', 'tree-changed', item.id, item.treeChanges.join('\0'), item.leftovers),
        details: { item: item.id, paths: item.treeChanges.slice(0, 50), hidden_files_left: item.leftovers },
    };
}
function insideTreeFinding(path) {
    return {
        rule: 'heldout/file-in-working-tree',
        severity: 'medium',
        blocking: false,
        message: `the held-out file ${path} is inside the working tree, where the builder can read it: keep it outside the repository (e.g. in a CI secret)`,
        file: path,
        fingerprint: (0,fingerprint/* fingerprint */.R)('heldout', 'file-in-working-tree', path),
    };
}

;// CONCATENATED MODULE: ./src/probes/heldout/materialise.ts
// Writes an item's hidden files into the working tree for its run, and removes them afterwards,
// also when the gate is interrupted. Nothing that existed before is ever overwritten or followed:
// the tree belongs to the PR, which could plant a symlink to redirect a write outside it.



function kindOf(path) {
    try {
        const stat = (0,external_node_fs_.lstatSync)(path);
        return stat.isDirectory() ? 'dir' : 'other'; // lstat: a symlink is 'other', never followed
    }
    catch {
        return 'missing';
    }
}
/** Removes `path` whatever the run left there; a directory it made unreadable is opened up once. */
function removePath(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    }
    catch {
        try {
            if (kindOf(path) === 'dir')
                (0,external_node_fs_.chmodSync)(path, 0o700); // lstat first: never chmod through a symlink
            (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        }
        catch {
            // reported by the caller as a leftover
        }
    }
}
/** Why `rel` cannot be written under `root` without touching what is there, or undefined when it can. */
function conflict(root, rel) {
    const segments = rel.split('/');
    let dir = root;
    for (const segment of segments.slice(0, -1)) {
        dir = (0,external_node_path_.join)(dir, segment);
        const kind = kindOf(dir);
        if (kind === 'missing')
            return undefined; // created by us from here down
        if (kind === 'other')
            return 'a hidden file\'s directory is a file or symlink in the working tree';
    }
    return kindOf((0,external_node_path_.join)(root, rel)) === 'missing' ? undefined : 'a hidden file would overwrite an existing path';
}
/**
 * Writes `files` (repository-relative, already validated as plain relative paths) under `root`.
 * All-or-nothing: on any conflict nothing is written.
 */
function materialise(root, files) {
    const paths = Object.keys(files).sort();
    const conflicts = paths.map((p) => conflict(root, p)).filter((r) => r !== undefined);
    if (conflicts.length) {
        const count = conflicts.length === 1 ? '1 hidden file' : `${conflicts.length} hidden files`;
        return { ok: false, reason: `file conflict (${count}): ${conflicts[0]}` };
    }
    const written = []; // files, then removed first
    const createdDirs = []; // outermost directories we created; removed recursively
    let removed = false;
    const remove = () => {
        if (!removed) {
            removed = true;
            release();
            for (const path of [...written, ...createdDirs])
                removePath(path);
        }
        return [...written, ...createdDirs].filter((p) => kindOf(p) !== 'missing');
    };
    // Registered before the first write, so an interrupt at any point below still cleans up.
    const release = (0,interrupt/* onInterrupt */.n)(() => void remove());
    try {
        for (const rel of paths) {
            const segments = rel.split('/');
            let dir = root;
            for (const segment of segments.slice(0, -1)) {
                dir = (0,external_node_path_.join)(dir, segment);
                if (kindOf(dir) === 'missing') {
                    (0,external_node_fs_.mkdirSync)(dir);
                    if (!createdDirs.some((d) => dir.startsWith(`${d}/`)))
                        createdDirs.push(dir);
                }
            }
            const full = (0,external_node_path_.join)(root, rel);
            // 'wx' (O_CREAT|O_EXCL) fails if anything appeared there meanwhile, even a dangling symlink.
            (0,external_node_fs_.writeFileSync)(full, files[rel], { flag: 'wx' });
            if (!createdDirs.some((d) => full.startsWith(`${d}/`)))
                written.push(full);
        }
    }
    catch (error) {
        remove();
        const code = error.code ?? 'error';
        return { ok: false, reason: `could not write the hidden files (${code})` };
    }
    return { ok: true, materialised: { remove } };
}

;// CONCATENATED MODULE: ./src/probes/heldout/run-item.ts

/**
 * The item's result; `touched` when anything was written or run (the tree needs checking afterwards);
 * with `keepOutput`, the command's output for the step log.
 */
async function runItem(ctx, item, run) {
    const base = { id: item.id, title: item.title, durationMs: 0, leftovers: 0 };
    const notRun = (reason) => ({
        result: { ...base, status: 'inconclusive', reason },
        touched: false,
    });
    if (ctx.signal.aborted)
        return notRun('not run: the gate stopped the probe');
    if (run.remainingMs <= 0)
        return notRun('not run: the held-out probe\'s time budget ran out');
    const placed = materialise(ctx.root, item.files ?? {});
    if (!placed.ok)
        return notRun(placed.reason);
    const ownLimit = item.timeout === undefined ? Infinity : item.timeout * 1000;
    const timeoutMs = Math.max(1, Math.min(ownLimit, run.remainingMs));
    let exec;
    try {
        // keepBytes 0 unless the output is wanted: what is never captured cannot leak into evidence.
        exec = await ctx.exec(item.run, { timeoutMs, keepBytes: run.keepOutput ? undefined : 0 });
    }
    finally {
        base.leftovers = placed.materialised.remove().length;
    }
    const budgetHit = timeoutMs < ownLimit;
    const result = { ...base, durationMs: exec.durationMs, exitCode: exec.exitCode, ...classify(exec, timeoutMs, budgetHit) };
    return run.keepOutput ? { result, touched: true, output: exec.output } : { result, touched: true };
}
function classify(exec, timeoutMs, budgetHit) {
    if (exec.timedOut) {
        const limit = `${formatSeconds(timeoutMs)}`;
        return {
            status: 'inconclusive',
            reason: budgetHit ? `timed out: the held-out probe's time budget ran out after ${limit}` : `timed out after ${limit}`,
        };
    }
    if (exec.aborted)
        return { status: 'inconclusive', reason: 'stopped: the gate stopped the probe' };
    if (exec.spawnError !== undefined)
        return { status: 'inconclusive', reason: 'could not start the shell' };
    if (exec.exitCode === 0)
        return { status: 'pass', reason: 'passed' };
    if (exec.exitCode === 127)
        return { status: 'inconclusive', reason: 'command not found (exit code 127)' };
    if (exec.exitCode === 126)
        return { status: 'inconclusive', reason: 'command not executable (exit code 126)' };
    if (exec.exitCode === null)
        return { status: 'fail', reason: `killed by ${exec.signal ?? 'a signal'}` };
    return { status: 'fail', reason: `exit code ${exec.exitCode}` };
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

// EXTERNAL MODULE: ./src/probes/heldout/source.ts
var heldout_source = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/workspace/tree-snapshot.ts
var tree_snapshot = __webpack_require__(97890);
;// CONCATENATED MODULE: ./src/probes/heldout/index.ts
// The held-out probe: acceptance checks kept outside the repository, run only at the gate.
// A held-out file that cannot be read, parsed or validated is an input error of the gate: it throws
// VerifyError, which the engine turns into probe status `error` (verdict ERROR, never a pass).








const heldout_RESERVE_MS = 5000;
const heldout_settings = build/* Type.Object */.ZUJ.Object({
    reveal: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* oneOf */.yL)(REVEALS, { description: 'What evidence and logs show of an item.' }), 'titles'),
    log_output: (0,schema_parts/* withDefault */.IQ)(build/* Type.Boolean */.ZUJ.Boolean({ description: "Write each item's output to the step log." }), false),
});
const heldoutProbe = defineProbe({
    id: 'heldout',
    title: 'Held-out acceptance checks',
    timeout: 600,
    settings: heldout_settings,
    // Runs the PR's code; after the probes that build and run it, so no other probe writes to the tree meanwhile.
    after: ['build', 'test', 'static'],
    runsPrCode: true,
    // The checks' output would tell the builder what they test; it is shown only on request.
    hidesOutput: (settings) => !settings.log_output,
    applies(ctx) {
        return ctx.options.heldout?.trim() ? APPLIES : notApplicable('no held-out checks supplied');
    },
    async run(ctx) {
        // Items stop a little before the engine's own timeout would, so results already gathered (a failed
        // item) are reported instead of a bare "timed out": enough for the kill grace and a tree snapshot.
        const budgetMs = ctx.deadline - Date.now();
        const deadline = ctx.deadline - Math.min(heldout_RESERVE_MS, budgetMs / 10);
        const { reveal, log_output: keepOutput } = ctx.settings;
        const source = ctx.options.heldoutSource ?? (0,heldout_source/* readHeldoutSource */.V)(ctx.options.heldout ?? '', ctx.root);
        if (source instanceof Error)
            throw source;
        const { items } = (0,file/* parseHeldout */.Dl)(source.text, source.label);
        if (items.length === 0)
            return { status: 'skipped', summary: 'the held-out checks list no items' };
        const snapshotter = (0,tree_snapshot/* createTreeSnapshotter */.OC)(ctx.git);
        let previous = await snapshotter.snapshot({ untracked: true });
        const reports = [];
        for (const item of items) {
            const { result, touched, output } = await runItem(ctx, item, { remainingMs: deadline - Date.now(), keepOutput });
            // Compared after every item that ran, so a change is pinned on the item whose run made it.
            let changes = { changed: [], ignored: [] };
            if (touched) {
                const current = await snapshotter.snapshot({ untracked: true });
                changes = (0,tree_snapshot/* compareSnapshots */.LX)(previous, current);
                previous = current;
            }
            // A hidden file that could not be removed is counted in `leftovers`; its path stays secret.
            const hidden = new Set(Object.keys(item.files ?? {}));
            const treeChanges = changes.changed.filter((path) => !hidden.has(path));
            const ignoredChanges = changes.ignored.filter((path) => !hidden.has(path));
            reports.push({ ...result, treeChanges, ignoredChanges });
            logItem(ctx, itemLabel(result, reveal), result.status, result.reason, result.durationMs, output);
        }
        return outcome_buildOutcome({ source: source.kind, reveal, items: reports, insideTree: source.insideTree });
    },
});
function logItem(ctx, label, status, reason, ms, output) {
    ctx.log(`${label}: ${status} (${reason}) in ${(ms / 1000).toFixed(1)} s`);
    if (output === undefined)
        return;
    for (const line of output.replace(/\s+$/, '').split('\n'))
        ctx.log(`${label} | ${line}`);
}

;// CONCATENATED MODULE: ./src/probes/perimeter/rules.ts
// Pure: the changed files and the perimeter policy -> findings. What a PR may touch (contract:
// "perimeter probe"): protected paths, allowed paths, size limits, and the built-in rules that guard the
// gate itself (its policy file, the workflows that run it).


const PERIMETER_RULES = (/* unused pure expression or super */ null && (['protected-path', 'outside-allowed', 'too-large', 'policy-changed', 'gate-workflow-changed']));
const DEFAULT_SEVERITY = 'high';
/**
 * A user's glob as a matcher. A folder written as `migrations/` or `migrations` also covers everything
 * below it, the way people write paths in CODEOWNERS and .gitignore; dotfiles match like any file.
 */
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const patterns = globs.flatMap((glob) => {
        const trimmed = glob.replace(/^\.\//, '').replace(/^\//, '');
        if (trimmed.endsWith('/'))
            return [`${trimmed}**`];
        return trimmed.endsWith('/**') ? [trimmed] : [trimmed, `${trimmed}/**`];
    });
    return picomatch_default()(patterns, { dot: true });
}
/** Both sides of a rename or copy count: moving a file out of (or into) a folder changes that folder. */
function pathsOf(file) {
    return file.oldPath === undefined || file.oldPath === file.path ? [file.path] : [file.oldPath, file.path];
}
function perimeterFindings(input) {
    const { policy } = input;
    const findings = [];
    const rule = (id) => ({
        severity: policy.rules?.[id]?.severity ?? DEFAULT_SEVERITY,
        blocking: policy.rules?.[id]?.blocking ?? true,
    });
    const finding = (id, setting, message, file, ...about) => ({
        rule: id,
        ...setting,
        message,
        ...(file === undefined ? {} : { file }),
        fingerprint: (0,fingerprint/* fingerprint */.R)('perimeter', id, ...about),
    });
    const policyPaths = new Set(input.policyPaths);
    const protectedSets = (policy.protected ?? []).map((entry) => ({ entry, matches: globMatcher(entry.paths) }));
    const allowed = policy.allowed === undefined ? undefined : globMatcher(policy.allowed);
    for (const file of input.files) {
        for (const path of pathsOf(file)) {
            if (policyPaths.has(path)) {
                findings.push(finding('policy-changed', rule('policy-changed'), `${path} holds the gate's policy: this PR ${verb(file)} it (the base's policy was applied)`, path, path));
            }
            if (input.gateWorkflows.has(path)) {
                findings.push(finding('gate-workflow-changed', rule('gate-workflow-changed'), `${path} runs the gate: this PR ${verb(file)} it`, path, path));
            }
            for (const { entry, matches } of protectedSets) {
                if (!matches(path))
                    continue;
                const setting = { severity: entry.severity ?? DEFAULT_SEVERITY, blocking: entry.blocking ?? true };
                const why = entry.reason ? `: ${entry.reason}` : '';
                findings.push(finding('protected-path', setting, `${path} is protected (${entry.paths.join(', ')})${why}`, path, path, entry.paths.join('\u0000')));
                break; // one finding per path: the first entry that covers it names the reason
            }
            if (allowed && !allowed(path)) {
                findings.push(finding('outside-allowed', rule('outside-allowed'), `${path} is outside the allowed paths (${policy.allowed.join(', ')})`, path, path));
            }
        }
    }
    const lines = input.files.reduce((sum, f) => sum + f.added + f.removed, 0);
    if (policy.max_files !== undefined && input.files.length > policy.max_files) {
        findings.push(finding('too-large', rule('too-large'), `${input.files.length} files changed, over the limit of ${policy.max_files} (perimeter.max_files)`, undefined, 'files'));
    }
    if (policy.max_lines !== undefined && lines > policy.max_lines) {
        findings.push(finding('too-large', rule('too-large'), `${lines} lines changed (added + removed), over the limit of ${policy.max_lines} (perimeter.max_lines)`, undefined, 'lines'));
    }
    return findings;
}
function verb(file) {
    switch (file.status) {
        case 'renamed':
            return 'moves';
        case 'copied':
            return 'copies';
        case 'added':
            return 'adds';
        case 'deleted':
            return 'deletes';
        default:
            return 'changes';
    }
}

;// CONCATENATED MODULE: ./src/probes/perimeter/workflow.ts
// Pure: does a GitHub Actions workflow run this gate? A workflow that does is part of the gate's
// perimeter: a PR that edits it could drop the required check or loosen its inputs.

/** `uses:` of this Action (any ref, any case; a fork named loki-verify too), or a `run:` that invokes the CLI. */
const USES_GATE = /^loki\/verify(?:\/[^@]*)?@/i;
const RUNS_GATE = /\bloki-verify\b/;
function isWorkflowPath(path) {
    return /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}
/**
 * Whether the workflow text uses the gate. Read from the YAML steps; a file that does not parse (a PR can
 * break the YAML on purpose) is judged by its text, so unreadable is never "does not use the gate".
 */
function workflowRunsGate(text) {
    const document = (0,dist.parseDocument)(text, { uniqueKeys: false });
    if (document.errors.length > 0)
        return RUNS_GATE.test(text) || /loki\/verify@/i.test(text);
    const data = document.toJS({ maxAliasCount: 100 });
    const jobs = isRecord(data) && isRecord(data.jobs) ? Object.values(data.jobs) : [];
    return jobs.some((job) => {
        if (!isRecord(job))
            return false;
        if (typeof job.uses === 'string' && RUNS_GATE.test(job.uses))
            return true; // a reusable workflow named after it
        const steps = Array.isArray(job.steps) ? job.steps : [];
        return steps.some((step) => isRecord(step) && ((typeof step.uses === 'string' && (USES_GATE.test(step.uses.trim()) || RUNS_GATE.test(step.uses))) ||
            (typeof step.run === 'string' && RUNS_GATE.test(step.run))));
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/probes/perimeter/index.ts
// The perimeter probe: what the PR may touch. Pure rules (rules.ts) over the diff; the only reads are the
// changed workflow files, at the merge-base and at head, to learn whether they run the gate.





const ruleOverride = () => build/* Type.Object */.ZUJ.Object({
    severity: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* severity */.yf)()),
    blocking: build/* Type.Optional */.ZUJ.Optional(build/* Type.Boolean */.ZUJ.Boolean({ description: 'Whether a finding of this rule may block (default true; policy.block_on still applies).' })),
}, { additionalProperties: false });
const perimeter_settings = build/* Type.Object */.ZUJ.Object({
    protected: build/* Type.Optional */.ZUJ.Optional(build/* Type.Array */.ZUJ.Array(build/* Type.Object */.ZUJ.Object({
        paths: build/* Type.Array */.ZUJ.Array(build/* Type.String */.ZUJ.String({ minLength: 1 }), { minItems: 1, description: 'Globs; a folder (`migrations/` or `migrations`) covers everything below it.' }),
        severity: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* severity */.yf)()),
        blocking: build/* Type.Optional */.ZUJ.Optional(build/* Type.Boolean */.ZUJ.Boolean()),
        reason: build/* Type.Optional */.ZUJ.Optional(build/* Type.String */.ZUJ.String({ minLength: 1 })),
    }, { additionalProperties: false }), { description: 'Paths no change may touch without a finding `protected-path`.' })),
    allowed: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* pathGlobs */.pS)('Globs; a changed path outside all of them is a finding `outside-allowed`.')),
    max_files: build/* Type.Optional */.ZUJ.Optional(build/* Type.Integer */.ZUJ.Integer({ minimum: 0, description: 'More changed files than this is a finding `too-large`.' })),
    max_lines: build/* Type.Optional */.ZUJ.Optional(build/* Type.Integer */.ZUJ.Integer({ minimum: 0, description: 'More added + removed lines than this is a finding `too-large`.' })),
    rules: build/* Type.Optional */.ZUJ.Optional(build/* Type.Object */.ZUJ.Object({
        'outside-allowed': build/* Type.Optional */.ZUJ.Optional(ruleOverride()),
        'too-large': build/* Type.Optional */.ZUJ.Optional(ruleOverride()),
        'policy-changed': build/* Type.Optional */.ZUJ.Optional(ruleOverride()),
        'gate-workflow-changed': build/* Type.Optional */.ZUJ.Optional(ruleOverride()),
    }, { additionalProperties: false, description: 'Severity and blocking of the rules without an entry of their own.' })),
});
const perimeterProbe = defineProbe({
    id: 'perimeter',
    title: 'Perimeter',
    timeout: 60,
    settings: perimeter_settings,
    applies: () => APPLIES,
    async run(ctx) {
        const policy = ctx.settings;
        const gateWorkflows = await workflowsRunningGate(ctx);
        const findings = perimeterFindings({ files: ctx.diff.files, policy, policyPaths: ctx.options.policyPaths ?? [], gateWorkflows });
        const details = {
            files: ctx.diff.files.length,
            lines: ctx.diff.linesAdded + ctx.diff.linesRemoved,
            policy_paths: ctx.options.policyPaths ?? [],
            gate_workflows: [...gateWorkflows],
            ...(policy.allowed === undefined ? {} : { allowed: policy.allowed }),
            protected: (policy.protected ?? []).length,
        };
        if (findings.length === 0)
            return { status: 'pass', summary: `${ctx.diff.files.length} changed path(s) within the perimeter`, details };
        const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
        return {
            status: findings.some((f) => f.blocking) ? 'fail' : 'pass',
            summary: `${findings.length} perimeter finding${findings.length === 1 ? '' : 's'} (${rules})`,
            findings,
            details,
        };
    },
});
/** Changed workflow files that run the gate on either side: editing one that did, or making one that now does. */
async function workflowsRunningGate(ctx) {
    const found = new Set();
    for (const file of ctx.diff.files) {
        const sides = [];
        if (isWorkflowPath(file.path) && file.status !== 'deleted')
            sides.push([ctx.diff.headSha, file.path]);
        const basePath = file.oldPath ?? file.path;
        if (isWorkflowPath(basePath) && file.status !== 'added')
            sides.push([ctx.diff.mergeBase, basePath]);
        for (const [rev, path] of sides) {
            const text = await ctx.git.tryShowFile(rev, path);
            if (text !== undefined && workflowRunsGate(text)) {
                found.add(file.path);
                if (file.oldPath !== undefined)
                    found.add(file.oldPath);
                break;
            }
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/probes/tamper/configs/paths.ts
var paths = __webpack_require__(66885);
;// CONCATENATED MODULE: ./src/probes/tamper/findings.ts


const RULE_DEFAULTS = {
    'test-removed': { severity: 'high', blocking: true },
    'test-skipped': { severity: 'medium', blocking: false },
    'test-focused': { severity: 'high', blocking: true },
    'suppression-added': { severity: 'medium', blocking: false },
    'threshold-lowered': { severity: 'high', blocking: true },
    'check-disabled': { severity: 'high', blocking: true },
    'tree-modified': { severity: 'high', blocking: true },
};
/** `sha256(rule, file, subject)`: no line numbers, so unrelated edits above do not change it. */
function hitFingerprint(hit) {
    return (0,fingerprint/* fingerprint */.R)('tamper', hit.rule, hit.file, hit.subject);
}
function findings_buildFindings(hits, rules, allow, now) {
    const findings = [];
    const allowed = [];
    const used = new Set();
    const seen = new Set();
    for (const hit of hits) {
        const id = hitFingerprint(hit);
        if (seen.has(id))
            continue; // the same subject reported twice (two identical directives on one line)
        seen.add(id);
        const decision = allowanceFor([id], allow, now);
        if (decision.state !== 'none')
            used.add(id);
        if (decision.state === 'allowed') {
            const { reason, until } = decision.allowance;
            allowed.push({ fingerprint: id, rule: hit.rule, file: hit.file, reason, ...(until ? { until } : {}) });
            continue;
        }
        const setting = { ...RULE_DEFAULTS[hit.rule], ...rules[hit.rule] };
        const severity = hit.severity ?? setting.severity;
        const expired = decision.state === 'expired' ? decision.allowance : undefined;
        const lapse = expired ? ` The allowance for this fingerprint expired on ${expired.until} (reason given: ${expired.reason}).` : '';
        findings.push({
            rule: hit.rule,
            severity,
            // An info hit (a test deleted with its module) never blocks, whatever the rule's setting.
            blocking: severity === 'info' ? false : setting.blocking,
            message: hit.message + lapse,
            file: hit.file,
            ...(hit.line === undefined ? {} : { line: hit.line }),
            fingerprint: id,
            details: {
                ...hit.details,
                ...(hit.baseLine === undefined ? {} : { side: 'base', base_line: hit.baseLine }),
                ...(expired ? { allowance_expired: expired.until, allowance_reason: expired.reason } : {}),
            },
        });
    }
    const unusedAllowances = allow.map((a) => a.fingerprint.trim().toLowerCase()).filter((fp) => !used.has(fp));
    return { findings, allowed, unusedAllowances };
}

;// CONCATENATED MODULE: ./src/probes/tamper/generated.ts
// Pure: generated files (their changes are the generator's, not the author's), by the header convention.
// The `linguist-generated` attribute is read by source.ts.
const HEADER = /@generated\b|\bCode generated\b.*\bDO NOT EDIT\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bThis (?:file|code) (?:is|was) (?:automatically )?generated\b/i;
const HEADER_LINES = 5;
function hasGeneratedHeader(text) {
    let end = 0;
    for (let line = 0; line < HEADER_LINES && end >= 0; line++)
        end = text.indexOf('\n', end + 1);
    return HEADER.test(end < 0 ? text.slice(0, 2000) : text.slice(0, end));
}

;// CONCATENATED MODULE: ./src/probes/tamper/hit.ts
const RULE_IDS = [
    'test-removed',
    'test-skipped',
    'test-focused',
    'suppression-added',
    'threshold-lowered',
    'check-disabled',
    'tree-modified',
];

// EXTERNAL MODULE: ./src/probes/tamper/languages/paths.ts
var languages_paths = __webpack_require__(50201);
;// CONCATENATED MODULE: ./src/probes/tamper/rules/tree-modified.ts
// Pure: tracked files that a probe running the PR's code (build, test, held-out) changed in the working tree
// or index, from the snapshots the engine takes around those probes.

/** Paths named one by one per probe; the rest are counted in one more finding. */
const tree_modified_MAX_LISTED = 50;
const WORDS = {
    added: 'added',
    modified: 'modified',
    deleted: 'deleted',
    mode: 'changed the mode of',
    unstaged: 'changed the index entry of',
    'head-moved': 'moved',
};
function treeModified(results) {
    const hits = [];
    for (const { probe, changes } of results) {
        const sorted = [...changes].sort((a, b) => (0,core_text/* compareText */.n6)(a.path, b.path) || (0,core_text/* compareText */.n6)(a.change, b.change));
        for (const change of sorted.slice(0, tree_modified_MAX_LISTED)) {
            hits.push({
                rule: 'tree-modified',
                file: change.path,
                subject: `${probe}\u0000${change.path}\u0000${change.change}`,
                message: `The ${probe} probe ${WORDS[change.change] ?? change.change} ${change.path} while running the PR's code: the code under test changed the repository it was checked in.`,
                details: { probe, change: change.change },
            });
        }
        const rest = sorted.slice(tree_modified_MAX_LISTED);
        if (rest.length > 0) {
            hits.push({
                rule: 'tree-modified',
                file: rest[0].path,
                subject: `${probe}\u0000${rest.map((c) => `${c.path}:${c.change}`).join('\u0000')}`,
                message: `The ${probe} probe changed ${rest.length} more tracked files while running the PR's code.`,
                details: { probe, paths: rest.slice(0, 200).map((c) => c.path), count: rest.length },
            });
        }
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/probes/tamper/source.ts
/** Larger files (bundles, fixtures) are not analysed; they are counted in the details. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/**
 * Texts of `rev:path` blobs, keyed `rev:path`; a missing blob, a path git's batch input cannot carry (a
 * newline in it) or a blob over `MAX_TEXT_BYTES` is absent from the map (the last listed in `oversize`).
 */
async function readBlobs(git, requests, signal) {
    const texts = new Map();
    const oversize = [];
    const asked = requests.filter((r) => !r.path.includes('\n')).map((r) => `${r.rev}:${r.path}`);
    if (asked.length === 0)
        return { texts, oversize };
    const out = await git.rawBytes(['cat-file', '--batch'], { input: asked.join('\n') + '\n', ...(signal ? { signal } : {}) });
    let offset = 0;
    for (const spec of asked) {
        const end = out.indexOf(10, offset);
        if (end < 0)
            throw new Error(`git cat-file --batch stopped before ${spec}`);
        const header = out.toString('utf8', offset, end);
        offset = end + 1;
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!match)
            continue; // "<spec> missing"
        const size = Number(match[2]);
        if (match[1] === 'blob') {
            if (size > MAX_TEXT_BYTES)
                oversize.push(spec);
            else
                texts.set(spec, out.toString('utf8', offset, offset + size));
        }
        offset += size + 1;
    }
    return { texts, oversize };
}
/** Paths whose `linguist-generated` or `linguist-vendored` attribute is set (from the checked-out `.gitattributes`). */
async function linguistGenerated(git, paths, signal) {
    const generated = new Set();
    if (paths.length === 0)
        return generated;
    const out = await git.raw(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], { input: paths.join('\0') + '\0', ...(signal ? { signal } : {}) });
    const fields = out.split('\0');
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const value = fields[i + 2];
        if (value === 'set' || value === 'true')
            generated.add(fields[i]);
    }
    return generated;
}
/** The requests for a file's two sides: the merge-base (old path for renames) and head. */
function blobRequests(diff, file) {
    const requests = [];
    if (file.status !== 'added')
        requests.push({ rev: diff.mergeBase, path: file.oldPath ?? file.path });
    if (file.status !== 'deleted')
        requests.push({ rev: diff.headSha, path: file.path });
    return requests;
}

;// CONCATENATED MODULE: ./src/probes/tamper/index.ts
// The tamper probe: a static comparison of the merge-base and head that catches a PR weakening the checks
// instead of passing them (tests removed, skipped or focused, suppressions, lowered thresholds, disabled
// checks), plus tracked files the PR's own code changed while the build, test and held-out probes ran.











/** Probes that run the PR's code: the engine snapshots the tracked tree around them. */
const CODE_RUNNING_PROBES = ['build', 'test', 'heldout'];
const tamper_MAX_LISTED = 50;
/** Third-party code committed into the repository: not the author's checks to weaken. */
const VENDORED = /(?:^|\/)(?:node_modules|vendor|third_party|bower_components)\//;
/** `tamper.rules.<id>`: a rule's severity and whether it blocks (contract defaults in findings.ts). */
const ruleSetting = (id) => build/* Type.Optional */.ZUJ.Optional(build/* Type.Object */.ZUJ.Object({
    severity: build/* Type.Optional */.ZUJ.Optional((0,schema_parts/* severity */.yf)({ description: `Default ${RULE_DEFAULTS[id].severity}.` })),
    blocking: build/* Type.Optional */.ZUJ.Optional(build/* Type.Boolean */.ZUJ.Boolean({ description: `Default ${String(RULE_DEFAULTS[id].blocking)}.` })),
}, { additionalProperties: false }));
const tamper_settings = build/* Type.Object */.ZUJ.Object({
    paths_ignore: (0,schema_parts/* withDefault */.IQ)((0,schema_parts/* pathGlobs */.pS)('Path globs not examined (tree-modified still names them).'), []),
    rules: (0,schema_parts/* withDefault */.IQ)(build/* Type.Object */.ZUJ.Object({
        'test-removed': ruleSetting('test-removed'),
        'test-skipped': ruleSetting('test-skipped'),
        'test-focused': ruleSetting('test-focused'),
        'suppression-added': ruleSetting('suppression-added'),
        'threshold-lowered': ruleSetting('threshold-lowered'),
        'check-disabled': ruleSetting('check-disabled'),
        'tree-modified': ruleSetting('tree-modified'),
    }, { additionalProperties: false, description: 'Severity and blocking per rule.' }), {}),
    allow: (0,schema_parts/* withDefault */.IQ)(build/* Type.Array */.ZUJ.Array((0,schema_parts/* allowance */.nB)(), { description: 'Accepted findings, by fingerprint, with a reason and an optional end date.' }), []),
});
const tamperProbe = defineProbe({
    id: 'tamper',
    title: 'Checks weakened by the PR',
    timeout: 120,
    after: CODE_RUNNING_PROBES,
    settings: tamper_settings,
    applies(ctx) {
        // Tree changes made by the PR's code are reported even when the diff is empty.
        return ctx.diff.files.length > 0 || treeChangesOf(ctx).length > 0 ? APPLIES : notApplicable('no changed files');
    },
    async run(ctx) {
        const { paths_ignore: pathsIgnore, rules, allow } = ctx.settings;
        const ignored = pathMatcher(pathsIgnore);
        const candidates = ctx.diff.files.filter((file) => !file.binary && !ignored(file.path) && !VENDORED.test(file.path) && (isExamined(file.path) || (file.oldPath !== undefined && isExamined(file.oldPath))));
        const { files, generated, oversize } = await readTexts(ctx, candidates);
        const deleted = new Set(ctx.diff.files.filter((f) => f.status === 'deleted').map((f) => f.path));
        const analysis = await analyseFiles(files, deleted);
        const treeHits = treeModified(treeChangesOf(ctx));
        const report = findings_buildFindings([...analysis.hits, ...treeHits], rules, allow, ctx.now);
        return tamper_outcome(report, analysis, { generated, oversize, examined: candidates.length });
    },
});
/** The syntax trees and config parsers load only when there is something to parse. */
async function analyseFiles(files, deleted) {
    if (files.length === 0)
        return { hits: [], sourcesAnalysed: 0, configsAnalysed: 0, unreadable: [] };
    const { analyse } = await Promise.all(/* import() */[__webpack_require__.e(539), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 7280));
    return analyse(files, deleted);
}
function isExamined(path) {
    return (0,languages_paths/* languageOf */.e)(path) !== undefined || (0,paths/* isConfigPath */.Co)(path);
}
async function readTexts(ctx, candidates) {
    const { texts, oversize } = await readBlobs(ctx.git, candidates.flatMap((file) => blobRequests(ctx.diff, file)), ctx.signal);
    const attributed = await linguistGenerated(ctx.git, candidates.map((file) => file.path), ctx.signal);
    const files = [];
    const generated = [];
    for (const file of candidates) {
        const base = file.status === 'added' ? undefined : texts.get(`${ctx.diff.mergeBase}:${file.oldPath ?? file.path}`);
        const head = file.status === 'deleted' ? undefined : texts.get(`${ctx.diff.headSha}:${file.path}`);
        if (attributed.has(file.path) || (head !== undefined ? hasGeneratedHeader(head) : base !== undefined && hasGeneratedHeader(base))) {
            generated.push(file.path);
            continue;
        }
        files.push({ file, ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) });
    }
    return { files, generated, oversize };
}
/** `tree_changes` the engine recorded on each code-running probe's result. */
function treeChangesOf(ctx) {
    return CODE_RUNNING_PROBES.flatMap((id) => {
        const changes = ctx.result(id)?.tree_changes ?? [];
        return changes.length > 0 ? [{ probe: id, changes }] : [];
    });
}
function tamper_outcome(report, analysis, scope) {
    const count = (rule) => report.findings.filter((f) => f.rule === rule).length;
    const details = {
        files_examined: scope.examined,
        sources_analysed: analysis.sourcesAnalysed,
        configs_analysed: analysis.configsAnalysed,
        by_rule: Object.fromEntries(RULE_IDS.map((rule) => [rule, count(rule)])),
        ...(scope.generated.length > 0 ? { generated_files_ignored: scope.generated.slice(0, tamper_MAX_LISTED), generated_count: scope.generated.length } : {}),
        ...(scope.oversize.length > 0 ? { oversize_not_read: scope.oversize.slice(0, tamper_MAX_LISTED) } : {}),
        ...(analysis.unreadable.length > 0 ? { unreadable: analysis.unreadable.slice(0, tamper_MAX_LISTED) } : {}),
        allowed_findings: report.allowed.length,
        ...(report.allowed.length > 0 ? { allowed: report.allowed } : {}),
        ...(report.unusedAllowances.length > 0 ? { unused_allowances: report.unusedAllowances } : {}),
    };
    const blocking = report.findings.filter((f) => f.blocking).length;
    const scopeText = `${scope.examined} file${scope.examined === 1 ? '' : 's'} examined`;
    const allowedNote = report.allowed.length > 0 ? `; ${report.allowed.length} allowed by tamper.allow` : '';
    if (report.findings.length > 0) {
        const rules = [...new Set(report.findings.map((f) => f.rule))].map((rule) => `${rule} ${count(rule)}`).join(', ');
        return { status: blocking > 0 ? 'fail' : 'pass', summary: `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${rules}; ${scopeText})${allowedNote}`, findings: report.findings, details };
    }
    // What the PR produced must be readable to be judged; a file that was already broken at the merge-base
    // (and the PR fixes or deletes) is listed, not held against the PR.
    const unreadHead = analysis.unreadable.filter((u) => u.side === 'head');
    if (unreadHead.length > 0) {
        const paths = unreadHead.slice(0, 3).map((u) => u.path).join(', ');
        return { status: 'inconclusive', summary: `no weakened checks found, but ${unreadHead.length} changed file(s) could not be parsed: ${paths}`, details };
    }
    const unreadBase = analysis.unreadable.length > 0 ? `; ${analysis.unreadable.length} file(s) unparseable at the merge-base, compared as absent there` : '';
    return { status: 'pass', summary: `no weakened checks (${scopeText})${allowedNote}${unreadBase}`, details };
}

;// CONCATENATED MODULE: ./src/probes/index.ts
// The registry of built-in probes, in the order they appear in evidence and reports. Everything else
// that lists probes (config schema sections, evidence schema ids, SARIF, the README table) is derived
// from this list or checked against it (test/probes/consistency.test.ts).








const PROBES = [buildProbe, testProbe, staticProbe, secretsProbe, dependenciesProbe, heldoutProbe, perimeterProbe, tamperProbe];
const PROBE_IDS = PROBES.map((probe) => probe.id);


/***/ }),

/***/ 66885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ isConfigPath),
/* harmony export */   Lp: () => (/* binding */ PYTHON_LINT),
/* harmony export */   SG: () => (/* binding */ SHARED),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   WV: () => (/* binding */ isEslintConfig),
/* harmony export */   Wp: () => (/* binding */ isTsconfig),
/* harmony export */   _2: () => (/* binding */ isWorkflow),
/* harmony export */   vk: () => (/* binding */ COVERAGE)
/* harmony export */ });
// Pure and light: which config files the tamper probe reads, by path alone (no parser loaded, so the probe
// decides what to examine before it loads the parsers of configs/index.ts).
const COVERAGE = /^(?:vite|vitest)\.(?:config|workspace)\.[cm]?[jt]s$|^vitest\.workspace\.(?:json|[cm]?[jt]s)$|^jest\.config\.(?:json|[cm]?[jt]s)$|^\.c8rc(?:\.json|\.ya?ml)?$|^\.nycrc(?:\.json|\.ya?ml)?$|^nyc\.config\.[cm]?js$|^\.coveragerc$|^pytest\.ini$/;
const SHARED = /^(?:package\.json|pyproject\.toml|setup\.cfg|tox\.ini)$/;
const PYTHON_LINT = /^(?:\.?ruff\.toml|\.flake8|\.?pylintrc|\.?mypy\.ini)$/;
function nameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function isEslintConfig(name) {
    return /^\.eslintrc(?:\.(?:json|js|cjs|yaml|yml))?$/.test(name) || /^eslint\.config\.[cm]?[jt]s$/.test(name);
}
function isTsconfig(name) {
    return /^[jt]sconfig(?:\.[\w.-]+)?\.json$/.test(name);
}
function isWorkflow(path) {
    return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
function isConfigPath(path) {
    const name = nameOf(path);
    return COVERAGE.test(name) || SHARED.test(name) || PYTHON_LINT.test(name) || isEslintConfig(name) || isTsconfig(name) || isWorkflow(path);
}


/***/ }),

/***/ 50201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ holdsTests),
/* harmony export */   e: () => (/* binding */ languageOf)
/* harmony export */ });
// Pure and light: which language a path is, and whether it holds tests, by path alone (no parser loaded).
const EXTENSIONS = [
    [/\.(?:[cm]?[jt]sx?)$/, 'javascript'],
    [/\.pyi?$/, 'python'],
    [/\.go$/, 'go'],
    [/\.rs$/, 'rust'],
    [/\.java$/, 'java'],
];
function languageOf(path) {
    if (path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts'))
        return undefined;
    return EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1];
}
/** Sample projects and data that tests use (a fixture repository's own tests are not the project's tests). */
const NOT_TESTS = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test-data|__snapshots__|node_modules|vendor|third_party)\//;
const JS_TEST = /(?:^|\/)(?:__tests__|__specs?__|tests?|specs?|e2e|cypress|playwright)\/|\.(?:test|spec|e2e|cy|bench)\.[cm]?[jt]sx?$/;
const PY_TEST = /(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$|(?:^|\/)tests?\//;
/**
 * Whether test declarations in this file count. Go and Rust and Java tests are declared explicitly
 * (`_test.go`, `#[test]`, `@Test`); JS and Python tests are recognised by the runners' file conventions,
 * so a `test()` helper in application code is not a test. Fixture projects and test data are never tests.
 */
function holdsTests(path, language) {
    if (NOT_TESTS.test(path))
        return false;
    switch (language) {
        case 'javascript':
            return JS_TEST.test(path);
        case 'python':
            return PY_TEST.test(path);
        case 'go':
            return path.endsWith('_test.go');
        case 'rust':
        case 'java':
            return true;
    }
}


/***/ }),

/***/ 21690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ onInterrupt)
/* harmony export */ });
// Cleanup that must happen even when the gate is interrupted (kill probe processes, remove held-out files).
const handlers = new Set();
let installed = false;
function runAll(signal) {
    // Newest first, like unwinding a stack: a process is killed before the folder it runs in is removed.
    for (const handler of [...handlers].reverse()) {
        try {
            handler(signal);
        }
        catch {
            // keep cleaning up the rest
        }
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, () => {
            runAll(signal);
            // 128 + signal number, as a shell would report it.
            process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
        });
    }
}
/**
 * Registers `handler` to run (synchronously, the newest first) if the process is interrupted;
 * returns a function that unregisters it.
 */
function onInterrupt(handler) {
    install();
    handlers.add(handler);
    return () => handlers.delete(handler);
}


/***/ }),

/***/ 71509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ findingLocation),
/* harmony export */   IC: () => (/* binding */ ruleId),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eh: () => (/* binding */ VERDICT_MEANING),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14869);

const VERDICT_MEANING = {
    VERIFIED: 'every applicable probe passed with conclusive evidence',
    CONCERNS: 'inconclusive evidence, an empty diff, or non-blocking findings',
    BLOCKED: 'a blocking finding',
    ERROR: 'the verifier could not complete',
};
const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️',
    skipped: '⏭️',
    error: '💥',
};
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = ms / 1000;
    return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
/** `file:line` (or `file`, or the commit) where a finding points. */
function findingLocation(finding) {
    const place = finding.file ? (finding.line ? `${finding.file}:${finding.line}` : finding.file) : '';
    const commit = finding.commit ? `@${finding.commit.slice(0, 12)}` : '';
    return `${place}${commit}` || '—';
}
/**
 * The rule a reader looks up, as SARIF, the terminal and the summary name it: `probe/rule` with the probe
 * once (`heldout/item-failed` stays), and the advisory for a vulnerable dependency (`dependencies/GHSA-…`).
 */
function ruleId(finding) {
    const advisory = (0,_links_js__WEBPACK_IMPORTED_MODULE_0__/* .advisoryOf */ .fC)(finding);
    if (advisory)
        return `dependencies/${advisory}`;
    return finding.rule.startsWith(`${finding.probe}/`) ? finding.rule : `${finding.probe}/${finding.rule}`;
}


/***/ }),

/***/ 14869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ probeDocsUrl),
/* harmony export */   fC: () => (/* binding */ advisoryOf),
/* harmony export */   io: () => (/* binding */ osvUrl),
/* harmony export */   iw: () => (/* binding */ fileUrl),
/* harmony export */   l: () => (/* binding */ repositoryLink),
/* harmony export */   w5: () => (/* binding */ PROJECT_URL)
/* harmony export */ });
/* harmony import */ var _probes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76716);
// Where a reader goes from a finding: the project's docs, an advisory's page, a file at the head commit.

const PROJECT_URL = 'https://github.com/loki/verify';
/** A built-in probe's page under docs/ (every one has one); an embedder's probe points at the README. */
function probeDocsUrl(probe) {
    return _probes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_IDS */ .g.includes(probe) ? `${PROJECT_URL}/blob/main/docs/${probe}.md` : `${PROJECT_URL}#how-it-works`;
}
/** OSV's page for an advisory id (GHSA-…, CVE-…, PYSEC-…, GO-…, RUSTSEC-…). */
function osvUrl(id) {
    return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
/** The advisory a dependencies finding is about, when it names one. */
function advisoryOf(finding) {
    const id = finding.details?.vulnerability;
    return finding.probe === 'dependencies' && typeof id === 'string' && id !== '' ? id : undefined;
}
/** The repository of a GitHub Actions run, from the runner's variables. */
function repositoryLink(env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
        return undefined;
    return { serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''), repository };
}
/** A file at a commit, at a line when known: `https://github.com/o/r/blob/<sha>/src/a%20b.ts#L3`. */
function fileUrl(link, sha, path, line) {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return `${link.serverUrl}/${link.repository}/blob/${sha}/${encoded}${line === undefined ? '' : `#L${line}`}`;
}


/***/ }),

/***/ 56076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport)
/* harmony export */ });
/* unused harmony export policyNote */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71509);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14869);


const VERDICT_BANNER = {
    VERIFIED: '✅ VERIFIED',
    CONCERNS: '⚠️ CONCERNS',
    BLOCKED: '⛔ BLOCKED',
    ERROR: '💥 ERROR',
};
const SEVERITY_ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const STATUSES = ['fail', 'error', 'inconclusive', 'pass', 'skipped'];
/**
 * Text from the PR (test names, tool messages) as one table cell of plain text: one line, pipes escaped,
 * and no markdown or HTML of its own (a PR must not be able to format, link or hide parts of the report).
 */
function cell(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]~|])/g, '\\$1');
}
/** Inline code that holds any text: the fence is one backtick longer than the longest run inside. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function short(sha) {
    return sha ? `\`${sha.slice(0, 12)}\`` : '—';
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Said first when the PR touches the gate itself, so a reviewer knows which policy judged it. */
function policyNote(config) {
    if (!config.pr_changes_policy)
        return undefined;
    return config.source === 'head'
        ? "This PR changes the gate's policy, and the PR's own policy was applied (--policy-from head)."
        : config.source === 'defaults'
            ? "This PR changes the gate's policy; the base has none, so the defaults were applied (the PR's policy applies once merged)."
            : "This PR changes the gate's policy; the base's policy was applied.";
}
function renderReport(evidence, options = {}) {
    const lines = [];
    lines.push(`# loki-verify: ${VERDICT_BANNER[evidence.verdict]}`, '');
    lines.push(`**Exit code ${evidence.exit_code}**: ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_MEANING */ .eh[evidence.verdict]}.${findingCounts(evidence.findings)}`, '');
    if (evidence.error)
        lines.push(`> **Error:** ${cell(evidence.error)}`, '');
    const gateNote = policyNote(evidence.config);
    if (gateNote)
        lines.push(`> ${gateNote}`, '');
    lines.push(...renderFindings(evidence, options));
    const reasons = evidence.reasons.filter((reason) => reason !== evidence.error);
    if (reasons.length)
        lines.push('## Why', '', ...reasons.map((r) => `- ${cell(r)}`), '');
    lines.push(diffLine(evidence), '');
    lines.push(...renderProbes(evidence));
    lines.push(`<sub>loki-verify ${evidence.tool.version} · schema ${evidence.schema_version} · run ${evidence.run_id} · ` +
        `evidence sha256 \`${evidence.integrity.sha256.slice(0, 16)}\`</sub>`, '');
    return lines.join('\n');
}
/** ` 2 blocking findings (1 critical, 1 high), 3 non-blocking.` */
function findingCounts(findings) {
    if (!findings.length)
        return '';
    const blocking = findings.filter((f) => f.blocking);
    const parts = [];
    if (blocking.length) {
        const bySeverity = SEVERITIES.map((s) => [s, blocking.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
        parts.push(`**${plural(blocking.length, 'blocking finding')}** (${bySeverity.map(([s, n]) => `${n} ${s}`).join(', ')})`);
    }
    const rest = findings.length - blocking.length;
    if (rest)
        parts.push(`${rest} non-blocking`);
    return ` ${parts.join(', ')}.`;
}
function diffLine(evidence) {
    const { diff } = evidence;
    if (diff.head_sha === null)
        return '**Diff:** not resolved.';
    const notes = [
        diff.shallow ? 'shallow checkout, deepened to the merge-base' : '',
        diff.dirty.length ? `${plural(diff.dirty.length, 'uncommitted path')} not graded` : '',
    ].filter(Boolean);
    return (`**Diff:** ${plural(diff.files_changed, 'file')} changed, +${diff.lines_added} / -${diff.lines_removed} lines in ${plural(diff.commits.length, 'commit')} ` +
        `against ${diff.base_ref === null ? '—' : code(diff.base_ref)} (merge-base ${short(diff.merge_base)}, head ${short(diff.head_sha)})` +
        `${notes.length ? `; ${notes.join('; ')}` : ''}.`);
}
function renderProbes(evidence) {
    if (!evidence.probes.length)
        return [];
    const counts = STATUSES.map((s) => [s, evidence.probes.filter((p) => p.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s === 'error' ? 'errored' : s === 'fail' ? 'failed' : s === 'pass' ? 'passed' : s}`);
    const lines = ['<details>', `<summary>Probes: ${counts.join(', ')}</summary>`, '', '| Probe | Status | Summary | Duration |', '| --- | --- | --- | --- |'];
    for (const probe of evidence.probes) {
        lines.push(`| ${probe.id} | ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_ICON */ .tW[probe.status]} ${probe.status} | ${cell(probe.summary)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(probe.duration_ms)} |`);
    }
    lines.push('', '</details>', '');
    return lines;
}
function renderFindings(evidence, options) {
    const { findings } = evidence;
    if (!findings.length)
        return [];
    const limit = options.maxFindings ?? findings.length;
    const shown = findings.slice(0, limit);
    const lines = ['## Findings', '', '| Severity | Where | Finding | Rule |', '| --- | --- | --- | --- |'];
    for (const f of shown) {
        const severity = `${SEVERITY_ICON[f.severity]} ${f.blocking ? `**${f.severity}**, blocking` : f.severity}`;
        lines.push(`| ${severity} | ${where(f, evidence, options.repository)} | ${cell(f.message)} | ${rule(f)} |`);
    }
    if (findings.length > shown.length) {
        const rest = findings.length - shown.length;
        lines.push('', `…and ${plural(rest, 'more finding')}${options.fullListHint ? `: ${options.fullListHint}` : ''}.`);
    }
    lines.push('');
    return lines;
}
/** The finding's place, linked to the file at the head commit (or to the commit) when the repository is known. */
function where(finding, evidence, repository) {
    const head = evidence.diff.head_sha;
    if (finding.file !== undefined) {
        const text = code(finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`);
        // A secret in a commit's file is shown at that commit: a later commit may have deleted it.
        const sha = finding.commit ?? head;
        return repository && sha ? `[${text}](${(0,_links_js__WEBPACK_IMPORTED_MODULE_1__/* .fileUrl */ .iw)(repository, sha, finding.file, finding.line)})` : text;
    }
    if (finding.commit !== undefined) {
        const text = `commit ${code(finding.commit.slice(0, 12))}`;
        return repository ? `[${text}](${repository.serverUrl}/${repository.repository}/commit/${finding.commit})` : text;
    }
    return '—';
}
/** The rule as code, an advisory linked to its OSV page. */
function rule(finding) {
    const id = code((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleId */ .IC)(finding));
    const advisory = (0,_links_js__WEBPACK_IMPORTED_MODULE_1__/* .advisoryOf */ .fC)(finding);
    return advisory ? `[${id}](${(0,_links_js__WEBPACK_IMPORTED_MODULE_1__/* .osvUrl */ .io)(advisory)})` : id;
}


/***/ }),

/***/ 55043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ DEFAULT_OUT_DIR),
  rg: () => (/* binding */ errorInput),
  Rg: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/config/defaults.ts
const DEFAULT_BLOCK_ON = ['critical', 'high', 'medium', 'low'];
const DEFAULT_CONFIG_PATHS = ['.loki/verify.yml', '.loki/verify.yaml', '.loki/verify.json'];
/** A probe's section of a validated config (any probe, built-in or an embedder's). */
function probeSection(config, probe) {
    const section = config[probe.id];
    return typeof section === 'object' && section !== null ? section : {};
}
function probeTimeoutMs(config, probe) {
    return (probeSection(config, probe).timeout ?? probe.timeout) * 1000;
}
function probeEnabled(config, probe) {
    return probeSection(config, probe).enabled ?? true;
}
function probeRequired(config, probe) {
    return probeSection(config, probe).required ?? probe.required ?? false;
}
/** The probe's own keys of its section, each absent one set to its schema `default`. */
function probeSettings(config, probe) {
    const { enabled: _enabled, timeout: _timeout, required: _required, ...own } = probeSection(config, probe);
    const settings = { ...own };
    for (const [key, schema] of Object.entries(probe.settings?.properties ?? {})) {
        if (settings[key] === undefined && 'default' in schema)
            settings[key] = structuredClone(schema.default);
    }
    return settings;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/yaml-or-json.ts
var yaml_or_json = __webpack_require__(74747);
// EXTERNAL MODULE: ./src/probes/index.ts + 137 modules
var src_probes = __webpack_require__(76716);
// EXTERNAL MODULE: ./src/workspace/safe-read.ts
var safe_read = __webpack_require__(34905);
// EXTERNAL MODULE: ./node_modules/typebox/build/index.mjs + 317 modules
var build = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/config/schema-parts.ts
var schema_parts = __webpack_require__(49324);
;// CONCATENATED MODULE: ./src/config/schema.ts
// The configuration schema, assembled in code: run-wide sections plus one section per probe, built from
// the probe's own facts (default timeout, required) and settings schema. schemas/config.schema.json is
// generated from here (npm run schemas); a test fails when the committed file differs.



/** The sections that are not a probe's. */
const RUN_WIDE_SECTIONS = {
    policy: build/* Type.Optional */.ZUJ.Optional(build/* Type.Object */.ZUJ.Object({
        block_on: (0,schema_parts/* withDefault */.IQ)(build/* Type.Array */.ZUJ.Array((0,schema_parts/* severity */.yf)(), {
            uniqueItems: true,
            description: 'Severities that may block. A finding blocks when its probe says so and its severity is listed.',
        }), [...DEFAULT_BLOCK_ON]),
    }, { additionalProperties: false })),
    env: build/* Type.Optional */.ZUJ.Optional(build/* Type.Object */.ZUJ.Object({
        allow: build/* Type.Optional */.ZUJ.Optional(build/* Type.Array */.ZUJ.Array(build/* Type.String */.ZUJ.String({ minLength: 1 }), {
            uniqueItems: true,
            description: 'Environment variables passed to probe processes even though their names look secret.',
        })),
    }, { additionalProperties: false })),
};
/** The keys every probe section has, with this probe's defaults. */
function commonKeys(probe) {
    return {
        enabled: (0,schema_parts/* withDefault */.IQ)(build/* Type.Boolean */.ZUJ.Boolean({ description: 'Run this probe.' }), true),
        timeout: (0,schema_parts/* withDefault */.IQ)(build/* Type.Number */.ZUJ.Number({ exclusiveMinimum: 0, description: 'Seconds before the probe is stopped and marked inconclusive.' }), probe.timeout),
        required: (0,schema_parts/* withDefault */.IQ)(build/* Type.Boolean */.ZUJ.Boolean({ description: 'A skipped required probe lowers the verdict to CONCERNS.' }), probe.required ?? false),
    };
}
/** A probe's config section: the common keys, then the probe's own. */
function probeSectionSchema(probe) {
    const own = probe.settings?.properties ?? {};
    return build/* Type.Object */.ZUJ.Object({ ...commonKeys(probe), ...own }, { additionalProperties: false, description: probe.title });
}
/** The schema a config is validated against, for this set of probes. */
function configSchema(probes) {
    const sections = Object.fromEntries(probes.map((probe) => [probe.id, build/* Type.Optional */.ZUJ.Optional(probeSectionSchema(probe))]));
    return build/* Type.Object */.ZUJ.Object({ ...RUN_WIDE_SECTIONS, ...sections }, { additionalProperties: false });
}
/** The published document (schemas/config.schema.json) for the built-in probes. */
function configSchemaDocument(probes) {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://loki-verify.dev/schemas/config.schema.json',
        title: 'loki-verify configuration (.loki/verify.yml)',
        ...configSchema(probes),
    };
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Finds, parses and validates the gate's policy (the configuration file). The only place that knows
// the config's on-disk form and where it is read from.
//
// The policy comes from the merge-base commit, not from the PR's tree (contract: "Policy comes from
// the base"): a pull request cannot loosen the gate that judges it, the same way GitHub reads
// CODEOWNERS and branch rules from the base branch.









/** One compiled validator per probe set (the built-in one, or an embedder's). */
const validators = new WeakMap();
function validatorFor(probes) {
    let validate = validators.get(probes);
    if (!validate)
        validators.set(probes, (validate = (0,schema/* compileSchema */.Fc)(configSchema(probes))));
    return validate;
}
/** Where the policy is read from: the merge-base commit (default), or the working tree (`--policy-from head`). */
const POLICY_FROM = (/* unused pure expression or super */ null && (['merge-base', 'head']));
/** Loads the policy as the contract orders; throws VerifyError for a missing, unreadable or invalid file. */
async function loadConfig(request) {
    const parse = (text, shown) => parseConfig(text, shown, request.probes);
    const explicit = request.explicitPath === undefined ? undefined : locate(request.root, request.explicitPath);
    if (explicit && explicit.repoPath === undefined) {
        // A team may keep its policy outside the tree: read as given, the PR cannot reach it.
        const text = readFromDisk(explicit.absolute, explicit.absolute);
        return loaded(parse(text, explicit.absolute), 'file', explicit.absolute, text, []);
    }
    const candidates = explicit ? [explicit.repoPath] : DEFAULT_CONFIG_PATHS;
    if (request.from === 'head') {
        const found = candidates.find((path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(request.root, path)));
        if (found === undefined) {
            if (explicit)
                throw missing(explicit.repoPath);
            return defaults(candidates, []);
        }
        const text = readFromDisk((0,external_node_path_.join)(request.root, found), found, request.root);
        return loaded(parse(text, found), 'head', found, text, candidates);
    }
    for (const path of candidates) {
        const text = await request.readAtMergeBase(path);
        if (text !== undefined)
            return loaded(parse(text, `${path} (at the merge-base)`), 'merge-base', path, text, candidates);
    }
    // Nothing at the merge-base: the defaults apply, even when the PR adds a policy (it applies once merged).
    const onDisk = candidates.find((path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(request.root, path)));
    if (explicit && onDisk === undefined)
        throw missing(explicit.repoPath);
    const notes = onDisk === undefined
        ? []
        : [`policy ${onDisk} is not in the merge-base commit, so the defaults apply (a policy applies once merged; --policy-from head tries it locally)`];
    return defaults(candidates, notes);
}
/** Whether the PR adds, changes, deletes or renames (either side) one of the policy's paths. */
function changesPolicy(files, policyPaths) {
    const policy = new Set(policyPaths);
    return files.some((f) => policy.has(f.path) || (f.oldPath !== undefined && policy.has(f.oldPath)));
}
/**
 * Entries of every list in a config, nested ones included (perimeter rules each hold globs): real
 * configs have dozens; 25,000 globs took 20 s and 460 MB to match a thousand paths.
 */
const MAX_LIST_ENTRIES = 5000;
function listEntries(value) {
    if (Array.isArray(value))
        return value.reduce((sum, item) => sum + listEntries(item), value.length);
    if (value && typeof value === 'object')
        return Object.values(value).reduce((sum, item) => sum + listEntries(item), 0);
    return 0;
}
/** Parses YAML or JSON config text and validates it; errors name the key path and what was expected. */
function parseConfig(text, shown, probes = src_probes/* PROBES */._) {
    const data = (0,yaml_or_json/* parseYamlOrJson */.o)(text, `config ${shown}`) ?? {};
    const entries = listEntries(data);
    if (entries > MAX_LIST_ENTRIES) {
        throw new errors/* VerifyError */.G(`config ${shown} holds ${entries} list entries, more than the ${MAX_LIST_ENTRIES} the gate accepts in all (globs are compiled and tried on every path); shorten the lists`);
    }
    const validateConfig = validatorFor(probes);
    if (!validateConfig(data)) {
        throw new errors/* VerifyError */.G(`invalid config ${shown}: ${(0,schema/* describeSchemaErrors */.cz)(validateConfig.errors)}`);
    }
    return data;
}
function loaded(config, source, path, text, policyPaths) {
    return { config, source, path, text, policyPaths: [...policyPaths], notes: [] };
}
function defaults(policyPaths, notes) {
    return { config: {}, source: 'defaults', policyPaths: [...policyPaths], notes };
}
/** The explicit path as an absolute path, and as a repository path when it lies inside the repository. */
function locate(root, path) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path);
    const repoPath = insideRoot(root, absolute) ?? insideRoot(root, realpathOrSelf(absolute));
    return repoPath === undefined ? { absolute } : { absolute, repoPath };
}
function insideRoot(root, absolute) {
    const rel = (0,external_node_path_.relative)(root, absolute);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
/** Resolves symlinked folders (a temp dir under a linked /tmp) so a path inside the repository is seen as such. */
function realpathOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * Reads a policy file from disk: a regular file of at most 1 MiB; `within` (the repository, whose tree
 * is the PR's) keeps a link from leading out of it.
 */
function readFromDisk(path, shown, within) {
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory())
        throw new errors/* VerifyError */.G(`config ${shown} is a directory: pass the policy file itself with --config`);
    const text = (0,safe_read/* readFileSafely */.fJ)(path, { maxBytes: yaml_or_json/* MAX_DOCUMENT_BYTES */.b, shown: `config ${shown}`, ...(within === undefined ? {} : { within }) });
    if (text === undefined)
        throw missing(shown);
    return text;
}
function missing(shown) {
    return new errors/* VerifyError */.G(`config file ${shown} does not exist: fix the --config path or create the file`);
}

;// CONCATENATED MODULE: ./src/git/failure.ts
// One-line messages for git failures: git's own reason, then the fix. Pure.
/** What the git module reports when the git executable cannot be started. */
const GIT_MISSING = 'git executable not found';
const KNOWN = [
    {
        test: new RegExp(GIT_MISSING),
        message: () => 'git is not installed or not on PATH: install git or add its directory to PATH',
    },
    {
        // "detected dubious ownership in repository at '<dir>'" (git >= 2.36) or "unsafe repository" (2.35.2).
        test: /dubious ownership|unsafe repository/,
        message: (reason, cwd) => `git refuses the repository (${reason}): run as the owner of ${cwd} or trust it with git config --global --add safe.directory ${cwd}`,
    },
    {
        test: /GIT_CONFIG_PARAMETERS|bogus config parameter|unable to parse command-line config|GIT_CONFIG_(?:COUNT|KEY|VALUE)/,
        message: (reason, _cwd, _args, stderr) => `git cannot read the configuration in the environment (${/(?:bogus|GIT_CONFIG_).*$/m.exec(stderr)?.[0] ?? reason}): fix or unset GIT_CONFIG_PARAMETERS / GIT_CONFIG_COUNT`,
    },
    {
        test: /is corrupt|inflate|bad object|unable to unpack|object file .* is empty|index file corrupt|index file smaller|unable to read [0-9a-f]{7,}|packfile .* (?:cannot be accessed|does not match)/,
        message: (reason, _cwd, args) => `git ${args[0] ?? ''} failed because the repository is damaged (${reason}): run git fsck, then re-clone or fetch the missing objects`,
    },
    {
        test: /not a git repository/,
        message: (_reason, cwd) => `${cwd} is not a git repository: run loki-verify inside a git checkout`,
    },
];
/** The most telling line of git's stderr: the `fatal:` line, else the first `error:` line, else the first. */
function gitReason(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const pick = lines.find((line) => line.startsWith('fatal:')) ?? lines.find((line) => line.startsWith('error:')) ?? lines[0] ?? 'unknown error';
    return pick.replace(/^(?:fatal|error):\s*/, '');
}
/** A one-line message for git failing on `args` in `cwd` with `stderr`. */
function describeGitFailure(args, stderr, cwd) {
    const reason = gitReason(stderr);
    for (const known of KNOWN) {
        // The whole stderr: the telling line is not always the fatal one ("inflate" precedes "loose object ... is corrupt").
        if (known.test.test(stderr))
            return known.message(reason, cwd, args, stderr);
    }
    return `git ${args[0] ?? ''} failed: ${reason}`;
}

// EXTERNAL MODULE: ./src/diff/parse.ts
var parse = __webpack_require__(84348);
;// CONCATENATED MODULE: ./src/diff/resolve.ts
// Resolves BASE, the merge-base (deepening shallow clones as needed) and the diff merge-base..HEAD.




/** Default bases in contract order, after the PR base from the GitHub event (which the Action passes in). */
const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];
/** Commits fetched per deepening step of a shallow clone before falling back to a full unshallow. */
const DEEPEN_STEPS = [50, 200, 1000];
const FETCH_DEPTH_FIX = 'fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)';
/** Top level of the repository containing `git.cwd`, or a VerifyError naming the fix. */
async function repositoryRoot(git) {
    return (await repositoryLocation(git)).workTree;
}
/** The working tree's top level and the git directory of the repository containing `git.cwd`. */
async function repositoryLocation(git) {
    const found = await git.tryRaw(['rev-parse', '--show-toplevel', '--absolute-git-dir']);
    if (!found.ok)
        throw new errors/* VerifyError */.G(describeGitFailure(['rev-parse'], found.stderr, git.cwd));
    const [workTree, gitDir] = found.stdout.split('\n');
    // A bare repository, or a cwd inside .git: there is no working tree to build and test.
    if (!workTree || !gitDir)
        throw new errors/* VerifyError */.G(`${git.cwd} has no working tree: run loki-verify inside a git checkout`);
    return { workTree, gitDir };
}
/** The diff merge-base(BASE, HEAD)..HEAD; `git` must run at the repository's top level. */
async function resolveDiff(git, options = {}) {
    const log = options.log ?? (() => undefined);
    const headSha = await git.tryResolveCommit('HEAD');
    if (!headSha)
        throw new errors/* VerifyError */.G('HEAD has no commits yet: commit the change before verifying it');
    const shallow = (await git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    const { ref: baseRef, sha: baseSha } = await resolveBase(git, options.base, shallow, log);
    const mergeBase = await findMergeBase(git, baseRef, baseSha, headSha, shallow, log);
    const range = [mergeBase, headSha];
    // Same rename detection for both calls so git lists the files in the same order.
    const diffArgs = ['diff', '--no-ext-diff', '--no-textconv', '-M', '--ignore-submodules=none'];
    const [raw, patch, revs, status] = await Promise.all([
        git.raw([...diffArgs, '--raw', '-z', ...range]),
        git.raw([...diffArgs, '-U0', '--no-color', ...range]),
        git.raw(['rev-list', '--reverse', `${mergeBase}..${headSha}`]),
        git.raw(['status', '--porcelain=v1', '-z', '--untracked-files=all']),
    ]);
    const files = await withOwnBinaryTest(git, (0,parse/* combineDiff */.NY)((0,parse/* parseRawZ */.QD)(raw), (0,parse/* parsePatchU0 */.zA)(patch)), range, diffArgs);
    // The gate's own output folder is not the PR's dirt.
    const outPrefix = options.outDir ? `${(0,external_node_path_.relative)(git.cwd, options.outDir)}/` : undefined;
    const ownOutput = (path) => outPrefix !== undefined && path.startsWith(outPrefix);
    return {
        baseRef,
        baseSha,
        mergeBase,
        headSha,
        commits: revs.split('\n').filter(Boolean),
        files,
        linesAdded: files.reduce((sum, f) => sum + f.added, 0),
        linesRemoved: files.reduce((sum, f) => sum + f.removed, 0),
        shallow,
        dirty: (0,parse/* parseStatusZ */.Y$)(status).filter((path) => !ownOutput(path)),
    };
}
/** Largest file the gate reads to decide for itself whether a file git called binary is text. */
const OWN_BINARY_TEST_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Files git called binary are counted line by line when their content is text by the gate's own test (a
 * NUL byte in the first 8000 bytes, git's rule without attributes): a `-diff` attribute or a binary diff
 * driver in the PR's `.gitattributes` must not hide the lines a file adds.
 */
async function withOwnBinaryTest(git, files, range, diffArgs) {
    const head = range[1];
    return Promise.all(files.map(async (file) => {
        if (!file.binary || file.status === 'deleted')
            return file;
        const size = Number((await git.tryRaw(['cat-file', '-s', `${head}:${file.path}`])).stdout.trim());
        if (!(size <= OWN_BINARY_TEST_MAX_BYTES))
            return file;
        const content = await git.raw(['cat-file', 'blob', `${head}:${file.path}`]);
        if (content.slice(0, 8000).includes('\0'))
            return file;
        const paths = file.oldPath === undefined ? [file.path] : [file.oldPath, file.path];
        const patch = await git.raw([...diffArgs, '--text', '-U0', '--no-color', ...range, '--', ...paths]);
        const stats = (0,parse/* parsePatchU0 */.zA)(patch).at(-1);
        return stats ? { ...file, binary: false, added: stats.added, removed: stats.removed, addedRanges: stats.addedRanges } : file;
    }));
}
async function resolveBase(git, requested, shallow, log) {
    if (requested === undefined) {
        for (const candidate of DEFAULT_BASES) {
            const sha = await git.tryResolveCommit(candidate);
            if (sha)
                return { ref: candidate, sha };
        }
        throw new errors/* VerifyError */.G(`no base ref found (tried ${DEFAULT_BASES.join(', ')}): pass the base explicitly, e.g. loki-verify origin/main`);
    }
    // A bare branch name means the remote's branch first: the local one may be stale or absent in CI.
    const candidates = isBranchName(requested) ? [`origin/${requested}`, requested] : [requested];
    for (const candidate of candidates) {
        const sha = await git.tryResolveCommit(candidate);
        if (sha)
            return { ref: candidate, sha };
    }
    const ambiguous = await ambiguousCommits(git, requested);
    if (ambiguous.length > 1) {
        throw new errors/* VerifyError */.G(`base '${requested}' is ambiguous: it abbreviates ${ambiguous.join(', ')}; pass more characters of the sha`);
    }
    // Single-branch and shallow clones lack the base branch: fetch it from origin when there is one.
    const fetched = await fetchBase(git, requested, shallow, log);
    if (fetched)
        return fetched;
    throw new errors/* VerifyError */.G(`unknown base ref '${requested}': fetch it first (git fetch origin ${requested}) or pass a ref that exists`);
}
/** The commits (and tags) an abbreviated sha could mean, when it means more than one; sorted. */
async function ambiguousCommits(git, ref) {
    if (!/^[0-9a-f]{4,39}$/i.test(ref))
        return [];
    const listed = await git.tryRaw(['rev-parse', `--disambiguate=${ref.toLowerCase()}`]);
    const ids = listed.stdout.split('\n').filter(Boolean);
    if (ids.length < 2)
        return [];
    const types = await git.tryRaw(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${ids.join('\n')}\n` });
    return types.stdout
        .split('\n')
        .map((line) => line.split(' '))
        .filter(([, type]) => type === 'commit' || type === 'tag')
        .map(([id, type]) => `${id} (${type})`)
        .sort();
}
function isBranchName(ref) {
    return !/^[0-9a-f]{7,64}$/i.test(ref) && !ref.startsWith('origin/') && !ref.startsWith('refs/') && !/[~^:@]/.test(ref);
}
async function hasOrigin(git) {
    return (await git.tryRaw(['remote', 'get-url', 'origin'])).ok;
}
async function fetchBase(git, requested, shallow, log) {
    if (!(await hasOrigin(git)))
        return undefined;
    const name = requested.replace(/^origin\//, '').replace(/^refs\/heads\//, '');
    const depth = shallow ? ['--depth=1'] : [];
    const isSha = /^[0-9a-f]{40}$/i.test(name);
    const refspec = isSha ? name : `+refs/heads/${name}:refs/remotes/origin/${name}`;
    log(`fetching base ${name} from origin`);
    const result = await git.tryRaw(['fetch', '--no-tags', '--quiet', ...depth, 'origin', refspec]);
    if (!result.ok)
        return undefined;
    const ref = isSha ? name : `origin/${name}`;
    const sha = await git.tryResolveCommit(ref);
    return sha ? { ref, sha } : undefined;
}
async function tryMergeBase(git, a, b) {
    const result = await git.tryRaw(['merge-base', a, b]);
    const sha = result.stdout.trim();
    return result.ok && sha ? sha : undefined;
}
async function findMergeBase(git, baseRef, baseSha, headSha, shallow, log) {
    const found = await tryMergeBase(git, baseSha, headSha);
    if (found)
        return found;
    if (!shallow) {
        throw new errors/* VerifyError */.G(`base ${baseRef} and HEAD have no common history: pass a base that HEAD was branched from`);
    }
    if (!(await hasOrigin(git))) {
        throw new errors/* VerifyError */.G(`shallow clone without an origin to deepen from, merge-base of ${baseRef} and HEAD is missing: ${FETCH_DEPTH_FIX}`);
    }
    // Deepen both sides step by step (cheap for short-lived branches), then give up on depth and unshallow.
    for (const step of DEEPEN_STEPS) {
        log(`shallow clone: merge-base not found, deepening history by ${step} commits`);
        await git.tryRaw(['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', baseSha, headSha]);
        const deeper = await tryMergeBase(git, baseSha, headSha);
        if (deeper)
            return deeper;
    }
    log('shallow clone: merge-base still missing, fetching the full history');
    await git.tryRaw(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin']);
    const full = await tryMergeBase(git, baseSha, headSha);
    if (full)
        return full;
    throw new errors/* VerifyError */.G(`merge-base of ${baseRef} and HEAD not found in this shallow clone: ${FETCH_DEPTH_FIX}`);
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/workspace/tree-snapshot.ts
var tree_snapshot = __webpack_require__(97890);
;// CONCATENATED MODULE: ./src/engine/tree-guard.ts
// Guards what is judged against the PR's own code: HEAD, the index and the tracked tree are snapshotted
// before the first probe that runs PR code and compared after each, so every change is pinned on the
// probe that made it (`tree_changes`). The `tamper` probe turns them into `tree-modified` findings; when
// it is not selected, the engine does (`treeModifiedFindings`), so the promise holds on its own.


/** Evidence stays bounded when a build checks out another commit (every file changes). */
const MAX_RECORDED_CHANGES = 1000;
/** One finding per changed path up to this many, then one finding counting the rest. */
const MAX_FINDINGS = 50;
function watchTree(guard) {
    let baseline;
    return {
        before: () => (baseline ??= guard.snapshot()),
        async after(before) {
            const current = guard.snapshot();
            baseline = current;
            return (0,tree_snapshot/* trackedChanges */.kc)(before, await current).slice(0, MAX_RECORDED_CHANGES);
        },
    };
}
function namedPaths(paths) {
    return Array.isArray(paths) ? paths.filter((path) => typeof path === 'string') : [];
}
const DESCRIBED = {
    'added': 'added to the index',
    'modified': 'modified',
    'deleted': 'deleted',
    'mode': 'mode changed',
    'unstaged': 'removed from the index',
    'head-moved': 'moved to another commit',
};
/**
 * Blocking `tree-modified` findings naming each change a probe made, except paths the probe's own
 * blocking findings already name (`file`, or `details.paths` as the held-out probe lists them). Pure.
 */
function treeModifiedFindings(probe, changes, own = []) {
    const reported = new Set(own.filter((f) => f.blocking).flatMap((f) => [f.file, ...namedPaths(f.details?.paths)]));
    const unreported = changes.filter((change) => !reported.has(change.path));
    const finding = (path, message, parts) => ({
        rule: 'tree-modified',
        severity: 'high',
        blocking: true,
        message: `${probe} changed what is being judged while running the PR's code: ${message}`,
        ...(path === undefined ? {} : { file: path }),
        fingerprint: (0,fingerprint/* fingerprint */.R)('tree-modified', probe, ...parts),
    });
    const named = unreported.slice(0, MAX_FINDINGS).map(({ path, change }) => finding(path === 'HEAD' && change === 'head-moved' ? undefined : path, `${path} ${DESCRIBED[change]}`, [path, change]));
    const rest = unreported.slice(MAX_FINDINGS);
    if (rest.length)
        named.push(finding(undefined, `and ${rest.length} more tracked path(s) changed (listed in the probe's tree_changes)`, ['more', String(rest.length)]));
    return named;
}

;// CONCATENATED MODULE: ./src/engine/engine.ts
// Runs probes concurrently (respecting `after`), each with its own timeout and crash isolation.




/** How long a timed-out probe gets to let its killed processes exit before the engine moves on. */
const SETTLE_AFTER_ABORT_MS = 5000;
/** Runs every probe and returns their results in registry order. */
async function runProbes(options) {
    const done = new Map();
    const running = new Map();
    const lookup = (id) => done.get(id);
    const tree = options.tree ? watchTree(options.tree) : undefined;
    const start = (probe) => {
        const existing = running.get(probe.id);
        if (existing)
            return existing;
        const promise = (async () => {
            const before = options.probes.filter((p) => probe.after?.includes(p.id));
            await Promise.all(before.map(start));
            const result = await runOne(probe, options, lookup, tree);
            done.set(probe.id, result);
            options.onResult?.(result);
            return result;
        })();
        running.set(probe.id, promise);
        return promise;
    };
    return Promise.all(options.probes.map(start));
}
async function runOne(probe, options, lookup, tree) {
    const started = performance.now();
    const finish = (outcome) => normalise(probe, outcome, Math.round(performance.now() - started));
    const selection = options.select(probe);
    if (!selection.run)
        return finish({ status: 'skipped', summary: selection.reason });
    const guard = probe.runsPrCode ? tree : undefined;
    if (!guard)
        return finish(await execute(probe, options, lookup, (work) => work()));
    // Only a probe that applies runs the PR's code, so only then is the tree snapshotted around it; whatever
    // its end (pass, crash, timeout), what its code did to the tree is checked.
    let changes;
    const outcome = await execute(probe, options, lookup, async (work) => {
        let before;
        try {
            before = await guard.before();
        }
        catch (error) {
            return { status: 'error', summary: `could not snapshot the working tree before running the PR's code: ${(0,errors/* errorMessage */.g)(error)}` };
        }
        const outcome = await work();
        try {
            changes = await guard.after(before);
        }
        catch (error) {
            return { status: 'error', summary: `could not check the working tree after running the PR's code: ${(0,errors/* errorMessage */.g)(error)}` };
        }
        return outcome;
    });
    const result = finish(outcome);
    if (changes === undefined)
        return result;
    if (changes.length === 0)
        return { ...result, tree_changes: changes };
    const findings = options.tree?.report
        ? treeModifiedFindings(probe.id, changes, result.findings).map((f) => ({ probe: probe.id, ...f }))
        : [];
    return { ...result, tree_changes: changes, findings: [...result.findings, ...findings] };
}
/**
 * Applicability, then the probe's run under its timeout, wrapped by `around` (which starts the run when
 * it is ready); a crash is an `error` outcome.
 */
async function execute(probe, options, lookup, around) {
    const controller = new AbortController();
    const stopOnInterrupt = () => controller.abort();
    options.signal?.addEventListener('abort', stopOnInterrupt, { once: true });
    const timeoutMs = options.timeoutMs(probe);
    const ctx = options.context(probe, controller.signal, lookup, Date.now() + timeoutMs);
    try {
        const applicability = await caught(() => probe.applies(ctx));
        if ('status' in applicability)
            return applicability;
        if (!applicability.applies)
            return { status: 'skipped', summary: applicability.reason };
        return await around(() => caught(() => runTimed(probe, ctx, controller, timeoutMs)));
    }
    finally {
        options.signal?.removeEventListener('abort', stopOnInterrupt);
    }
}
/** The probe's run, stopped (and given time to settle) when it outlasts its timeout. */
async function runTimed(probe, ctx, controller, timeoutMs) {
    let timer;
    try {
        const work = probe.run(ctx);
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        const first = await Promise.race([work, timedOut]);
        if (first !== 'timeout')
            return first;
        controller.abort();
        // Let the probe's killed processes exit and its cleanup (e.g. held-out files) run, within bounds.
        let settleTimer;
        await Promise.race([work.catch(() => undefined), new Promise((r) => (settleTimer = setTimeout(r, SETTLE_AFTER_ABORT_MS)))]);
        clearTimeout(settleTimer);
        return {
            status: 'inconclusive',
            summary: `timed out after ${formatSeconds(timeoutMs)}; raise ${probe.id}.timeout in the config if this is expected`,
        };
    }
    finally {
        clearTimeout(timer);
    }
}
/** `step`'s value, or the outcome its exception stands for. */
async function caught(step) {
    try {
        return await step();
    }
    catch (error) {
        // A file of the tree that cannot be read safely (a link out, a FIFO, too large): the probe could not judge.
        if (error instanceof safe_read/* FileReadError */.tJ)
            return { status: 'inconclusive', summary: (0,errors/* errorMessage */.g)(error) };
        const summary = error instanceof errors/* VerifyError */.G ? (0,errors/* errorMessage */.g)(error) : `probe crashed: ${(0,errors/* errorMessage */.g)(error)}`;
        return { status: 'error', summary };
    }
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
/** Fills in the engine-owned fields and guards against probes breaking the result contract. */
function normalise(probe, outcome, durationMs) {
    if (!types/* PROBE_STATUSES */.wV.includes(outcome.status)) {
        return normalise(probe, { status: 'error', summary: `probe returned an unknown status '${String(outcome.status)}'` }, durationMs);
    }
    const findings = (outcome.findings ?? []).map((finding) => ({ probe: probe.id, ...finding }));
    return {
        id: probe.id,
        title: probe.title,
        status: outcome.status,
        // One line in the terminal, the probe table and annotations, whatever a tool's error text held.
        summary: outcome.summary.replace(/\s*\n\s*/g, ' ').trim(),
        duration_ms: durationMs,
        findings,
        details: outcome.details ?? {},
    };
}

// EXTERNAL MODULE: ./src/evidence/build.ts + 1 modules
var evidence_build = __webpack_require__(27075);
// EXTERNAL MODULE: ./src/evidence/redact.ts
var evidence_redact = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/evidence/schema.ts
var evidence_schema = __webpack_require__(71782);
// EXTERNAL MODULE: ./src/evidence/validate.ts
var validate = __webpack_require__(22347);
// EXTERNAL MODULE: ./src/process/env.ts
var process_env = __webpack_require__(27126);
;// CONCATENATED MODULE: ./src/git/environment.ts
// What every git call of the gate runs with: an environment that selects the repository the gate stands
// in and runs no program the repository (or code the PR ran) configured, and `-c` overrides for the same.
//
// Threat: `.git/config`, `.git/info/attributes` and the PR's `.gitattributes` are written by whoever
// prepared the checkout and, while probes run, by the PR's own code. Command-line configuration wins over
// every config file, so the overrides below hold whatever those files say.

/**
 * Variables that make git work on another repository, index, object store or config file than the one
 * at the working directory (set by a hook that runs the gate, or left over in a CI job). Cleared.
 */
const REPOSITORY_SELECTING = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_PREFIX',
    'GIT_QUARANTINE_PATH',
    'GIT_SHALLOW_FILE',
    'GIT_GRAFT_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_CONFIG',
];
/** Variables naming programs git would run (diff drivers, pagers, editors, password prompts). Replaced. */
const PROGRAM_VARIABLES = ['GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_ASKPASS', 'SSH_ASKPASS'];
/** Transports git may use to fetch the base; `ext::` (runs a command) and `git://` (core.gitProxy) are not among them. */
const ALLOWED_PROTOCOLS = 'file:https:http:ssh';
/** Names of repository-selecting variables set in `env`, for the log line that says they were ignored. */
function repositorySelectingSet(env) {
    return REPOSITORY_SELECTING.filter((name) => env[name] !== undefined);
}
/** `env` without the repository-selecting variables (probes' children get the same repository as the gate). */
function withoutRepositorySelection(env) {
    const out = { ...env };
    for (const name of REPOSITORY_SELECTING)
        delete out[name];
    return out;
}
/**
 * The environment of the gate's own git processes: credentials scrubbed (git gets its credentials from
 * the workflow's config, e.g. actions/checkout's extraheader), repository selection cleared, no programs,
 * replace objects ignored, prompts off, stable C-locale messages. A `GIT_SSH_COMMAND`, `GIT_SSH` or
 * `GIT_ALLOW_PROTOCOL` the user set in the environment is theirs and kept.
 */
function gitEnvironment(env) {
    const out = withoutRepositorySelection((0,process_env/* scrubEnv */.LK)(env));
    for (const name of PROGRAM_VARIABLES)
        delete out[name];
    return {
        ...out,
        GIT_TERMINAL_PROMPT: '0',
        // Set but empty: git skips core.askPass and SSH_ASKPASS and asks nobody.
        GIT_ASKPASS: '',
        GIT_PAGER: 'cat',
        GIT_EDITOR: ':',
        GIT_SEQUENCE_EDITOR: ':',
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_ALLOW_PROTOCOL: env.GIT_ALLOW_PROTOCOL ?? ALLOWED_PROTOCOLS,
        GIT_PROTOCOL_FROM_USER: '0',
        GIT_OPTIONAL_LOCKS: '0',
        LC_ALL: 'C',
    };
}
/** `-c` overrides on every call: nothing configured in the repository runs, output is plain. */
function staticOverrides(env) {
    const settings = [
        'core.quotePath=false',
        'color.ui=false',
        'core.fsmonitor=false',
        'core.hooksPath=/dev/null',
        'core.pager=cat',
        'core.editor=:',
        'sequence.editor=:',
        'core.askPass=',
        'diff.external=',
        'log.showSignature=false',
        'gc.auto=0',
        'maintenance.auto=false',
        'fetch.recurseSubmodules=false',
        'submodule.recurse=false',
        'protocol.ext.allow=never',
        'uploadpack.packObjectsHook=',
        'core.alternateRefsCommand=',
        ...(env.GIT_SSH_COMMAND || env.GIT_SSH ? [] : ['core.sshCommand=ssh']),
    ];
    return settings.flatMap((setting) => ['-c', setting]);
}
/**
 * Subcommands that may run programs named by keys with a per-driver or per-URL name (`filter.<x>.clean`,
 * `credential.<url>.helper`): the keys present in the repository's own config
 * are looked up right before each such call and overridden, so a driver planted while the run is under
 * way is neutral too. Reads of committed objects (cat-file, show REV:PATH, diff/log between commits with
 * --no-textconv) run none of them and skip the lookup.
 */
const WORKTREE_OR_NETWORK = new Set(['status', 'fetch', 'worktree', 'checkout', 'switch', 'restore', 'reset', 'add', 'stash', 'diff', 'ls-files', 'read-tree', 'archive', 'clone', 'pull', 'merge', 'submodule', 'ls-remote', 'update-index', 'apply']);
/**
 * Config keys that name a program and hold per name: filter drivers (and whether they are required) and
 * credential helpers per URL.
 */
const PROGRAM_KEYS_PATTERN = '^(filter\\..*\\.(clean|smudge|process|required)|credential\\..*helper)$';
/** Overrides that make the program a key names (or the driver it belongs to) do nothing. */
function neutralise(key) {
    const driver = /^(filter\..*)\.[a-z]+$/.exec(key)?.[1];
    // An empty filter command is no filter, and a driver that is not required may be absent.
    if (driver)
        return [`${driver}.clean=`, `${driver}.smudge=`, `${driver}.process=`, `${driver}.required=false`];
    return [`${key}=`]; // an empty credential.helper resets the helper list
}
/**
 * Subcommands that start an upload-pack: `remote.<name>.uploadpack` cannot be overridden by `-c` (git
 * keeps the first value it reads), so the program is named on the command line.
 */
const UPLOAD_PACK = new Set(['fetch', 'ls-remote', 'pull', 'clone']);
/**
 * Parses `git config -z --show-scope --get-regexp` output (`scope NUL key LF value NUL` records) and
 * returns the overrides for keys set by the repository itself (local and worktree scope, including the
 * files they include). Pure.
 */
function repositoryProgramOverrides(output) {
    const settings = new Set();
    const fields = output.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const scope = fields[i];
        const key = fields[i + 1].split('\n')[0];
        if (scope === 'local' || scope === 'worktree')
            for (const setting of neutralise(key))
                settings.add(setting);
    }
    return [...settings].flatMap((setting) => ['-c', setting]);
}
/** Subcommands whose output could go through a textconv or an external diff driver: turned off. */
const DIFFING = new Set(['diff', 'log', 'show']);

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/git/git.ts
// The only module that runs git. Every call goes through `startGit`, which fixes the environment and the
// configuration (see environment.ts) and ties the process to the run's abort signal.
//
// Not simple-git: its v4 environment guard refuses to run when common CI variables such as
// GIT_SSL_CAINFO are set, and we need raw NUL-separated output with exit codes, nothing more.




const MAX_BUFFER = 1024 * 1024 * 1024;
/** Time git gets to exit after SIGTERM before SIGKILL (a stopped git ignores SIGTERM). */
const KILL_GRACE_MS = 1000;
/** Kills `child` when `signal` aborts: SIGTERM and SIGCONT (so a stopped git sees it), SIGKILL after a grace. */
function tieToSignal(child, signal) {
    if (!signal)
        return () => undefined;
    let killTimer;
    const onAbort = () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        child.kill('SIGTERM');
        child.kill('SIGCONT');
        killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    if (signal.aborted)
        onAbort();
    else
        signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', () => clearTimeout(killTimer));
    return () => signal.removeEventListener('abort', onAbort);
}
function createGit(cwd, options = {}) {
    const location = options.repository ? { GIT_DIR: options.repository.gitDir, GIT_WORK_TREE: options.repository.workTree } : {};
    const env = { ...gitEnvironment(options.env ?? process.env), ...location };
    const overrides = staticOverrides(options.env ?? process.env);
    /** git's argv: the overrides, then the subcommand pinned to git's own diff and upload-pack programs. */
    const argv = (args, dynamic = []) => {
        const [subcommand = '', ...rest] = args;
        const pinned = DIFFING.has(subcommand) ? ['--no-textconv', '--no-ext-diff'] : UPLOAD_PACK.has(subcommand) ? ['--upload-pack=git-upload-pack'] : [];
        return [...overrides, ...dynamic, ...(pinned.length ? [subcommand, ...pinned, ...rest] : args)];
    };
    const start = async (args, stdin, signal) => {
        const dynamic = WORKTREE_OR_NETWORK.has(args[0] ?? '') ? await programOverrides(signal) : [];
        const child = (0,external_node_child_process_.spawn)('git', argv(args, dynamic), { cwd, env, stdio: [stdin, 'pipe', 'pipe'] });
        return { child, release: tieToSignal(child, signal) };
    };
    /** Overrides for the filter drivers and credential helpers the repository's own config names right now. */
    const programOverrides = async (signal) => {
        const listed = decoded(await collectBytes(await start(['config', '-z', '--show-scope', '--get-regexp', PROGRAM_KEYS_PATTERN], 'ignore', signal)));
        return repositoryProgramOverrides(listed.stdout);
    };
    const combined = (extra) => extra && options.signal ? AbortSignal.any([extra, options.signal]) : (extra ?? options.signal);
    /** An aborted call throws the abort reason (the caller stops), never a git failure to report. */
    const run = async (args, call = {}) => {
        const signal = combined(call.signal);
        signal?.throwIfAborted();
        const started = await start(args, call.input === undefined ? 'ignore' : 'pipe', signal);
        started.child.stdin?.on('error', () => undefined); // git may exit before reading all of its input
        started.child.stdin?.end(call.input);
        const result = await collectBytes(started);
        signal?.throwIfAborted();
        return result;
    };
    const tryRaw = async (args, call = {}) => decoded(await run(args, call));
    const git = {
        cwd,
        tryRaw,
        spawn(args, call = {}) {
            const signal = combined(call.signal);
            signal?.throwIfAborted();
            // Streamed reads are of committed history (log -p): no worktree, so no per-driver lookup is needed.
            const child = (0,external_node_child_process_.spawn)('git', argv(args), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
            const release = tieToSignal(child, signal);
            child.once('close', release);
            return child;
        },
        async raw(args, call) {
            const result = await tryRaw(args, call);
            if (!result.ok)
                throw new errors/* VerifyError */.G(describeGitFailure(args, result.stderr, cwd));
            return result.stdout;
        },
        async rawBytes(args, call) {
            const result = await run(args, call);
            if (!result.ok)
                throw new errors/* VerifyError */.G(describeGitFailure(args, result.stderr, cwd));
            return result.stdout;
        },
        async tryResolveCommit(rev) {
            const result = await tryRaw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
            const sha = result.stdout.trim();
            return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
        },
        async tryShowFile(rev, path) {
            const result = await tryRaw(['show', `${rev}:${path}`]);
            return result.ok ? result.stdout : undefined;
        },
        withSignal(signal) {
            return createGit(cwd, { ...options, signal: combined(signal) });
        },
    };
    return git;
}
function decoded(result) {
    return { ...result, stdout: result.stdout.toString('utf8') };
}
/** Waits for git to finish, keeping at most MAX_BUFFER bytes of each stream. */
function collectBytes({ child, release }) {
    return new Promise((resolve) => {
        const stdout = [];
        const stderr = [];
        let size = 0;
        let overflow = false;
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BUFFER) {
                overflow = true;
                child.kill('SIGKILL');
            }
            else
                stdout.push(chunk);
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        let spawnError;
        let settled = false;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            release();
            resolve(result);
        };
        child.on('error', (error) => {
            spawnError = error;
            // Never started (git missing): no 'close' may follow.
            if (child.pid === undefined)
                settle({ ok: false, stdout: Buffer.alloc(0), stderr: error.code === 'ENOENT' ? GIT_MISSING : error.message });
        });
        child.on('close', (code, signal) => {
            const err = Buffer.concat(stderr).toString('utf8').trim();
            const reason = overflow ? `output larger than ${MAX_BUFFER} bytes` : spawnError?.message ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
            const ok = code === 0 && !overflow && !spawnError;
            settle({ ok, stdout: Buffer.concat(stdout), stderr: err || (ok ? '' : reason) });
        });
    });
}

// EXTERNAL MODULE: ./src/output/folder.ts
var folder = __webpack_require__(27697);
// EXTERNAL MODULE: ./src/process/interrupt.ts
var interrupt = __webpack_require__(21690);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/process/last-line.ts
// The last line a child process printed, for a heartbeat: fed chunk by chunk, keeps only a short tail.

/** Enough for any line worth showing; a longer one is cut at its start. */
const TAIL_CHARS = 2048;
class LastLine {
    tail = '';
    /** Adds output; returns the last non-empty line so far (progress redraws with \r count as lines). */
    push(chunk) {
        this.tail = (this.tail + chunk.toString()).slice(-TAIL_CHARS);
        const lines = (0,core_text/* stripAnsi */.aJ)(this.tail).split(/\r\n|\r|\n/);
        for (let i = lines.length - 1; i >= 0; i--) {
            const line = lines[i].trim();
            if (line)
                return line;
        }
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/merge/merge.ts
var merge = __webpack_require__(42732);
;// CONCATENATED MODULE: ./src/process/capture.ts
/** Keeps the first and last `keep` bytes of a stream, counting what falls in between. */
class OutputCapture {
    keep;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    dropped = 0;
    constructor(keep) {
        this.keep = keep;
    }
    push(chunk) {
        if (this.headBytes < this.keep) {
            const take = chunk.subarray(0, this.keep - this.headBytes);
            this.head.push(take);
            this.headBytes += take.length;
            chunk = chunk.subarray(take.length);
        }
        if (chunk.length === 0)
            return;
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes > this.keep) {
            const first = this.tail[0];
            const excess = this.tailBytes - this.keep;
            if (first.length <= excess) {
                this.tail.shift();
                this.tailBytes -= first.length;
                this.dropped += first.length;
            }
            else {
                this.tail[0] = first.subarray(excess);
                this.tailBytes -= excess;
                this.dropped += excess;
            }
        }
    }
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        if (this.dropped === 0)
            return head + tail;
        return `${head}\n… [${this.dropped} bytes of output omitted] …\n${tail}`;
    }
}

;// CONCATENATED MODULE: ./src/process/exec.ts
// Runs child processes for probes: own process group, scrubbed environment, capped output, tree kill.






const exec_KILL_GRACE_MS = 1500;
/** Runs `command` through `sh -c` (a string) or directly (an argv array). */
function exec(command, options) {
    const [file, args] = typeof command === 'string' ? ['/bin/sh', ['-c', command]] : [command[0], command.slice(1)];
    const keep = options.keepBytes ?? 64 * 1024;
    const combined = new OutputCapture(keep);
    const stdout = new OutputCapture(keep);
    const started = performance.now();
    return new Promise((resolve) => {
        let timedOut = false;
        let aborted = false;
        let killTimer;
        // Inherited by every descendant, also one that leaves the process group and session (a daemon).
        const marker = `${MARKER}=${(0,external_node_crypto_.randomUUID)()}`;
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...options.env, [MARKER]: marker.slice(MARKER.length + 1) },
            detached: true, // own process group, so the whole tree can be killed
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const pid = child.pid;
        const killAll = () => {
            if (pid !== undefined)
                killTree(pid, 'SIGKILL');
            killMarked(marker);
        };
        const stopTree = () => {
            if (pid === undefined)
                return;
            killTree(pid, 'SIGTERM');
            killTree(pid, 'SIGCONT'); // a stopped process only acts on SIGTERM once continued
            killTimer ??= setTimeout(killAll, exec_KILL_GRACE_MS);
        };
        const releaseInterrupt = (0,interrupt/* onInterrupt */.n)(killAll);
        const onAbort = () => {
            aborted = true;
            stopTree();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
            timedOut = true;
            stopTree();
        }, options.timeoutMs);
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        child.stdout.on('data', (chunk) => {
            combined.push(chunk);
            stdout.push(chunk);
            options.onOutput?.(chunk);
        });
        child.stderr.on('data', (chunk) => {
            combined.push(chunk);
            options.onOutput?.(chunk);
        });
        // Background processes the command left behind would keep the pipes open: end them with it, and
        // daemons that closed them too (found by the marker) once the pipes are closed.
        child.on('exit', killAll);
        const finish = (exitCode, signal, spawnError) => {
            killMarked(marker);
            clearTimeout(timer);
            clearTimeout(killTimer);
            releaseInterrupt();
            options.signal?.removeEventListener('abort', onAbort);
            resolve({
                exitCode,
                signal,
                output: (0,core_text/* stripAnsi */.aJ)(combined.text()),
                stdout: (0,core_text/* stripAnsi */.aJ)(stdout.text()),
                timedOut,
                aborted,
                spawnError,
                durationMs: Math.round(performance.now() - started),
            });
        };
        child.on('error', (error) => {
            const reason = error.code === 'ENOENT' ? `command not found: ${file}` : error.message;
            finish(null, null, reason);
        });
        child.on('close', (code, signal) => finish(code, signal));
    });
}
/** Signals the process group of `pid` and any descendant that left it (found through /proc on Linux). */
function killTree(pid, signal) {
    const targets = [pid, ...descendants(pid)];
    try {
        process.kill(-pid, signal);
    }
    catch {
        // group already gone
    }
    for (const target of targets) {
        try {
            process.kill(target, signal);
        }
        catch {
            // already exited
        }
    }
}
/** The variable that marks every process started for one command. */
const MARKER = 'LOKI_VERIFY_PROCESS';
/**
 * SIGKILLs every process whose environment carries `marker` (`NAME=value`), as Jenkins' ProcessTreeKiller
 * does: a daemon (setsid and a double fork) is neither in the group nor a descendant any more, but it
 * keeps the environment it was started with. Linux only; elsewhere the group kill has to do.
 */
function killMarked(marker) {
    for (const pid of processIds()) {
        if (pid === process.pid)
            continue;
        try {
            // NUL-separated NAME=value entries; the marker is unique per command, so a plain search suffices.
            const environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'latin1');
            if (environ.includes(`\0${marker}\0`) || environ.startsWith(`${marker}\0`))
                process.kill(pid, 'SIGKILL');
        }
        catch {
            // exited, or not ours to read
        }
    }
}
function processIds() {
    try {
        return (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    }
    catch {
        return [];
    }
}
function descendants(root) {
    const entries = processIds(); // empty when not Linux: the process group kill has to do
    const children = new Map();
    for (const entry of entries) {
        try {
            // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may contain spaces.
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            const list = children.get(ppid) ?? [];
            list.push(Number(entry));
            children.set(ppid, list);
        }
        catch {
            // exited while we looked
        }
    }
    const found = [];
    const queue = [root];
    while (queue.length) {
        for (const child of children.get(queue.shift()) ?? []) {
            found.push(child);
            queue.push(child);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/probes/context.ts
// Builds the context a probe runs with: the run's data plus an `exec` bound to the probe's signal and
// the scrubbed environment.


function createProbeContext(parts) {
    const { childEnv, onOutput, ...context } = parts;
    return {
        ...context,
        env: childEnv,
        // The probe's git calls end with the probe (timeout, interrupt) like its other processes.
        git: parts.git.withSignal(parts.signal),
        exec: (command, options = {}) => exec(command, {
            cwd: options.cwd === undefined ? parts.root : (0,external_node_path_.isAbsolute)(options.cwd) ? options.cwd : (0,external_node_path_.join)(parts.root, options.cwd),
            env: { ...childEnv, ...options.env },
            signal: parts.signal,
            ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
            ...(options.input === undefined ? {} : { input: options.input }),
            ...(options.keepBytes === undefined ? {} : { keepBytes: options.keepBytes }),
            ...(onOutput === undefined ? {} : { onOutput }),
        }),
    };
}

// EXTERNAL MODULE: ./src/heldout/file.ts + 1 modules
var file = __webpack_require__(26668);
;// CONCATENATED MODULE: ./src/probes/heldout/redact.ts

/** Lines shorter than this are too common (`});`, `fi`) to tell a held-out check from anything else. */
const MIN_LINE = 8;
/** Strings to redact for held-out `text`; a text that does not parse is redacted line by line. */
function heldoutSecrets(text, label, reveal) {
    const strings = [];
    try {
        for (const item of (0,file/* parseHeldout */.Dl)(text, label).items) {
            strings.push(item.run);
            if (reveal !== 'titles')
                strings.push(item.title);
            for (const [path, content] of Object.entries(item.files ?? {}))
                strings.push(path, content);
        }
    }
    catch {
        strings.push(text);
    }
    const lines = strings.flatMap((s) => s.split('\n')).map((line) => line.trim());
    return [...new Set([...strings, ...lines])].filter((s) => s.length >= MIN_LINE);
}

// EXTERNAL MODULE: ./src/probes/heldout/source.ts
var heldout_source = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/render/links.ts
var links = __webpack_require__(14869);
// EXTERNAL MODULE: ./src/render/report.ts
var report = __webpack_require__(56076);
// EXTERNAL MODULE: ./src/verdict/verdict.ts
var verdict = __webpack_require__(91396);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts
// Orchestration: config -> diff -> probes -> verdict -> evidence and report on disk. Returns data;
// the CLI and the Action decide what to print and how to exit.





























const DEFAULT_OUT_DIR = '.loki/verify';
/** The probe that turns tree changes into `tree-modified` findings when it is selected. */
const TAMPER_PROBE = 'tamper';
async function runGate(options = {}) {
    const env = options.env ?? process.env;
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const log = options.log ?? (() => undefined);
    // Secrets the secrets probe finds join the redaction as they are found.
    const found = new Set();
    const envRedact = (0,evidence_redact/* createRedactor */.l)({ secrets: (0,process_env/* secretEnvValues */.yp)(env), found, home: (0,external_node_os_.homedir)() });
    // Held-out checks join the redaction once read (before any PR code runs).
    let heldoutRedact = (text) => text;
    const redact = (text) => envRedact(heldoutRedact(text));
    const hide = (secrets) => {
        heldoutRedact = (0,evidence_redact/* createRedactor */.l)({ secrets });
    };
    const now = options.now ?? new Date();
    const repository = (0,links/* repositoryLink */.l)(env);
    // Every process the gate starts (its git, the probes' commands) is tied to this signal, aborted when the
    // run ends however it ends: nothing the gate started outlives it, even a child stopped with SIGSTOP.
    const lifetime = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, lifetime.signal]) : lifetime.signal;
    const ignored = repositorySelectingSet(env);
    if (ignored.length)
        log(`ignoring ${ignored.join(', ')} from the environment: the gate verifies the repository at ${cwd}`);
    // The output folder sits at the repository root when there is one, so it is found whatever the cwd.
    // Outside a repository nothing is created unless --out names the folder (`--cwd /nonexistent` creates nothing).
    let notRepository;
    const location = await repositoryLocation(createGit(cwd, { env, signal })).catch((error) => {
        notRepository = error;
        return undefined;
    });
    const root = location?.workTree;
    const output = (0,folder/* createOutputFolder */.A)({
        path: (0,external_node_path_.resolve)(root ?? cwd, options.out ?? DEFAULT_OUT_DIR),
        create: root !== undefined || options.out !== undefined,
        ...(location === undefined
            ? {}
            : { root: location.workTree, git: createGit(location.workTree, { env, signal, repository: { gitDir: location.gitDir, workTree: location.workTree } }) }),
    });
    const outputProblem = root === undefined && options.out === undefined
        ? 'not written: not in a git repository and no --out given'
        : await output.prepare().then(() => undefined, (error) => (0,errors/* errorMessage */.g)(error));
    const base = {
        toolVersion: version/* VERSION */.x,
        runId: runId(env),
        createdAt: now,
        config: {},
        environment: environment(env),
        redact,
        ...(options.base === undefined ? {} : { baseRef: options.base }),
        ...(options.shard === undefined ? {} : { shard: options.shard }),
    };
    /** Builds, checks and writes the evidence: the one way a run ends, interrupted or not. */
    const conclude = (input) => {
        const evidence = checkedEvidence(input, base);
        const render = (document) => (0,report/* renderReport */.B)(document, { ...(repository ? { repository } : {}) });
        if (outputProblem !== undefined)
            return { evidence, verdict: evidence.verdict, exitCode: evidence.exit_code, report: render(evidence) };
        return writeOutputs(output, input, evidence, render);
    };
    // Interrupted (Ctrl-C, a cancelled CI job): still leave evidence of what had been verified so far.
    const progress = { probes: [] };
    const releaseInterrupt = (0,interrupt/* onInterrupt */.n)((signal) => {
        const message = `interrupted by ${signal} before the gate finished; the probes listed had completed`;
        try {
            const result = conclude({ ...errorInput(base, message), probes: progress.probes, ...(progress.diff ? { diff: progress.diff } : {}) });
            options.onInterrupted?.(result, signal);
        }
        finally {
            lifetime.abort();
        }
    });
    let input;
    try {
        if (options.inputError !== undefined)
            throw new errors/* VerifyError */.G(options.inputError);
        if (location === undefined)
            throw notRepository;
        // Nothing runs when the verdict could not be recorded: an unwritable folder is ERROR at once.
        if (outputProblem !== undefined)
            throw new errors/* VerifyError */.G(outputProblem);
        input = { ...base, ...(await verify(options, { root: location.workTree, gitDir: location.gitDir, outDir: output.path, env, now, redact, hide, found, log, progress, signal })) };
    }
    catch (error) {
        const message = error instanceof errors/* VerifyError */.G ? (0,errors/* errorMessage */.g)(error) : `internal error: ${(0,errors/* errorMessage */.g)(error)}`;
        input = errorInput(base, message);
    }
    finally {
        releaseInterrupt();
    }
    try {
        return await conclude(input);
    }
    finally {
        lifetime.abort(); // after the evidence is written, which may still need git
    }
}
async function verify(options, run) {
    const { root, env } = run;
    const probes = options.probes ?? src_probes/* PROBES */._;
    checkProbeIds(probes);
    const git = createGit(root, { env, signal: run.signal, repository: { gitDir: run.gitDir, workTree: root } });
    const diff = await resolveDiff(git, { base: options.base, outDir: run.outDir, log: run.log });
    run.progress.diff = diff;
    const policyFrom = options.policyFrom ?? 'merge-base';
    const readAtMergeBase = (path) => git.tryShowFile(diff.mergeBase, path);
    const loaded = await loadConfig({
        root,
        from: policyFrom,
        readAtMergeBase,
        probes,
        ...(options.config === undefined ? {} : { explicitPath: options.config }),
    });
    const { config } = loaded;
    for (const note of loaded.notes)
        run.log(note);
    // Before any probe runs the PR's code.
    const heldoutProbe = probes.find((p) => p.id === 'heldout');
    const reveal = (heldoutProbe ? probeSettings(config, heldoutProbe).reveal : undefined);
    const heldoutSource = await readHeldoutEarly(options.heldout, root, reveal ?? 'titles', run.hide, policyFrom === 'head' ? undefined : readAtMergeBase);
    if (diff.dirty.length) {
        run.log(`warning: ${diff.dirty.length} uncommitted path(s) in the working tree are not verified (only committed changes count)`);
    }
    const deselected = new Set(probes.map((p) => p.id).filter((id) => (options.only && !options.only.includes(id)) || options.skip?.includes(id)));
    const childEnv = withoutRepositorySelection((0,process_env/* scrubEnv */.LK)(env, config.env?.allow ?? []));
    const runOptions = {
        ...(options.heldout === undefined ? {} : { heldout: options.heldout }),
        ...(heldoutSource === undefined ? {} : { heldoutSource }),
        ...(options.osvDb === undefined ? {} : { osvDb: options.osvDb }),
        ...(env.LOKI_VERIFY_OSV_URL ? { osvUrl: env.LOKI_VERIFY_OSV_URL } : {}),
        policyPaths: loaded.policyPaths,
        ...(options.shard === undefined ? {} : { shard: options.shard }),
    };
    const snapshotter = (0,tree_snapshot/* createTreeSnapshotter */.OC)(git);
    const select = (probe) => {
        if (deselected.has(probe.id))
            return { run: false, reason: 'not selected (--only/--skip)' };
        if (!probeEnabled(config, probe))
            return { run: false, reason: `disabled in config (${probe.id}.enabled: false)` };
        if (options.untrustedCode && probe.runsPrCode)
            return { run: false, reason: options.untrustedCode };
        if (options.shard && options.shard.index > 1 && !probe.sharded)
            return { run: false, reason: merge/* ELSEWHERE_REASON */.So };
        return { run: true };
    };
    // Probe log lines and progress wait while the secrets probe runs, so a secret it finds is masked in them too.
    const secrets = probes.find((p) => p.id === 'secrets');
    let held = secrets && select(secrets).run ? [] : undefined;
    const release = () => {
        const waiting = held ?? [];
        held = undefined;
        for (const write of waiting)
            write();
    };
    const whenSafe = (write) => {
        if (held)
            held.push(write);
        else
            write();
    };
    const log = (line) => whenSafe(() => run.log(run.redact(line)));
    const context = (probe, signal, result, deadline) => {
        options.onProbeStart?.(probe.id);
        const lastLine = new LastLine();
        const onOutput = (chunk) => {
            const line = lastLine.push(chunk);
            // Redacted when shown, so a secret the secrets probe finds meanwhile is masked too.
            if (line !== undefined)
                whenSafe(() => options.onProbeOutput?.(probe.id, run.redact(line)));
        };
        const settings = probeSettings(config, probe);
        return createProbeContext({
            root,
            diff,
            settings,
            options: runOptions,
            git,
            now: run.now,
            deadline,
            signal,
            childEnv,
            log: (line) => log(`[${probe.id}] ${line}`),
            conceal: (found) => found.forEach((secret) => run.found.add(secret)),
            result,
            ...(options.onProbeOutput === undefined || probe.hidesOutput?.(settings) ? {} : { onOutput }),
        });
    };
    const results = await runProbes({
        probes,
        select,
        // The tamper probe reports tree changes as `tree-modified` when it runs; otherwise the engine does.
        tree: { snapshot: () => snapshotter.snapshot(), report: !probes.some((p) => p.id === TAMPER_PROBE && select(p).run) },
        timeoutMs: (probe) => probeTimeoutMs(config, probe),
        context,
        onResult: (r) => {
            run.progress.probes.push(r);
            if (r.id === 'secrets')
                release();
            whenSafe(() => options.onProbe?.(redactResult(r, run.redact)));
        },
        signal: run.signal,
    }).finally(release);
    const policy = {
        blockOn: config.policy?.block_on ?? DEFAULT_BLOCK_ON,
        required: new Set(probes.filter((p) => probeRequired(config, p)).map((p) => p.id)),
        deselected,
    };
    return {
        policy: { block_on: [...policy.blockOn], required: [...policy.required], deselected: [...deselected] },
        diff,
        probes: results,
        findings: (0,verdict/* applyPolicy */.VC)(results.flatMap((r) => r.findings), policy),
        verdict: (0,verdict/* decideVerdict */.AU)({ probes: results, emptyDiff: diff.files.length === 0 }, policy),
        config: configInfo(loaded, diff),
    };
}
/**
 * Reads the held-out checks before any probe runs the PR's code, so PR code can neither change the file
 * nor learn where it is in time; its commands and hidden files join the redaction. A file inside the
 * repository is read at the merge-base (unless --policy-from head). A read error is
 * handed to the held-out probe, which reports it as its own error.
 */
async function readHeldoutEarly(option, root, reveal, hide, readAtMergeBase) {
    if (option === undefined || !option.trim())
        return undefined;
    try {
        let source = (0,heldout_source/* readHeldoutSource */.V)(option, root);
        if (source.insideTree !== undefined && readAtMergeBase) {
            // Inside the repository the checks follow the policy's rule: the merge-base's version, which the PR cannot edit.
            const text = await readAtMergeBase(source.insideTree);
            if (text === undefined) {
                throw new errors/* VerifyError */.G(`${source.label} is not in the merge-base commit: held-out checks inside the repository are read from the merge-base, so a PR cannot write its own; keep them outside the repository`);
            }
            source = { ...source, text };
        }
        hide(heldoutSecrets(source.text, source.label, reveal));
        return source;
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G)
            return error;
        throw error;
    }
}
/** Probe ids name config sections and evidence entries: one per probe, in the evidence schema's form. */
function checkProbeIds(probes) {
    const seen = new Set();
    for (const { id } of probes) {
        if (!new RegExp(evidence_schema/* PROBE_ID_PATTERN */.Gb).test(id)) {
            throw new errors/* VerifyError */.G(`probe id '${id}' is not valid: use lowercase letters, digits and dashes (${evidence_schema/* PROBE_ID_PATTERN */.Gb})`);
        }
        if (seen.has(id))
            throw new errors/* VerifyError */.G(`probe id '${id}' is registered twice: give each probe its own id`);
        seen.add(id);
    }
}
function redactResult(result, redact) {
    return { ...result, summary: redact(result.summary) };
}
function configInfo(loaded, diff) {
    return {
        source: loaded.source,
        ...(loaded.path === undefined ? {} : { path: loaded.path }),
        ...(loaded.text === undefined ? {} : { sha256: (0,fingerprint/* sha256 */.s)(loaded.text) }),
        prChangesPolicy: changesPolicy(diff.files, loaded.policyPaths),
    };
}
function errorInput(base, message) {
    return {
        ...base,
        error: message,
        verdict: { verdict: 'ERROR', exitCode: (0,verdict/* exitCodeOf */.FO)('ERROR'), reasons: [message] },
        probes: [],
        findings: [],
    };
}
function runId(env) {
    return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : (0,external_node_crypto_.randomUUID)();
}
function environment(env) {
    const github = {};
    for (const [key, name] of [
        ['repository', 'GITHUB_REPOSITORY'],
        ['event', 'GITHUB_EVENT_NAME'],
        ['workflow', 'GITHUB_WORKFLOW'],
        ['run_id', 'GITHUB_RUN_ID'],
        ['run_attempt', 'GITHUB_RUN_ATTEMPT'],
        ['sha', 'GITHUB_SHA'],
        ['ref', 'GITHUB_REF'],
    ]) {
        const value = env[name];
        if (value)
            github[key] = value;
    }
    return {
        ci: Boolean(env.CI),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        ...(Object.keys(github).length ? { github } : {}),
    };
}
/** Builds the evidence and validates it against the schema. */
function checkedEvidence(input, base) {
    const evidence = (0,evidence_build/* buildEvidence */.K)(input);
    const violation = (0,validate/* evidenceViolations */.u)(evidence);
    // A schema violation is a bug of ours, never the user's: say so and fall back to a minimal document.
    return violation ? (0,evidence_build/* buildEvidence */.K)(errorInput(base, `evidence failed schema validation (a loki-verify bug, please report it): ${violation}`)) : evidence;
}
const EVIDENCE_FILE = 'evidence.json';
const REPORT_FILE = 'report.md';
/**
 * Writes evidence.json and report.md. A failed write (disk full, read-only) is ERROR: the run's verdict
 * turns into one saying so, written if it still can be; otherwise no file of an earlier run is left behind.
 */
function writeOutputs(output, input, evidence, render) {
    const attempt = (document) => {
        const report = render(document);
        const paths = output.write({ [EVIDENCE_FILE]: `${JSON.stringify(document, null, 2)}\n`, [REPORT_FILE]: report });
        return { evidence: document, verdict: document.verdict, exitCode: document.exit_code, report, evidencePath: paths[EVIDENCE_FILE], reportPath: paths[REPORT_FILE] };
    };
    try {
        return attempt(evidence);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.g)(error);
        const failed = checkedEvidence({ ...input, error: message, verdict: { verdict: 'ERROR', exitCode: (0,verdict/* exitCodeOf */.FO)('ERROR'), reasons: [message] } }, input);
        try {
            return attempt(failed);
        }
        catch {
            output.discard([EVIDENCE_FILE, REPORT_FILE]);
            return { evidence: failed, verdict: failed.verdict, exitCode: failed.exit_code, report: render(failed) };
        }
    }
}


/***/ }),

/***/ 16141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ POLICY_SOURCES),
/* harmony export */   SV: () => (/* binding */ TREE_CHANGE_KINDS),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   wV: () => (/* binding */ PROBE_STATUSES),
/* harmony export */   y3: () => (/* binding */ FILE_STATUSES)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const PROBE_STATUSES = ['pass', 'fail', 'inconclusive', 'skipped', 'error'];
const VERDICTS = ['VERIFIED', 'CONCERNS', 'BLOCKED', 'ERROR'];
/** Where the applied policy came from (contract: "Policy comes from the base"). */
const POLICY_SOURCES = ['merge-base', 'head', 'file', 'defaults'];
/** What running PR code did to one tracked path, or to HEAD (path `HEAD`, change `head-moved`). */
const TREE_CHANGE_KINDS = ['added', 'modified', 'deleted', 'mode', 'unstaged', 'head-moved'];
// ---------------------------------------------------------------- diff
const FILE_STATUSES = ['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed'];


/***/ }),

/***/ 91396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ decideVerdict),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   VC: () => (/* binding */ applyPolicy)
/* harmony export */ });
const EXIT_CODES = { VERIFIED: 0, CONCERNS: 1, BLOCKED: 2, ERROR: 3 };
function exitCodeOf(verdict) {
    return EXIT_CODES[verdict];
}
/** The policy's final word on each finding: it may only relax a probe's `blocking`, never add to it. */
function applyPolicy(findings, policy) {
    return findings.map((f) => ({ ...f, blocking: f.blocking && policy.blockOn.includes(f.severity) }));
}
function decideVerdict(input, policy) {
    const blocked = [];
    const errors = [];
    const concerns = [];
    if (input.emptyDiff)
        concerns.push('empty diff: the change has no committed files to verify');
    if (!input.probes.some((p) => p.status !== 'skipped'))
        concerns.push('no probe ran: nothing was verified');
    for (const probe of input.probes) {
        const findings = applyPolicy(probe.findings, policy);
        const blocking = findings.filter((f) => f.blocking).length;
        const advisory = findings.length - blocking;
        if (blocking > 0)
            blocked.push(`${probe.id}: ${blocking} blocking finding${blocking === 1 ? '' : 's'} (${probe.summary})`);
        switch (probe.status) {
            case 'error':
                errors.push(`${probe.id} could not run: ${probe.summary}`);
                break;
            case 'inconclusive':
                concerns.push(`${probe.id} is inconclusive: ${probe.summary}`);
                break;
            case 'fail':
                // A failure whose findings the policy relaxed still needs a human look.
                if (blocking === 0)
                    concerns.push(`${probe.id} failed without blocking findings: ${probe.summary}`);
                break;
            case 'skipped':
                if (policy.required.has(probe.id) && !policy.deselected.has(probe.id)) {
                    concerns.push(`${probe.id} is required but was skipped: ${probe.summary}`);
                }
                break;
            case 'pass':
                break;
        }
        if (advisory > 0 && probe.status !== 'fail') {
            const notable = findings.filter((f) => !f.blocking && f.severity !== 'info').length;
            if (notable > 0)
                concerns.push(`${probe.id}: ${notable} non-blocking finding${notable === 1 ? '' : 's'}`);
        }
    }
    // A blocking finding is conclusive even when another probe could not run.
    const verdict = blocked.length ? 'BLOCKED' : errors.length ? 'ERROR' : concerns.length ? 'CONCERNS' : 'VERIFIED';
    return { verdict, exitCode: exitCodeOf(verdict), reasons: [...blocked, ...errors, ...concerns] };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The package version (kept equal to package.json by test/version.test.ts). */
const VERSION = '0.1.0';


/***/ }),

/***/ 34905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ REPORT_MAX_BYTES),
/* harmony export */   Be: () => (/* binding */ SOURCE_MAX_BYTES),
/* harmony export */   V4: () => (/* binding */ MANIFEST_MAX_BYTES),
/* harmony export */   fJ: () => (/* binding */ readFileSafely),
/* harmony export */   tJ: () => (/* binding */ FileReadError),
/* harmony export */   xt: () => (/* binding */ readTreeFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
// Every file the gate reads from the tree under test (manifests, configs, test and lint reports, source
// lines) comes through here, because the PR controls that tree and its code runs while the gate reads:
// a link out of the repository is not followed, only a regular file is read (a FIFO would block the
// main thread for ever, `/dev/zero` never ends), and never more than a size limit.



/** package.json, Makefile, pyproject.toml, tsconfig.json: real ones are kilobytes. */
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
/** Reports a runner or linter writes (JUnit XML, vitest or eslint JSON) for very large suites. */
const REPORT_MAX_BYTES = 64 * 1024 * 1024;
/** Source files read for finding fingerprints. */
const SOURCE_MAX_BYTES = 16 * 1024 * 1024;
/**
 * A file the gate could not read safely. Inside a probe the engine makes it `inconclusive` (the probe
 * could not judge), naming the file and the reason; elsewhere it is a VerifyError (exit 3).
 */
class FileReadError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerifyError */ .G {
    file;
    constructor(file, reason) {
        super(`${file} ${reason}`);
        this.file = file;
    }
}
/** The file's text, or undefined when it does not exist. Throws FileReadError when it cannot be read safely. */
function readFileSafely(path, options) {
    const shown = options.shown ?? path;
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        if (isMissing(error))
            return undefined;
        throw new FileReadError(shown, `cannot be read (${code(error) ?? String(error)})`);
    }
    if (options.within !== undefined)
        assertWithin(options.within, real, shown);
    // Checked before opening: opening a FIFO or a device can block or have effects of its own.
    if (!isRegularFile(real))
        throw notRegular(shown);
    let fd;
    try {
        // O_NOFOLLOW on the resolved path, O_NONBLOCK in case it was swapped for a FIFO since the check.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (error) {
        if (isMissing(error))
            return undefined;
        throw new FileReadError(shown, `cannot be read (${code(error) ?? String(error)})`);
    }
    try {
        // The open file itself is checked again: a parent folder swapped for a link in between is caught here.
        const opened = openedPath(fd);
        if (options.within !== undefined && opened !== undefined)
            assertWithin(options.within, opened, shown);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw notRegular(shown);
        const limit = options.head ?? options.maxBytes;
        if (options.head === undefined && stat.size > limit)
            throw tooLarge(shown, limit);
        return readUpTo(fd, limit, options.head === undefined ? shown : undefined);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads `rel` of the repository at `root`: undefined when absent, FileReadError when unsafe or too large. */
function readTreeFile(root, rel, maxBytes = MANIFEST_MAX_BYTES) {
    return readFileSafely((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), { within: root, maxBytes, shown: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, rel) : rel });
}
/** Reads at most `limit` bytes; with `shown`, one byte more means the file grew past the limit. */
function readUpTo(fd, limit, shown) {
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, 1024 * 1024));
    const chunks = [];
    let total = 0;
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
        if (read === 0)
            break;
        chunks.push(Buffer.from(buffer.subarray(0, read)));
        total += read;
        if (total > limit) {
            if (shown !== undefined)
                throw tooLarge(shown, limit);
            break;
        }
    }
    return Buffer.concat(chunks, Math.min(total, limit)).toString('utf8');
}
function assertWithin(folder, real, shown) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder), real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new FileReadError(shown, 'links outside the repository: the gate does not follow it');
    }
}
/** Where an open descriptor really points (Linux), undefined where the system cannot say. */
function openedPath(fd) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
function isRegularFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function notRegular(shown) {
    return new FileReadError(shown, 'is not a regular file (a directory, FIFO or device): the gate does not read it');
}
function tooLarge(shown, limit) {
    return new FileReadError(shown, `is larger than the ${formatBytes(limit)} the gate reads of such a file`);
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
function isMissing(error) {
    return code(error) === 'ENOENT' || code(error) === 'ENOTDIR';
}
function code(error) {
    return error?.code;
}


/***/ }),

/***/ 97890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ compareSnapshots),
/* harmony export */   OC: () => (/* binding */ createTreeSnapshotter),
/* harmony export */   kc: () => (/* binding */ trackedChanges)
/* harmony export */ });
/* unused harmony exports parseStatus, parseIndex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// Snapshots of the working tree, to prove that running the PR's code left what is judged as it was.
// A snapshot is HEAD, the index (mode and blob of every tracked path) and `git status` (tracked changes,
// optionally untracked and ignored entries) with a content id of every changed file, so a file edited
// again while already modified is caught too. Two readers share it: the engine, around every probe
// that runs PR code (tracked changes only: `trackedChanges`), and the held-out probe, around every item
// (untracked files too: `compareSnapshots`).




/** Content ids are cached by stat identity, so repeated snapshots only re-read files that changed. */
function createTreeSnapshotter(git) {
    const cache = new Map();
    const contentState = async (path, algorithm) => {
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(git.cwd, path), { bigint: true });
        }
        catch {
            return 'missing';
        }
        const identity = `${path}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.mode}`;
        const cached = cache.get(identity);
        if (cached)
            return cached;
        let state;
        if (stat.isSymbolicLink()) {
            // git stores a link as a blob of its target: the same id tells an untouched link from a retargeted one.
            const target = Buffer.from(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(git.cwd, path)));
            state = `link:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(`blob ${target.length}\0`).update(target).digest('hex')}`;
        }
        else if (stat.isFile())
            state = `file:${(stat.mode & 73n) !== 0n ? 'x' : '-'}:${await blobId((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(git.cwd, path), stat.size, algorithm).catch(() => 'unreadable')}`;
        else
            state = stat.isDirectory() ? 'dir' : 'special';
        cache.set(identity, state);
        return state;
    };
    return {
        async snapshot(options = {}) {
            const untracked = options.untracked
                ? ['--untracked-files=all', '--ignored=matching']
                : ['--untracked-files=no', '--ignored=no'];
            const [status, index, head, ref] = await Promise.all([
                git.raw(['status', '--porcelain=v1', '-z', '--no-renames', ...untracked]),
                git.raw(['ls-files', '--stage', '-z']),
                git.tryRaw(['rev-parse', '--verify', '--quiet', 'HEAD']),
                git.tryRaw(['symbolic-ref', '--quiet', 'HEAD']),
            ]);
            const indexEntries = parseIndex(index);
            // Content ids are git's blob ids, comparable with the index's: a `chmod +x` alone is told from an edit.
            const algorithm = [...indexEntries.values()][0]?.split(' ')[1]?.length === 64 ? 'sha256' : 'sha1';
            const entries = new Map();
            const ignored = new Set();
            for (const { code, path } of parseStatus(status)) {
                if (code === '!!')
                    ignored.add(path);
                else
                    entries.set(path, `${code} ${code[1] === 'D' ? 'deleted' : await contentState(path, algorithm)}`);
            }
            return { head: `${head.stdout.trim()} ${ref.stdout.trim()}`, index: indexEntries, entries, ignored };
        },
    };
}
/** Parses `git status --porcelain=v1 -z --no-renames`: `XY path` records separated by NUL. */
function parseStatus(output) {
    return output
        .split('\0')
        .filter((record) => record.length > 3)
        .map((record) => ({ code: record.slice(0, 2), path: record.slice(3) }));
}
/** Parses `git ls-files --stage -z`: `mode blob stage\tpath` records. */
function parseIndex(output) {
    const index = new Map();
    for (const record of output.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab > 0)
            index.set(record.slice(tab + 1), record.slice(0, tab));
    }
    return index;
}
/** What differs between two snapshots, untracked files included (the held-out probe). Pure. */
function compareSnapshots(before, after) {
    const changed = new Set();
    if (before.head !== after.head)
        changed.add('HEAD');
    for (const path of new Set([...before.entries.keys(), ...after.entries.keys()])) {
        if (before.entries.get(path) !== after.entries.get(path))
            changed.add(path);
    }
    const ignored = [...new Set([...before.ignored, ...after.ignored])].filter((path) => before.ignored.has(path) !== after.ignored.has(path));
    return { changed: [...changed].sort(), ignored: ignored.sort() };
}
/**
 * What happened to HEAD, the index and the tracked tree between two snapshots, one change per path,
 * sorted by path. Untracked and ignored files do not count (build output). Pure.
 */
function trackedChanges(before, after) {
    const changes = [];
    if (before.head !== after.head)
        changes.push({ path: 'HEAD', change: 'head-moved' });
    const paths = new Set([...before.index.keys(), ...after.index.keys(), ...before.entries.keys(), ...after.entries.keys()]);
    for (const path of [...paths].sort(byCodeUnit)) {
        const change = classify(path, before, after);
        if (change)
            changes.push({ path, change });
    }
    return changes;
}
function classify(path, before, after) {
    const wasTracked = before.index.has(path);
    const isTracked = after.index.has(path);
    if (!wasTracked && !isTracked)
        return undefined; // untracked all along
    const worktreeBefore = worktreeState(before, path);
    const worktreeAfter = worktreeState(after, path);
    if (wasTracked && !isTracked)
        return worktreeAfter === 'missing' ? 'deleted' : 'unstaged';
    if (!wasTracked)
        return 'added';
    if (worktreeBefore === worktreeAfter && before.index.get(path) === after.index.get(path))
        return undefined;
    if (worktreeAfter === 'missing')
        return 'deleted';
    const [modeBefore, contentBefore] = splitState(worktreeBefore, before.index.get(path));
    const [modeAfter, contentAfter] = splitState(worktreeAfter, after.index.get(path));
    // Only the status changed (HEAD moved under an unchanged file): that is HEAD's change, not the file's.
    if (contentBefore === contentAfter)
        return modeBefore === modeAfter ? undefined : 'mode';
    return 'modified';
}
/** The content state of a tracked path, `index:<mode blob>` while git sees it unchanged. */
function worktreeState(snapshot, path) {
    const entry = snapshot.entries.get(path);
    if (entry === undefined)
        return `index:${snapshot.index.get(path) ?? ''}`;
    const state = entry.slice(3);
    return state === 'deleted' ? 'missing' : state;
}
/** Mode and content id of a worktree state; a file git sees unchanged has the index's mode and blob. */
function splitState(state, indexEntry) {
    const [indexMode = '', blob = ''] = (indexEntry ?? '').split(' ');
    if (state.startsWith('index:'))
        return [indexMode === '100755' ? 'x' : indexMode === '120000' ? 'link' : '-', blob];
    if (state.startsWith('file:'))
        return [state.slice(5, 6), state.slice(7)];
    if (state.startsWith('link:'))
        return ['link', state.slice(5)];
    return [state.split(':')[0] ?? state, state];
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** git's blob id of a file's content (`hash("blob <size>\0" + content)`), computed without running git's filters. */
function blobId(path, size, algorithm) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(`blob ${size}\0`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}


/***/ })

};
