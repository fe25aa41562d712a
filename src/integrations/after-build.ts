import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { copyCitationFiles } from './citation-files.ts';
import { hashInlineCode, writeHeaders } from './headers.ts';
import { writeSearchIndex } from './pagefind.ts';
import { currentProgress } from '../../scripts/pipeline/build-progress.ts';

/** The performance mark whose `detail` is Astro's resolved `cacheDir`. */
export const cacheDirMark = 'paper-atlas:cache-dir';

/**
 * What runs once Astro has written the site: each paper's `cite.bib`, the Pagefind index and `_headers`.
 *
 * Pagefind indexes in its own process while this one hashes the pages' inline code
 * for the Content-Security-Policy (see hashInlineCode), so the hashing costs little
 * wall-clock time; `_headers` is written last because its caching rules list the
 * index's files.
 */
export function afterBuild(): AstroIntegration {
  let base = '/';
  let contentDir = '';
  let cacheDir = '';
  let pagefindVersion = 'unknown';
  return {
    name: 'paper-atlas:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        contentDir = fileURLToPath(new URL('src/content/', config.root));
        cacheDir = fileURLToPath(config.cacheDir);
        pagefindVersion = installedVersion(new URL('node_modules/pagefind/package.json', config.root));
        // Where the incremental-build cache is, for scripts/build.ts to count reused pages (and repair it after a failure).
        performance.mark(cacheDirMark, { detail: fileURLToPath(config.cacheDir) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // BibTeX files first: they are not pages, so Pagefind and the hashing ignore them.
        await copyCitationFiles(contentDir, site);
        // Progress lines when scripts/build.ts prints them: pages indexed (or copied with an unchanged shard) so far.
        const progress = currentProgress();
        progress?.phase({ name: 'search index', detail: 'indexing paper pages with Pagefind', done: 0, noun: 'pages' });
        const onProgress = (done: number, total: number) => progress?.update(done, total);
        const [index, inline] = await Promise.all([writeSearchIndex(site, { cacheDir, pagefindVersion, onProgress }), hashInlineCode(site)]);
        logger.info(`Pagefind indexed ${index.pages} pages in ${index.shards} shards (${index.reusedShards} unchanged, copied) in ${index.milliseconds.toFixed(0)} ms`);
        await writeHeaders(site, base, inline.hashes, logger);
        logger.info(
          `wrote _headers: ${inline.hashes.scripts.length} script and ${inline.hashes.styles.length} style hashes from ${inline.pages} sampled pages; after-build steps took ${(performance.now() - started).toFixed(0)} ms`,
        );
      },
    },
  };
}

/** A package's installed version, or `unknown` (then the search index's cache is keyed without it). */
function installedVersion(manifest: URL): string {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
