import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { abstractToMdast } from '../../scripts/write/abstract-to-mdast.ts';

/**
 * The text of the tree a generated page is written from, for one abstract paragraph: TeX read
 * (a formula as its code, `$x$`; `\emph{a}` as `a`), LaTeX-isms tidied. What the page's
 * Markdown must give back, before its formulas are drawn.
 */
export function shownText(text: string): string {
  return toString(paragraph(text));
}

/** How many code spans (formulas and `\texttt`) the page of a paragraph holds. */
export function codeSpans(text: string): number {
  let count = 0;
  visit(paragraph(text), 'inlineCode', () => {
    count += 1;
  });
  return count;
}

function paragraph(text: string): Nodes {
  return abstractToMdast([text])[0] ?? { type: 'paragraph', children: [] };
}
