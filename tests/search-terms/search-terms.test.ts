import { describe, expect, test } from 'vitest';
import { searchTerms } from '../../scripts/search-terms/search-terms.ts';

const topics = [{ id: 'kd', name: 'Knowledge distillation', aliases: ['KD', 'teacher-student'] }];

describe('searchTerms', () => {
  test('adds the names and aliases of a paper’s topics', () => {
    const [terms] = searchTerms([{ title: 'A Paper', abstract: 'We distil a model.', topics: ['kd'] }], topics);
    expect(terms).toEqual(['Knowledge distillation', 'KD', 'teacher-student']);
  });

  test('leaves out terms the paper already contains', () => {
    const [terms] = searchTerms([{ title: 'Knowledge Distillation for X', abstract: 'Teacher-student KD.', topics: ['kd'] }], topics);
    expect(terms).toEqual([]);
  });

  test('indexes an acronym defined in one paper both ways across the collection', () => {
    const terms = searchTerms(
      [
        { title: 'One', abstract: 'We study parameter-efficient transfer learning (PETL) for vision.', topics: [] },
        { title: 'Two', abstract: 'Parameter efficient transfer learning is popular.', topics: [] },
        { title: 'Three', abstract: 'Our PETL method beats LoRA.', topics: [] },
        { title: 'Four', abstract: 'Unrelated work on graphs.', topics: [] },
      ],
      [],
    );
    expect(terms).toEqual([[], ['PETL'], ['parameter-efficient transfer learning'], []]);
  });

  test('matches plural and singular forms of an expansion', () => {
    const terms = searchTerms(
      [
        { title: 'One', abstract: 'Pre-trained language models (PLMs) are large.', topics: [] },
        { title: 'Two', abstract: 'A pre-trained language model is fine-tuned.', topics: [] },
      ],
      [],
    );
    expect(terms[1]).toEqual(['PLM']);
  });

  test('leaves out two-letter acronyms, which name too many things', () => {
    const terms = searchTerms(
      [
        { title: 'One', abstract: 'Language models (LM) and deep learning (DL).', topics: [] },
        { title: 'Two', abstract: 'A language model for deep learning.', topics: [] },
      ],
      [],
    );
    expect(terms[1]).toEqual([]);
  });

  test('does not see an acronym inside a longer word', () => {
    const terms = searchTerms(
      [
        { title: 'One', abstract: 'Proximal policy optimization (PPO) agents.', topics: [] },
        { title: 'Two', abstract: 'A PPOX score and SPPO words.', topics: [] },
      ],
      [],
    );
    expect(terms[1]).toEqual([]);
  });
});
