import { describe, expect, test } from 'vitest';
import { listingPage, pageNumbers } from '../../src/utils/site/page-numbers.ts';

describe('pageNumbers', () => {
  test('shows every page of a short listing', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('folds the pages far from the current one into gaps', () => {
    expect(pageNumbers(1, 100)).toEqual([1, 2, 3, 4, 5, 'gap', 100]);
    expect(pageNumbers(50, 100)).toEqual([1, 'gap', 49, 50, 51, 'gap', 100]);
    expect(pageNumbers(100, 100)).toEqual([1, 'gap', 96, 97, 98, 99, 100]);
  });

  test('never hides a single page behind a gap', () => {
    expect(pageNumbers(5, 9)).toEqual([1, 'gap', 4, 5, 6, 'gap', 9]);
    expect(pageNumbers(5, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let last = 1; last <= 40; last++) {
      for (let current = 1; current <= last; current++) {
        const numbers = pageNumbers(current, last);
        numbers.forEach((n, i) => {
          if (n === 'gap') expect((numbers[i + 1] as number) - (numbers[i - 1] as number), `${current} of ${last}`).toBeGreaterThan(2);
        });
      }
    }
  });

  test('always shows the first, last, current and neighbouring pages, in order, in at most seven entries', () => {
    for (let last = 1; last <= 40; last++) {
      for (let current = 1; current <= last; current++) {
        const numbers = pageNumbers(current, last);
        const shown = numbers.filter((n): n is number => n !== 'gap');
        for (const n of [1, last, current, current - 1, current + 1]) if (n >= 1 && n <= last) expect(shown).toContain(n);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
        expect(new Set(shown).size).toBe(shown.length);
        expect(numbers.length).toBeLessThanOrEqual(7);
        expect(numbers[0]).toBe(1);
      }
    }
  });
});

describe('listingPage', () => {
  const parents = [{ label: 'Home', href: '/' }];
  test('the first page is the listing itself', () => {
    expect(listingPage({ currentPage: 1, lastPage: 3 }, 'All papers', '/papers/', parents)).toEqual({
      first: true,
      paged: true,
      ofPages: 'page 1 of 3',
      title: 'All papers',
      crumbs: [{ label: 'Home', href: '/' }, { label: 'All papers' }],
    });
  });

  test('a later page names its number and links back to the listing', () => {
    const later = listingPage({ currentPage: 2, lastPage: 3 }, 'All papers', '/papers/', parents);
    expect(later.title).toBe('All papers, page 2 of 3');
    expect(later.crumbs).toEqual([{ label: 'Home', href: '/' }, { label: 'All papers', href: '/papers/' }, { label: 'Page 2' }]);
    expect(listingPage({ currentPage: 1, lastPage: 1 }, 'A', '/a/', []).paged).toBe(false);
  });
});
