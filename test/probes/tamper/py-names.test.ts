import { describe, expect, it } from 'vitest';
import { pyModuleNames, pyTestFileNames } from '../../../src/probes/tamper/languages/py-names.js';

describe('pyModuleNames', () => {
  it('top-level functions, classes, assignments and imported names, also inside top-level if/try; not inside functions', () => {
    const module = 'from .impl import strip as strip_color, wrap\nimport json\nX, Y = 1, 2\nZ: int = 3\n\n@cache\ndef add(a, b):\n    inner = 1\n    return a + b\n\nclass Calc:\n    method = 1\n\ntry:\n    from fast import speed\nexcept ImportError:\n    def speed():\n        pass\n';
    expect([...pyModuleNames(module).names].sort()).toEqual(['Calc', 'X', 'Y', 'Z', 'add', 'json', 'speed', 'strip_color', 'wrap']);
    expect(pyModuleNames(module).open).toBe(false);
    expect(pyModuleNames('from .impl import *\n').open).toBe(true);
  });
});

describe('pyTestFileNames', () => {
  const file = `from app.calc import add as plus, sub
from app import (
    util,
)
import app.fmt as fmt
import os.path
import pytest


@pytest.fixture
def subtractor():
    return sub


def test_add():
    assert plus(1, 2) == fmt.number(3)


def test_sub(subtractor):
    assert subtractor(3, 2) == 1
`;
  const names = pyTestFileNames(file);

  it('lists from-imports (aliased, parenthesised) and aliased module imports; a dotted import without alias binds no namespace', () => {
    expect(names.imports).toEqual([
      { specifier: 'app.calc', imported: 'add', local: 'plus' },
      { specifier: 'app.calc', imported: 'sub', local: 'sub' },
      { specifier: 'app', imported: 'util', local: 'util' },
      { specifier: 'app.fmt', imported: '*', local: 'fmt' },
      { specifier: 'pytest', imported: '*', local: 'pytest' },
    ]);
  });

  it('says what each test function uses (parameters are fixtures), and what helpers use', () => {
    expect([...names.usedOnLine(15)]).toEqual(expect.arrayContaining(['plus', 'fmt', 'fmt.number']));
    expect(names.usedOnLine(19).has('subtractor')).toBe(true);
    expect(names.usedOnLine(19).has('plus')).toBe(false);
    expect(names.helpers.get('subtractor')).toContain('sub');
  });
});
