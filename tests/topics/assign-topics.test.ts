import { describe, expect, test } from 'vitest';
import { assignTopics } from '../../scripts/topics/assign-topics.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import type { TaxonomyInput } from '../../src/schemas/taxonomy.ts';

const taxonomy = (input: Partial<TaxonomyInput> & Pick<TaxonomyInput, 'topics'>) =>
  taxonomySchema.parse({ assignment: { threshold: 3, titleWeight: 3, maxTopics: 4, relativeCutoff: 0 }, ...input });

const peft = {
  slug: 'peft',
  name: 'PEFT',
  description: 'Parameter-efficient fine-tuning.',
  evidence: [
    { phrases: ['fine-tuning'], weight: 3 },
    { phrases: ['adapter'], weight: 1 },
  ],
};
const rl = { slug: 'rl', name: 'RL', description: 'Reinforcement learning.', evidence: [{ phrases: ['RL', 'reinforcement learning'], weight: 3 }] };
const other = { slug: 'other', name: 'Other', description: 'The rest.' };

const topicsOf = (abstract: string, title = 'A paper', tax = taxonomy({ topics: [peft, rl, other] })) =>
  assignTopics([{ title, abstract }], tax)[0]!;

describe('matching', () => {
  test('matches fine-tuning, fine tuning and finetuning alike', () => {
    for (const text of ['We study fine-tuning.', 'We study fine tuning.', 'We study finetuning.', 'We study Fine-Tuning.']) {
      expect(topicsOf(text).topics).toEqual(['peft']);
    }
  });

  test('matches plurals of a singular phrase', () => {
    const result = topicsOf('Adapters, adapters and more adapters. Then fine-tuning.');
    expect(result.evidence[0]!.matches.find((m) => m.weight === 1)?.abstractCount).toBe(3);
  });

  test('matches whole words only: RL is not inside URL', () => {
    expect(topicsOf('Visit the URL and the CURL docs.').topics).toEqual(['other']);
    expect(topicsOf('We use RL to pick modules.').topics).toEqual(['rl']);
  });

  test('counts several phrases of one entry as one concept', () => {
    const match = topicsOf('RL, that is reinforcement learning, and more RL.').evidence[0]!.matches[0]!;
    expect(match.abstractCount).toBe(3);
    expect(match.matched).toEqual(['RL', 'reinforcement learning']);
  });

  test('lets the longest phrase claim its words', () => {
    const tax = taxonomy({
      topics: [
        { slug: 'kd', name: 'KD', description: 'Distillation.', evidence: [{ phrases: ['distillation'], weight: 3 }] },
        { slug: 'data', name: 'Data', description: 'Data efficiency.', evidence: [{ phrases: ['dataset distillation'], weight: 3 }] },
        other,
      ],
    });
    expect(topicsOf('We study dataset distillation.', 'A paper', tax).topics).toEqual(['data']);
    expect(topicsOf('We study distillation of a dataset.', 'A paper', tax).topics).toEqual(['kd']);
  });
});

describe('weights', () => {
  test('counts a title mention titleWeight times an abstract mention', () => {
    const inTitle = topicsOf('Nothing here.', 'Fine-tuning at scale').evidence[0]!;
    const inAbstract = topicsOf('We study fine-tuning.').evidence[0]!;
    expect(inTitle.score).toBe(9);
    expect(inAbstract.score).toBe(3);
  });

  test('counts repeated abstract mentions sublinearly (1 + ln n)', () => {
    const result = topicsOf('fine-tuning fine-tuning fine-tuning fine-tuning');
    expect(result.evidence[0]!.score).toBe(Math.round(3 * (1 + Math.log(4)) * 100) / 100);
  });

  test('adds title and abstract mentions of one entry', () => {
    const result = topicsOf('We study fine-tuning.', 'Fine-tuning');
    expect(result.evidence[0]!.score).toBe(12);
  });

  test('needs the threshold: weak evidence alone is not a topic', () => {
    const result = topicsOf('An adapter.');
    expect(result.topics).toEqual(['other']);
    expect(result.evidence[0]).toMatchObject({ slug: 'peft', score: 1, verdict: 'below threshold' });
  });

  test('honours a per-topic threshold', () => {
    const strict = taxonomy({ topics: [{ ...peft, threshold: 10 }, other] });
    expect(topicsOf('We study fine-tuning.', 'A paper', strict).topics).toEqual(['other']);
  });
});

