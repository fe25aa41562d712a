// topics stage: takes papers and a taxonomy (or none), gives each paper's topics, curated where they fit and automatic for the rest, the related topics and the taxonomy used; explains them.
import { otherTopicSlug, type Taxonomy } from '../../src/schemas/taxonomy.ts';
import { assignTopics, type TopicAssignment } from './assign-topics.ts';
import { automaticTopics, nameWeight } from './automatic-topics.ts';
import { describeArea } from './find-areas.ts';
import { preparedSubset, preparePapers } from './collection-phrases.ts';
import { keptTopics, type PreviousBuild, type TaxonomySource } from './keep-topics.ts';
import type { EncodedPapers } from './encode-papers.ts';
import { nameCoverage } from './name-coverage.ts';

/** A paper as topics see it; `learn: false` (a paper without an abstract) is placed by its evidence but left out of making automatic topics. */
export type TopicPaper = { title: string; abstract: string; learn?: boolean };

/** Where a taxonomy comes from, and what the previous build left. */
export interface PlanTopicsOptions {
  /** True when the taxonomy is the default one, not asked for: then it is used only if it fits. */
  isDefault: boolean;
  /**
   * The taxonomy file and a hash of its bytes: with it, automatic topics are recorded in the
   * taxonomy (`made`), and those of `previous` are kept while they fit (see keptTopics).
   */
  source?: TaxonomySource | undefined;
  /** What the previous build left: its taxonomy and papers. */
  previous?: PreviousBuild | undefined;
  /** The papers' slugs, to compare with the previous build's (needed with `previous`). */
  slugs?: readonly string[] | undefined;
}

/** The taxonomy a build uses and the topics it gives each paper. */
export interface TopicPlan {
  /** Curated topics that apply, then automatic topics (alphabetical), then Other. */
  taxonomy: Taxonomy;
  /** Topics of each paper, main first, with the evidence behind them. */
  assignments: TopicAssignment[];
  /** Slugs of the automatic topics (also those a taxonomy the build wrote says are automatic). */
  automatic: string[];
  /** One line saying which rule made the taxonomy, or that the previous build's topics were kept. */
  rule: string;
}

/** Largest share of the papers an automatic topic may hold. */
const largestShare = 0.15;
/**
 * Relative cutoff of secondary topics in a fully automatic taxonomy: a paper joins every
 * topic whose evidence is at least half its main topic's (automatic topics are narrower
 * than curated ones, and a paper on two of them belongs in both).
 */
const automaticCutoff = 0.5;
/** Evidence a paper that writes no topic's name needs to join its nearest topic: one abstract mention of a weight-2 phrase. */
const nearestMinimum = 2;
/** Share of the papers a default taxonomy must claim to be used for a document. */
const fitShare = 0.5;
/** Unclaimed papers worth automatic topics: more than this share of the papers… */
const remainderShare = 0.05;
/** …and at least this many. */
const remainderMinimum = 20;

/**
 * Decides the topics of a document. Curated topics win where they apply; automatic
 * topics cover the rest:
 * - the default (bundled) taxonomy is used only for a document it fits: when its topics
 *   claim at least half of the papers even without the topic that is main for most of them
 *   (one umbrella topic is no fit); otherwise every topic is automatic;
 * - a taxonomy may be partial: when the papers no topic claims are more than 5% of the
 *   document and at least 20, they are clustered into automatic topics added after the
 *   curated ones (unless the taxonomy says `automaticTopics: false`);
 * - with automatic topics, a paper no topic claims joins its best-scoring topic
 *   (`unclaimed: nearest`), so Other keeps only papers no topic's evidence touches.
 * - given the taxonomy file (`source`), automatic topics are recorded in the taxonomy, and
 *   the previous build's are kept while they fit (see keptTopics).
 * The result is a complete taxonomy: written out and passed back, it gives the same topics.
 */
