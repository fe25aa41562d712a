import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import temml from 'temml';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What makes the math this module writes: change it and every page with math renders again. */
export const mathRenderer = `temml ${temml.version}, paper-atlas 1`; // raise the number when what renderMath writes changes

/**
 * A TeX formula as MathML, or undefined when Temml cannot read it (the caller then shows the
 * source). MathML Core, not KaTeX's HTML: browsers lay it out themselves, so it reads without
 * JavaScript or web fonts, weighs a fifth of KaTeX's HTML, and needs no inline styles, which
 * the site's Content-Security-Policy forbids (see README, "Math").
 *
 * Temml's `trust` stays off, so `\href`, `\url`, `\includegraphics`, `\class` and `\style` are
 * refused, and it escapes every character it writes. The TeX is kept in an
 * `<annotation encoding="application/x-tex">`, which Pagefind indexes: the MathML shown is
 * marked `data-pagefind-ignore`, so a formula is searchable by the words and command names of its
 * source (`autonomous` in `\textit{autonomous}`, `epsilon`) and not twice. The few inline styles
 * Temml writes become classes of the math stylesheet (`math-depth`) or are dropped.
 */
export function renderMath(tex: string, display: boolean): string | undefined {
  let markup: string;
  try {
    markup = temml.renderToString(tex, { displayMode: display, annotate: true, throwOnError: true, trust: false });
  } catch {
    return undefined;
  }
  const fragment = parseFragment(markup);
  for (const node of fragment.childNodes) tidy(node);
  return serialize(fragment);
}

/** Moves inline styles to classes and marks the shown half of `<semantics>` for Pagefind to skip. */
function tidy(node: Node): void {
  if (!('tagName' in node)) return;
  const style = node.attrs.find((attr) => attr.name === 'style');
  if (style !== undefined) {
    node.attrs = node.attrs.filter((attr) => attr !== style);
    addClasses(node, styleClasses(style.value));
  }
  if (node.tagName === 'mtext') textAsText(node);
  if (node.tagName === 'semantics') {
    const shown = node.childNodes.find((child): child is Element => 'tagName' in child && child.tagName !== 'annotation');
    shown?.attrs.push({ name: 'data-pagefind-ignore', value: '' });
  }
  for (const child of node.childNodes) tidy(child);
}

/**
 * Text inside a formula (`\textit{autonomous systems}`), which Temml writes in mathematical
 * letters (`𝑎𝑢𝑡𝑜…`, spaced as variables are), as plain letters set in the text's font and style
 * by a class of src/styles/math.css, as TeX sets text in math.
 */
function textAsText(element: Element): void {
  const texts = element.childNodes.filter((child) => child.nodeName === '#text' && 'value' in child);
  const text = texts.map((child) => ('value' in child ? child.value : '')).join('');
  const plain = text.replace(/[\u{1D400}-\u{1D7FF}\u210E]/gu, (char) => char.normalize('NFKC'));
  if (plain === text || texts.length !== element.childNodes.length) return;
  for (const [index, child] of texts.entries()) if ('value' in child) child.value = index === 0 ? plain : '';
  const codes = [...text].map((char) => char.codePointAt(0) ?? 0);
  const within = (from: number, to: number) => codes.some((code) => code >= from && code <= to);
  addClasses(element, [
    'math-text',
    ...(within(0x1d434, 0x1d49b) || text.includes('\u210E') ? ['math-text-italic'] : []),
    ...(within(0x1d400, 0x1d433) || within(0x1d468, 0x1d49b) ? ['math-text-bold'] : []),
    ...(within(0x1d670, 0x1d6a3) ? ['math-text-mono'] : []),
  ]);
}

/** The classes of src/styles/math.css that stand for an inline style Temml wrote; other declarations are dropped. */
function styleClasses(style: string): string[] {
  return style.split(';').flatMap((declaration) => {
    const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
    return (property === 'math-depth' || property === 'mathDepth') && /^\d$/.test(value) ? [`math-depth-${value}`] : [];
  });
}

function addClasses(element: Element, classes: string[]): void {
  if (classes.length === 0) return;
  const existing = element.attrs.find((attr) => attr.name === 'class');
  if (existing === undefined) element.attrs.push({ name: 'class', value: classes.join(' ') });
  else existing.value = [existing.value, ...classes].join(' ');
}
