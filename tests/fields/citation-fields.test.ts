import { describe, expect, test } from 'vitest';
import { authorMentions, citationFields } from '../../scripts/fields/citation-fields.ts';

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

  test('index terms apart from the authors’ keywords, without those that repeat one', () => {
    const fields = citationFields({ type: 'article', keyword: 'climate change; Shrubs', keywordsPlus: 'Climate change; gulf of mexico; shrubs; xylem' });
    expect(fields.keywords).toEqual(['climate change', 'Shrubs']);
    expect(fields.keywordsPlus).toEqual(['gulf of mexico', 'xylem']);
  });

  test('a suffix follows the name', () => {
    expect(citationFields({ type: 'article', author: [{ family: 'Cain', given: 'James W.', suffix: 'III' }] }).authors).toEqual([{ name: 'James W. Cain III', family: 'Cain' }]);
  });

  test('authors as mergeAuthors reads them: the shown name, its parts and identifiers, in the order of the shown authors', () => {
    const item = { type: 'article', author: [{ family: 'Altwegg', given: 'R.', ORCID: 'https://orcid.org/0000-0002-1825-0097', ResearcherID: 'A-1-2010' }, { family: ' ' }, { literal: 'WHO' }] };
    expect(authorMentions(item)).toEqual([
      { name: 'R. Altwegg', family: 'Altwegg', given: 'R.', orcid: 'https://orcid.org/0000-0002-1825-0097', researcherId: 'A-1-2010' },
      { name: 'WHO', family: 'WHO' },
    ]);
    expect(authorMentions(item).map((author) => author.name)).toEqual(citationFields(item).authors.map((author) => author.name));
  });
});
