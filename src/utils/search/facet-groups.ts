import { formatMonth } from '../site/format-day.ts';
import { filterOrder } from './search-state.ts';

/** One value of a filter with how many papers found have it. */
export interface FacetValue {
  /** The value as Pagefind knows it (a topic's name, `2024-03`). */
  value: string;
  /** The value as the reader reads it (`March 2024`). */
  label: string;
  count: number;
}

/** A filter shown as a group of checkboxes. */
export interface FacetGroup {
  /** The filter's name (`topic`, `month`), also the parameter in the address. */
  name: string;
  /** The group's heading (`Topics`, `Months`). */
  label: string;
  /** How checked values combine. */
  hint: string;
  values: FacetValue[];
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The facet groups for the filters Pagefind reports (`{ topic: { name: count }, month: … }`):
 * topics first, in the given order (the taxonomy's), then the other filters by name, areas in
 * their given order too. A filter whose values are all months (`2024-03`) reads "March 2024",
 * newest first, as do years (`2021`); other values
 * sort by label. Topics combine with "all", other filters with "any" (see searchPapers).
 */
export function facetGroups(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
  topicOrder: readonly string[] = [],
  areaOrder: readonly string[] = [],
): FacetGroup[] {
  return filterOrder(Object.keys(counts)).map((name) => {
    const entries = Object.entries(counts[name] ?? {});
    const monthly = entries.length > 0 && entries.every(([value]) => monthPattern.test(value));
    // Months and years (`2021`) read newest first.
    const dated = monthly || (entries.length > 0 && entries.every(([value]) => /^\d{4}$/.test(value)));
    const values = entries.map(([value, count]) => ({ value, label: monthly ? monthLabel(value) : value, count }));
    if (dated) values.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
    else if (name === 'topic' || name === 'area') {
      const order = name === 'topic' ? topicOrder : areaOrder;
      values.sort((a, b) => rank(order, a.value) - rank(order, b.value) || compare(a.label, b.label));
    }
    else values.sort((a, b) => compare(a.label, b.label));
    return { name, label: groupLabel(name), hint: groupHint(name), values };
  });
}

/** A month value (`2024-03`) as the reader reads it (`March 2024`); other text unchanged. */
export function monthLabel(value: string): string {
  return monthPattern.test(value) ? formatMonth(value) : value;
}

function groupLabel(name: string): string {
  const plural = name.endsWith('s') ? name : `${name}s`;
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

function groupHint(name: string): string {
  return name === 'topic' ? 'Papers must be in every checked topic.' : `Papers with any checked ${name}.`;
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
