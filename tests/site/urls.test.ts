import { describe, expect, test } from 'vitest';
import { absoluteUrl, joinBase, paperUrl, topicUrl } from '../../src/utils/site/urls.ts';

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
});
