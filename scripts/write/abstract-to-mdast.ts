import type { Paragraph, PhrasingContent } from 'mdast';
import { findUrls } from '../fields/find-urls.ts';
import { tidyLatex } from '../fields/tidy-latex.ts';

/**
 * Turns an abstract's paragraphs into mdast paragraphs of plain text and links.
 *
 * The text stays data: it goes into `text` nodes, and the serializer escapes
 * whatever Markdown or MDX would read as syntax. Only cleaned `http(s)` URLs
 * become links; LaTeX-isms are tidied for reading ({@link tidyLatex}).
 */
export function abstractToMdast(paragraphs: readonly string[]): Paragraph[] {
  return paragraphs.map((paragraph) => {
    const text = tidyLatex(paragraph);
    const children: PhrasingContent[] = [];
    let offset = 0;
    for (const { start, end, url } of findUrls(text)) {
      if (start > offset) children.push({ type: 'text', value: text.slice(offset, start) });
      children.push({ type: 'link', url, children: [{ type: 'text', value: text.slice(start, end) }] });
      offset = end;
    }
    if (offset < text.length) children.push({ type: 'text', value: text.slice(offset) });
    return { type: 'paragraph', children };
  });
}
