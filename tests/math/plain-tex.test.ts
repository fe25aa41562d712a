import { describe, expect, test } from 'vitest';
import { plainTex } from '../../src/utils/math/plain-tex.ts';

describe('plainTex', () => {
  test('says a title with TeX as plain text', () => {
    expect(plainTex('VA-RED$^2$: Video Adaptive Redundancy Reduction')).toBe('VA-RED²: Video Adaptive Redundancy Reduction');
    expect(plainTex('Learning in $\\mathcal{O}(n)$ Time')).toBe('Learning in O(n) Time');
    expect(plainTex('Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores')).toBe(
      'Music Machines: Autonomous Composition with Disambiguating Scores',
    );
  });

  test('tidies the text between formulas with the function given, and leaves text without TeX as it is', () => {
    expect(plainTex('50\\% of $x$', (text) => text.replace('\\%', '%'))).toBe('50% of x');
    expect(plainTex('Costs $5 and $10')).toBe('Costs $5 and $10');
  });
});
