import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a JSON file the generator wrote into `src/content/`, at build time, from the project root.
 *
 * Read from disk rather than imported: an imported JSON file is bundled into the module graph of
 * every page that uses it, and Astro's incremental build (`experimental.incrementalBuild`) re-renders
 * a page whenever its module graph changes, so a file that changes with every added paper (related
 * papers, search terms) would make every paper page render again. What a page shows of this data
 * goes into its `cacheKey` instead (see `cache-key.ts`).
 */
export function readGeneratedJson(name: string): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), 'src', 'content', name), 'utf8'));
}
