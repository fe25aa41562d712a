import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { areaSchema } from './schemas/area.ts';
import { paperSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';

/** One MDX page per paper, written by `npm run generate`. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/papers' }),
  schema: paperSchema,
});

/** The topic taxonomy with each topic's papers, written by `npm run generate`. */
const topics = defineCollection({
  loader: file('./src/content/topics.json'),
  schema: topicSchema,
});

/** Areas grouping the topics (empty when the taxonomy declares none), written by `npm run generate`. */
const areas = defineCollection({
  // Read as an object keyed by id: Astro warns about an empty array, and no areas is normal.
  loader: file('./src/content/areas.json', { parser: (text) => Object.fromEntries((JSON.parse(text) as { id: string }[]).map((area) => [area.id, area])) }),
  schema: areaSchema,
});

export const collections = { papers, topics, areas };
