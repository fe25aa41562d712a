import { joinBase } from '../site/urls.ts';

/**
 * The sitemap's `lastmod` for each page address, where the collection knows it: a paper's
 * listing day, a day page's own day, and the latest day for the home page and `/dates/`.
 * Undefined elsewhere, and everywhere when no paper has a date. The latest day is found
 * once, not per address: the sitemap asks for every page of the site.
 */
export function sitemapLastmod(listed: Readonly<Record<string, string>>, base: string): (url: string) => string | undefined {
  const latest = Object.values(listed).reduce((a, b) => (b > a ? b : a), '');
  const prefix = joinBase(base, '');
  return (url) => {
    const path = new URL(url).pathname;
    if (latest === '' || !path.startsWith(prefix)) return undefined;
    const rest = path.slice(prefix.length);
    if (rest === '' || rest === 'dates/') return latest;
    const paper = /^papers\/([^/]+)\/$/.exec(rest)?.[1];
    if (paper !== undefined) return listed[paper];
    return /^dates\/(\d{4}-\d{2}-\d{2})\/(?:\d+\/)?$/.exec(rest)?.[1];
  };
}
