import { describe, expect, test } from 'vitest';
import { authorGroups, filterItems, monthGroups, surnameInitial } from '../../src/utils/site/count-groups.ts';
import type { AuthorSummary, DaySummary, PaperSummary } from '../../src/utils/site/site-data.ts';

const paper = (slug: string): PaperSummary => ({
  slug,
  title: slug,
  shortName: undefined,
  order: 0,
  description: '',
  topics: [],
  hasCode: false,
  listed: undefined,
  byline: '',
  year: undefined,
  venue: undefined,
});
const author = (name: string, family: string, papers: number): AuthorSummary => ({
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  family,
  variants: [],
  orcid: undefined,
  papers: Array.from({ length: papers }, (_, i) => paper(`${name}-${i}`)),
});

describe('surnameInitial', () => {
  test('files a surname under its first letter, accents and punctuation dropped', () => {
    expect(surnameInitial('Müller')).toBe('M');
    expect(surnameInitial('Ørsted')).toBe('Ø');
    expect(surnameInitial("o'Brien")).toBe('O');
    expect(surnameInitial('van der Berg')).toBe('V');
    expect(surnameInitial('</a>')).toBe('A');
  });

  test('files a surname with no letter or digit under #', () => {
    expect(surnameInitial('—')).toBe('#');
  });
});

describe('authorGroups', () => {
  test('keeps the index order and starts a group at each new initial, each author with their number of papers', () => {
    const groups = authorGroups([author('María García', 'García', 1), author('Hiro Ito', 'Ito', 2), author('Kenji Iwata', 'Iwata', 1)]);
    expect(groups.map((group) => [group.heading, group.id, group.items.map((item) => `${item.label} ${item.count}`)])).toEqual([
      ['G', 'initial-G', ['María García 1']],
      ['I', 'initial-I', ['Hiro Ito 2', 'Kenji Iwata 1']],
    ]);
    expect(groups[1]!.items[0]!.href).toMatch(/\/authors\/hiro-ito\/$/);
    expect(groups.every((group) => group.count === undefined)).toBe(true);
  });
});

describe('monthGroups', () => {
  test('groups days by month, newest first as given, each month with its number of papers and each day marked as a date', () => {
    const days: DaySummary[] = [
      { date: '2024-03-14', papers: [paper('a'), paper('b')] },
      { date: '2024-03-01', papers: [paper('c')] },
      { date: '2024-02-28', papers: [paper('d')] },
    ];
    const groups = monthGroups(days);
    expect(groups.map((group) => [group.heading, group.id, group.count])).toEqual([
      ['March 2024', 'month-2024-03', 3],
      ['February 2024', 'month-2024-02', 1],
    ]);
    expect(groups[0]!.items).toEqual([
      { label: '14 March 2024', href: expect.stringMatching(/\/dates\/2024-03-14\/$/), count: 2, datetime: '2024-03-14' },
      { label: '1 March 2024', href: expect.stringMatching(/\/dates\/2024-03-01\/$/), count: 1, datetime: '2024-03-01' },
    ]);
  });
});

describe('filterItems', () => {
  test('links each year or venue to its papers in search', () => {
    expect(filterItems([{ value: 'Nature', count: 2 }], 'venue')).toEqual([{ label: 'Nature', href: expect.stringMatching(/\/search\/\?venue=Nature$/), count: 2 }]);
    expect(filterItems([{ value: '2021', count: 1 }], 'year')[0]!.href).toMatch(/\/search\/\?year=2021$/);
  });
});
