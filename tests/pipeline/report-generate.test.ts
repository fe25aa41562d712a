import { describe, expect, test } from 'vitest';
import { reportGenerate } from '../../scripts/pipeline/report-generate.ts';

describe('reportGenerate', () => {
  const base = { papers: [], topics: [], warnings: [] };

  test('says which format each source was read as when any is an export', () => {
    const [line] = reportGenerate({ ...base, read: { file: '4 documents', multiParagraphAbstracts: 1, repeats: 2, formats: ['bibtex', 'wos', 'bibtex', 'document'] } });
    expect(line).toBe('read 0 papers from 4 documents (1 abstracts with several paragraphs; 2 repeated listings merged; read as 2 BibTeX, 1 Web of Science, 1 plain)');
  });

  test('names the format of a single export without a count', () => {
    const [line] = reportGenerate({ ...base, read: { file: 'library.bib', multiParagraphAbstracts: 0, repeats: 0, formats: ['bibtex'] } });
    expect(line).toBe('read 0 papers from library.bib (0 abstracts with several paragraphs; read as BibTeX)');
  });

  test('says nothing of formats for plain documents alone', () => {
    const [line] = reportGenerate({ ...base, read: { file: 'a.txt', multiParagraphAbstracts: 0, repeats: 0, formats: ['document'] } });
    expect(line).toBe('read 0 papers from a.txt (0 abstracts with several paragraphs)');
  });
});
