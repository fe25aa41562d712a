import { describe, expect, test } from 'vitest';
import { byline } from '../../src/utils/site/byline.ts';
import { entryTypeLabel } from '../../src/utils/site/entry-type-label.ts';

describe('byline', () => {
  test('Authors · Venue · Year, each part only when known', () => {
    expect(byline({ authors: [{ name: 'Jörg Müller' }, { name: 'Anne Smith' }], venue: 'Nature', year: 2021 })).toBe('Jörg Müller, Anne Smith · Nature · 2021');
    expect(byline({ year: 2021 })).toBe('2021');
    expect(byline({})).toBe('');
  });

  test('three names, then et al.; four names are all said', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `A${i + 1}` }));
    expect(byline({ authors: names(4) })).toBe('A1, A2, A3, A4');
    expect(byline({ authors: names(5) })).toBe('A1, A2, A3 et al.');
  });
});

describe('entryTypeLabel', () => {
  test('CSL types as readers name them; an unknown type with spaces for hyphens', () => {
    expect(entryTypeLabel('paper-conference')).toBe('Conference paper');
    expect(entryTypeLabel('legal_case-x')).toBe('Legal_case x');
  });
});
