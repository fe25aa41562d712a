import { describe, expect, test } from 'vitest';
import { givenFirstName } from '../../../scripts/read/exports/given-first-name.ts';

describe('givenFirstName', () => {
  test('the last word is the family name, lowercase words before it its particle, a generational suffix kept apart', () => {
    expect(givenFirstName('Simon J. Puglisi')).toEqual({ given: 'Simon J.', family: 'Puglisi' });
    expect(givenFirstName('Piet van der Berg')).toEqual({ given: 'Piet', 'non-dropping-particle': 'van der', family: 'Berg' });
    expect(givenFirstName('Martin Luther King Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    expect(givenFirstName('Di Wu')).toEqual({ given: 'Di', family: 'Wu' });
  });

  test('one word is a family name; a comma means Family, Given', () => {
    expect(givenFirstName('</a>')).toEqual({ family: '</a>' });
    expect(givenFirstName('Priem, Jason')).toEqual({ family: 'Priem', given: 'Jason' });
  });
});
