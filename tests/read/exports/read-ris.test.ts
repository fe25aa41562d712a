import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readRis } from '../../../scripts/read/exports/read-ris.ts';

describe('readRis', () => {
  test('reads a Scopus export: authors in order, journal, year, DOI, keywords, type', () => {
    const { records, errors } = readRis(readFileSync('tests/fixtures/formats/scopus.ris', 'utf8'), 'scopus.ris');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([1, 27]);
    const [journal, conference] = records.map((record) => record.item);
    expect(journal?.title).toBe('Möbius transformations for graph neural networks');
    expect(journal?.author?.map((name) => name.family)).toEqual(['Müller', 'Smith', 'van der Berg']);
    expect(journal?.['container-title']).toBe('Nature Communications');
    expect(journal?.issued?.['date-parts']?.[0]?.[0]).toBe(2021);
    expect(journal?.DOI).toBe('10.1038/s41467-021-00001-x');
    expect(journal?.keyword).toContain('Hyperbolic geometry');
    expect(conference?.type).toBe('paper-conference');
  });

  test('reads an EndNote export with a `Record #n of 3` line before each record (Cochrane, Embase)', () => {
    const text = readFileSync('tests/fixtures/ris/endnote-cochrane.ris', 'utf8').replace(/\r\n/g, '\n');
    const { records, errors } = readRis(text, 'cochrane.ris');
    expect(errors).toEqual([]);
    expect(records.map((record) => [record.line, record.item.title])).toEqual([
      [2, 'Exercise therapy for chronic low back pain'],
      [14, 'Yoga for chronic low back pain'],
      [22, 'Pilates and posture'],
    ]);
    expect(records[0]?.item.DOI).toBe('10.1002/14651858.CD009790.pub2');
  });

  test('a record without ER is a problem at its line, and the next record is still read', () => {
    const { records, errors } = readRis(readFileSync('tests/fixtures/formats/broken/no-end.ris', 'utf8'), 'no-end.ris');
    expect(records.map((record) => record.item.title)).toEqual(['Second']);
    expect(errors.map(formatProblem)).toEqual(['no-end.ris:1: this record has no `ER  -` line before the next `TY  -`; end the record with a line `ER  - ` before line 5']);
  });

  test('a tag outside a record, and a record without a title, are problems at their lines', () => {
    expect(readRis('AU  - Smith, J.\n', 'a.ris').errors.map((problem) => problem.line)).toEqual([1]);
    expect(readRis('\nTY  - JOUR\nAU  - Smith, J.\nER  - \n', 'b.ris').errors.map(formatProblem)).toEqual(['b.ris:2: this record has no title; add a `TI  - …` (or `T1  - …`) line, or remove the record']);
  });
});
