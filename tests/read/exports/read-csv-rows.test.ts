import { describe, expect, test } from 'vitest';
import { readCsvRows } from '../../../scripts/read/exports/read-csv-rows.ts';

describe('readCsvRows', () => {
  test('gives each row with the line it starts on; quoted cells may hold commas, quotes and line breaks', () => {
    const { header, rows, broken } = readCsvRows('\uFEFF"a","b"\n"1, one","say ""hi"""\n\n"two\nlines",2\n');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { cells: ['1, one', 'say "hi"'], line: 2 },
      { cells: ['two\nlines', '2'], line: 4 },
    ]);
    expect(broken).toEqual([]);
  });

  test('a row whose quote never closes costs that row alone', () => {
    const { rows, broken } = readCsvRows('a,b\n1,"never closed\n2,"two"\n3,three\n');
    expect(rows).toEqual([
      { cells: ['2', 'two'], line: 3 },
      { cells: ['3', 'three'], line: 4 },
    ]);
    expect(broken.map((row) => row.line)).toEqual([2]);
  });

  test('a row with another number of cells than the header is broken', () => {
    expect(readCsvRows('a,b\n1\n2,x\n').broken).toEqual([{ line: 2, reason: 'this record has 1 cells where the header has 2' }]);
  });
});
