import { describe, expect, test } from 'vitest';
import { facetGroups, monthLabel } from '../../src/utils/search/facet-groups.ts';

describe('facetGroups', () => {
  test('shows topics first in the given order, then every other filter by name', () => {
    const groups = facetGroups({ venue: { ICLR: 2, NeurIPS: 1 }, month: { '2024-03': 1 }, topic: { Vision: 1, Language: 4, Other: 0 } }, ['Language', 'Vision']);
    expect(groups.map((group) => group.name)).toEqual(['topic', 'month', 'venue']);
    expect(groups[0]?.values.map((value) => value.value)).toEqual(['Language', 'Vision', 'Other']);
    expect(groups.map((group) => group.label)).toEqual(['Topics', 'Months', 'Venues']);
    expect(groups[2]?.values).toEqual([
      { value: 'ICLR', label: 'ICLR', count: 2 },
      { value: 'NeurIPS', label: 'NeurIPS', count: 1 },
    ]);
  });

  test('shows areas after topics, in the given order, combined with “any”', () => {
    const groups = facetGroups({ month: { '2024-03': 1 }, area: { Vision: 3, 'Reinforcement learning': 2, Language: 1 }, topic: { A: 1 } }, ['A'], ['Vision', 'Language']);
    expect(groups.map((group) => group.name)).toEqual(['topic', 'area', 'month']);
    expect(groups[1]?.label).toBe('Areas');
    expect(groups[1]?.hint).toBe('Papers with any checked area.');
    expect(groups[1]?.values.map((value) => value.value)).toEqual(['Vision', 'Language', 'Reinforcement learning']);
  });

  test('reads months as “March 2024”, newest first', () => {
    const [month] = facetGroups({ month: { '2023-12': 4, '2024-03': 2, '2024-01': 0 } });
    expect(month?.values).toEqual([
      { value: '2024-03', label: 'March 2024', count: 2 },
      { value: '2024-01', label: 'January 2024', count: 0 },
      { value: '2023-12', label: 'December 2023', count: 4 },
    ]);
    expect(month?.hint).toBe('Papers with any checked month.');
  });

  test('leaves values that are not all months as they are', () => {
    expect(facetGroups({ edition: { '2024-03': 1, spring: 1 } })[0]?.values.map((value) => value.label)).toEqual(['2024-03', 'spring']);
    expect(monthLabel('2024-13')).toBe('2024-13');
  });

  test('reads years newest first, as written', () => {
    const [year] = facetGroups({ year: { '2019': 1, '2024': 2, '2021': 3 } });
    expect(year?.values.map((value) => value.label)).toEqual(['2024', '2021', '2019']);
    expect(year?.label).toBe('Years');
  });
});
