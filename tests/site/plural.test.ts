import { describe, expect, test } from 'vitest';
import { plural } from '../../src/utils/site/plural.ts';

describe('plural', () => {
  test('a number with its noun, singular only for one', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(0, 'paper')).toBe('0 papers');
    expect(plural(3, 'listing day')).toBe('3 listing days');
  });

  test('takes an irregular plural', () => {
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});
