import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readCslJson } from '../../../scripts/read/exports/read-csl-json.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

describe('readCslJson', () => {
  test('reads Zotero’s CSL JSON as it is, each item at the line it starts on', () => {
    const { records, errors } = readCslJson(fixture('zotero.json'), 'zotero.json');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([2, 3]);
    expect(records[0]?.item.author).toEqual([
      { family: 'Kowalski', given: 'Anna' },
      { family: 'Ito', given: 'Hiro' },
    ]);
  });

  test('invalid JSON stops the build at the line of the mistake', () => {
    const [problem] = readCslJson(fixture('broken/trailing-comma.json'), 'trailing-comma.json').errors;
    expect(problem?.line).toBe(3);
    expect(formatProblem(problem!)).toMatch(/^trailing-comma\.json:3: the file is not valid JSON \(.+\); fix the JSON there/);
  });

  test('an item without a title, or not a record, is an error at its line', () => {
    expect(readCslJson(fixture('broken/no-title.json'), 'no-title.json').errors.map(formatProblem)).toEqual(['no-title.json:3: item 2 has no title; add a "title", or remove the item']);
    expect(readCslJson('[\n  {"title": "No type"}\n]', 'x.json').errors.map((problem) => problem.line)).toEqual([2]);
  });
});
