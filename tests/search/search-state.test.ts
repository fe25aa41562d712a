import { describe, expect, test } from 'vitest';
import { filterOrder, readSearchState, searchStateQuery, withKnownFilters } from '../../src/utils/search/search-state.ts';

describe('search state in the address', () => {
  test('reads the query, every filter and the exact flag', () => {
    expect(readSearchState('?q=+adapter+&topic=prompt-tuning&month=2024-03&topic=vision-language&exact')).toEqual({
      query: 'adapter',
      filters: { topic: ['prompt-tuning', 'vision-language'], month: ['2024-03'] },
      exact: true,
    });
  });

  test('reads an empty address as an empty search, ignoring empty and repeated values', () => {
    expect(readSearchState('')).toEqual({ query: '', filters: {}, exact: false });
    expect(readSearchState('?topic=&topic=a&topic=a&month=').filters).toEqual({ topic: ['a'] });
  });

  test('keeps only the filters the index has, so tracking parameters of a shared link are not filters', () => {
    const state = readSearchState('?q=adapter&utm_source=mastodon&fbclid=x&topic=a&month=2024-03');
    expect(withKnownFilters(state, ['topic', 'month'])).toEqual({ query: 'adapter', filters: { topic: ['a'], month: ['2024-03'] }, exact: false });
    expect(withKnownFilters(state, new Set(['topic'])).filters).toEqual({ topic: ['a'] });
  });

  test('writes the state back, topics first, so that reading it gives the same state', () => {
    const state = { query: 'knowledge distillation & KD', filters: { month: ['2024-03', '2023-12'], topic: ['knowledge-distillation', 'other'] }, exact: true };
    const query = searchStateQuery(state);
    expect(query).toBe('?q=knowledge+distillation+%26+KD&topic=knowledge-distillation&topic=other&month=2024-03&month=2023-12&exact');
    expect(readSearchState(query)).toEqual({ ...state, filters: { topic: state.filters.topic, month: state.filters.month } });
  });

  test('writes nothing for an empty search, and no exact flag without a query', () => {
    expect(searchStateQuery({ query: ' ', filters: {}, exact: true })).toBe('');
    expect(searchStateQuery({ query: '', filters: { topic: ['other'] }, exact: true })).toBe('?topic=other');
  });

  test('orders filters topic first, then by name', () => {
    expect(filterOrder(['month', 'venue', 'topic'])).toEqual(['topic', 'month', 'venue']);
  });
});
