import { detectExport, type ContentFormat } from './exports/detect-export.ts';

/** The input formats Paper Atlas reads. */
export type InputFormat = 'document' | 'bibtex' | 'ris' | 'csl-json' | 'medline' | 'wos' | ContentFormat;

/** File extensions that name their format outright. */
const byExtension: Record<string, InputFormat> = {
  bib: 'bibtex',
  bibtex: 'bibtex',
  biblatex: 'bibtex',
  ris: 'ris',
  nbib: 'medline',
  medline: 'medline',
  ciw: 'wos',
};

/** Extensions of files whose content says which export they are (see detectExport), and what they are read as when it does not. */
const byContent: Record<string, InputFormat> = { json: 'csl-json', jsonl: 'openalex', ndjson: 'openalex', csv: 'scopus-csv', xml: 'arxiv-atom', tsv: 'wos-tab' };

/** The extensions a folder's files may have to be read as sources, besides `.txt`. */
export const sourceExtensions = ['txt', ...Object.keys(byExtension), ...Object.keys(byContent)] as const;

/**
 * The format of a source file: a bibliographic extension (`.bib`, `.ris`, `.nbib`, `.ciw`)
 * says it; any other file is told by its content: first the database exports detectExport
 * knows (Scopus CSV, Web of Science tab-delimited, OpenAlex, arXiv's snapshot and Atom feed),
 * then by its first lines: `@article{` BibTeX, `TY  - ` RIS, `PMID- ` MEDLINE, `FN`/`VR`/`PT`
 * with an `ER` line Web of Science, `[` or `{` CSL JSON; else what its extension suggests
 * (`.json` CSL JSON, `.csv` Scopus, …), or a plain document.
 */
export function detectFormat(file: string, text: string): InputFormat {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const named = extension === undefined ? undefined : byExtension[extension];
  if (named !== undefined) return named;
  const exported = detectExport(text);
  if (exported !== undefined) return exported;
  const lines = text.replace(/^\uFEFF/, '').split('\n', 200);
  const first = lines.find((line) => line.trim() !== '' && !line.startsWith('%')) ?? '';
  if (/^\s*@[A-Za-z]+\s*[{(]/.test(first)) return 'bibtex';
  if (/^TY {2}- /.test(first)) return 'ris';
  if (/^PMID- ?\d/.test(first)) return 'medline';
  if (/^(FN|VR|PT) /.test(first) && /^ER\s*$/m.test(text)) return 'wos';
  if (/^\s*[[{]/.test(first) && /"type"\s*:/.test(text.slice(0, 20_000))) return 'csl-json';
  return (extension === undefined ? undefined : byContent[extension]) ?? 'document';
}
