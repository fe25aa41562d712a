import { z } from 'astro/zod';

/** One topic of the generated taxonomy (`src/content/topics.json`). */
export const topicSchema = z.object({
  /** URL-safe identifier of the topic; its page is `/topics/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name, e.g. "Test-time adaptation". */
  name: z.string().min(1),
  /** One line that tells a reader what belongs here. */
  description: z.string().min(1),
  /** Acronyms and synonyms readers may search for (e.g. `TTA`). */
  aliases: z.array(z.string().min(1)),
  /** Slugs of the papers in this topic, those most about it first (by their evidence score for it: its name, then its phrases), then document order. */
  papers: z.array(z.string().min(1)),
  /** Slugs of related topics, most papers shared first. */
  related: z.array(z.string().min(1)),
  /** Id of the area the topic sits under (see `areas.json`), or `null` when it is in none. */
  area: z.string().min(1).nullable(),
  /** Position of the topic in the taxonomy file; orders menus. */
  order: z.number().int().nonnegative(),
});

/** A topic as the generator writes it and the site reads it. */
export type TopicData = z.infer<typeof topicSchema>;
