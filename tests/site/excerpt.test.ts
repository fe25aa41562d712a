import { describe, expect, test } from 'vitest';
import { excerpt } from '../../src/utils/site/excerpt.ts';

describe('excerpt', () => {
  test('keeps short text as it is, whitespace collapsed', () => {
    expect(excerpt('A  short\nsentence.', 40)).toBe('A short sentence.');
  });

  test('cuts long text at a word boundary and adds an ellipsis', () => {
    const result = excerpt('Parameter-efficient transfer learning adapts large models by training few parameters.', 40);
    expect(result).toBe('Parameter-efficient transfer learning…');
    expect(result.length).toBeLessThanOrEqual(40);
  });

  test('cuts inside a very long word rather than returning almost nothing', () => {
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
