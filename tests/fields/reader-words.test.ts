import { describe, expect, test } from 'vitest';
import { capitalizeSurname, capitalizeWord, isAcronymShape, isNameParticle, isRomanNumeral, isSmallWord } from '../../scripts/fields/reader-words.ts';

describe('reader words', () => {
  test('small words and name particles', () => {
    expect(['of', 'THE', 'and', 'für', 'de'].map(isSmallWord)).toEqual([true, true, true, true, true]);
    expect(['Journal', 'Ecology', 'a1'].map(isSmallWord)).toEqual([false, false, false]);
    expect(['van', 'DER', 'da'].map(isNameParticle)).toEqual([true, true, true]);
    expect(isNameParticle('Berg')).toBe(false);
  });

  test('acronyms by shape: a digit, a single letter or no vowel; Roman numerals', () => {
    expect(['CO2', '3D', 'B', 'BMC', 'NMR'].map(isAcronymShape)).toEqual([true, true, true, true, true]);
    expect(['IEEE', 'DNA', 'RHYTHM', 'ÉCOLE'].map(isAcronymShape)).toEqual([false, false, false, false]);
    expect(['II', 'XIV', 'VII'].map(isRomanNumeral)).toEqual([true, true, true]);
    expect(['CIVIL', 'MIX', 'IIII'].map(isRomanNumeral)).toEqual([false, false, false]);
  });

  test('a word in capitals capitalised as titles and names write it', () => {
    expect(['ECOLOGY', "L'HOMME", "CHILD'S", 'ÉTUDES'].map(capitalizeWord)).toEqual(['Ecology', "L'Homme", "Child's", 'Études']);
    expect(['MCDONALD', "O'NEIL", "D'ODORICO", 'MCA', 'SMITH'].map(capitalizeSurname)).toEqual(['McDonald', "O'Neil", "D'Odorico", 'Mca', 'Smith']);
  });
});
