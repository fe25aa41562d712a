import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, InputError } from '../../scripts/read/problem.ts';
import { readSource } from '../../scripts/read/read-source.ts';

describe('readSource', () => {
  test('reads each file in its format into papers with their records', () => {
    const wos = readSource(readFileSync('tests/fixtures/formats/savedrecs.txt', 'utf8'), 'savedrecs.txt');
    expect(wos.format).toBe('wos');
    expect(wos.papers.map((paper) => [paper.title, paper.line, paper.paragraphs.length])).toEqual([
      ['Contrastive pretraining for satellite images under cloud cover with temporal consistency', 3, 1],
      ['Label-efficient crop mapping', 27, 0],
    ]);
    expect(wos.papers[1]?.csl?.type).toBe('paper-conference');
    expect(readSource(readFileSync('tests/fixtures/formats/plain.txt', 'utf8'), 'plain.txt').papers[0]?.csl).toBeUndefined();
  });

  test('a spreadsheet export (Web of Science tab-delimited, Scopus CSV) is read, not taken for a plain document', () => {
    const wos = readSource('PT\tAU\tBA\tTI\nJ\tSmith, J\t\tA title\n', 'savedrecs.txt');
    expect([wos.format, wos.papers.map((paper) => paper.title)]).toEqual(['wos-tab', ['A title']]);
    const scopus = readSource('\uFEFF"Authors","Title","Year","Source title"\n"Smith J.","Another title","2020","J"\n', 'scopus.txt');
    expect([scopus.format, scopus.papers.map((paper) => paper.title)]).toEqual(['scopus-csv', ['Another title']]);
  });

  test('a record an export cannot read is skipped with a warning at its line; the rest is read', () => {
    const text = 'TY  - JOUR\nTI  - Kept\nER  - \nTY  - JOUR\nAU  - Smith, J.\nER  - \n';
    const { papers, warnings } = readSource(text, 'a.ris');
    expect(papers.map((paper) => paper.title)).toEqual(['Kept']);
    expect(warnings.map(formatProblem)).toEqual(['a.ris:4: this record has no title, so it was skipped; add a `TI  - …` (or `T1  - …`) line, or remove the record']);
  });

  test('a file of which nothing can be read throws every problem', () => {
    expect(() => readSource('TY  - JOUR\nAU  - Smith, J.\nER  - \n', 'b.ris')).toThrow(InputError);
  });
});
