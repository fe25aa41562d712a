import { describe, expect, test } from 'vitest';
import { assignAuthorSlugs } from '../../scripts/fields/assign-author-slugs.ts';
import { shuffle } from '../helpers/shuffle.ts';

const person = (name: string, orcid?: string) => ({ name, names: [name], ...(orcid === undefined ? {} : { orcid }) });

describe('assignAuthorSlugs', () => {
  test('a slug per person, transliterated; names that slug the same numbered in code point order of the names', () => {
    expect(assignAuthorSlugs([person('José García'), person('J. García'), person('Jose Garcia'), person('李明'), person('</a>'), person('1984')])).toEqual([
      'jose-garcia-2',
      'j-garcia',
      'jose-garcia',
      expect.stringMatching(/^(?:li-ming|author-[0-9a-f]{6})$/),
      'a',
      'author-1984',
    ]);
  });

  test('two people of one name are told apart by their ORCID iDs, the one without first', () => {
    expect(assignAuthorSlugs([person('Bo Li', '0000-0001-0000-0002'), person('Bo Li'), person('Bo Li', '0000-0001-0000-0001')])).toEqual(['bo-li-3', 'bo-li', 'bo-li-2']);
  });

  test('which person gets which slug does not depend on their order', () => {
    const people = [person('José García'), person('Jose Garcia'), person('José Garcia'), person('J. Garcia'), person('J Garcia'), person('Bo Li', '0000-0001-0000-0002'), person('Bo Li')];
    const slugOf = (order: readonly (typeof people)[number][]) => new Map(order.map((one, index) => [`${one.name} ${one.orcid ?? ''}`, assignAuthorSlugs(order)[index]]));
    for (let seed = 1; seed <= 10; seed++) expect(slugOf(shuffle(people, seed))).toEqual(slugOf(people));
  });
});
