// Parses the YAML or JSON files users hand the gate (config, held-out checks, checklists).
import YAML, { YAMLError } from 'yaml';
import { VerifyError } from './errors.js';

/**
 * Parses YAML or JSON text (JSON is YAML); `source` names it in the one-line error, which gives the
 * parser's reason and line but never quotes the file (held-out files are secret).
 */
export function parseYamlOrJson(text: string, source: string): unknown {
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
