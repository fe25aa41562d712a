import { describe, expect, test } from 'vitest';
import { assignAuthorSlugs } from '../../scripts/fields/assign-author-slugs.ts';

describe('assignAuthorSlugs', () => {
  test('one slug per distinct name, transliterated, in order of first appearance; same-slug names numbered', () => {
    expect([...assignAuthorSlugs(['José García', 'J. García', 'Jose Garcia', 'José García', '李明', '</a>'])]).toEqual([
      ['José García', 'jose-garcia'],
      ['J. García', 'j-garcia'],
      ['Jose Garcia', 'jose-garcia-2'],
      ['李明', expect.stringMatching(/^(?:li-ming|author-[0-9a-f]{6})$/)],
      ['</a>', 'a'],
    ]);
  });
});
