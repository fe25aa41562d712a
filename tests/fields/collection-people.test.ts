import { describe, expect, test } from 'vitest';
import { collectionPeople } from '../../scripts/fields/collection-people.ts';
import type { CslItem, CslName } from '../../src/schemas/paper.ts';
import { shuffle } from '../helpers/shuffle.ts';

const record = (title: string, author: CslName[]): { csl: CslItem } => ({ csl: { type: 'article-journal', title, author } });

describe('collectionPeople', () => {
  const papers = [
    record('One', [{ family: 'Altwegg', given: 'Res' }, { family: 'Schaub', given: 'Michael' }]),
    record('Two', [{ family: 'Altwegg', given: 'R.' }, { family: 'Schaub', given: 'M.' }, { literal: 'World Health Organization' }]),
    record('Three', [{ family: 'Altwegg', given: 'R', ORCID: 'https://orcid.org/0000-0002-1825-0097' }, { family: 'Lee', given: 'Ann' }]),
    record('Four', [{ family: 'Müller', given: 'J.' }, { family: '' }, { family: 'Muller', given: 'Jo' }]),
    record('Five', [{ family: 'Altwegg', given: 'Res', ORCID: '0000-0002-1825-0097' }]),
    record('Six', [{ family: 'Muller', given: 'J' }]),
  ];

  test('each author of each paper is a person: variants share one page, which shows the fullest name', () => {
    const { byPaper } = collectionPeople(papers);
    expect(byPaper[1]).toEqual([
      { slug: 'res-altwegg', name: 'Res Altwegg', orcid: '0000-0002-1825-0097' },
      { slug: 'michael-schaub', name: 'Michael Schaub' },
      { slug: 'world-health-organization', name: 'World Health Organization' },
    ]);
    // `R Altwegg` joins by the ORCID iD it shares with the fifth paper's `Res Altwegg`.
    expect(byPaper[2]?.[0]?.slug).toBe('res-altwegg');
    // An author without a name is no one; two names on one paper are two people, though their given names agree.
    expect(byPaper[3]?.map((person) => person.slug)).toEqual(['j-mueller', 'jo-muller']);
    // A name written otherwise only in accents and punctuation is the same name.
    expect(byPaper[5]).toEqual([{ slug: 'j-mueller', name: 'J. Müller' }]);
  });

  test('slugs do not depend on the order of the papers', () => {
    const slugs = (order: typeof papers) => {
      const { byPaper } = collectionPeople(order);
      return new Map(order.flatMap((paper, index) => (paper.csl.author ?? []).filter((name) => name.literal !== undefined || name.family !== '').map((_, at) => [`${paper.csl.title} ${at}`, byPaper[index]?.[at]?.slug])));
    };
    for (let seed = 1; seed <= 10; seed++) expect(slugs(shuffle(papers, seed))).toEqual(slugs(papers));
  });
});
