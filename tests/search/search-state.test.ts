import { describe, expect, test } from 'vitest';
import { readSearchState, searchStateQuery } from '../../src/utils/search/search-state.ts';

describe('search state in the address', () => {
  test('reads the query, the topics and the exact flag', () => {
    expect(readSearchState('?q=+adapter+&topic=prompt-tuning&topic=vision-language&exact')).toEqual({
      query: 'adapter',
      topics: ['prompt-tuning', 'vision-language'],
      exact: true,
    });
  });

  test('reads an empty address as an empty search, ignoring empty and repeated topics', () => {
    expect(readSearchState('')).toEqual({ query: '', topics: [], exact: false });
    expect(readSearchState('?topic=&topic=a&topic=a').topics).toEqual(['a']);
  });

  test('writes the state back so that reading it gives the same state', () => {
    const state = { query: 'knowledge distillation & KD', topics: ['knowledge-distillation', 'other'], exact: true };
    const query = searchStateQuery(state);
    expect(query).toBe('?q=knowledge+distillation+%26+KD&topic=knowledge-distillation&topic=other&exact');
    expect(readSearchState(query)).toEqual(state);
  });

  test('writes nothing for an empty search, and no exact flag without a query', () => {
    expect(searchStateQuery({ query: ' ', topics: [], exact: true })).toBe('');
    expect(searchStateQuery({ query: '', topics: ['other'], exact: true })).toBe('?topic=other');
  });
});
