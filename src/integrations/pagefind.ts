import { close, createIndex } from 'pagefind';

/**
 * Writes the Pagefind search index of a built site into `<site>/pagefind/`, through
 * Pagefind's Node API. Any error Pagefind reports is thrown, so the build fails.
 * Pagefind works in its own process: the caller's thread is free meanwhile.
 */
export async function writeSearchIndex(site: string): Promise<{ pages: number; milliseconds: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}; check that pages carry data-pagefind-body`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // A named measure lets the build script (and npm run bench) report Pagefind's share.
    const { duration } = performance.measure('paper-atlas:pagefind', { start: started });
    return { pages: added.page_count, milliseconds: duration };
  } finally {
    await close();
  }
}