describe('choosing topics', () => {
  const many = taxonomy({
    assignment: { threshold: 3, titleWeight: 3, maxTopics: 2, relativeCutoff: 0.5 },
    topics: [
      { slug: 'a', name: 'A', description: 'A.', evidence: [{ phrases: ['alpha'], weight: 3 }] },
      { slug: 'b', name: 'B', description: 'B.', evidence: [{ phrases: ['beta'], weight: 3 }] },
      { slug: 'c', name: 'C', description: 'C.', evidence: [{ phrases: ['gamma'], weight: 3 }] },
      { slug: 'd', name: 'D', description: 'D.', evidence: [{ phrases: ['delta'], weight: 3 }] },
      other,
    ],
  });

  test('puts the highest-scoring topic first', () => {
    expect(topicsOf('beta beta. alpha alpha alpha.', 'A paper', many).topics).toEqual(['a', 'b']);
  });

  test('breaks score ties by taxonomy order', () => {
    expect(topicsOf('beta alpha', 'A paper', many).topics).toEqual(['a', 'b']);
  });

  test('keeps at most maxTopics and says why the rest were dropped', () => {
    const result = topicsOf('alpha beta gamma', 'A paper', many);
    expect(result.topics).toEqual(['a', 'b']);
    expect(result.evidence.find((t) => t.slug === 'c')?.verdict).toBe('over max topics');
  });

  test('drops secondary topics far weaker than the main one', () => {
    const result = topicsOf('gamma', 'Alpha and delta', many);
    expect(result.topics).toEqual(['a', 'd']);
    expect(result.evidence.find((t) => t.slug === 'c')?.verdict).toBe('below relative cutoff');
  });

  test('puts a paper no topic claims in other, with no evidence', () => {
    expect(topicsOf('Nothing relevant.', 'A paper', many)).toEqual({ topics: ['other'], evidence: [] });
  });

  test('is deterministic', () => {
    const papers = [{ title: 'Alpha', abstract: 'beta gamma delta' }, { title: 'B', abstract: 'gamma' }];
    expect(assignTopics(papers, many)).toEqual(assignTopics(papers, many));
  });
});

describe('a topic’s largest share (maxShare)', () => {
  // Ten papers all on PEFT; the even ones also on RL, weaker.
  const papers = Array.from({ length: 10 }, (_, i) => ({
    title: `Paper ${String.fromCharCode(106 - i)}`,
    abstract: `${'We study fine-tuning. '.repeat(1 + (i % 3))}${i % 2 === 0 ? 'With RL.' : ''}`,
  }));
  const capped = (unclaimed: 'other' | 'nearest') =>
    taxonomy({ assignment: { threshold: 3, titleWeight: 3, maxTopics: 4, relativeCutoff: 0.9, unclaimed }, topics: [{ ...peft, maxShare: 0.3 }, rl, other] });

  test('keeps the papers with the strongest evidence, up to its share', () => {
    const result = assignTopics(papers, capped('other'));
    const holders = result.flatMap((r, i) => (r.topics.includes('peft') ? [i] : []));
    // The three with the most mentions (3: papers 2, 5, 8).
    expect(holders).toEqual([2, 5, 8]);
    // One more place: papers 1, 4 and 7 tie (2 mentions); the first title wins (`Paper c`, paper 7), not the first position.
    const wider = taxonomy({ ...capped('other'), topics: [{ ...peft, maxShare: 0.4 }, rl, other] });
    expect(assignTopics(papers, wider).flatMap((r, i) => (r.topics.includes('peft') ? [i] : []))).toEqual([2, 5, 7, 8]);
  });

  test('sends the rest to their next topic, or to Other without one', () => {
    const result = assignTopics(papers, capped('other'));
    for (const [i, r] of result.entries()) {
      if ([2, 5, 8].includes(i)) continue;
      expect(r.topics, `paper ${i}`).toEqual(i % 2 === 0 ? ['rl'] : ['other']);
      expect(r.evidence.find((e) => e.slug === 'peft')?.verdict).toBe('topic full');
    }
  });

  test('is the same whatever the order of the papers', () => {
    const forward = assignTopics(papers, capped('nearest')).map((r, i) => [papers[i]!.title, r.topics.join()] as const);
    const reversed = assignTopics([...papers].reverse(), capped('nearest')).map((r, i) => [papers[9 - i]!.title, r.topics.join()] as const);
    expect(new Map(reversed)).toEqual(new Map(forward));
  });
});
