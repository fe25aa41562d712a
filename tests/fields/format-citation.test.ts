import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../src/schemas/paper.ts';
import { formatApa, formatCitation } from '../../scripts/fields/format-citation.ts';

describe('formatApa', () => {
  test('a journal article as citeproc’s APA style writes it', () => {
    // citeproc-js with the APA style gives exactly this for the same record.
    const apa = formatApa({
      type: 'article-journal',
      title: 'Möbius Transformations for Graph Neural Networks',
      author: [{ family: 'Müller', given: 'Jörg' }, { family: 'Smith', given: 'Anne' }, { family: 'Berg', given: 'Piet', 'non-dropping-particle': 'van der' }],
      'container-title': 'Nature Communications',
      volume: '12',
      issue: '3',
      page: '101-115',
      issued: { 'date-parts': [[2021, 3]] },
      DOI: '10.1038/s41467-021-00001-x',
    });
    expect(apa).toBe('Müller, J., Smith, A., & van der Berg, P. (2021). Möbius Transformations for Graph Neural Networks. Nature Communications, 12(3), 101–115. https://doi.org/10.1038/s41467-021-00001-x');
  });

  test('a conference paper, hyphenated given names, no date', () => {
    expect(formatApa({ type: 'paper-conference', title: 'Attention Budgets?', author: [{ family: "O'Neil", given: 'Mary-Kate' }], 'container-title': 'Proceedings of ICML', page: '1200-1210' })).toBe(
      "O'Neil, M.-K. (n.d.). Attention Budgets? Proceedings of ICML, 1200–1210.",
    );
  });

  test('a book chapter is “In” its book', () => {
    expect(formatApa({ type: 'chapter', title: 'A Chapter', author: [{ family: 'Li', given: 'X' }], 'container-title': 'A Book', page: '3-9', issued: { 'date-parts': [[2020]] } })).toBe('Li, X. (2020). A Chapter. In A Book (pp. 3–9).');
  });

  test('gives what citeproc’s APA style gives for a journal article, a conference paper, a preprint', () => {
    const items: CslItem[] = [
      { id: 'a', type: 'article-journal', title: 'Möbius Transformations for Graph Neural Networks', author: [{ family: 'Müller', given: 'Jörg' }, { family: 'Berg', given: 'Piet', 'non-dropping-particle': 'van der' }], 'container-title': 'Nature Communications', volume: '12', issue: '3', page: '101-115', issued: { 'date-parts': [[2021, 3]] }, DOI: '10.1038/s41467-021-00001-x' },
      { id: 'b', type: 'paper-conference', title: 'Attention Budgets for Efficient Transformers', author: [{ family: 'García', given: 'María' }, { family: 'Müller', given: 'Jörg' }], 'container-title': 'Proceedings of ICML', page: '1200-1210', issued: { 'date-parts': [[2019, 6]] } },
      { id: 'c', type: 'article', title: 'A Survey of Test-Time Adaptation', author: [{ family: 'Ng', given: 'Wei' }], issued: { 'date-parts': [[2023]] }, URL: 'http://arxiv.org/abs/2303.00001' },
    ];
    for (const item of items) expect(formatApa(item)).toBe(plugins.output.format('bibliography', [item], { template: 'apa', lang: 'en-US', format: 'text' }).trim());
  });

  test('no authors: the title leads; a URL stands in for a missing DOI', () => {
    expect(formatApa({ type: 'article', title: 'A Paper', issued: { 'date-parts': [[2020]] }, URL: 'https://example.org/p' })).toBe('A Paper. (2020). https://example.org/p');
  });
});

describe('formatCitation', () => {
  test('BibTeX keyed by the export’s key, LaTeX-escaped', () => {
    const { bibtex } = formatCitation({ type: 'article-journal', id: 'muller_2021', title: 'Nets & Möbius {x}' }, 'slug');
    expect(bibtex.startsWith('@article{muller_2021,')).toBe(true);
    expect(bibtex).toContain('\\&');
  });

  test('BibTeX keyed by the slug when the export’s key is unusable', () => {
    expect(formatCitation({ type: 'article', id: 'http://zotero.org/users/1 items', title: 'T' }, 'a-slug').bibtex).toMatch(/^@\w+\{a_slug,/);
  });
});
