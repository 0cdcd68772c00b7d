// The registry of built-in probes, in the order they appear in evidence and reports. Everything else
// that lists probes (config schema sections, evidence schema ids, SARIF, the README table) is derived
// from this list or checked against it (test/probes/consistency.test.ts).
import { buildProbe } from './build/index.js';
import { testProbe } from './test/index.js';
import { staticProbe } from './static/index.js';
import { secretsProbe } from './secrets/index.js';
import { dependenciesProbe } from './dependencies/index.js';
import { heldoutProbe } from './heldout/index.js';
import { perimeterProbe } from './perimeter/index.js';
import { tamperProbe } from './tamper/index.js';

export const PROBES = [buildProbe, testProbe, staticProbe, secretsProbe, dependenciesProbe, heldoutProbe, perimeterProbe, tamperProbe] as const;

export const PROBE_IDS: readonly string[] = PROBES.map((probe) => probe.id);
