import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { readMathCode } from './math-code.ts';
import { renderMath } from './render-math.ts';

type Node = DefaultTreeAdapterMap['childNode'];

/**
 * An abstract's HTML with every `<code>` that carries a formula (`<code>$x^2$</code>`, see
 * math-code.ts) replaced by its MathML. Only those elements change: their places come from
 * parse5's source locations and the rest of the HTML keeps its bytes. A formula Temml cannot
 * read keeps its code element, the TeX shown as written.
 */
export function renderMathInHtml(html: string): string {
  if (!html.includes('<code>$')) return html;
  const replacements: { start: number; end: number; markup: string }[] = [];
  const visit = (node: Node) => {
    if (!('tagName' in node)) return;
    const location = node.sourceCodeLocation;
    const math = node.tagName === 'code' ? readMathCode(node.childNodes.map((child) => ('value' in child ? child.value : '\0')).join('')) : undefined;
    const markup = math && renderMath(math.tex, math.display);
    if (markup !== undefined && location) replacements.push({ start: location.startOffset, end: location.endOffset, markup });
    else node.childNodes.forEach(visit);
  };
  parseFragment(html, { sourceCodeLocationInfo: true }).childNodes.forEach(visit);
  let result = html;
  for (const { start, end, markup } of replacements.reverse()) result = result.slice(0, start) + markup + result.slice(end);
  return result;
}
