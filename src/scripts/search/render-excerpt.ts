import { excerptParts } from '../../utils/search/excerpt-parts.ts';

/** A Pagefind excerpt as DOM nodes: text, with `<mark>` around matched words. */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const { text, marked } of excerptParts(excerpt)) {
    if (!marked) {
      fragment.append(text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = text;
    fragment.append(mark);
  }
  return fragment;
}
