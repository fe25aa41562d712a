import { describe, expect, test } from 'vitest';
import { withAuthorIds } from '../../../scripts/read/exports/wos-author-ids.ts';

describe('withAuthorIds', () => {
  const authors = [
    { family: 'van der Voet', given: 'Ester' },
    { family: 'Marinova', given: 'Sylvia' },
    { family: 'Pérez', given: 'Elías' },
    { family: 'Deetman', given: 'Sebastiaan' },
  ];

  test('puts each ORCID iD and ResearcherID on its author, entries wrapped over lines anywhere, accents and case aside', () => {
    const named = withAuthorIds(
      authors,
      ['van der Voet, Ester/0000-0003-0788-9570; Marinova,', 'Sylvia/0000-0001-6692-7958; PEREZ, ELIAS/0000-0002-5223-421x'],
      ['Deetman, Sebastiaan/M-8211-2013; van der', 'Voet, Ester/K-8210-2013'],
    );
    expect(named).toEqual([
      { family: 'van der Voet', given: 'Ester', ORCID: 'https://orcid.org/0000-0003-0788-9570', ResearcherID: 'K-8210-2013' },
      { family: 'Marinova', given: 'Sylvia', ORCID: 'https://orcid.org/0000-0001-6692-7958' },
      { family: 'Pérez', given: 'Elías', ORCID: 'https://orcid.org/0000-0002-5223-421X' },
      { family: 'Deetman', given: 'Sebastiaan', ResearcherID: 'M-8211-2013' },
    ]);
  });

  test('an entry that fits no author, or two, is left out rather than guessed; the authors given are not changed', () => {
    const twins = [
      { family: 'Li', given: 'Bo' },
      { family: 'Li', given: 'Bin' },
    ];
    expect(withAuthorIds(twins, ['Li, B./0000-0002-0439-5666; Wang, Wei/0000-0002-7294-6888; A., Dr. Ali/0000-0002-3117-6346'], [])).toEqual(twins);
    expect(twins[0]).toEqual({ family: 'Li', given: 'Bo' });
  });
});
