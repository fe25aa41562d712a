import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * Citation.js (https://citation.js.org), loaded once with the BibTeX and RIS plugins: the
 * well-kept parsers of those formats, each giving CSL JSON. Plain data in, plain records out.
 */

/** A BibLaTeX entry as Citation.js takes it: type, key and fields as TeX, macros already expanded. */
export interface CitationEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** Decodes BibLaTeX entries (names, dates, LaTeX, types, `crossref` among them) into CSL JSON records, in order. */
export function parseBibtexEntries(entries: readonly CitationEntry[]): unknown[] {
  return plugins.input.chain(entries, { generateGraph: false, forceType: '@biblatex/entries+list' });
}

/** Parses RIS text (records from `TY  -` to `ER  -`) into CSL JSON records, in the text's order. */
export function parseRisText(text: string): unknown[] {
  return plugins.input.chain(text, { generateGraph: false, forceType: '@ris/file' });
}

/** Writes one CSL JSON record as a BibTeX entry (LaTeX escapes for braces, `&`, accents). */
export function formatBibtexEntry(item: unknown): string {
  return plugins.output.format('bibtex', [item], { format: 'text' }).trim();
}
