// The registry of probes, in the order they appear in evidence and reports.
import type { Probe } from './probe.js';
import { buildProbe } from './build/index.js';
import { testProbe } from './test/index.js';
import { staticProbe } from './static/index.js';
import { secretsProbe } from './secrets/index.js';
import { dependenciesProbe } from './dependencies/index.js';
import { heldoutProbe } from './heldout/index.js';
import { tamperProbe } from './tamper/index.js';

export const PROBES: readonly Probe[] = [buildProbe, testProbe, staticProbe, secretsProbe, dependenciesProbe, heldoutProbe, tamperProbe];
