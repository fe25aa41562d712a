import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * Citation.js (https://citation.js.org), loaded once with the BibTeX and RIS plugins: the
 * well-kept parsers of those formats, each giving CSL JSON. Plain data in, plain records out.
 */

/** Parses BibTeX or BibLaTeX text (entries, `@string` macros) into CSL JSON records, in the text's order. */
export function parseBibtexText(text: string): unknown[] {
  return plugins.input.chain(text, { generateGraph: false, forceType: '@biblatex/text' });
}

/** Parses RIS text (records from `TY  -` to `ER  -`) into CSL JSON records, in the text's order. */
export function parseRisText(text: string): unknown[] {
  return plugins.input.chain(text, { generateGraph: false, forceType: '@ris/file' });
}

/** Writes one CSL JSON record as a BibTeX entry (LaTeX escapes for braces, `&`, accents). */
export function formatBibtexEntry(item: unknown): string {
  return plugins.output.format('bibtex', [item], { format: 'text' }).trim();
}
