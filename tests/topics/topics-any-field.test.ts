import { describe, expect, test } from 'vitest';
import { nameCoverage, writtenWords } from '../../scripts/topics/name-coverage.ts';
import { planTopics } from '../../scripts/topics/plan-topics.ts';
import { tokenize } from '../../scripts/text-model/tokenize.ts';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { bundledTaxonomy, iclrPapers } from '../helpers/bundled.ts';
import { broadWords, multiFieldCollection } from '../helpers/multi-field.ts';

// 400 papers on 20 subjects in oncology, ecology, law and geology, built with no --taxonomy.
const { papers, subjectOf } = multiFieldCollection(20);
const plan = planTopics(papers, bundledTaxonomy, { isDefault: true });
const iclr = planTopics(iclrPapers, bundledTaxonomy, { isDefault: true });

/** Each topic (not Other) with its papers' indices. */
function topicsOf(result: typeof plan) {
  return result.taxonomy.topics
    .filter((topic) => topic.slug !== otherTopicSlug)
    .map((topic) => ({ ...topic, members: result.assignments.flatMap((a, i) => (a.topics.includes(topic.slug) ? [i] : [])) }));
}

/** The folded words of a text, as one string to search for runs of words. */
const folded = (text: string): string => ` ${tokenize(text).map((t) => t.term).join(' ')} `;

describe('topics of a collection from four other fields', () => {
  const topics = topicsOf(plan);

  test('are automatic: the bundled taxonomy does not describe it', () => {
    expect(plan.automatic.length).toBeGreaterThanOrEqual(15);
    for (const topic of topics) expect(plan.automatic).toContain(topic.slug);
  });

  test('are named by what most of their papers write', () => {
    const coverage = nameCoverage(papers, topics);
    expect(coverage.weighted).toBeGreaterThanOrEqual(0.65);
    expect(coverage.under30).toBeLessThanOrEqual(Math.floor(0.1 * topics.length));
  });

  test('hold the papers of one subject each, mostly', () => {
    for (const topic of topics) {
      const counts = new Map<string, number>();
      for (const i of topic.members) counts.set(subjectOf[i]!.term, (counts.get(subjectOf[i]!.term) ?? 0) + 1);
      expect(Math.max(...counts.values()) / topic.members.length, topic.name).toBeGreaterThanOrEqual(0.8);
    }
  });

  test('are never a fragment of a longer term the papers write, on the left or the right', () => {
    const texts = papers.map((paper) => folded(`${paper.title}. ${paper.abstract}`));
    for (const topic of topics) {
      const name = folded(topic.name).trim();
      const before = new Map<string, number>();
      const after = new Map<string, number>();
      let uses = 0;
      for (const text of texts) {
        for (let at = text.indexOf(` ${name} `); at >= 0; at = text.indexOf(` ${name} `, at + 1)) {
          uses += 1;
          const left = text.slice(0, at).trim().split(' ').at(-1) ?? '';
          const right = text.slice(at + name.length + 2).trim().split(' ')[0] ?? '';
          before.set(left, (before.get(left) ?? 0) + 1);
          after.set(right, (after.get(right) ?? 0) + 1);
        }
      }
      expect(uses, topic.name).toBeGreaterThan(0);
      // No one word comes before (or after) the name in nearly every use.
      expect(Math.max(...before.values()) / uses, `${topic.name} after "${[...before].sort((a, b) => b[1] - a[1])[0]![0]}"`).toBeLessThan(0.8);
      expect(Math.max(...after.values()) / uses, `${topic.name} before "${[...after].sort((a, b) => b[1] - a[1])[0]![0]}"`).toBeLessThan(0.8);
    }
    // The generated terms that are easy to cut are said whole.
    const names = topics.map((topic) => topic.name.toLowerCase());
    expect(names).toContain('spatially explicit capture-recapture');
    expect(names).toContain('non-small cell lung cancer');
    expect(names.filter((name) => /^(explicit|cell lung|small cell|carlo)\b/.test(name))).toEqual([]);
  });

  test('never name a text artefact: a phrase written between two numbers', () => {
    // `54 center dot 3` is in every oncology abstract.
    const all = [...topics.map((t) => t.name), ...plan.taxonomy.areas.map((a) => a.name)].map((name) => name.toLowerCase());
    expect(all.filter((name) => name.includes('center') || name.includes('dot'))).toEqual([]);
  });

  test('are grouped into areas named by a word most of their papers write', () => {
    expect(plan.taxonomy.areas.length).toBeGreaterThanOrEqual(3);
    for (const area of plan.taxonomy.areas) {
      const members = topics.filter((topic) => topic.area === area.slug);
      expect(members.length, area.name).toBeGreaterThanOrEqual(2);
      // An area's topics come from one field.
      expect(new Set(members.flatMap((topic) => topic.members.map((i) => subjectOf[i]!.field))).size, area.name).toBe(1);
      const papersOfArea = [...new Set(members.flatMap((topic) => topic.members))];
      expect(nameCoverage(papers, [{ ...area, members: papersOfArea }]).weighted, area.name).toBeGreaterThanOrEqual(0.5);
    }
    // The cancers are grouped under cancer: every oncology topic is in it.
    const cancer = plan.taxonomy.areas.find((area) => area.name.toLowerCase() === broadWords['oncology']);
    expect(cancer).toBeDefined();
    const oncology = topics.filter((topic) => subjectOf[topic.members[0]!]!.field === 'oncology');
    expect(oncology.length).toBeGreaterThanOrEqual(5);
    expect(oncology.filter((topic) => topic.area !== cancer!.slug).map((topic) => topic.name)).toEqual([]);
  });

  test('leave at most 5% of the papers in Other', () => {
    expect(plan.assignments.filter((a) => a.topics[0] === otherTopicSlug).length).toBeLessThanOrEqual(0.05 * papers.length);
  });
});

