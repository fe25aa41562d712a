import { cslItemSchema } from '../../../src/schemas/paper.ts';
import { lineIndex, type RecordsRead, type SourceRecord } from '../read-records.ts';

/**
 * Reads a CSL JSON file (Zotero's "CSL JSON" export, citeproc's input): an array of records,
 * or one record. CSL JSON is already what Paper Atlas reads every format into, so no
 * converter is needed, only `JSON.parse` and the schema. Invalid JSON, an item that is not
 * a record with a `type`, or a record without a title stops the build at its line.
 */
export function readCslJson(text: string, file: string): RecordsRead {
  const lineAt = lineIndex(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    return {
      records: [],
      warnings: [],
      errors: [{ file, line: Number.isFinite(position) ? lineAt(position) : 0, message: `the file is not valid JSON (${message.replace(/^.*?: /, '').split('\n')[0]})`, hint: 'fix the JSON there, or export the library again as CSL JSON' }],
    };
  }
  const items = Array.isArray(data) ? data : [data];
  const starts = Array.isArray(data) ? itemStarts(text) : [text.search(/\S/)];
  const records: SourceRecord[] = [];
  const errors: RecordsRead['errors'] = [];
  items.forEach((item, index) => {
    const line = lineAt(starts[index] ?? 0);
    const parsed = cslItemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ file, line, message: `item ${index + 1} is not a CSL JSON record (${issue?.path.join('.') || 'the item'}: ${issue?.message ?? 'invalid'})`, hint: 'each item is an object with a "type" (e.g. "article-journal") and a "title"' });
      return;
    }
    if ((parsed.data.title ?? '').trim() === '') {
      errors.push({ file, line, message: `item ${index + 1}${parsed.data.id === undefined ? '' : ` ("${String(parsed.data.id)}")`} has no title`, hint: 'add a "title", or remove the item' });
      return;
    }
    records.push({ item: parsed.data, line });
  });
  if (items.length === 0) errors.push({ file, line: 0, message: 'the CSL JSON file has no records', hint: 'export the library as CSL JSON (an array of records)' });
  return { records, warnings: [], errors };
}

/** Offsets where each element of a top-level JSON array starts. */
function itemStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(character)) {
      starts.push(index);
      expectValue = false;
    }
    if (character === '"') inString = true;
    else if (character === '[' || character === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (character === ']' || character === '}') depth--;
    else if (character === ',' && depth === 1) expectValue = true;
  }
  return starts;
}
