// Parsers of real eslint and tsc output (captured in fixtures/static), without running the tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEslintReport } from '../../../src/probes/static/eslint-report.js';
import { parseTscOutput } from '../../../src/probes/static/tsc-report.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/static');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseEslintReport', () => {
  it('reads a flat-config report: rule problems, directives, parse errors, ignored files', () => {
    const report = parseEslintReport(fixture('eslint-flat-report.json'), '/repo', ['/repo']);
    expect(report.ignored).toEqual(['README.md', 'vendor/lib.js']);
    expect(report.linted).toEqual(['src/app.js', 'src/sub/broken.js']);
    expect(report.diagnostics).toEqual([
      { tool: 'eslint', rule: 'no-unused-vars', severity: 'error', file: 'src/app.js', line: 1, column: 7, message: "'unused' is assigned a value but never used." },
      { tool: 'eslint', rule: 'no-console', severity: 'warning', file: 'src/app.js', line: 2, column: 1, message: 'Unexpected console statement.' },
      { tool: 'eslint', rule: 'eqeqeq', severity: 'error', file: 'src/app.js', line: 3, column: 7, message: "Expected '===' and instead saw '=='." },
      { tool: 'eslint', rule: 'eslint', severity: 'warning', file: 'src/app.js', line: 4, column: 1, message: "Unused eslint-disable directive (no problems were reported from 'no-debugger')." },
      { tool: 'eslint', rule: 'parse-error', severity: 'error', file: 'src/sub/broken.js', line: 2, column: 1, message: 'Parsing error: Unexpected token' },
    ]);
  });

  it('reads a legacy eslintrc report, whose ignore notice is worded differently', () => {
    const report = parseEslintReport(fixture('eslint-legacy-report.json'), '/repo', ['/repo']);
    expect(report.ignored).toEqual(['vendor/lib.js']);
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.file, d.line])).toEqual([
      ['no-unused-vars', 'error', 'src/app.js', 1],
      ['no-console', 'warning', 'src/app.js', 2],
      ['parse-error', 'error', 'src/types.ts', 1],
    ]);
  });

  it('makes paths relative to whichever root contains them (the repository behind a symlink)', () => {
    const json = JSON.stringify([{ filePath: '/real/repo/pkg/a.js', messages: [{ ruleId: 'semi', severity: 2, message: 'Missing semicolon.', line: 3, column: 9 }] }]);
    const report = parseEslintReport(json, '/link/repo/pkg', ['/link/repo', '/real/repo']);
    expect(report.diagnostics[0]).toMatchObject({ file: 'pkg/a.js', line: 3, column: 9 });
  });

  it('rejects what is not an eslint JSON report, saying why', () => {
    expect(() => parseEslintReport('Oops! Something went wrong!', '/repo', ['/repo'])).toThrow(/does not parse/);
    expect(() => parseEslintReport('{"results":[]}', '/repo', ['/repo'])).toThrow(/not an array/);
    expect(() => parseEslintReport('[{"messages":[]}]', '/repo', ['/repo'])).toThrow(/without filePath/);
    expect(() => parseEslintReport('[{"filePath":"/repo/a.js","messages":[{"severity":3,"message":"x"}]}]', '/repo', ['/repo'])).toThrow(/malformed message for a.js/);
  });

  it('reads an empty report', () => {
    expect(parseEslintReport('[]', '/repo', ['/repo'])).toEqual({ diagnostics: [], linted: [], ignored: [] });
  });
});

describe('parseTscOutput', () => {
  it('reads located diagnostics, joins message chains, and collects --listFiles', () => {
    const report = parseTscOutput(fixture('tsc-project-output.txt'), '/repo', ['/repo']);
    expect(report.diagnostics).toEqual([
      { tool: 'tsc', rule: 'TS2322', severity: 'error', file: 'src/a.ts', line: 1, column: 14, message: "Type 'string' is not assignable to type 'number'." },
      { tool: 'tsc', rule: 'TS2322', severity: 'error', file: 'src/a.ts', line: 3, column: 27, message: 'Type \'"square"\' is not assignable to type \'"circle"\'.' },
      { tool: 'tsc', rule: 'TS7006', severity: 'error', file: 'src/a.ts', line: 4, column: 19, message: "Parameter 'x' implicitly has an 'any' type." },
      {
        tool: 'tsc',
        rule: 'TS2345',
        severity: 'error',
        file: 'src/a.ts',
        line: 6,
        column: 6,
        message:
          "Argument of type '(x: string) => string' is not assignable to parameter of type '(x: number) => void'. " +
          "Types of parameters 'x' and 'x' are incompatible. Type 'number' is not assignable to type 'string'.",
      },
    ]);
    expect(report.listedFiles).toContain('src/a.ts');
    expect(report.listedFiles).toContain('src/b.ts');
    expect(report.listedFiles).toContain('node_modules/typescript/lib/lib.es5.d.ts');
  });

  it('reads --build output, whose paths are relative to where tsc ran', () => {
    const report = parseTscOutput(fixture('tsc-build-output.txt'), '/repo', ['/repo']);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'a/x.ts:1:14 TS2322',
      'b/y.ts:2:7 TS2322',
      'b/y.ts:3:9 TS2322',
    ]);
    expect(report.listedFiles.filter((f) => !f.includes('node_modules'))).toEqual(['a/x.ts', 'a/x.d.ts', 'b/y.ts']);
  });

  it('reads project-wide diagnostics without a location', () => {
    const report = parseTscOutput(fixture('tsc-global-output.txt'), '/repo', ['/repo']);
    expect(report.diagnostics).toEqual([
      {
        tool: 'tsc',
        rule: 'TS2688',
        severity: 'error',
        message:
          "Cannot find type definition file for 'missing-types'. The file is in the program because: " +
          "Entry point of type library 'missing-types' specified in compilerOptions",
      },
    ]);
  });

  it('keeps parentheses in file names, Windows line ends, and absolute paths outside the repository', () => {
    const output = 'src/(group)/page.tsx(12,3): error TS2304: Cannot find name \'foo\'.\r\n' +
      '/elsewhere/types.d.ts(1,1): error TS1036: Statements are not allowed in ambient contexts.\r\n' +
      'Found 2 errors.\r\n';
    const report = parseTscOutput(output, '/repo', ['/repo']);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.column, d.rule])).toEqual([
      ['src/(group)/page.tsx', 12, 3, 'TS2304'],
      ['/elsewhere/types.d.ts', 1, 1, 'TS1036'],
    ]);
    expect(report.listedFiles).toEqual([]);
  });

  it('reads clean output as no diagnostics', () => {
    expect(parseTscOutput('', '/repo', ['/repo'])).toEqual({ diagnostics: [], listedFiles: [] });
  });
});
