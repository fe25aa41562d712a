import { describe, expect, test } from 'vitest';
import { abstractAnchorId, pickExcerpt } from '../../src/utils/search/pick-excerpt.ts';

const raw = 'A Title. KD · knowledge distillation · teacher We distil a teacher into a small student model.';
const anchors = [{ id: abstractAnchorId, location: 8 }];

describe('pickExcerpt', () => {
  test('takes the abstract’s excerpt when the abstract matched', () => {
    const excerpt = pickExcerpt(
      {
        excerpt: 'KD · knowledge <mark>distillation</mark>',
        raw_content: raw,
        anchors,
        sub_results: [
          { excerpt: 'A Title. KD · knowledge <mark>distillation</mark>' },
          { excerpt: 'We <mark>distil</mark> a teacher', anchor: { id: abstractAnchorId } },
        ],
      },
      5,
    );
    expect(excerpt).toBe('We <mark>distil</mark> a teacher');
  });

  test('opens the abstract when only the title or the search terms matched', () => {
    const excerpt = pickExcerpt({ excerpt: '<mark>KD</mark> · knowledge', raw_content: raw, anchors, sub_results: [{ excerpt: '<mark>KD</mark>' }] }, 4);
    expect(excerpt).toBe('We distil a teacher');
  });

  test('keeps Pagefind’s excerpt for a page without the anchor', () => {
    expect(pickExcerpt({ excerpt: 'some <mark>text</mark>', raw_content: raw, anchors: [], sub_results: [] }, 4)).toBe('some <mark>text</mark>');
  });
});
