import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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

export const collections = { papers, topics };
