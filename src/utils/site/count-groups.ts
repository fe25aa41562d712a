/**
 * The entries of the index pages that list names with a number each (authors, years, venues,
 * listing days), flat or grouped under headings, as `CountList` and `CountGroups` show them.
 */
import { formatDay, formatMonth } from './format-day.ts';
import type { AuthorSummary, CountSummary, DaySummary } from './site-data.ts';
import { authorUrl, dayUrl, filterUrl } from './urls.ts';

/** One link with how many papers it leads to. */
export interface CountItem {
  label: string;
  href: string;
  count: number;
  /** An ISO day when the label is a date, so it is marked up as one. */
  datetime?: string | undefined;
}

/** A run of entries under a heading. */
export interface CountGroup {
  heading: string;
  /** The heading's id, unique on the page: what names the group's section. */
  id: string;
  /** A total shown beside the heading, when the group has one worth saying. */
  count?: number | undefined;
  items: CountItem[];
}

/** The letter an author is filed under: the first letter or digit of the surname, accents dropped, `#` when there is none. */
export function surnameInitial(family: string): string {
  return (family.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0) || '#').toUpperCase();
}

/** Authors (in index order) under the initials of their surnames, each with their number of papers. */
export function authorGroups(authors: readonly AuthorSummary[]): CountGroup[] {
  const byInitial = Map.groupBy(authors, (author) => surnameInitial(author.family));
  return [...byInitial].map(([letter, members]) => ({
    heading: letter,
    id: `initial-${letter}`,
    items: members.map((author) => ({ label: author.name, href: authorUrl(author.slug), count: author.papers.length })),
  }));
}

/** Listing days (newest first) under their months, each month with its number of papers. */
export function monthGroups(days: readonly DaySummary[]): CountGroup[] {
  const byMonth = Map.groupBy(days, (day) => day.date.slice(0, 7));
  return [...byMonth].map(([month, monthDays]) => ({
    heading: formatMonth(month),
    id: `month-${month}`,
    count: monthDays.reduce((sum, day) => sum + day.papers.length, 0),
    items: monthDays.map((day) => ({ label: formatDay(day.date), href: dayUrl(day.date), count: day.papers.length, datetime: day.date })),
  }));
}

/** Years or venues as links to their papers in search (the `year` or `venue` filter). */
export function filterItems(counts: readonly CountSummary[], filter: 'year' | 'venue'): CountItem[] {
  return counts.map(({ value, count }) => ({ label: value, href: filterUrl(filter, value), count }));
}
