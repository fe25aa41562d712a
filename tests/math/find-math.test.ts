import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findMath } from '../../src/utils/math/find-math.ts';
import { splitTex } from '../../src/utils/math/split-tex.ts';

/** The formulas splitTex finds in a text, as TeX. */
const formulas = (text: string) => splitTex(text).flatMap((part) => (part.type === 'math' ? [part.tex] : []));

describe('findMath', () => {
  test('finds inline and display formulas with each delimiter', () => {
    expect(findMath('$x^2$ rest', 0)).toEqual({ tex: 'x^2', display: false, end: 5 });
    expect(findMath('\\(\\ell_2\\) rest', 0)).toEqual({ tex: '\\ell_2', display: false, end: 10 });
    expect(findMath('$$ \\sum_i x_i $$', 0)).toEqual({ tex: '\\sum_i x_i', display: true, end: 16 });
    expect(findMath('\\[y\\]', 0)).toEqual({ tex: 'y', display: true, end: 5 });
  });

  test('needs something other than a space after the opening dollar and before the closing one', () => {
    expect(findMath('$ x$', 0)).toBeUndefined();
    expect(findMath('$x $', 0)).toBeUndefined();
    expect(findMath('$x', 0)).toBeUndefined();
  });

  test('leaves prices as text', () => {
    for (const text of ['$5M', 'US$ 3 billion', 'costs $5 and $10', 'a range of $5-$10M', 'prices such as $20,000 and $30,000', 'HK$5, US$ 3']) {
      expect(formulas(text), text).toEqual([]);
    }
    // Pandoc reads this as a formula from `5M` to `US`: an amount holding words is prose.
    expect(formulas('a large lab spends $5M a year, and a national programme reaches US$ 3 billion')).toEqual([]);
  });

  test('keeps formulas that start with a digit or are followed by one, unlike amounts', () => {
    expect(formulas('($<$600M FLOPs)')).toEqual(['<']);
    expect(formulas('$\\sim$10x faster')).toEqual(['\\sim']);
    expect(formulas('$0 < p < 2$ and $10{\\times}$ and $65.19\\%$')).toEqual(['0 < p < 2', '10{\\times}', '65.19\\%']);
  });

  test('skips escaped dollars and dollars inside \\text{…}', () => {
    expect(formulas('price \\$5 and $x$')).toEqual(['x']);
    expect(formulas('$\\text{cost $x$}$ ok')).toEqual(['\\text{cost $x$}']);
    expect(formulas('$a\\$b$')).toEqual(['a\\$b']);
  });

  test('finds no formula where a delimiter never closes', () => {
    expect(formulas('\\(x and $$y')).toEqual([]);
  });

  // The yardstick: every `$…$` pair of ICLR 2020 is a formula, and the document quotes no price.
  test('finds the formulas of ICLR 2020 abstracts and nothing else', () => {
    const text = readFileSync('tests/fixtures/iclr2020-accepted-papers.txt', 'utf8');
    const found = text.split('\n').flatMap(formulas);
    const pairs = [...text.matchAll(/(?<!\\)\$([^$]+)\$/g)].length;
    expect(found.length).toBeGreaterThanOrEqual(190);
    expect(found).toContain('\\mathcal{O}(\\frac{1}{T})');
    expect(found).toContain('\\ell_2'); // written \(\ell_2\)
    expect(found.length).toBe(pairs + 1);
  });
});
