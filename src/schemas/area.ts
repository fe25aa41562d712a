import { z } from 'astro/zod';

/** One area of the generated taxonomy (`src/content/areas.json`): a group of topics with a page of its own. */
export const areaSchema = z.object({
  /** URL-safe identifier of the area; its page is `/areas/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name, e.g. "Reinforcement learning". */
  name: z.string().min(1),
  /** One line that tells a reader what the area's topics share. */
  description: z.string().min(1),
  /** Acronyms and synonyms readers may search for (e.g. `RL`). */
  aliases: z.array(z.string().min(1)),
  /** Ids of the area's topics, in taxonomy order; never empty. */
  topics: z.array(z.string().min(1)).min(1),
  /** Slugs of the papers on any of its topics, each once, those most about one of them first (by their best evidence score), then document order. */
  papers: z.array(z.string().min(1)),
  /** Position of the area in the taxonomy file; orders menus. */
  order: z.number().int().nonnegative(),
});

/** An area as the generator writes it and the site reads it. */
export type AreaData = z.infer<typeof areaSchema>;
