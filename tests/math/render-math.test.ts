import { describe, expect, test } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderMath } from '../../src/utils/math/render-math.ts';

/** Every element of an HTML fragment, with its attributes. */
function elements(html: string): { tag: string; attrs: { name: string; value: string }[] }[] {
  const found: { tag: string; attrs: { name: string; value: string }[] }[] = [];
  const visit = (node: DefaultTreeAdapterMap['childNode']) => {
    if (!('tagName' in node)) return;
    found.push({ tag: node.tagName, attrs: node.attrs });
    node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return found;
}

describe('renderMath', () => {
  test('writes MathML with the TeX kept in an annotation that Pagefind indexes', () => {
    const markup = renderMath('x^2', false);
    expect(markup).toBe(
      '<math><semantics><msup data-pagefind-ignore=""><mi>x</mi><mn class="tml-sml-pad">2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math>',
    );
  });

  test('sets display formulas apart', () => {
    expect(renderMath('\\sum_i x_i', true)).toMatch(/^<math display="block" class="tml-display">/);
  });

  test('writes no inline style: the ones Temml writes become classes or are dropped', () => {
    const markup = renderMath('\\tilde{O}\\left(\\epsilon^{-\\frac{2}{1-\\alpha}}\\right) \\color{red}{x}', false) ?? '';
    expect(markup).not.toContain('style=');
    expect(markup).toContain('math-depth-0');
    expect(markup).toContain('math-depth-2');
  });

  test('gives nothing for TeX it cannot read', () => {
    expect(renderMath('\\frac{1}{', false)).toBeUndefined();
    expect(renderMath('\\undefinedmacro x', false)).toBeUndefined();
  });

  test('injects nothing from a hostile formula', () => {
    expect(renderMath('\\href{javascript:alert(1)}{x}', false)).toBeUndefined();
    expect(renderMath('\\url{javascript:alert(2)}', false)).toBeUndefined();
    for (const tex of ['<script>alert(1)</script>', '\\style{color:red}{x}', '\\htmlClass{evil}{y}', '\\x{alert(5)}', '"><img src=x onerror=alert(4)>']) {
      const markup = renderMath(tex, false) ?? '';
      for (const element of elements(markup)) {
        expect(element.tag, tex).toMatch(/^(math|semantics|annotation|m[a-z]+)$/);
        for (const { name, value } of element.attrs) expect(`${name}=${value}`, tex).not.toMatch(/^(href|src|style|on[a-z]+)=|javascript:|evil/);
      }
    }
    expect(renderMath('<script>alert(1)</script>', false)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</annotation>');
  });
});
