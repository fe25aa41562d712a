/** The input formats Paper Atlas reads. */
export type InputFormat = 'document' | 'bibtex' | 'ris' | 'csl-json' | 'medline' | 'wos';

/** File extensions that name their format outright. */
const byExtension: Record<string, InputFormat> = {
  bib: 'bibtex',
  bibtex: 'bibtex',
  biblatex: 'bibtex',
  ris: 'ris',
  json: 'csl-json',
  nbib: 'medline',
  medline: 'medline',
  ciw: 'wos',
};

/** The extensions a folder's files may have to be read as sources, besides `.txt`. */
export const sourceExtensions = ['txt', ...Object.keys(byExtension)] as const;

/**
 * The format of a source file: a bibliographic extension (`.bib`, `.ris`, `.json`, `.nbib`,
 * `.ciw`) says it; any other file (`.txt`: PubMed's and Web of Science's saves, plain
 * documents) is told by its first lines: `@article{` BibTeX, `TY  - ` RIS, `PMID- ` MEDLINE,
 * `FN`/`VR`/`PT` with an `ER` line Web of Science, `[` or `{` CSL JSON; else a plain document.
 */
export function detectFormat(file: string, text: string): InputFormat {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const named = extension === undefined ? undefined : byExtension[extension];
  if (named !== undefined) return named;
  const lines = text.replace(/^\uFEFF/, '').split('\n', 200);
  const first = lines.find((line) => line.trim() !== '' && !line.startsWith('%')) ?? '';
  if (/^\s*@[A-Za-z]+\s*[{(]/.test(first)) return 'bibtex';
  if (/^TY {2}- /.test(first)) return 'ris';
  if (/^PMID- ?\d/.test(first)) return 'medline';
  if (/^(FN|VR|PT) /.test(first) && /^ER\s*$/m.test(text)) return 'wos';
  if (/^\s*[[{]/.test(first) && /"type"\s*:/.test(text.slice(0, 20_000))) return 'csl-json';
  return 'document';
}
