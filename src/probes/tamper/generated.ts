// Pure: generated files (their changes are the generator's, not the author's), by the header convention.
// The `linguist-generated` attribute is read by source.ts.

const HEADER = /@generated\b|\bCode generated\b.*\bDO NOT EDIT\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bThis (?:file|code) (?:is|was) (?:automatically )?generated\b/i;
const HEADER_LINES = 5;

export function hasGeneratedHeader(text: string): boolean {
  let end = 0;
  for (let line = 0; line < HEADER_LINES && end >= 0; line++) end = text.indexOf('\n', end + 1);
  return HEADER.test(end < 0 ? text.slice(0, 2000) : text.slice(0, end));
}
