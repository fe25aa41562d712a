import type { CslName } from '../../../src/schemas/paper.ts';
import type { Problem } from '../problem.ts';
import type { RecordsRead } from '../read-records.ts';
import { arxivItem, arxivKeys } from './arxiv-item.ts';
import { givenFirstName } from './given-first-name.ts';
import { readJsonValues } from './read-json-values.ts';
import { doiKeyOf, settleRecords, type FoundRecord } from './settle-records.ts';

/**
 * Reads arXiv's metadata snapshot (the OAI snapshot Kaggle publishes: one JSON object a line,
 * in a `.json` file, with `id`, `title`, `abstract`, `authors_parsed`, `categories`,
 * `versions`, `doi`, `journal-ref`) into CSL JSON records (see arxivItem): authors from
 * `authors_parsed` (else the `authors` line), the first version's date. A line that is not
 * JSON or a record without an id or title is a warning at its line and skipped; a paper the
 * file holds twice (same arXiv id) is read once.
 */
export function readArxivJson(text: string, file: string): RecordsRead {
  const { values, problems } = readJsonValues(text, file);
  const warnings: Problem[] = [...problems];
  const found: FoundRecord[] = [];
  for (const { value, line } of values) {
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const id = textOf(record?.['id']);
    if (record === undefined || id === undefined) {
      warnings.push({ file, line, message: 'this line is not an arXiv record (an object with an "id"), so it was skipped', hint: "keep the snapshot's lines as arXiv writes them, one record a line" });
      continue;
    }
    const versions = Array.isArray(record['versions']) ? (record['versions'] as unknown[]) : [];
    const first = versions[0] !== null && typeof versions[0] === 'object' ? textOf((versions[0] as Record<string, unknown>)['created']) : undefined;
    const item = arxivItem({
      id,
      title: textOf(record['title']) ?? '',
      abstract: textOf(record['abstract']) ?? '',
      authors: authorsOf(record['authors_parsed'], textOf(record['authors'])),
      categories: (textOf(record['categories']) ?? '').split(/\s+/),
      submitted: first ?? textOf(record['update_date']),
      doi: textOf(record['doi']),
      journalRef: textOf(record['journal-ref']),
    });
    const doi = doiKeyOf(item.DOI);
    found.push({ item, line, keys: [...arxivKeys(item), ...(doi === undefined ? [] : [doi])] });
  }
  return settleRecords(found, warnings, file, { format: 'arXiv metadata', hint: "use arXiv's metadata snapshot as published (one JSON record a line)" });
}

/** Authors from `authors_parsed` (`[family, given, suffix, affiliation]` each), else from the `authors` line (`A. One, B. Two and C. Three`). */
function authorsOf(parsed: unknown, line: string | undefined): CslName[] {
  if (Array.isArray(parsed) && parsed.length > 0) {
    return parsed.flatMap((parts) => {
      if (!Array.isArray(parts)) return [];
      const [family, given, suffix] = parts.map((part) => (typeof part === 'string' ? part.trim() : ''));
      if (family === undefined || family === '') return [];
      return [{ family, ...(given === undefined || given === '' ? {} : { given }), ...(suffix === undefined || suffix === '' ? {} : { suffix }) }];
    });
  }
  return (line ?? '')
    .replace(/\([^()]*\)/g, '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map(givenFirstName);
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
