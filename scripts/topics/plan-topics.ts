// topics stage: takes papers and a taxonomy (or none), gives each paper's topics, curated where they fit and automatic for the rest, the related topics and the taxonomy used; explains them.
import { otherTopicSlug, type Taxonomy } from '../../src/schemas/taxonomy.ts';
import { assignTopics, type TopicAssignment } from './assign-topics.ts';
import { automaticTopics } from './automatic-topics.ts';
import { preparedSubset, preparePapers } from './collection-phrases.ts';
import { keptTopics, type PreviousBuild, type TaxonomySource } from './keep-topics.ts';

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
 *   claim at least half of the papers; otherwise every topic is automatic;
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
  const fits = !isDefault || claimedShare >= fitShare;
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
  const found = automaticTopics(pool, { taken, prepared: learners.length === papers.length ? prepared : preparedSubset(prepared, learners) }).topics.map((topic) => ({ ...topic, maxShare: largestShare }));
  const taxonomy: Taxonomy = {
    ...curated,
    // Written back out, the taxonomy already holds its automatic topics: no second round.
    automaticTopics: false,
    // A paper joins every automatic topic with at least half its main topic's evidence.
    assignment: fits ? { ...curated.assignment, unclaimed: 'nearest' } : { ...curated.assignment, relativeCutoff: automaticCutoff, unclaimed: 'nearest' },
    topics: [...kept, ...found, other],
  };
  const rule = fits
    ? `curated topics claim ${percent} of the papers; the ${unclaimed.length} papers they leave make ${found.length} automatic topics`
    : `automatic topics: the default taxonomy claims only ${percent} of the papers, so it does not fit this document (pass --taxonomy to use it anyway)`;
  const automatic = found.map((topic) => topic.slug);
  return { taxonomy, assignments: assignTopics(papers, taxonomy, prepared.encoded), automatic, rule };
}
