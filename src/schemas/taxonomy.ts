import { z } from 'astro/zod';

/** Slug of the topic that collects papers no other topic claims. */
export const otherTopicSlug = 'other';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. `test-time-adaptation`');

/** One concept that puts a paper in a topic, with the ways people write it. */
export const evidenceSchema = z.strictObject({
  /** Ways to write the concept; matching ignores case, hyphens vs spaces (`fine-tuning` = `fine tuning` = `finetuning`) and plurals, and only matches whole words. */
  phrases: z.array(z.string().trim().min(1)).min(1),
  /** How much one mention of the concept counts; a title mention counts `titleWeight` times as much. */
  weight: z.number().positive().max(100),
});

/** One topic of a taxonomy file, as written by a person. */
export const taxonomyTopicSchema = z.strictObject({
  /** URL-safe identifier; becomes the topic's `id` and its page `/topics/<slug>/`. */
  slug,
  /** Display name, e.g. "Test-time adaptation". */
  name: z.string().trim().min(1),
  /** One line that tells a reader what belongs here. */
  description: z.string().trim().min(1),
  /** Acronyms and synonyms readers type into search (`TTA`, `test time training`); indexed for search, not used for assignment. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Evidence that assigns a paper to this topic; empty only for the `other` topic. */
  evidence: z.array(evidenceSchema).default([]),
  /** Score a paper needs to join this topic; overrides the taxonomy-wide `threshold`. */
  threshold: z.number().positive().optional(),
  /**
   * Largest share of the document's papers this topic may hold (0.15: 15%). When more
   * qualify, it keeps those with the strongest evidence; the others keep their other
   * topics, or move to their next-best topic with room.
   */
  maxShare: z.number().positive().max(1).optional(),
  /** Slug of the area (one of the taxonomy's `areas`) this topic sits under; none: the topic is shown after the areas. */
  area: slug.optional(),
});

/** One area of a taxonomy file: a group of topics, shown above them in menus and with a page of its own. */
export const taxonomyAreaSchema = z.strictObject({
  /** URL-safe identifier; the area's page is `/areas/<slug>/`, and topics name it in their `area`. */
  slug,
  /** Display name, e.g. "Reinforcement learning". */
  name: z.string().trim().min(1),
  /** One line that tells a reader what the area's topics share. */
  description: z.string().trim().min(1),
  /** Acronyms and synonyms readers type into search (`RL`). */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/** How evidence scores turn into topics. */
export const assignmentSettingsSchema = z.strictObject({
  /** Score a paper needs to join a topic; 3.5 means one abstract mention of a weight-3 phrase is not enough. */
  threshold: z.number().positive().default(3.5),
  /** A phrase in the title counts this many times one in the abstract. */
  titleWeight: z.number().positive().default(3),
  /** Most topics per paper. */
  maxTopics: z.number().int().min(1).default(4),
  /** A secondary topic needs at least this fraction of the main topic's score. */
  relativeCutoff: z.number().min(0).max(1).default(0.25),
  /**
   * Where a paper goes when no topic reaches its threshold: `other`, or `nearest`, the
   * topic with the highest score (any evidence at all); a paper with none stays in Other.
   */
  unclaimed: z.enum(['other', 'nearest']).default('other'),
  /** With `unclaimed: nearest`, the score the best topic needs to take the paper; below it, the paper goes to Other. */
  nearestMinimum: z.number().nonnegative().default(0),
  /** A second or third topic needs its first evidence entry (for automatic topics, its name) in the paper, not only a high score. */
  secondaryNeedsName: z.boolean().default(false),
});

/** A taxonomy file (`src/data/taxonomy.yaml`): settings, areas and topics, in menu order. */
export const taxonomySchema = z
  .strictObject({
    /** How evidence scores turn into topics; every field has a default. */
    assignment: assignmentSettingsSchema.default({
      threshold: 3.5,
      titleWeight: 3,
      maxTopics: 4,
      relativeCutoff: 0.25,
      unclaimed: 'other',
      nearestMinimum: 0,
      secondaryNeedsName: false,
    }),
    /**
     * Cluster the papers no topic claims into automatic topics when there are enough of
     * them (more than 5% of the papers and at least 20). A taxonomy the build wrote says
     * `false`: it already holds its automatic topics.
     */
    automaticTopics: z.boolean().default(true),
    /** Areas that group the topics, in the order menus show them; none: topics are one flat list. */
    areas: z.array(taxonomyAreaSchema).default([]),
    /** The topics, in the order menus show them. */
    topics: z.array(taxonomyTopicSchema).min(1),
    /**
     * Written by the build when it made automatic topics, not by people: the taxonomy file
     * it started from (and that file's SHA-256), how many papers the topics were made from,
     * which topics are automatic and the rule that made them. The next build from the same,
     * unchanged file keeps these topics while at most 10% of the papers have come or gone.
     */
    made: z
      .strictObject({
        from: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64 hex digits of a SHA-256'),
        papers: z.number().int().nonnegative(),
        automatic: z.array(slug),
        rule: z.string(),
      })
      .optional(),
  })
  .superRefine((taxonomy, context) => {
    checkAreas(taxonomy, context);
    const seen = new Map<string, number>();
    taxonomy.topics.forEach((topic, index) => {
      const first = seen.get(topic.slug);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['topics', index, 'slug'],
          message: `duplicate slug "${topic.slug}" (also topic ${first + 1}); give each topic its own slug`,
        });
      }
      seen.set(topic.slug, index);
      if (topic.slug === otherTopicSlug && topic.evidence.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['topics', index, 'evidence'],
          message: `the "${otherTopicSlug}" topic collects papers no other topic claims, so it takes no evidence; remove its evidence`,
        });
      }
      if (topic.slug !== otherTopicSlug && topic.evidence.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['topics', index, 'evidence'],
          message: `topic "${topic.slug}" has no evidence, so no paper can join it; add phrases with weights`,
        });
      }
    });
  });

