// Parses the YAML or JSON files users hand the gate (config, held-out checks, checklists).
import YAML, { YAMLError } from 'yaml';
import { VerifyError } from './errors.js';
import { formatBytes } from '../workspace/safe-read.js';

/** Config, held-out checks and checklists: real ones are kilobytes. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * Parses YAML or JSON text (JSON is YAML); `source` names it in the one-line error, which gives the
 * parser's reason and line but never quotes the file (held-out files are secret).
 */
export function parseYamlOrJson(text: string, source: string): unknown {
  // A YAML parse takes ~60 times the text in memory: the limit keeps the gate's peak well under 500 MB.
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) {
    throw new VerifyError(`${source} is larger than ${formatBytes(MAX_DOCUMENT_BYTES)}, the most the gate reads of a YAML or JSON document; shorten it`);
  }
  try {
    // logLevel 'error': unknown tags would otherwise print warnings (with the tag text) to stderr.
    return YAML.parse(text, { prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const where = error instanceof YAMLError ? ` at line ${lineOf(text, error.pos[0])}` : '';
    throw new VerifyError(`${source} is not valid YAML or JSON: ${reason}${where}; fix the file`);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
