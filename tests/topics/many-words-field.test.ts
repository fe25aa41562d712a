import { describe, expect, test } from 'vitest';
import { planTopics } from '../../scripts/topics/plan-topics.ts';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { bundledTaxonomy } from '../helpers/bundled.ts';
import { manyWordsField } from '../helpers/many-words-field.ts';

// 480 papers on 12 subjects of one field, each subject written with four names and 24 words of its own.
const { papers, subjectOf } = manyWordsField();
const plan = planTopics(papers, bundledTaxonomy, { isDefault: true });
const topics = plan.taxonomy.topics
  .filter((topic) => topic.slug !== otherTopicSlug)
  .map((topic) => ({ ...topic, members: plan.assignments.flatMap((a, i) => (a.topics[0] === topic.slug ? [i] : [])) }));

describe('a field whose papers write many different words for each subject', () => {
  test('is sorted: at most 5% of the papers in Other', () => {
    expect(plan.assignments.filter((a) => a.topics[0] === otherTopicSlug).length).toBeLessThanOrEqual(0.05 * papers.length);
  });

  test("each topic holds one subject's papers, mostly", () => {
    let kept = 0;
    for (const topic of topics) {
      const counts = new Map<number, number>();
      for (const i of topic.members) counts.set(subjectOf[i]!, (counts.get(subjectOf[i]!) ?? 0) + 1);
      kept += Math.max(0, ...counts.values());
    }
    expect(kept / papers.length).toBeGreaterThanOrEqual(0.9);
  });

  test('with 20 topics or more, every topic is in one of 5 to 15 areas, of two topics or more', () => {
    expect(topics.length).toBeGreaterThanOrEqual(20);
    expect(plan.taxonomy.areas.length).toBeGreaterThanOrEqual(5);
    expect(plan.taxonomy.areas.length).toBeLessThanOrEqual(15);
    expect(topics.filter((topic) => topic.area === undefined).map((topic) => topic.name)).toEqual([]);
    for (const area of plan.taxonomy.areas) expect(topics.filter((topic) => topic.area === area.slug).length, area.name).toBeGreaterThanOrEqual(2);
  });
});