/**
 * Adds an issue for each area problem: a slug used twice, a topic naming an area that is not
 * declared, an area no topic names, and an area on the `other` topic (the remainder belongs to none).
 */
function checkAreas(
  taxonomy: { areas: ReadonlyArray<{ slug: string }>; topics: ReadonlyArray<{ slug: string; area?: string | undefined }> },
  context: z.core.$RefinementCtx,
): void {
  const declared = new Map<string, number>();
  taxonomy.areas.forEach((area, index) => {
    const first = declared.get(area.slug);
    if (first !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['areas', index, 'slug'],
        message: `duplicate area slug "${area.slug}" (also area ${first + 1}); give each area its own slug`,
      });
    } else declared.set(area.slug, index);
  });
  const used = new Set<string>();
  taxonomy.topics.forEach((topic, index) => {
    if (topic.area === undefined) return;
    if (topic.slug === otherTopicSlug) {
      context.addIssue({
        code: 'custom',
        path: ['topics', index, 'area'],
        message: `the "${otherTopicSlug}" topic collects papers no other topic claims, so it belongs to no area; remove its area`,
      });
      return;
    }
    used.add(topic.area);
    if (!declared.has(topic.area)) {
      context.addIssue({
        code: 'custom',
        path: ['topics', index, 'area'],
        message: `topic "${topic.slug}" names area "${topic.area}", which is not in \`areas\`; add it or remove the topic's area`,
      });
    }
  });
  for (const [slug, index] of declared) {
    if (used.has(slug)) continue;
    context.addIssue({
      code: 'custom',
      path: ['areas', index],
      message: `area "${slug}" has no topics; give some topics \`area: ${slug}\` or remove the area`,
    });
  }
}

/** A taxonomy file as written (defaults optional). */
export type TaxonomyInput = z.input<typeof taxonomySchema>;
/** A validated taxonomy, defaults filled in. */
export type Taxonomy = z.output<typeof taxonomySchema>;
/** One validated area. */
export type TaxonomyArea = z.output<typeof taxonomyAreaSchema>;
/** One validated topic. */
export type TaxonomyTopic = z.output<typeof taxonomyTopicSchema>;
/** One validated evidence entry. */
export type Evidence = z.output<typeof evidenceSchema>;
/** Validated assignment settings. */
export type AssignmentSettings = z.output<typeof assignmentSettingsSchema>;
