import { describe, expect, test } from 'vitest';
import { plainMath } from '../../src/utils/math/plain-math.ts';

describe('plainMath', () => {
  test('writes scripts as Unicode super- and subscripts where every character has one', () => {
    expect(plainMath('^2')).toBe('²');
    expect(plainMath('\\ell_1')).toBe('ℓ₁');
    expect(plainMath('O(\\epsilon^{-4})')).toBe('O(ϵ⁻⁴)');
    expect(plainMath('CO_2')).toBe('CO₂');
  });

  test('falls back to ^ and _ for other scripts, grouping what is longer than a character', () => {
    expect(plainMath('\\mathbb{R}^d')).toBe('ℝ^d');
    expect(plainMath('\\mathbf{A} \\in \\mathbb{R}^{k \\times n}')).toBe('A∈ℝ^(k×n)');
  });

  test('writes fractions, roots and accents as plain text reads them', () => {
    expect(plainMath('\\mathcal{O}(\\frac{1}{T})')).toBe('O(1/T)');
    expect(plainMath('O(1/\\sqrt{T})')).toBe('O(1/√T)');
    expect(plainMath('\\tilde{O}(1)')).toBe('Õ(1)');
    expect(plainMath('O(M\\log(MK))')).toBe('O(M log(MK))');
  });

  test('gives the TeX back when Temml cannot read it', () => {
    expect(plainMath('O(1/\\log T}')).toBe('O(1/\\log T}');
  });
});
