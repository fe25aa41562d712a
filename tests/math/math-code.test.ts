import { describe, expect, test } from 'vitest';
import { mathCode, readMathCode } from '../../src/utils/math/math-code.ts';

describe('mathCode and readMathCode', () => {
  test('carry a formula through a code span and back', () => {
    for (const [tex, display] of [['x^2', false], ['\\sum_i x_i', true], ['a\\$b', false]] as const) {
      expect(readMathCode(mathCode(tex, display))).toEqual({ tex, display });
    }
  });

  test('leave other code alone', () => {
    for (const code of ['FedAvg', '$HOME', '$', '$$', '$ x$', 'a$b$']) expect(readMathCode(code), code).toBeUndefined();
  });
});
