import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/` when Astro finishes
 * a build, through Pagefind's Node API. Any error Pagefind reports fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'paper-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
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
          logger.info(`indexed ${added.page_count} pages in ${duration.toFixed(0)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
