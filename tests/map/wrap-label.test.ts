import { describe, expect, test } from 'vitest';
import { wrapLabel } from '../../src/utils/map/wrap-label.ts';

describe('wrapLabel', () => {
  test('breaks a long topic name at spaces into short lines', () => {
    expect(wrapLabel('Named entity recognition and information extraction', 18)).toEqual(['Named entity', 'recognition and', 'information', 'extraction']);
  });

  test('keeps a short name on one line and a long word whole', () => {
    expect(wrapLabel('Scaling laws')).toEqual(['Scaling laws']);
    expect(wrapLabel('Supercalifragilisticexpialidocious models', 10)).toEqual(['Supercalifragilisticexpialidocious', 'models']);
  });
});
