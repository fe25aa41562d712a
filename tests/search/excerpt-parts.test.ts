import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/utils/search/excerpt-parts.ts';

describe('excerptParts', () => {
  test('splits an excerpt into plain and marked runs', () => {
    expect(excerptParts('we use <mark>adapters</mark> and <mark>LoRA</mark>.')).toEqual([
      { text: 'we use ', marked: false },
      { text: 'adapters', marked: true },
      { text: ' and ', marked: false },
      { text: 'LoRA', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('decodes escaped characters, so markup in a paper stays text', () => {
    expect(excerptParts('a &lt;script&gt; &amp; <mark>&quot;b&quot;</mark> it&#39;s')).toEqual([
      { text: 'a <script> & ', marked: false },
      { text: '"b"', marked: true },
      { text: " it's", marked: false },
    ]);
  });

  test('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
