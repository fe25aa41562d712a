import { describe, expect, test } from 'vitest';
import { symbolTitleKey } from '../../src/utils/search/symbol-title-key.ts';

describe('symbolTitleKey', () => {
  test('gives a title of symbols only a word of letters and digits', () => {
    expect(symbolTitleKey('???')).toBe('symbolsu3fu3fu3f');
    expect(symbolTitleKey('…')).toBe('symbolsu2026');
    expect(symbolTitleKey(' ? ? ')).toBe(symbolTitleKey('??'));
  });

  test('tells different symbols apart', () => {
    expect(symbolTitleKey('?!')).not.toBe(symbolTitleKey('!?'));
  });

  test('gives none to text with a letter or digit, or to blank text', () => {
    for (const text of ['C++', '2', 'é?', '中', '', '   ']) expect(symbolTitleKey(text), text).toBeUndefined();
  });
});
