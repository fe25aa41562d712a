import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copies each paper's BibTeX file, written by `npm run generate` as `<content>/cite/<slug>.bib`,
 * to `<site>/papers/<slug>/cite.bib`, next to the paper's page. A file copy instead of an Astro
 * endpoint per paper: at 10,000 papers the endpoints took seconds of every build to write
 * files whose bytes generate already knows.
 */
export async function copyCitationFiles(contentDir: string, site: string): Promise<number> {
  const files = await readdir(join(contentDir, 'cite')).catch((error: NodeJS.ErrnoException) => {
    // No generated content (`astro build` before `npm run generate`): no paper pages either.
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const entries = files.filter((file) => file.endsWith('.bib'));
  // A few at a time: copies are cheap, and thousands of open files at once are not.
  for (let start = 0; start < entries.length; start += 64) {
    await Promise.all(entries.slice(start, start + 64).map((file) => copyFile(join(contentDir, 'cite', file), join(site, 'papers', file.slice(0, -'.bib'.length), 'cite.bib'))));
  }
  return entries.length;
}
