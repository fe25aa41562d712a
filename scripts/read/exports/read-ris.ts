import { cslItemSchema, type CslItem } from '../../../src/schemas/paper.ts';
import { parseRisText } from './citation-js.ts';
import type { Problem } from '../problem.ts';
import type { RecordsRead, SourceRecord } from '../read-records.ts';

/** A RIS line: two-character tag, two spaces, a hyphen, then the value (`TI  - Title`). */
const risLine = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

/**
 * Reads a RIS file (EndNote, Mendeley, Zotero, Scopus, Web of Science, Ovid) into CSL JSON
 * records with Citation.js. Records are found line by line first, so each keeps its line.
 * Lines without a tag continue the field before them inside a record, as some exporters wrap
 * long abstracts, and are ignored between records, where exporters put a `Record #1 of 78`
 * or `1.` line before each record and an Ovid link after it. A record without `ER  -` before
 * the next `TY  -` or the end, a tag line outside a record, a record Citation.js cannot read
 * and a record without a title are problems at their lines: each costs only its record.
 */
export function readRis(text: string, file: string): RecordsRead {
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const lines = text.split('\n');
  const chunks: { line: number; lines: string[]; doi?: string }[] = [];
  let current: { line: number; lines: string[]; doi?: string } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    const number = index + 1;
    const tagged = risLine.exec(line);
    if (tagged === null) {
      // Between records, untagged text is the exporter's numbering or links, not data.
      if (line.trim() !== '' && current !== undefined) current.lines.push(line);
      return;
    }
    const [, tag, value = ''] = tagged;
    if (tag === 'TY') {
      if (current !== undefined) {
        errors.push({ file, line: current.line, message: 'this record has no `ER  -` line before the next `TY  -`', hint: `end the record with a line \`ER  - \` before line ${number}` });
        chunks.pop();
      }
      current = { line: number, lines: [line] };
      chunks.push(current);
      return;
    }
    if (current === undefined) {
      errors.push({ file, line: number, message: `the ${tag} line is outside any record`, hint: 'start every record with a `TY  - <type>` line and end it with `ER  -`' });
      return;
    }
    current.lines.push(line);
    // Citation.js' RIS mapping drops `DO` (DOI) in some record types; the reader keeps it.
    if (tag === 'DO' && current.doi === undefined && value.trim() !== '') current.doi = value.trim();
    if (tag === 'ER') current = undefined;
  });
  if (current !== undefined) {
    errors.push({ file, line: current.line, message: 'this record has no `ER  -` line before the end of the file', hint: 'end the record with a line `ER  - `' });
    chunks.pop();
  }
  if (chunks.length === 0 && errors.length === 0) errors.push({ file, line: 0, message: 'the RIS file has no records', hint: 'export the library as RIS (records from `TY  - JOUR` to `ER  -`)' });

  const records: SourceRecord[] = [];
  const texts = chunks.map((chunk) => chunk.lines.join('\n'));
  let items: unknown[] | undefined;
  try {
    items = parseRisText(texts.join('\n\n'));
  } catch {
    items = undefined;
  }
  if (items?.length !== chunks.length) items = undefined;
  chunks.forEach((chunk, index) => {
    let item: unknown = items?.[index];
    if (item === undefined) {
      try {
        item = parseRisText(texts[index] as string)[0];
      } catch (error) {
        errors.push({ file, line: chunk.line, message: `this record cannot be read: ${String((error as Error)?.message ?? error).split('\n')[0]}`, hint: 'check its tags: each line is `XX  - value`' });
        return;
      }
    }
    const parsed = cslItemSchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ file, line: chunk.line, message: 'this record cannot be read', hint: 'check its tags: each line is `XX  - value`' });
      return;
    }
    const record: CslItem = { ...parsed.data, ...(parsed.data.title === undefined ? {} : { title: parsed.data.title.trim() }) };
    if (record.DOI === undefined && chunk.doi !== undefined) record.DOI = chunk.doi;
    if ((record.title ?? '') === '') {
      errors.push({ file, line: chunk.line, message: 'this record has no title', hint: 'add a `TI  - …` (or `T1  - …`) line, or remove the record' });
      return;
    }
    records.push({ item: record, line: chunk.line });
  });
  return { records, warnings, errors };
}
