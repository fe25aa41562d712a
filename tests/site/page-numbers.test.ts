import { describe, expect, test } from 'vitest';
import { listingPage, pageDescription, pageNumbers, pageRange, pageWhen } from '../../src/utils/site/page-numbers.ts';

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

describe('pageRange', () => {
  test('says which items and which page a page of a paginated listing shows', () => {
    expect(pageRange({ currentPage: 2, lastPage: 14, start: 5, end: 9 }, 'papers')).toBe('papers 6–10, page 2 of 14');
    expect(pageRange({ currentPage: 1, lastPage: 2, start: 0, end: 9 }, 'authors')).toBe('authors 1–10, page 1 of 2');
  });

  test('says nothing for a listing of one page', () => {
    expect(pageRange({ currentPage: 1, lastPage: 1, start: 0, end: 3 }, 'papers')).toBeUndefined();
  });
});

describe('pageDescription', () => {
  test("keeps the first page's description and puts a later page's number before its full stop", () => {
    expect(pageDescription('All 69 papers of X.', { currentPage: 1, lastPage: 14 })).toBe('All 69 papers of X.');
    expect(pageDescription('All 69 papers of X.', { currentPage: 2, lastPage: 14 })).toBe('All 69 papers of X (page 2 of 14).');
  });

  test('adds the page number to a description without a full stop', () => {
    expect(pageDescription('Papers about graphs?', { currentPage: 3, lastPage: 3 })).toBe('Papers about graphs? (page 3 of 3)');
  });
});

describe('pageWhen', () => {
  test('gives one page with an empty rest parameter when there are entries, none otherwise', () => {
    expect(pageWhen([2024, 2023], 'index')).toEqual([{ params: { index: undefined } }]);
    expect(pageWhen([], 'index')).toEqual([]);
  });
});
