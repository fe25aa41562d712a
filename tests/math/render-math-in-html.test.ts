import { describe, expect, test } from 'vitest';
import { renderMathInHtml } from '../../src/utils/math/render-math-in-html.ts';
import { renderMath } from '../../src/utils/math/render-math.ts';

describe('renderMathInHtml', () => {
  test('replaces code that carries a formula by its MathML and keeps every other byte', () => {
    const html = '<p>Runs in <code>$O(m^2)$</code> time, &amp; <code>FedAvg</code> “too”.</p>\n<p><code>$$x &lt; y$$</code></p>';
    expect(renderMathInHtml(html)).toBe(
      `<p>Runs in ${renderMath('O(m^2)', false)} time, &amp; <code>FedAvg</code> “too”.</p>\n<p>${renderMath('x < y', true)}</p>`,
    );
  });

  test('keeps the code of a formula Temml cannot read, and HTML without formulas as it is', () => {
    const broken = '<p><code>$\\frac{1}{$</code> and <em>$5</em></p>';
    expect(renderMathInHtml(broken)).toBe(broken);
    expect(renderMathInHtml('<p>Plain.</p>')).toBe('<p>Plain.</p>');
  });
});
