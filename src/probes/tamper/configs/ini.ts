// Pure: INI files as Python's configparser reads them (setup.cfg, tox.ini, .coveragerc, .flake8, .pylintrc,
// pytest.ini, mypy.ini): `[section]`, `key = value` or `key: value`, indented continuation lines, `#` and `;`
// comment lines. No npm INI parser handles continuation lines, which these tools use for lists.

export interface IniValue {
  value: string;
  line: number;
}

export type IniSections = Map<string, Map<string, IniValue>>;

export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, IniValue> | undefined;
  let last: IniValue | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) {
      if (trimmed === '') last = undefined;
      continue;
    }
    if (/^\s/.test(raw) && last) {
      last.value += `\n${trimmed}`;
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header) {
      const name = header[1]!.trim();
      section = sections.get(name) ?? new Map<string, IniValue>();
      sections.set(name, section);
      last = undefined;
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!pair || !section) {
      last = undefined;
      continue;
    }
    last = { value: stripInlineComment(pair[2]!), line: index + 1 };
    section.set(pair[1]!.trim().toLowerCase().replace(/_/g, '-'), last);
  }
  return sections;
}

/** configparser's inline comments need whitespace before `#` or `;`. */
function stripInlineComment(value: string): string {
  return value.replace(/\s[#;].*$/, '').trim();
}

/** A list value: split on commas and newlines (flake8 `ignore`, pylint `disable`). */
export function iniList(value: string): string[] {
  return value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
