// Pure: INI sections looked up as Python tools do (configparser section names are case-sensitive, but
// pylint accepts `MESSAGES CONTROL` and `messages control` alike).
import type { ConfigDocument } from './document.js';
import type { IniValue } from './ini.js';

export function iniSection(document: ConfigDocument, name: string): Map<string, IniValue> | undefined {
  if (document.format !== 'ini') return undefined;
  const wanted = name.toLowerCase();
  for (const [section, values] of document.sections) if (section.toLowerCase() === wanted) return values;
  return undefined;
}
