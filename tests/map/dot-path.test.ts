import { describe, expect, test } from 'vitest';
import { dotPath } from '../../src/utils/map/dot-path.ts';

describe('dotPath', () => {
  test('draws one zero-length subpath per point, row by row, with relative moves', () => {
    expect(dotPath([[10, 20], [4, 2], [12, 20]])).toBe('M4 2h0m6 18h0m2 0h0');
  });

  test('draws points that fall in the same grid cell once', () => {
    expect(dotPath([[10, 10], [10.4, 9.8], [11, 10]], 2)).toBe('M10 10h0m2 0h0');
  });

  test('draws nothing for no points', () => {
    expect(dotPath([])).toBe('');
  });

  test('stays bounded by the grid however many points there are', () => {
    const many = Array.from({ length: 20_000 }, (_, i): [number, number] => [(i % 200) / 2, Math.floor(i / 200) / 2]);
    expect(dotPath(many, 5).match(/h0/g)).toHaveLength(21 * 11);
  });
});
