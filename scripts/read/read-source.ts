import { detectFormat, type InputFormat } from './detect-format.ts';
import { readArxivAtom } from './exports/read-arxiv-atom.ts';
import { readArxivJson } from './exports/read-arxiv-json.ts';
import { readOpenalex } from './exports/read-openalex.ts';
import { readScopusCsv } from './exports/read-scopus-csv.ts';
import { readWosTab } from './exports/read-wos-tab.ts';
import { parseDocument, type ParsedDocument } from './plain/parse-document.ts';
import { InputError } from './problem.ts';
import { readBibtex, type BibtexContext } from './exports/read-bibtex.ts';
import { readCslJson } from './exports/read-csl-json.ts';
import { readMedline } from './exports/read-medline.ts';
import type { RecordsRead } from './read-records.ts';
import { readRis } from './exports/read-ris.ts';
import { readWos } from './exports/read-wos.ts';
import { recordToPaper } from './record-to-paper.ts';

/** What a reader may need from the build's other sources: the macros of its BibTeX files. */
export interface SourceContext {
  bibtex?: BibtexContext;
}

const readers: Record<Exclude<InputFormat, 'document'>, (text: string, file: string, context: SourceContext) => RecordsRead> = {
  bibtex: (text, file, context) => readBibtex(text, file, context.bibtex),
  ris: readRis,
  'csl-json': readCslJson,
  medline: readMedline,
  wos: readWos,
  'wos-tab': readWosTab,
  'scopus-csv': readScopusCsv,
  openalex: readOpenalex,
  'arxiv-json': readArxivJson,
  'arxiv-atom': readArxivAtom,
};

/**
 * Reads one source file of any format (see detectFormat) into papers: a plain document as
 * parseDocument does, an export record by record. A record an export cannot read costs only
 * that record: it comes back as a warning at its line, and the rest is read. Throws an
 * {@link InputError} with every problem of the file when nothing in it can be read.
 */
export function readSource(text: string, file: string, context: SourceContext = {}): ParsedDocument & { format: InputFormat } {
  const format = detectFormat(file, text);
  if (format === 'document') return { ...parseDocument(text, file), format };
  const { records, warnings, errors } = readers[format](text, file, context);
  if (records.length === 0 && errors.length > 0) throw new InputError(errors);
  const skipped = errors.map((problem) => ({ ...problem, message: `${problem.message}, so it was skipped` }));
  const papers = records.map(recordToPaper);
  return { papers, warnings: [...warnings, ...skipped].sort((a, b) => a.line - b.line), multiParagraphAbstracts: papers.filter((paper) => paper.paragraphs.length > 1).length, format };
}
