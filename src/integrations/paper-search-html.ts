/**
 * What Pagefind needs of a built paper page: its `data-pagefind-body` element (the `<article>`
 * holding the title, source, topics, search terms and abstract) in a minimal document. Pagefind
 * indexes only that element anyway, so the index is the same; the rest of the page (head, sidebar,
 * related papers, previous/next) changes with other papers and would make a shard look changed.
 * A page without such an article is returned whole, for Pagefind to judge.
 */
export function paperSearchHtml(page: string): string {
  const body = page.indexOf('data-pagefind-body');
  const start = body === -1 ? -1 : page.lastIndexOf('<article', body);
  const end = start === -1 ? -1 : page.indexOf('</article>', body);
  if (end === -1) return page;
  return `<!doctype html><html lang="en"><body>${page.slice(start, end + '</article>'.length)}</body></html>`;
}
