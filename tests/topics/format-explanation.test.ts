import { expect, test } from 'vitest';
import { assignTopics } from '../../scripts/topics/assign-topics.ts';
import { formatExplanation } from '../../scripts/topics/format-explanation.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';

const taxonomy = taxonomySchema.parse({
  assignment: { threshold: 3, titleWeight: 3, maxTopics: 1, relativeCutoff: 0.2 },
  topics: [
    { slug: 'tta', name: 'Test-time adaptation', description: 'TTA.', evidence: [{ phrases: ['test-time adaptation', 'TTA'], weight: 3 }] },
    { slug: 'da', name: 'Domain adaptation', description: 'DA.', evidence: [{ phrases: ['target domain'], weight: 1 }] },
    { slug: 'cl', name: 'Continual learning', description: 'CL.', evidence: [{ phrases: ['continual learning'], weight: 3 }] },
    { slug: 'other', name: 'Other', description: 'The rest.' },
  ],
});

test('shows each topic with its score, verdict and the arithmetic of each phrase', () => {
  const paper = { title: 'CAFA: Test-Time Adaptation', abstract: 'TTA adapts to the target domain. TTA again, and continual learning.', line: 12 };
  const [assignment] = assignTopics([paper], taxonomy);
  expect(formatExplanation(paper, assignment!, taxonomy)).toBe(
    [
      'CAFA: Test-Time Adaptation  (line 12)',
      '  topics: tta',
      '  + tta (Test-time adaptation): 14.08, main topic (needs 3)',
      '      "test-time adaptation", "TTA": weight 3 × (title ×3 + abstract (1 + ln 2)) = 14.08',
      '  - cl (Continual learning): 3, over max topics (only 1 topics per paper)',
      '      "continual learning": weight 3 × (abstract 1) = 3',
      '  - da (Domain adaptation): 1, below threshold (needs 3)',
      '      "target domain": weight 1 × (abstract 1) = 1',
    ].join('\n'),
  );
});

test('explains a relative cutoff against the main score', () => {
  const loose = taxonomySchema.parse({ ...taxonomy, assignment: { ...taxonomy.assignment, maxTopics: 4 } });
  const paper = { title: 'Test-time adaptation', abstract: 'TTA TTA TTA and continual learning.' };
  const [assignment] = assignTopics([paper], loose);
  expect(formatExplanation(paper, assignment!, loose)).toContain('  - cl (Continual learning): 3, below relative cutoff (needs 3.06 = 0.2 × main 15.3)');
});

test('says why a paper is in Other when nothing matched', () => {
  const paper = { title: 'Sequence losses', abstract: 'Nothing about the topics.' };
  const [assignment] = assignTopics([paper], taxonomy);
  expect(formatExplanation(paper, assignment!, taxonomy)).toBe(
    ['Sequence losses', '  topics: other', '  no phrase of the taxonomy occurs in the title or abstract, so the paper is in "other"'].join('\n'),
  );
});

test('says when a topic is full and where the paper went instead', () => {
  // Test-time adaptation may hold half the papers: the paper with less evidence moves on.
  const capped = taxonomySchema.parse({ ...taxonomy, topics: taxonomy.topics.map((t) => (t.slug === 'tta' ? { ...t, maxShare: 0.5 } : t)) });
  const papers = [
    { title: 'A', abstract: 'TTA, TTA and TTA.' },
    { title: 'B', abstract: 'TTA once, with continual learning.' },
  ];
  const assignments = assignTopics(papers, capped);
  expect(assignments.map((a) => a.topics)).toEqual([['tta'], ['cl']]);
  const text = formatExplanation(papers[1]!, assignments[1]!, capped);
  expect(text).toContain('  - tta (Test-time adaptation): 3, topic full: it holds its 50% of the papers, those with stronger evidence');
  expect(text).toContain('  + cl (Continual learning): 3, main topic as the next one with room');
});
