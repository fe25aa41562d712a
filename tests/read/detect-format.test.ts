import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../scripts/read/detect-format.ts';

describe('detectFormat', () => {
  test('a bibliographic extension names the format', () => {
    expect(['a.bib', 'a.ris', 'a.json', 'a.nbib', 'a.ciw', 'A.BIB'].map((file) => detectFormat(file, ''))).toEqual(['bibtex', 'ris', 'csl-json', 'medline', 'wos', 'bibtex']);
  });

  test('any other file is told by its first lines', () => {
    expect(detectFormat('savedrecs.txt', 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI x\nER\n\nEF\n')).toBe('wos');
    expect(detectFormat('pubmed-set.txt', '\nPMID- 38000001\nTI  - x\n')).toBe('medline');
    expect(detectFormat('export.txt', 'TY  - JOUR\nTI  - x\nER  - \n')).toBe('ris');
    expect(detectFormat('library.txt', '% Encoding: UTF-8\n\n@article{a, title = {x}}\n')).toBe('bibtex');
    expect(detectFormat('items.txt', '[{"type": "article", "title": "x"}]')).toBe('csl-json');
  });

  test('a plain document stays a plain document, even with a title that starts like a tag', () => {
    expect(detectFormat('papers.txt', 'PT Symposium: a study\n\nWe study things.\n')).toBe('document');
    expect(detectFormat('papers.txt', 'AdaNPC: Exploring Non-Parametric Classifier\n\nMany recent tasks …\n')).toBe('document');
  });
});
