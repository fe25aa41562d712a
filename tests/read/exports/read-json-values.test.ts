import { describe, expect, test } from 'vitest';
import { readJsonValues } from '../../../scripts/read/exports/read-json-values.ts';

describe('readJsonValues', () => {
  test('an array, an API page or one value, each value at the line it starts on', () => {
    expect(readJsonValues('[\n {"a": "[x]"},\n {"b": [1, {"c": 2}]}\n]', 'a.json').values).toEqual([
      { value: { a: '[x]' }, line: 2 },
      { value: { b: [1, { c: 2 }] }, line: 3 },
    ]);
    expect(readJsonValues('{"meta": {"count": 2},\n"results": [{"a": 1},\n{"a": 2}]}', 'page.json').values.map((value) => value.line)).toEqual([2, 3]);
    expect(readJsonValues('\n\n{"a": 1}', 'one.json').values).toEqual([{ value: { a: 1 }, line: 3 }]);
  });

  test('JSON Lines, a line that is not JSON a problem at its line', () => {
    const { values, problems } = readJsonValues('{"a": 1}\n{"a": \n\n{"a": 3}', 'lines.json');
    expect(values).toEqual([
      { value: { a: 1 }, line: 1 },
      { value: { a: 3 }, line: 4 },
    ]);
    expect(problems.map((problem) => problem.line)).toEqual([2]);
  });

  test('an array written one value a line loses only its broken line', () => {
    const { values, problems } = readJsonValues('[\n{"a": 1},\n{"a": 2,\n{"a": 3}\n]\n', 'array.json');
    expect(values.map((value) => value.line)).toEqual([2, 4]);
    expect(problems.map((problem) => problem.line)).toEqual([3]);
  });
});
