import { describe, expect, test } from 'vitest';
import { bareOrcid, givenNamesAgree, givenParts, nameKey } from '../../scripts/fields/person-names.ts';

describe('person names', () => {
  test('name parts compare without accents, case, spaces or punctuation', () => {
    expect(nameKey('Müller-Lüdenscheidt')).toBe(nameKey('MULLER LUDENSCHEIDT'));
    expect(nameKey('van der Berg')).toBe('vanderberg');
    expect(givenParts('Jean-Pierre')).toEqual(['jean-', 'pierre']);
    expect(givenParts('Hans‐Dieter')).toEqual(['hans-', 'dieter']);
    expect(givenParts('J.-P.')).toEqual(['j', 'p']);
    expect(givenParts('A. -C.')).toEqual(['a', 'c']);
    expect(givenParts('S. Joseph')).toEqual(['s', 'joseph']);
    expect(givenParts(undefined)).toEqual([]);
  });

  test('given names agree part by part, an initial agreeing with a name, parts left out at the end', () => {
    const agree = (a: string, b: string) => givenNamesAgree(givenParts(a), givenParts(b));
    expect(agree('Res', 'R.')).toBe(true);
    expect(agree('James W.', 'James')).toBe(true);
    expect(agree('Jean-Pierre', 'J.-P.')).toBe(true);
    expect(agree('Jean-Pierre', 'J. P.')).toBe(true);
    expect(agree('Hans-Dieter', 'H. D.')).toBe(true);
    expect(agree('Wei-Ming', 'Weiming')).toBe(true);
    expect(agree('Jörg', 'Jorg')).toBe(true);
  });

  test('different names, or initials in another order, never agree; an empty given name agrees with nothing', () => {
    const agree = (a: string, b: string) => givenNamesAgree(givenParts(a), givenParts(b));
    expect(agree('Jane', 'John')).toBe(false);
    expect(agree('J. W.', 'William')).toBe(false);
    expect(agree('Res', 'Resi')).toBe(false);
    // A name joined by a hyphen is one name.
    expect(agree('Jean', 'Jean-Pierre')).toBe(false);
    expect(agree('Li', 'Li-Yun')).toBe(false);
    expect(agree('', 'R.')).toBe(false);
  });

  test('an ORCID iD from its address or alone', () => {
    expect(bareOrcid('https://orcid.org/0000-0002-1825-009x')).toBe('0000-0002-1825-009X');
    expect(bareOrcid('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(bareOrcid('not an id')).toBeUndefined();
  });
});
