import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The same generated MDX pages Paper Atlas builds, with only the fields this site shows. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/papers' }),
  schema: z.looseObject({ title: z.string(), slug: z.string(), order: z.number() }),
});

export const collections = { papers };
