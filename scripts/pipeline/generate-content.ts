// pipeline stage: takes the document and taxonomy, gives every file of src/content/, running the stages above (topics here, the text model and map in a worker).
import { areaSchema, type AreaData } from '../../src/schemas/area.ts';
import { atlasSchema, type AtlasData } from '../../src/schemas/atlas.ts';
import { mapSchema } from '../../src/schemas/map.ts';
import { paperSchema, type PaperData } from '../../src/schemas/paper.ts';
import { otherTopicSlug, type Taxonomy } from '../../src/schemas/taxonomy.ts';
import { topicSchema, type TopicData } from '../../src/schemas/topic.ts';
import { assignSlugs } from '../fields/assign-slugs.ts';
import { collectionPeople } from '../fields/collection-people.ts';
import { readerCase } from '../fields/reader-case.ts';
import { areaRecords } from '../topics/area-records.ts';
import { topicText } from '../fields/topic-text.ts';
import { formatTaxonomy } from '../topics/format-taxonomy.ts';
import { makeMap } from '../map/make-map.ts';
import { paperData } from '../fields/paper-data.ts';
import { paperToMdast } from '../write/paper-to-mdast.ts';
import type { Problem } from '../read/problem.ts';
import { readListings, type ReadSummary, type SourceText } from '../read/read-listings.ts';
import { relatedTopics } from '../topics/related-topics.ts';
import { byScore, topicScores } from '../topics/topic-order.ts';
import type { PreviousBuild, TaxonomySource } from '../topics/keep-topics.ts';
import { planTopics } from '../topics/plan-topics.ts';
import { runTextModel } from './run-text-model.ts';
import { searchTerms } from '../search-terms/search-terms.ts';
import { serializeMdx } from '../write/serialize-mdx.ts';

/** What {@link generateContent} needs besides the document's text. */
export interface GenerateOptions {
  /** Path of the document, as shown in messages. */
  file: string;
  /** The document's file name, recorded in `atlas.json`. */
  source: string;
  /** Human name of the collection. */
  name: string;
  /** The validated taxonomy that assigns topics. */
  taxonomy: Taxonomy;
  /** The year of chrome dates that have none, when file names do not say (`--year`). */
  year?: number | undefined;
  /** True when `taxonomy` is the bundled default, not asked for: it is used only for a document it fits. */
  taxonomyIsDefault?: boolean;
  /** The taxonomy file and a hash of its bytes: named in the written taxonomy's header; with it, automatic topics are recorded so the next build can keep them. */
  taxonomySource?: TaxonomySource | undefined;
  /** What the previous build left in the content folder: its automatic topics are kept when they still fit (see keptTopics). */
  previous?: PreviousBuild | undefined;
  /** Told what generation does next, for a long build's progress lines. */
  onStep?: ((detail: string) => void) | undefined;
}

/** Generated content, not yet written anywhere. */
export interface GeneratedContent {
  /** File contents by path relative to the content folder (`papers/<slug>.mdx`, `cite/<slug>.bib`, `topics.json`, `areas.json`, `atlas.json`). */
  files: Map<string, string>;
  papers: PaperData[];
  topics: TopicData[];
  /** The taxonomy's areas that hold topics with papers; empty when it declares none. */
  areas: AreaData[];
  /** Problems worth the user's attention, with line numbers. */
  warnings: Problem[];
  /** What was read: the document's path (or how many documents), abstracts with several paragraphs, repeated listings. */
  read: ReadSummary;
  /** Which rule made the topics, curated and automatic, and how long that took. */
  topicPlan: { rule: string; curated: number; automatic: number; milliseconds: number };
}

/**
 * Turns a source document, or several daily listings, into the site's content: one MDX file per paper, the
 * topics, and collection-wide data. Deterministic: same input, same bytes; it writes
 * nothing, so a document with errors (thrown as `InputError`) changes nothing. The
 * text model (related papers, map) runs in a worker thread while the rest is built.
 */
