import { z } from 'astro/zod';
import { areaSchema } from './area.ts';
import { atlasSchema } from './atlas.ts';
import { cslItemSchema, paperSchema } from './paper.ts';
import { topicSchema } from './topic.ts';

/**
 * Version of the `papers.json` / `topics.json` format; raised when a field changes meaning,
 * goes away or is added where strict readers would reject it (2: papers got `listed`; 3: papers
 * got `areas`, `authors`, `venue`, `year`, `doi` and `csl`, and `abstract` may be empty; topics
 * got `area`, and topics.json an `areas` list).
 */
export const exportVersion = 3;

const absoluteUrl = z.url({ protocol: /^https?$/ });

/** One paper in `/papers.json`: what another tool needs to list, link and search it. */
export const exportedPaperSchema = z.strictObject({
  /** The paper's title, as in the source document (white space folded). */
  title: paperSchema.shape.title,
  /** The method's short name (`LST`), or `null` when the title has none. */
  shortName: z.string().min(1).nullable(),
  /** The paper's identifier; its page is `/papers/<slug>/` below the site's base. */
  slug: paperSchema.shape.slug,
  /** Absolute URL of the paper's page, base path included. */
  url: absoluteUrl,
  /** Topic ids (see `/topics.json`), main topic first. */
  topics: paperSchema.shape.topics,
  /** Ids of the areas of its topics (see `/topics.json`), main topic's first, each once; empty without areas. */
  areas: z.array(areaSchema.shape.id),
  /** Code and project links found in the abstract, in order of appearance. */
  links: paperSchema.shape.links,
  /** The abstract as plain text, as the page shows it: paragraphs separated by a blank line, LaTeX escapes such as `\%` tidied; `''` when the source gives none. */
  abstract: z.string(),
  /** ISO day (`2024-03-14`) the paper was first listed, or `null` when no listing of it has a date. */
  listed: z.iso.date().nullable(),
  /** Author names as written, in order; empty when the source does not say. */
  authors: z.array(z.string().min(1)),
  /** The journal or conference, or `null`. */
  venue: z.string().min(1).nullable(),
  /** Year of publication, or `null`. */
  year: z.number().int().nullable(),
  /** The DOI (`10.1000/xyz`), or `null`. */
  doi: z.string().min(1).nullable(),
  /**
   * The paper as a CSL JSON record, for citeproc and reference managers: the source's fields
   * (a paper of a plain document: its title), `id` the slug, the export's own key as `citation-key`.
   */
  csl: cslItemSchema,
});

/** `/papers.json`: every paper of the collection, in document order. */
export const papersExportSchema = z
  .strictObject({
    /** Format version, {@link exportVersion}. */
    version: z.literal(exportVersion),
    /** Name of the collection. */
    name: atlasSchema.shape.name,
    /** Absolute URL of the site's home page, base path included. */
    home: absoluteUrl,
    /** Number of papers, the length of `papers`. */
    paperCount: atlasSchema.shape.paperCount,
    /** The papers, in the order of the source documents (read in the order given, a folder's files in name order). */
    papers: z.array(exportedPaperSchema),
  })
  .refine((data) => data.paperCount === data.papers.length, { message: 'paperCount must equal the number of papers', path: ['paperCount'] });

/** One topic in `/topics.json`. */
export const exportedTopicSchema = z.strictObject({
  /** The topic's identifier, as used in a paper's `topics`; its page is `/topics/<id>/`. */
  id: topicSchema.shape.id,
  /** Display name, e.g. "Test-time adaptation". */
  name: topicSchema.shape.name,
  /** One line that tells a reader what belongs here. */
  description: topicSchema.shape.description,
  /** Acronyms and synonyms readers may search for (e.g. `TTA`). */
  aliases: topicSchema.shape.aliases,
  /** Absolute URL of the topic's page, base path included. */
  url: absoluteUrl,
  /** Slugs of the papers in this topic, in document order. */
  papers: topicSchema.shape.papers,
  /** Ids of related topics, most papers shared first. */
  related: topicSchema.shape.related,
  /** Id of the topic's area (in `areas`), or `null` when it is in none. */
  area: topicSchema.shape.area,
});

/** One area in `/topics.json`: a group of topics. */
export const exportedAreaSchema = z.strictObject({
  /** The area's identifier, as used in a topic's `area` and a paper's `areas`; its page is `/areas/<id>/`. */
  id: areaSchema.shape.id,
  /** Display name, e.g. "Reinforcement learning". */
  name: areaSchema.shape.name,
  /** One line that tells a reader what the area's topics share. */
  description: areaSchema.shape.description,
  /** Acronyms and synonyms readers may search for (e.g. `RL`). */
  aliases: areaSchema.shape.aliases,
  /** Absolute URL of the area's page, base path included. */
  url: absoluteUrl,
  /** Ids of its topics, in taxonomy order. */
  topics: areaSchema.shape.topics,
  /** Slugs of the papers on any of its topics, in document order, each once. */
  papers: areaSchema.shape.papers,
});

/** `/topics.json`: the taxonomy, in menu order. */
export const topicsExportSchema = z
  .strictObject({
    /** Format version, {@link exportVersion}. */
    version: z.literal(exportVersion),
    /** Name of the collection. */
    name: atlasSchema.shape.name,
    /** Absolute URL of the site's home page, base path included. */
    home: absoluteUrl,
    /** Number of topics, the length of `topics`. */
    topicCount: z.number().int().nonnegative(),
    /** The topics, in the order of the taxonomy file. */
    topics: z.array(exportedTopicSchema),
    /** The areas grouping the topics, in the order of the taxonomy file; empty when it declares none. */
    areas: z.array(exportedAreaSchema),
  })
  .refine((data) => data.topicCount === data.topics.length, { message: 'topicCount must equal the number of topics', path: ['topicCount'] });

/** One paper as exported. */
export type ExportedPaper = z.infer<typeof exportedPaperSchema>;
/** The `/papers.json` document. */
export type PapersExport = z.infer<typeof papersExportSchema>;
/** One topic as exported. */
export type ExportedTopic = z.infer<typeof exportedTopicSchema>;
/** One area as exported. */
export type ExportedArea = z.infer<typeof exportedAreaSchema>;
/** The `/topics.json` document. */
export type TopicsExport = z.infer<typeof topicsExportSchema>;
