import { z } from 'astro/zod';

/** Collection-wide data the generator computes (`src/content/atlas.json`). */
export const atlasSchema = z.object({
  /** Human name of the collection, from the source file name unless overridden. */
  name: z.string().min(1),
  /** File name of the source document, e.g. `transfer-learning-papers.txt`, or of the folder of listings (`listings/`). */
  source: z.string().min(1),
  /** Listing date from the page chrome (`Mar 14`), when the document had one. */
  listingDate: z.string().optional(),
  /** Number of papers in the collection. */
  paperCount: z.number().int().nonnegative(),
  /** Up to five related paper slugs per paper slug, most similar first. */
  related: z.record(z.string(), z.array(z.string())),
  /** Extra search terms per paper slug (topic names, aliases, acronym expansions). */
  searchTerms: z.record(z.string(), z.array(z.string())),
  /** ISO listing day per paper slug, for the papers that have one (the sitemap's `lastmod`); absent when none has. */
  listed: z.record(z.string(), z.iso.date()).optional(),
});

/** Collection-wide data shared by every page. */
export type AtlasData = z.infer<typeof atlasSchema>;