describe('membership', () => {
  test('a paper is on a second or third automatic topic only when it writes that topic’s name', () => {
    for (const result of [plan, iclr]) {
      const names = new Map(result.taxonomy.topics.map((topic) => [topic.slug, topic]));
      const source = result === plan ? papers : iclrPapers;
      // Words run together, so `top-1`, `top 1` and `top1` all write `Top-1`; acronyms as words.
      const joined = (text: string): string => tokenize(text).map((t) => t.term).join('');
      let secondaries = 0;
      result.assignments.forEach((a, i) => {
        for (const slug of a.topics.slice(1)) {
          if (!result.automatic.includes(slug)) continue;
          secondaries += 1;
          const topic = names.get(slug)!;
          const text = `${source[i]!.title} ${source[i]!.abstract}`;
          const words = writtenWords(source[i]!);
          const writes = joined(text).includes(joined(topic.name)) || topic.aliases.some((alias) => words.has(joined(alias)));
          expect(writes, `${topic.name} on paper ${i}`).toBe(true);
        }
      });
      expect(secondaries).toBeGreaterThan(0);
    }
  });

  test('the bundled taxonomy is not used for another field, even where one broad topic matches most papers', () => {
    // Every paper now says `clinical` and `patients`: the biomedical topic claims them all.
    const clinical = papers.map((paper) => ({ ...paper, abstract: `${paper.abstract} Clinical records of patients were reviewed.` }));
    const result = planTopics(clinical, bundledTaxonomy, { isDefault: true });
    expect(result.rule).toMatch(/does not fit/);
    const bundledSlugs = new Set(bundledTaxonomy.topics.map((topic) => topic.slug));
    expect(result.taxonomy.topics.filter((topic) => bundledSlugs.has(topic.slug) && topic.slug !== otherTopicSlug && !result.automatic.includes(topic.slug))).toEqual([]);
  });
});
