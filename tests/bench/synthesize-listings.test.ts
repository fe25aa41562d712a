import { describe, expect, test } from 'vitest';
import { readListings } from '../../scripts/read/read-listings.ts';
import { synthesizeListings } from '../../scripts/bench/synthesize-listings.ts';
import { bundledPapers } from '../helpers/bundled.ts';

describe('synthesizeListings', () => {
  const files = synthesizeListings(bundledPapers, 300, 10);
  const sources = [...files].map(([file, text]) => ({ file, text }));

  test('writes one dated file per day, the same bytes every time', () => {
    expect([...files.keys()]).toEqual(Array.from({ length: 10 }, (_, day) => `2024-01-${String(day + 1).padStart(2, '0')}.txt`));
    expect([...synthesizeListings(bundledPapers, 300, 10)]).toEqual([...files]);
  });

  test('reads back as the unique papers, each dated by its first day, with repeats merged', () => {
    const { papers, warnings } = readListings(sources);
    const entries = sources.reduce((sum, { text }) => sum + (text.split('\n\n').length - 5) / 2, 0);
    expect(papers).toHaveLength(300);
    expect(entries).toBeGreaterThan(300);
    expect(papers[0]?.listed).toBe('2024-01-01');
    expect(papers.at(-1)?.listed).toBe('2024-01-10');
    expect(warnings.length).toBeGreaterThan(0);
  });
});
