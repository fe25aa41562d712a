import { describe, expect, test } from 'vitest';
import { isOddCase, mostFrequent, writtenForms } from '../../scripts/fields/written-forms.ts';

describe('writtenForms', () => {
  test('counts the forms written inside sentences; a sentence’s first word and a heading’s words count only when their capitals are odd', () => {
    const forms = writtenForms(
      [
        { text: 'Shrubs spread along the Gulf of Mexico. Gulf coasts warm; the gulf of Mexico too.', kind: 'prose' },
        { text: 'Mangroves of the Gulf of Mexico Coast', kind: 'heading' },
        { text: 'DNA from USA sites: the DNA of Shrubs', kind: 'prose' },
        { text: 'FISHERIES OF THE GULF', kind: 'prose' },
      ],
      new Set(['gulf of mexico', 'gulf', 'dna', 'shrubs']),
    );
    expect(forms.get('gulf of mexico')?.count).toBe(3);
    expect([...(forms.get('gulf of mexico')?.chosen ?? [])]).toEqual([
      ['Gulf of Mexico', 1],
      ['gulf of Mexico', 1],
    ]);
    // `Gulf` after a full stop and in the heading is not a choice; the text in capitals says nothing at all.
    expect([...(forms.get('gulf')?.chosen ?? [])]).toEqual([
      ['Gulf', 1],
      ['gulf', 1],
    ]);
    expect(forms.get('gulf')?.count).toBe(4);
    expect([...(forms.get('dna')?.odd ?? [])]).toEqual([['DNA', 2]]);
    expect([...(forms.get('shrubs')?.chosen ?? [])]).toEqual([['Shrubs', 1]]);
  });

  test('a phrase matches words joined by spaces or one hyphen, and says which gaps were hyphens', () => {
    const forms = writtenForms([{ text: 'long-term changes, long term changes and long-term-changes; long -term changes', kind: 'prose' }], new Set(['long term changes']));
    expect(forms.get('long term changes')?.count).toBe(3);
    expect([...(forms.get('long term changes')?.joins ?? [])]).toEqual([
      [0b01, 1],
      [0b00, 1],
      [0b11, 1],
    ]);
  });

  test('counts how often a word is followed at once by a hyphen, and reads apostrophes of both kinds alike', () => {
    const forms = writtenForms([{ text: 'non-linear and non-CO2 effects, none non linear; O’Neil and O\'Neil', kind: 'name' }], new Set(['non', "o'neil"]));
    expect(forms.get('non')).toMatchObject({ count: 3, hyphenAfter: 2 });
    expect(forms.get("o'neil")?.count).toBe(2);
  });
});

describe('isOddCase and mostFrequent', () => {
  test('odd capitals are those neither a sentence nor a title gives a word', () => {
    expect(['IEEE', 'PLoS', 'McDonald', 'mRNA', 'DNA'].map(isOddCase)).toEqual([true, true, true, true, true]);
    expect(['Ecology', 'ecology', 'A', 'É'].map(isOddCase)).toEqual([false, false, false, false]);
  });

  test('the most frequent form, ties in code point order', () => {
    expect(mostFrequent(new Map([['b', 2], ['a', 2], ['c', 1]]))).toBe('a');
    expect(mostFrequent(new Map())).toBeUndefined();
  });
});