export function planTopics(papers: ReadonlyArray<TopicPaper>, curated: Taxonomy, options: PlanTopicsOptions): TopicPlan {
  const { source } = options;
  // The previous build's automatic topics, kept while about the same papers are built from the same taxonomy.
  const kept = source === undefined ? undefined : keptTopics(options.previous, source, options.slugs ?? []);
  if (kept !== undefined) return { ...decide(papers, kept.taxonomy, false), automatic: kept.taxonomy.made?.automatic ?? [], rule: kept.note };
  const plan = decide(papers, curated, options.isDefault);
  // Automatic topics are recorded with what made them, so the next build can keep them.
  if (plan.automatic.length > 0 && source !== undefined) {
    const made = { from: source.file, sha256: source.sha256, papers: papers.length, automatic: plan.automatic, rule: plan.rule };
    return { ...plan, taxonomy: { ...plan.taxonomy, made } };
  }
  return plan.automatic.length > 0 ? plan : { ...plan, automatic: plan.taxonomy.made?.automatic ?? [] };
}

/** The topics of a document from one taxonomy: {@link planTopics} without what earlier builds left. */
function decide(papers: ReadonlyArray<TopicPaper>, curated: Taxonomy, isDefault: boolean): TopicPlan {
  // Read every paper once: the curated check, the clustering and the final assignment share it.
  const prepared = preparePapers(papers);
  const assignments = assignTopics(papers, curated, prepared.encoded);
  const unclaimed = assignments.flatMap((a, i) => (a.topics[0] === otherTopicSlug ? [i] : []));
  const claimedShare = papers.length === 0 ? 1 : 1 - unclaimed.length / papers.length;
  // One broad topic (`biomedical applications` on a medical collection) is no sign that the
  // taxonomy describes a document: without the topic that is main for most papers, the rest
  // must still claim half of them.
  const mains = new Map<string, number>();
  for (const a of assignments) if (a.topics[0] !== otherTopicSlug) mains.set(a.topics[0]!, (mains.get(a.topics[0]!) ?? 0) + 1);
  const broadest = Math.max(0, ...mains.values());
  const spreadShare = papers.length === 0 ? 1 : claimedShare - broadest / papers.length;
  const fits = !isDefault || spreadShare >= fitShare;
  const wanted = curated.automaticTopics && unclaimed.length > remainderShare * papers.length && unclaimed.length >= remainderMinimum;
  const percent = `${Math.round(100 * claimedShare)}%`;
  if (fits && !wanted) {
    return { taxonomy: curated, assignments, automatic: [], rule: `curated topics: the taxonomy's topics claim ${percent} of the papers` };
  }

  const kept = fits ? curated.topics.filter((topic) => topic.slug !== otherTopicSlug) : [];
  const other = curated.topics.find((topic) => topic.slug === otherTopicSlug)!;
  const learners = (fits ? unclaimed : papers.map((_, i) => i)).filter((i) => papers[i]!.learn !== false);
  const pool = learners.map((i) => papers[i]!);
  const taken = new Set([...kept.map((topic) => topic.slug), otherTopicSlug]);
  // No automatic topic holds more than 15% of the papers: the rule is written into each.
  // A paper reaches an automatic topic's threshold by writing its name (or by much of its leading evidence).
  const made = automaticTopics(pool, { taken, prepared: learners.length === papers.length ? prepared : preparedSubset(prepared, learners) });
  // Automatic areas get slugs no curated area has.
  const curatedAreas = fits ? curated.areas : [];
  const areaTaken = new Set(curatedAreas.map((area) => area.slug));
  const renamed = new Map(made.areas.map((area) => [area.slug, uniqueSlug(area.slug, areaTaken)]));
  const found = made.topics.map((topic) => ({
    ...topic,
    threshold: nameWeight,
    maxShare: largestShare,
    ...(topic.area === undefined ? {} : { area: renamed.get(topic.area)! }),
  }));
  const taxonomy: Taxonomy = {
    ...curated,
    areas: [...curatedAreas, ...made.areas.map((area) => ({ ...area, slug: renamed.get(area.slug)! }))],
    // Written back out, the taxonomy already holds its automatic topics: no second round.
    automaticTopics: false,
    // A paper that writes no topic's name goes to the topic its other evidence favours, if it has
    // at least one mention of a leading phrase (weight 2 or more); with less, to Other. A second
    // or third topic only where the paper writes its name (and, with automatic topics only, has
    // half its main topic's score).
    assignment: fits
      ? { ...curated.assignment, unclaimed: 'nearest', nearestMinimum, secondaryNeedsName: true }
      : { ...curated.assignment, relativeCutoff: automaticCutoff, unclaimed: 'nearest', nearestMinimum, secondaryNeedsName: true },
    topics: [...kept, ...found, other],
  };
  const rule = fits
    ? `curated topics claim ${percent} of the papers; the ${unclaimed.length} papers they leave make ${found.length} automatic topics`
    : `automatic topics: the default taxonomy claims ${percent} of the papers, ${Math.round(100 * spreadShare)}% without its broadest topic, so it does not fit this document (pass --taxonomy to use it anyway)`;
  const named = withoutWeakTopics(papers, taxonomy, prepared.encoded, new Set(found.map((topic) => topic.slug)));
  const automatic = found.map((topic) => topic.slug).filter((slug) => named.taxonomy.topics.some((topic) => topic.slug === slug));
  const areas = describeAreas(named.taxonomy, named.assignments, new Set(renamed.values()));
  return { taxonomy: { ...named.taxonomy, areas }, assignments: named.assignments, automatic, rule };
}

