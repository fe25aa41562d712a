import { joinBase } from '../site/urls.ts';

/**
 * The sitemap's `lastmod` for a page address, where the collection knows it: a paper's
 * listing day, a day page's own day, and the latest day for the home page and `/dates/`.
 * Undefined elsewhere, and everywhere when no paper has a date.
 */
export function sitemapLastmod(url: string, listed: Readonly<Record<string, string>>, base: string): string | undefined {
  const days = Object.values(listed);
  if (days.length === 0) return undefined;
  const prefix = joinBase(base, '');
  const path = new URL(url).pathname;
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  const latest = days.reduce((a, b) => (b > a ? b : a));
  if (rest === '' || rest === 'dates/') return latest;
  const paper = /^papers\/([^/]+)\/$/.exec(rest)?.[1];
  if (paper !== undefined) return listed[paper];
  return /^dates\/(\d{4}-\d{2}-\d{2})\/(?:\d+\/)?$/.exec(rest)?.[1];
}
