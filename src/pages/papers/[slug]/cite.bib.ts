/** `/papers/<slug>/cite.bib`: a paper's BibTeX entry as a file, for reference managers and `\bibliography`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../utils/site/cache-key.ts';
import { getSiteData } from '../../../utils/site/site-data.ts';

export const getStaticPaths = (async () => {
  const { entries } = await getSiteData();
  return entries.map((entry) => ({
    params: { slug: entry.data.slug },
    props: { bibtex: entry.data.cite.bibtex },
    // The file is the entry and nothing else: an incremental build copies it while the entry is unchanged.
    cacheKey: cacheKey({ bibtex: entry.data.cite.bibtex }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${String(props['bibtex'])}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
