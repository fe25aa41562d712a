import type { Paragraph, PhrasingContent } from 'mdast';
import { mathCode, readMathCode } from '../../src/utils/math/math-code.ts';
import { splitTex, type TexPart } from '../../src/utils/math/split-tex.ts';
import { findUrls } from '../fields/find-urls.ts';
import { tidyLatex } from '../fields/tidy-latex.ts';

/**
 * Turns an abstract's paragraphs into mdast paragraphs of text, links, emphasis and formulas.
 *
 * The text stays data: it goes into `text` nodes, and the serializer escapes whatever Markdown
 * or MDX would read as syntax. TeX is read by {@link splitTex}: `\emph{…}` and `\textit{…}` become
 * emphasis, `\textbf{…}` strong, `\texttt{…}` code, and each formula a code span holding its TeX
 * (`` `$x^2$` ``, see src/utils/math/math-code.ts) that the paper loader renders as MathML. Only
 * cleaned `http(s)` URLs become links; LaTeX-isms in the text are tidied for reading ({@link tidyLatex}).
 */
export function abstractToMdast(paragraphs: readonly string[]): Paragraph[] {
  return paragraphs.map((paragraph) => ({ type: 'paragraph', children: partsToMdast(splitTex(paragraph)) }));
}

function partsToMdast(parts: readonly TexPart[]): PhrasingContent[] {
  return apartCodeSpans(
    parts.flatMap((part): PhrasingContent[] => {
      if (part.type === 'text') return textToMdast(tidyLatex(part.value));
      if (part.type === 'code') return [{ type: 'inlineCode', value: tidyLatex(part.value) }];
      if (part.type === 'math') return [{ type: 'inlineCode', value: mathCode(part.tex, part.display) }];
      return [{ type: part.type, children: partsToMdast(part.children) }];
    }),
  );
}

/**
 * Markdown cannot hold two code spans side by side (their backticks run together), so two
 * formulas written one after the other (`$a$$b$`) become one, which TeX typesets alike, and code
 * against a formula (`\texttt{a}$b$`) is set a space apart.
 */
function apartCodeSpans(nodes: PhrasingContent[]): PhrasingContent[] {
  const apart: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = apart.at(-1);
    if (node.type !== 'inlineCode' || last?.type !== 'inlineCode') {
      apart.push(node);
      continue;
    }
    const [before, after] = [readMathCode(last.value), readMathCode(node.value)];
    if (before !== undefined && after !== undefined && before.display === after.display) last.value = mathCode(`${before.tex} ${after.tex}`, after.display);
    else apart.push({ type: 'text', value: ' ' }, node);
  }
  return apart;
}

/** Text with its `http(s)` URLs as links. */
function textToMdast(text: string): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let offset = 0;
  for (const { start, end, url } of findUrls(text)) {
    if (start > offset) children.push({ type: 'text', value: text.slice(offset, start) });
    children.push({ type: 'link', url, children: [{ type: 'text', value: text.slice(start, end) }] });
    offset = end;
  }
  if (offset < text.length) children.push({ type: 'text', value: text.slice(offset) });
  return children;
}
