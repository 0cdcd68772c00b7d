// XML lockfiles and manifests (pom.xml, verification-metadata.xml, *.csproj, packages.config) with
// fast-xml-parser: validated first, so a broken file is an error with its line rather than half a tree; every
// value stays a string; elements that may repeat are always arrays; each element remembers where it starts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LockfileParseError } from '../types.js';
import type { JsonObject } from './json.js';

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function parseXml(text: string, repeated: readonly string[]): JsonObject {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new LockfileParseError(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    removeNSPrefix: true,
    captureMetaData: true,
    isArray: (name) => repeated.includes(name),
  });
  return parser.parse(text) as JsonObject;
}

/** The 1-based line where a parsed element starts. */
export function elementLine(text: string, element: unknown): number | undefined {
  const start = (element as { [META]?: { startIndex?: number } } | undefined)?.[META]?.startIndex;
  if (start === undefined) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
