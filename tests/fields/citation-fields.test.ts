import { describe, expect, test } from 'vitest';
import { citationFields } from '../../scripts/fields/citation-fields.ts';

describe('citationFields', () => {
  test('names as written, given name first, surname with its particle for sorting', () => {
    const fields = citationFields({ type: 'article-journal', author: [{ family: 'Berg', given: 'Piet', 'non-dropping-particle': 'van der' }, { literal: 'World Health Organization' }, { family: 'Müller', given: 'J.' }] });
    expect(fields.authors).toEqual([
      { name: 'Piet van der Berg', family: 'van der Berg' },
      { name: 'World Health Organization', family: 'World Health Organization' },
      { name: 'J. Müller', family: 'Müller' },
    ]);
  });

  test('venue, year and month, DOI without its resolver, keywords each once', () => {
    const fields = citationFields({ type: 'paper-conference', 'event-title': 'ICML', issued: { 'date-parts': [[2019, 6]] }, DOI: 'https://doi.org/10.1/X', keyword: 'b; a; b' });
    expect(fields).toMatchObject({ venue: 'ICML', year: 2019, month: 6, doi: '10.1/X', keywords: ['b', 'a'], entryType: 'paper-conference' });
  });

  test('keywords split at commas when there is no semicolon; MeSH terms with commas stay whole beside semicolons', () => {
    expect(citationFields({ type: 'article', keyword: 'alpha,beta gamma' }).keywords).toEqual(['alpha', 'beta gamma']);
    expect(citationFields({ type: 'article', keyword: 'Neural Networks, Computer; Humans' }).keywords).toEqual(['Neural Networks, Computer', 'Humans']);
  });

  test('only an http(s) URL is kept: anything else would become a link', () => {
    expect(citationFields({ type: 'article', URL: 'javascript:alert(1)' }).url).toBeUndefined();
    expect(citationFields({ type: 'article', URL: 'https://example.org/a b' }).url).toBe('https://example.org/a%20b');
  });

  test('a year from a raw date; no month without a year', () => {
    expect(citationFields({ type: 'article', issued: { raw: 'Spring 2020' } })).toMatchObject({ year: 2020 });
    expect(citationFields({ type: 'article', issued: { 'date-parts': [['x', 3]] } }).month).toBeUndefined();
  });
});