export async function generateContent(input: string | readonly SourceText[], options: GenerateOptions): Promise<GeneratedContent> {
  const { file, source, name } = options;
  // Every document parsed and dated, papers listed on several days merged into one.
  const document = readListings(typeof input === 'string' ? [{ file, text: input }] : input, { year: options.year });
  const count = document.papers.length.toLocaleString('en');
  options.onStep?.(`read ${count} papers; planning topics while the text model runs in a worker`);
  const model = runTextModel(document.papers.map((paper) => `${paper.title}\n${paper.abstract}`));
  // Until it is awaited below, a failure of the worker must not go unhandled.
  model.catch(() => {});
  // Venues, names and keywords an export gives in capitals, as a reader writes them (the collection's own writing where it has one), for every stage after this.
  const cased = readerCase(document.papers);
  const records = document.papers.map((paper) => (paper.csl === undefined ? paper : { ...paper, csl: cased.csl(paper.csl) }));
  // Curated topics where they apply, automatic topics for the rest (see planTopics), in a worker too.
  // Curated topics where they apply, automatic topics for the rest, the previous build's kept
  // while they fit (see planTopics); on this thread while the text model's worker runs.
  const topicStarted = performance.now();
  const { slugs, warnings: slugWarnings } = assignSlugs(document.papers, file);
  // An export's keywords are evidence of topics like the abstract's words; a paper without an abstract is placed by its title (and keywords) but teaches automatic topics nothing.
  const plan = planTopics(records.map(topicText), options.taxonomy, { isDefault: options.taxonomyIsDefault ?? false, source: options.taxonomySource, previous: options.previous, slugs });
  const { taxonomy } = plan;
  const topicMilliseconds = performance.now() - topicStarted;
  options.onStep?.(`${taxonomy.topics.length.toLocaleString('en')} topics planned; search terms and pages of ${count} papers`);
  // One page per person: variants of a name merged where the collection shows them to be one person.
  const people = collectionPeople(records).byPaper;

  const papers = records.map((paper, index) =>
    validate(
      paperSchema,
      paperData(paper, { slug: slugs[index] as string, order: index + 1, topics: plan.assignments[index]?.topics ?? [otherTopicSlug], listed: paper.listed, people: people[index] ?? [] }),
      `${paper.file}:${paper.line}`,
    ),
  );

  const topicPapers = new Map<string, string[]>(taxonomy.topics.map((topic) => [topic.slug, []]));
  for (const paper of papers) for (const topic of paper.topics) topicPapers.get(topic)?.push(paper.slug);
  // A topic's papers most about it first: by their evidence for it (its name, weighted most, then its phrases).
  const aboutness = topicScores(plan.assignments, papers);
  for (const [slug, list] of topicPapers) if (slug !== otherTopicSlug) list.sort(byScore(aboutness, slug));
  const related = relatedTopics(topicPapers);
  const topics = taxonomy.topics
    .filter((topic) => (topicPapers.get(topic.slug)?.length ?? 0) > 0)
    .map((topic, order) =>
      validate(
        topicSchema,
        {
          id: topic.slug,
          name: topic.name,
          description: topic.description,
          aliases: topic.aliases,
          papers: topicPapers.get(topic.slug) ?? [],
          related: related[topic.slug] ?? [],
          area: topic.area ?? null,
          order,
        },
        `topic ${topic.slug}`,
      ),
    );

  const paperOrder = new Map(papers.map((paper) => [paper.slug, paper.order]));
  const areas = areaRecords(taxonomy.areas, topics, paperOrder, aboutness).map((area) => validate(areaSchema, area, `area ${area.id}`));

  // An area's aliases (`RL`) find the papers of all its topics, as a topic's find its own.
  const areaAliases = new Map(areas.map((area) => [area.id, area.aliases]));
  const extraTerms = searchTerms(
    document.papers.map((paper, index) => ({ ...paper, topics: (papers[index]?.topics ?? []).filter((id) => id !== otherTopicSlug) })),
    topics.map((topic) => (topic.area === null ? topic : { ...topic, aliases: [...topic.aliases, ...(areaAliases.get(topic.area) ?? [])] })),
  );
  const banner = `Generated by Paper Atlas from ${source} (\`npm run generate\`). Do not edit: edit the source document and rebuild.`;
  const files = new Map<string, string>();
  papers.forEach((paper, index) => {
    files.set(`papers/${paper.slug}.mdx`, serializeMdx(paperToMdast(paper, document.papers[index]?.paragraphs ?? [], banner)));
    // The BibTeX entry as a file, copied to /papers/<slug>/cite.bib after the build (src/integrations/citation-files.ts).
    files.set(`cite/${paper.slug}.bib`, `${paper.cite.bibtex}\n`);
  });
  files.set('topics.json', `${JSON.stringify(topics, null, 2)}\n`);
  // Always written, `[]` without areas: the site's content collection reads it either way.
  files.set('areas.json', `${JSON.stringify(areas, null, 2)}\n`);
  files.set(
    'taxonomy.yaml',
    formatTaxonomy(taxonomy, [
      `The topics Paper Atlas used for ${source}: ${taxonomy.made?.rule ?? plan.rule}.`,
      `Started from ${taxonomy.made?.from ?? options.taxonomySource?.file ?? 'the taxonomy given'}. Edit names, descriptions, aliases and evidence,`,
      'then build with --taxonomy <this file>: the same document gives the same topics.',
    ]),
  );

  options.onStep?.('waiting for the text model (related papers, map)');
  const { related: neighbours, points } = await model;
  const atlas: AtlasData = validate(
    atlasSchema,
    {
      name,
      source,
      ...(document.listingDate === undefined ? {} : { listingDate: document.listingDate }),
      paperCount: papers.length,
      related: Object.fromEntries(papers.map((paper, index) => [paper.slug, (neighbours[index] ?? []).map((other) => slugs[other] as string)])),
      searchTerms: Object.fromEntries(papers.map((paper, index) => [paper.slug, extraTerms[index] ?? []])),
      ...(papers.some((paper) => paper.listed !== undefined)
        ? { listed: Object.fromEntries(papers.flatMap((paper) => (paper.listed === undefined ? [] : [[paper.slug, paper.listed]]))) }
        : {}),
    },
    'atlas.json',
  );

  files.set('atlas.json', `${JSON.stringify(atlas, null, 2)}\n`);
  files.set('map.json', `${JSON.stringify(validate(mapSchema, makeMap(points, papers, topics), 'map.json'))}\n`);

  const automaticIds = new Set(plan.automatic);
  return {
    files,
    papers,
    topics,
    areas,
    warnings: [...document.warnings, ...slugWarnings],
    read: {
      file: document.documents === 1 ? file : `${document.documents} documents`,
      multiParagraphAbstracts: document.multiParagraphAbstracts,
      repeats: document.repeats,
      formats: document.formats,
    },
    topicPlan: {
      rule: plan.rule,
      curated: topics.filter((topic) => !automaticIds.has(topic.id) && topic.id !== otherTopicSlug).length,
      automatic: topics.filter((topic) => automaticIds.has(topic.id)).length,
      milliseconds: topicMilliseconds,
    },
  };
}

/** Parses data with a schema; a failure here is a bug in the generator, so it names what failed. */
function validate<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${where}: generated data does not match its schema: ${result.error.message}`);
  return result.data;
}
