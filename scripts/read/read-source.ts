import { detectFormat, type InputFormat } from './detect-format.ts';
import { readArxivAtom } from './exports/read-arxiv-atom.ts';
import { readArxivJson } from './exports/read-arxiv-json.ts';
import { readOpenalex } from './exports/read-openalex.ts';
import { readScopusCsv } from './exports/read-scopus-csv.ts';
import { readWosTab } from './exports/read-wos-tab.ts';
import { parseDocument, type ParsedDocument } from './parse-document.ts';
import { InputError } from './problem.ts';
import { readBibtex } from './read-bibtex.ts';
import { readCslJson } from './read-csl-json.ts';
import { readMedline } from './read-medline.ts';
import type { RecordsRead } from './read-records.ts';
import { readRis } from './read-ris.ts';
import { readWos } from './read-wos.ts';
import { recordToPaper } from './record-to-paper.ts';

const readers: Record<Exclude<InputFormat, 'document'>, (text: string, file: string) => RecordsRead> = {
  bibtex: readBibtex,
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
 * parseDocument does, an export record by record. Throws an {@link InputError} with every
 * problem of the file; entries a format lets us skip come back as warnings.
 */
export function readSource(text: string, file: string): ParsedDocument & { format: InputFormat } {
  const format = detectFormat(file, text);
  if (format === 'document') return { ...parseDocument(text, file), format };
  const { records, warnings, errors } = readers[format](text, file);
  if (errors.length > 0) throw new InputError(errors);
  const papers = records.map(recordToPaper);
  return { papers, warnings, multiParagraphAbstracts: papers.filter((paper) => paper.paragraphs.length > 1).length, format };
}
