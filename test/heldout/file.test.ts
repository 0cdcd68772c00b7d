import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VerifyError } from '../../src/core/errors.js';
import { parseHeldout, unsafePathReason } from '../../src/heldout/file.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/heldout');

function problem(text: string): string {
  try {
    parseHeldout(text, 'held-out file h.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(VerifyError);
    return (error as Error).message;
  }
  throw new Error('expected the held-out file to be rejected');
}

describe('parseHeldout', () => {
  it('reads the YAML and JSON examples to the same items', () => {
    const yaml = parseHeldout(readFileSync(resolve(FIXTURES, 'heldout-example.yml'), 'utf8'), 'y');
    const json = parseHeldout(readFileSync(resolve(FIXTURES, 'heldout-example.json'), 'utf8'), 'j');
    expect(yaml).toEqual(json);
    expect(yaml.items.map((i) => i.id)).toEqual(['AC-05', 'AC-06']);
    expect(yaml.items[0]).toMatchObject({ timeout: 120, files: { 'test/hidden/created-event.test.js': expect.stringContaining('invoice.created') } });
  });

  it('accepts the output of heldout select as is (other keys and item fields are carried along)', () => {
    const file = parseHeldout(readFileSync(resolve(FIXTURES, 'expected/heldout.yml'), 'utf8'), 'x');
    expect(file.items.map((i) => i.id)).toEqual(['AC-05', 'AC-06', 'AC-08']);
  });

  it('names the line of a syntax error, never the text around it', () => {
    const message = problem('items:\n  - id: a\n    title: t\n    run: SECRET-COMMAND --flag\n   bad: [\n');
    expect(message).toMatch(/^held-out file h\.yml is not valid YAML or JSON: .* at line \d+; fix the file$/);
    expect(message).not.toContain('SECRET-COMMAND');
  });

  it.each([
    ['items: {}', 'items: must be array'],
    ['[]', '(top level): must be object'],
    ['name: x', 'items: is required'],
    ['items:\n  - id: a\n    title: t', 'items[0].run: is required'],
    ['items:\n  - id: a\n    run: x', 'items[0].title: is required'],
    ['items:\n  - id: a\n    title: t\n    run: ""', 'items[0].run: must NOT have fewer than 1 characters'],
    ['items:\n  - id: a\n    title: t\n    run: x\n    timeout: 0', 'items[0].timeout: must be > 0'],
    ['items:\n  - id: " a"\n    title: t\n    run: x', 'items[0].id: must match pattern'],
    ['items:\n  - id: a\n    title: "two\\nlines"\n    run: x', 'items[0].title: must match pattern'],
    ['items:\n  - id: 7\n    title: t\n    run: x', 'items[0].id: must be string'],
    ['items:\n  - id: a\n    title: t\n    run: x\n    files: {x.js: 3}', 'items[0].files.x.js: must be string'],
  ])('rejects %j: %s', (text, expected) => {
    const message = problem(text);
    expect(message).toContain(expected);
    expect(message).toMatch(/^held-out file h\.yml is invalid: .*; fix the held-out file/);
  });

  it('rejects duplicate ids, naming them', () => {
    const text = ['a', 'b', 'a'].map((id) => `  - {id: ${id}, title: t, run: x}`).join('\n');
    expect(problem(`items:\n${text}`)).toContain('duplicate item ids: a');
  });

  it('rejects hidden file paths that leave the tree or overlap, naming the item', () => {
    expect(problem('items:\n  - {id: a, title: t, run: x, files: {"../x": ""}}')).toContain('items[0].files: path "../x" must stay inside');
    expect(problem('items:\n  - {id: a, title: t, run: x, files: {"t/x": "", "t/x/y": ""}}')).toContain(
      '"t/x" is both a file and a directory of "t/x/y"',
    );
  });

  it('never puts hidden content or commands in its messages', () => {
    const message = problem('items:\n  - {id: a, title: t, run: RUN-SECRET, files: {"/abs": HIDDEN-CONTENT}}');
    expect(message).not.toMatch(/RUN-SECRET|HIDDEN-CONTENT/);
  });
});

describe('unsafePathReason', () => {
  it.each([
    ['tests/hidden.test.js', undefined],
    ['a/b/c.txt', undefined],
    ['.github/x.yml', undefined],
    ['/etc/passwd', 'must be relative'],
    ['../up', 'no ".." segments'],
    ['a/../../b', 'no ".." segments'],
    ['a//b', 'must be normalised'],
    ['./a', 'must be normalised'],
    ['a/', 'must be normalised'],
    ['.git/hooks/pre-commit', 'must not point into .git'],
    ['sub/.GIT/config', 'must not point into .git'],
    ['a\\b', 'backslash'],
    ['a\u0000b', 'control character'],
  ])('%j -> %s', (path, reason) => {
    const found = unsafePathReason(path);
    if (reason === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(reason);
  });
});
