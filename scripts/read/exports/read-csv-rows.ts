import Papa from 'papaparse';
import { lineIndex } from '../read-records.ts';

/** One row of a CSV file: its cells and the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** A CSV file as rows: the header's cells, the rows after it, and the rows that could not be read, each with its line and why. */
export interface CsvRows {
  header: string[];
  rows: CsvRow[];
  broken: { line: number; reason: string }[];
}

/**
 * Reads a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks)
 * into rows with the line each starts on, with Papa Parse (the fastest of the parsers we
 * measured: 0.7 s for 160 MB of Scopus CSV, against 15 s for csv-parse). A row whose quote
 * never closes, or whose number of cells differs from the header's, is given back as broken
 * and reading goes on at the line after its start, so one broken record costs that record
 * alone, not the rest of the file. Blank lines are skipped; a byte order mark is ignored.
 */
export function readCsvRows(text: string): CsvRows {
  const lineAt = lineIndex(text);
  const result: CsvRows = { header: [], rows: [], broken: [] };
  let header: string[] | undefined;
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (offset < text.length) {
    const base = offset;
    let start = base;
    let resume: number | undefined;
    Papa.parse<string[]>(text.slice(base), {
      delimiter: ',',
      step: (step, parser) => {
        const line = lineAt(start);
        const cells = step.data;
        const rowStart = start;
        start = base + step.meta.cursor;
        let reason: string | undefined;
        if (step.errors.length > 0) reason = `a quote in this record is never closed (${step.errors[0]?.message ?? 'quoted field unterminated'})`;
        else if (cells.length === 1 && cells[0]?.trim() === '') return;
        else if (header === undefined) header = cells;
        else if (cells.length !== header.length) reason = `this record has ${cells.length} cells where the header has ${header.length}`;
        else result.rows.push({ cells, line });
        if (reason === undefined) return;
        result.broken.push({ line, reason });
        // Go on at the next line: the record's own line is lost, what a stray quote swallowed after it is read again.
        const next = text.indexOf('\n', rowStart);
        resume = next === -1 ? text.length : next + 1;
        parser.abort();
      },
    });
    if (resume === undefined) break;
    offset = resume;
  }
  result.header = header ?? [];
  return result;
}