/**
 * Assigns the papers, then removes the automatic topics whose name fewer than 30% of their
 * papers write: such a topic is no topic, and its papers go to their next one. Removing one
 * moves papers to others, which may fall under in turn: three rounds at most.
 */
function withoutWeakTopics(papers: ReadonlyArray<TopicPaper>, taxonomy: Taxonomy, encoded: EncodedPapers, automatic: ReadonlySet<string>): { taxonomy: Taxonomy; assignments: TopicAssignment[] } {
  const words = wordsOf(encoded);
  let assignments = assignTopics(papers, taxonomy, encoded);
  for (let round = 0; round < 3; round += 1) {
    const weak = weakTopics(words, taxonomy, assignments, automatic);
    if (weak.size === 0) break;
    taxonomy = withoutTopics(taxonomy, weak);
    assignments = assignTopics(papers, taxonomy, encoded);
  }
  return { taxonomy: rehomed(taxonomy, assignments, automatic), assignments };
}

/**
 * The taxonomy with each automatic topic an area dissolved under (its other topics were weak)
 * placed in the area whose topics share the most papers with it (then the most evidence
 * phrases; ties: the first area), so that with areas every topic is in one.
 */
function rehomed(taxonomy: Taxonomy, assignments: readonly TopicAssignment[], automatic: ReadonlySet<string>): Taxonomy {
  const areaOf = new Map(taxonomy.topics.flatMap((topic) => (topic.area === undefined ? [] : [[topic.slug, topic.area] as const])));
  const homeless = taxonomy.topics.filter((topic) => automatic.has(topic.slug) && topic.area === undefined);
  if (areaOf.size === 0 || homeless.length === 0) return taxonomy;
  const phrasesOf = (topic: Taxonomy['topics'][number]): Set<string> => new Set(topic.evidence.flatMap((entry) => entry.phrases));
  const home = new Map<string, string>();
  for (const topic of homeless) {
    const shared = new Map<string, [number, number]>(taxonomy.areas.map((area) => [area.slug, [0, 0]]));
    for (const a of assignments) {
      if (!a.topics.includes(topic.slug)) continue;
      for (const area of new Set(a.topics.flatMap((slug) => areaOf.get(slug) ?? []))) shared.get(area)![0] += 1;
    }
    const own = phrasesOf(topic);
    for (const other of taxonomy.topics) {
      const area = areaOf.get(other.slug);
      if (area !== undefined) shared.get(area)![1] += [...phrasesOf(other)].filter((phrase) => own.has(phrase)).length;
    }
    const [best] = [...shared].sort(([, a], [, b]) => b[0] - a[0] || b[1] - a[1]);
    if (best !== undefined) home.set(topic.slug, best[0]);
  }
  return { ...taxonomy, topics: taxonomy.topics.map((topic) => (home.has(topic.slug) ? { ...topic, area: home.get(topic.slug)! } : topic)) };
}

