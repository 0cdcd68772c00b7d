// XML lockfiles and manifests (pom.xml, verification-metadata.xml, *.csproj, packages.config) with
// fast-xml-parser: validated first, so a broken file is an error with its line rather than half a tree; every
// value stays a string; elements that may repeat are always arrays; each element remembers where it starts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineOf, lineStarts } from '../../../core/text.js';
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

/** The 1-based line where a parsed element starts, for a document whose elements are looked up many times. */
export function elementLines(text: string): (element: unknown) => number | undefined {
  const starts = lineStarts(text);
  return (element) => {
    const start = (element as { [META]?: { startIndex?: number } } | undefined)?.[META]?.startIndex;
    return start === undefined ? undefined : lineOf(starts, start) + 1;
  };
}
