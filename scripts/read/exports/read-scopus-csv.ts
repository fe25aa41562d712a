import type { Problem } from '../problem.ts';
import type { RecordsRead } from '../read-records.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { scopusItem, scopusKeys } from './scopus-item.ts';
import { doiKeyOf, settleRecords, type FoundRecord } from './settle-records.ts';

/**
 * Reads Scopus' CSV export (any of its layouts: with or without `EID`, 27 or 36 columns, a
 * byte order mark, a quoted header) into CSL JSON records, one a row, by column name (see
 * scopusItem). A row that cannot be read (a quote never closed, too few or too many cells)
 * or has no title is a warning at its line and skipped; a record the export holds twice
 * (same EID, or same DOI and title) is read once. The file is an error only when it has no
 * `Title` column or no row can be read.
 */
export function readScopusCsv(text: string, file: string): RecordsRead {
  const { header, rows, broken } = readCsvRows(text);
  const columns = header.map((name) => name.trim());
  if (!columns.includes('Title')) {
    return { records: [], warnings: [], errors: [{ file, line: 1, message: 'the CSV file has no `Title` column, so it is not a Scopus export', hint: 'export the records from Scopus as CSV with at least the citation information (Authors, Title, Year, Source title, DOI) and the abstract' }] };
  }
  const warnings: Problem[] = broken.map(({ line, reason }) => ({ file, line, message: `${reason}, so it was skipped`, hint: 'check the quotes and commas of that record, or export it again' }));
  const found: FoundRecord[] = rows.map(({ cells, line }) => {
    const item = scopusItem(new Map(columns.map((name, index) => [name, cells[index] ?? ''])));
    const doi = doiKeyOf(item.DOI);
    return { item, line, keys: [...scopusKeys(item), ...(doi === undefined ? [] : [doi])] };
  });
  return settleRecords(found, warnings, file, { format: 'Scopus CSV', hint: 'export the records from Scopus as CSV (Export → CSV) with the citation information and the abstract' });
}