/** The taxonomy's areas, those made here (`made`) described by the topics they hold in the end, largest first. */
function describeAreas(taxonomy: Taxonomy, assignments: readonly TopicAssignment[], made: ReadonlySet<string>): Taxonomy['areas'] {
  const sizes = new Map<string, number>();
  for (const a of assignments) for (const slug of a.topics) sizes.set(slug, (sizes.get(slug) ?? 0) + 1);
  return taxonomy.areas.map((area) => {
    if (!made.has(area.slug)) return area;
    const held = taxonomy.topics
      .filter((topic) => topic.area === area.slug)
      .sort((a, b) => (sizes.get(b.slug) ?? 0) - (sizes.get(a.slug) ?? 0) || a.name.localeCompare(b.name, 'en'));
    return { ...area, description: describeArea(area.name, held.map((topic) => topic.name)) };
  });
}

/** Least share of a topic's papers that must write its name (see {@link nameCoverage}). */
const leastCoverage = 0.3;

/** The automatic topics fewer than 30% of whose papers write their name (or an acronym alias). */
function weakTopics(papers: ReadonlyArray<ReadonlySet<string>>, taxonomy: Taxonomy, assignments: readonly TopicAssignment[], automatic: ReadonlySet<string>): Set<string> {
  const groups = taxonomy.topics
    .filter((topic) => automatic.has(topic.slug))
    .map((topic) => ({ slug: topic.slug, name: topic.name, aliases: topic.aliases, members: assignments.flatMap((a, i) => (a.topics.includes(topic.slug) ? [i] : [])) }));
  const { groups: measured } = nameCoverage(papers, groups);
  return new Set(groups.filter((group, g) => group.members.length === 0 || measured[g]!.coverage < leastCoverage).map((group) => group.slug));
}

/** Each paper's words, from the papers as already read (as writtenWords in name-coverage.ts gives them). */
function wordsOf(encoded: EncodedPapers): Array<Set<string>> {
  return encoded.titles.map((title, i) => {
    const words = new Set<string>();
    for (const ids of [title, encoded.abstracts[i]!]) for (const id of ids) if (id >= 0) words.add(encoded.terms[id]!);
    return words;
  });
}

/** The taxonomy less some topics; an area left with fewer than two topics is dissolved. */
function withoutTopics(taxonomy: Taxonomy, removed: ReadonlySet<string>): Taxonomy {
  const topics = taxonomy.topics.filter((topic) => !removed.has(topic.slug));
  const sizes = new Map<string, number>();
  for (const topic of topics) if (topic.area !== undefined) sizes.set(topic.area, (sizes.get(topic.area) ?? 0) + 1);
  const kept = new Set([...sizes].filter(([, size]) => size >= 2).map(([slug]) => slug));
  return {
    ...taxonomy,
    areas: taxonomy.areas.filter((area) => kept.has(area.slug)),
    topics: topics.map((topic) => (topic.area === undefined || kept.has(topic.area) ? topic : withoutArea(topic))),
  };
}

function withoutArea<T extends { area?: string | undefined }>(topic: T): T {
  const { area: _area, ...rest } = topic;
  return rest as T;
}

/** `slug`, or `slug-2`, `slug-3` … the first not taken; marks it taken. */
function uniqueSlug(slug: string, taken: Set<string>): string {
  let unique = slug;
  for (let k = 2; taken.has(unique); k += 1) unique = `${slug}-${k}`;
  taken.add(unique);
  return unique;
}
