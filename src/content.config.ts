import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { paperLoader } from './loaders/paper-loader.ts';
import { paperSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';

/** One MDX page per paper, written by `npm run generate`, its abstract rendered once in the content layer (see paperLoader). */
const papers = defineCollection({
  loader: paperLoader({ base: './src/content/papers' }),
  schema: paperSchema,
});

/** The topic taxonomy with each topic's papers, written by `npm run generate`. */
const topics = defineCollection({
  loader: file('./src/content/topics.json'),
  schema: topicSchema,
});

export const collections = { papers, topics };
