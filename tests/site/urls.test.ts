import { describe, expect, test } from 'vitest';
import { absoluteUrl, authorUrl, citeBibUrl, doiUrl, filterUrl, joinBase, paperUrl, topicUrl } from '../../src/utils/site/urls.ts';

describe('urls', () => {
  test('joins a root base and a path with one slash', () => {
    expect(joinBase('/', 'papers/x/')).toBe('/papers/x/');
    expect(joinBase('/', '')).toBe('/');
  });

  test('joins a sub-path base with or without slashes', () => {
    expect(joinBase('/atlas', 'topics/')).toBe('/atlas/topics/');
    expect(joinBase('/atlas/', '/topics/')).toBe('/atlas/topics/');
    expect(joinBase('atlas', '')).toBe('/atlas/');
  });

  test('forms paper and topic addresses with a trailing slash', () => {
    expect(paperUrl('lst-ladder-side-tuning')).toMatch(/\/papers\/lst-ladder-side-tuning\/$/);
    expect(topicUrl('test-time-adaptation')).toMatch(/\/topics\/test-time-adaptation\/$/);
  });

  test('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/atlas/papers/x/', 'https://example.org')).toBe('https://example.org/atlas/papers/x/');
  });

  test('forms author, cite.bib and filtered search addresses', () => {
    expect(authorUrl('jorg-muller')).toMatch(/\/authors\/jorg-muller\/$/);
    expect(citeBibUrl('a-paper')).toMatch(/\/papers\/a-paper\/cite\.bib$/);
    expect(filterUrl('venue', 'A & B?')).toMatch(/\/search\/\?venue=A\+%26\+B%3F$/);
  });

  test('a DOI links to doi.org with its slashes kept and everything else a URL cannot hold escaped', () => {
    expect(doiUrl('10.1000/xyz(1)')).toBe('https://doi.org/10.1000/xyz(1)');
    expect(doiUrl('10.1000/<a b>"#?')).toBe('https://doi.org/10.1000/%3Ca%20b%3E%22%23%3F');
  });
});
