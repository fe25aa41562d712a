import type { Problem } from '../problem.ts';
import type { RecordsRead } from '../read-records.ts';
import { wosItem, type Fields } from './read-wos.ts';
import { doiKeyOf, settleRecords, type FoundRecord } from './settle-records.ts';

/** Columns holding one value per person or reference, `; `-separated (the plain-text export puts each on its own line). */
const listTags = new Set(['AU', 'AF', 'BA', 'BF', 'BE', 'CA', 'GP', 'CR', 'EM', 'RI', 'OI']);

/**
 * Reads Web of Science's tab-delimited export ("Tab delimited file", UTF-8 or UTF-16 as
 * decodeDocument reads it) into CSL JSON records with the plain-text reader's mapping
 * (wosItem): the header names each column by its tag (`PT`, `AU`, `AF`, `TI`, `SO`, `DE`,
 * `ID`, `AB`, `PY`, `PD`, `DI`, `UT`, …), and each further line is one record. A line that
 * does not start with a publication type or has another number of cells than the header
 * (a record broken over two lines, a stray tab), or has no title, is a warning at its line
 * and skipped; a record the
 * file holds twice (same `UT`, or same DOI and title) is read once.
 */
export function readWosTab(text: string, file: string): RecordsRead {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '').split('\t').map((tag) => tag.trim());
  while (header.at(-1) === '') header.pop();
  const warnings: Problem[] = [];
  const found: FoundRecord[] = [];
  for (let index = 1; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const line = index + 1;
    const cells = raw.split('\t');
    if (!/^[A-Z]$/.test((cells[0] ?? '').trim())) {
      warnings.push({ file, line, message: 'this line does not start with a publication type (`J`, `B`, `S`, `C` or `P` under `PT`), so it was skipped', hint: 'a record is one line of tab-separated cells; export it again if its line was broken' });
      continue;
    }
    // Web of Science ends every line with a tab: a record has a cell for every tag, and nothing after them.
    if (cells.length < header.length || cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      warnings.push({ file, line, message: `this record has ${cells.length} cells where the header has ${header.length} tags, so it was skipped`, hint: 'a record is one line with a cell for every tag; export it again if a line break or a tab in a cell broke it' });
      continue;
    }
    const fields: Fields = new Map();
    header.forEach((tag, column) => {
      const value = (cells[column] ?? '').trim();
      if (value === '') return;
      fields.set(tag, listTags.has(tag) ? value.split(/;\s*/).filter((part) => part !== '') : [value]);
    });
    const item = wosItem(fields);
    const doi = doiKeyOf(item.DOI);
    found.push({ item, line, keys: [...(item.id === undefined ? [] : [`ut:${String(item.id)}`]), ...(doi === undefined ? [] : [doi])] });
  }
  return settleRecords(found, warnings, file, { format: 'Web of Science tab-delimited', hint: 'export the records from Web of Science as "Tab delimited file" with the full record, or as "Plain text file"' });
}
