import { describe, expect, test } from 'vitest';
import { topicText } from '../../scripts/fields/topic-text.ts';

describe('topicText', () => {
  test('an export’s keywords follow the abstract as evidence', () => {
    const paper = { title: 'T', paragraphs: ['An abstract.'], abstract: 'An abstract.', line: 1, csl: { type: 'article', keyword: 'graph neural networks; hyperbolic geometry' } };
    expect(topicText(paper)).toEqual({ title: 'T', abstract: 'An abstract.\n\ngraph neural networks. hyperbolic geometry.', learn: true });
  });

  test('a paper without an abstract is placed but does not learn; a plain paper is as it was', () => {
    expect(topicText({ title: 'T', paragraphs: [], abstract: '', line: 1, csl: { type: 'article' } }).learn).toBe(false);
    expect(topicText({ title: 'T', paragraphs: ['A.'], abstract: 'A.', line: 1 })).toEqual({ title: 'T', abstract: 'A.', learn: true });
  });
});
