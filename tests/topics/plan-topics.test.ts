import { describe, expect, test } from 'vitest';
import { planTopics } from '../../scripts/topics/plan-topics.ts';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { bundledTaxonomy, iclrPapers } from '../helpers/bundled.ts';

describe('planTopics with papers that have no abstract', () => {
  test('papers that may not learn make no automatic topics', () => {
    const plan = planTopics(iclrPapers.map((paper) => ({ ...paper, learn: false })), bundledTaxonomy, { isDefault: true });
    expect(plan.automatic).toEqual([]);
    expect(plan.assignments.every((assignment) => assignment.topics[0] === otherTopicSlug)).toBe(true);
  });

  test('titles alone are placed in the topics the other papers make', () => {
    const papers = iclrPapers.map((paper, i) => (i % 2 === 0 ? paper : { title: paper.title, abstract: '', learn: false }));
    const plan = planTopics(papers, bundledTaxonomy, { isDefault: true });
    expect(plan.automatic.length).toBeGreaterThan(10);
    const titleOnly = plan.assignments.filter((_, i) => i % 2 === 1);
    expect(titleOnly.filter((assignment) => assignment.topics[0] !== otherTopicSlug).length).toBeGreaterThan(titleOnly.length / 2);
  });
});
