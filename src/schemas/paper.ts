import { z } from 'astro/zod';

/** A link found in a paper's abstract. */
export const paperLinkSchema = z.object({
  /** Cleaned absolute `http(s)` URL, with trailing punctuation and LaTeX junk removed. */
  url: z.url({ protocol: /^https?$/ }),
  /** `code` for source hosts (GitHub, GitLab, Hugging Face, …), `project` otherwise. */
  kind: z.enum(['code', 'project']),
  /** Host name shown to readers, e.g. `github.com`. */
  host: z.string().min(1),
});

/** Frontmatter of one generated paper page (`src/content/papers/<slug>.mdx`). */
export const paperSchema = z.object({
  /** The paper's title, exactly as in the source document (whitespace normalized). */
  title: z.string().min(1),
  /** URL-safe, readable ASCII identifier; also the file name and the page address. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The method's short name when the title has one (`LST: Ladder Side-Tuning …` → `LST`). */
  shortName: z.string().min(1).optional(),
  /** 1-based position of the paper in the source document; orders previous/next. */
  order: z.number().int().positive(),
  /** Line of the source document where the paper's title starts. */
  sourceLine: z.number().int().positive(),
  /** The abstract's first sentence, as plain text, for meta descriptions and excerpts. */
  description: z.string(),
  /** Code and project links found in the abstract, in order of appearance. */
  links: z.array(paperLinkSchema),
  /** Words in the abstract. */
  wordCount: z.number().int().nonnegative(),
  /** Minutes to read the abstract at 200 words per minute, at least 1. */
  readingMinutes: z.number().int().positive(),
  /** Topic slugs the taxonomy assigns, main topic first (1–4 on the bundled document). */
  topics: z.array(z.string().min(1)).min(1),
  /** ISO day (`2024-03-14`) of the listing the paper first appeared in; absent when no listing of it has a date. */
  listed: z.iso.date().optional(),
});

/** A paper's frontmatter as the generator writes it and the site reads it. */
export type PaperData = z.infer<typeof paperSchema>;
/** A link found in an abstract. */
export type PaperLink = z.infer<typeof paperLinkSchema>;
