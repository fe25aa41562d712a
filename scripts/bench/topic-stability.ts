/** How many automatic topic ids survive ten papers added or removed, made afresh and as a build that keeps the previous build's topics. */
import { readFile } from 'node:fs/promises';
import { assignSlugs } from '../fields/assign-slugs.ts';
import { topicText } from '../fields/topic-text.ts';
import { readListings } from '../read/read-listings.ts';
import { generateDefaults, readSources } from '../pipeline/run-generate.ts';
import { planTopics, type TopicPlan } from '../topics/plan-topics.ts';
import { readTaxonomy } from '../topics/read-taxonomy.ts';
import type { Yardstick } from './measure-topics.ts';

/** One change and the ids it kept. */
export interface StabilityRow {
  change: string;
  /** Kept by planning afresh (`--fresh-topics`). */
  kept: number;
  /** Kept by a build that finds the previous build's topics. */
  buildKept: number;
  of: number;
  lost: string[];
}

/** Adds the bundled document's papers 1–10, 11–20, 41–50 or removes the last ten, and plans again. */
export async function topicStability(yardstick: Yardstick, plan: TopicPlan): Promise<{ rows: StabilityRow[]; lines: string[] }> {
  const { sources } = await readSources(yardstick.sources);
  const document = readListings(sources);
  const titled = document.papers;
  const bundled = readListings([{ file: generateDefaults.source, text: await readFile(generateDefaults.source, 'utf8') }]).papers;
  const taxonomy = await readTaxonomy(yardstick.taxonomy ?? generateDefaults.taxonomy);
  const isDefault = yardstick.taxonomy === undefined;
  const source = { file: yardstick.taxonomy ?? generateDefaults.taxonomy, sha256: 'bench' };
  const changes: Array<[string, typeof titled]> = [
    ['+ bundled 1–10', [...titled, ...bundled.slice(0, 10)]],
    ['+ bundled 11–20', [...titled, ...bundled.slice(10, 20)]],
    ['+ bundled 41–50', [...titled, ...bundled.slice(40, 50)]],
    ['− last 10', titled.slice(0, -10)],
  ];
  const slugsOf = (list: typeof titled): string[] => assignSlugs(list, yardstick.sources[0]!).slugs;
  const previous = { taxonomy: plan.taxonomy, papers: new Set(slugsOf(titled)) };
  const rows = changes.map(([change, changed]): StabilityRow => {
    const texts = changed.map(topicText);
    const ids = new Set(planTopics(texts, taxonomy, { isDefault }).automatic);
    const lost = plan.automatic.filter((slug) => !ids.has(slug));
    const build = new Set(planTopics(texts, taxonomy, { isDefault, source, previous, slugs: slugsOf(changed) }).automatic);
    return { change, kept: plan.automatic.length - lost.length, buildKept: plan.automatic.filter((slug) => build.has(slug)).length, of: plan.automatic.length, lost };
  });
  const lines = rows.map(({ change, kept, of, lost, buildKept }) => `ids kept, ${change.padEnd(16)} build ${buildKept}/${of}; made afresh ${kept}/${of}${lost.length > 0 ? ` (lost ${lost.join(', ')})` : ''}`);
  return { rows, lines };
}
