import type { Problem } from '../problem.ts';
import type { RecordsRead } from '../read-records.ts';
import { openalexItem, openalexKeys } from './openalex-item.ts';
import { readJsonValues } from './read-json-values.ts';
import { doiKeyOf, settleRecords, type FoundRecord } from './settle-records.ts';

/**
 * Reads OpenAlex works (https://docs.openalex.org/api-entities/works) into CSL JSON records
 * (see openalexItem): a saved API page (`{"meta": …, "results": [works]}`), a JSON array of
 * works, one work, or JSON Lines (one work a line, as OpenAlex's snapshot and most download
 * scripts write them). A line that is not JSON, a value that is not a work, or a work
 * without a title is a warning at its line and skipped; a work the file holds twice (same
 * OpenAlex id, or same DOI and title) is read once.
 */
export function readOpenalex(text: string, file: string): RecordsRead {
  const { values, problems } = readJsonValues(text, file);
  const warnings: Problem[] = [...problems];
  const found: FoundRecord[] = [];
  for (const { value, line } of values) {
    const item = openalexItem(value);
    if (item === undefined) {
      warnings.push({ file, line, message: 'this value is not an OpenAlex work (an object with a "title"), so it was skipped', hint: 'save works from the OpenAlex API (`/works`), as a page, an array or one work a line' });
      continue;
    }
    const doi = doiKeyOf(item.DOI);
    found.push({ item, line, keys: [...openalexKeys(item), ...(doi === undefined ? [] : [doi])] });
  }
  return settleRecords(found, warnings, file, { format: 'OpenAlex', hint: 'save works from the OpenAlex API (`https://api.openalex.org/works?…`), as the page it returns or as JSON Lines' });
}
