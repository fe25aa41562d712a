import type { CslItem } from '../../../src/schemas/paper.ts';
import type { Problem } from '../problem.ts';
import type { RecordsRead, SourceRecord } from '../read-records.ts';

/** A record as a reader found it, with the ids that name the same record twice in one file (the database's id, the DOI). */
export interface FoundRecord extends SourceRecord {
  /** Ids such as `eid:2-s2.0-85…` or `doi:10.1000/x` (see doiKeyOf); a record sharing one with an earlier record is that record again (for a DOI, when the titles agree too). */
  keys: string[];
}

/** What to say when a file gives no record at all. */
export interface EmptyFile {
  /** What the file was expected to be, e.g. `Scopus CSV`. */
  format: string;
  /** How to get a file that can be read. */
  hint: string;
}

/**
 * The records of a database export by the contract every reader follows: a record without
 * a title is a warning and skipped, like the broken records the reader already reported;
 * a record the file holds twice (same id, or same DOI and title, as in Scopus exports) is read once, the
 * later copy filling the fields the first lacks, with a warning naming both lines. The
 * file is an error only when nothing in it can be read: then every warning is an error.
 */
export function settleRecords(found: readonly FoundRecord[], warnings: readonly Problem[], file: string, empty: EmptyFile): RecordsRead {
  const problems = [...warnings];
  const records: SourceRecord[] = [];
  const byKey = new Map<string, SourceRecord[]>();
  for (const { item, line, keys } of found) {
    if ((item.title ?? '').trim() === '') {
      problems.push({ file, line, message: 'this record has no title, so it was skipped', hint: 'give it a title in the database, or remove it from the export' });
      continue;
    }
    // A DOI alone does not make one record: an export can give a book's DOI to each of its chapters.
    let earlier: SourceRecord | undefined;
    const key = keys.find((candidate) => {
      earlier = byKey.get(candidate)?.find((record) => !candidate.startsWith('doi:') || titleKey(record.item.title) === titleKey(item.title));
      return earlier !== undefined;
    });
    if (earlier !== undefined) {
      earlier.item = { ...item, ...earlier.item } as CslItem;
      problems.push({ file, line, message: `this record repeats the one at line ${earlier.line} (${key})`, hint: 'it is read once, as one paper' });
      continue;
    }
    const record = { item, line };
    records.push(record);
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  if (records.length > 0) return { records, warnings: problems.sort((a, b) => a.line - b.line), errors: [] };
  const nothing: Problem = { file, line: 0, message: `no record of this ${empty.format} file can be read`, hint: empty.hint };
  return { records, warnings: [], errors: problems.length > 0 ? problems.sort((a, b) => a.line - b.line) : [nothing] };
}

/** A DOI as a key (`doi:10.1000/x`): case and a resolver or `doi:` prefix ignored; undefined without a DOI. */
export function doiKeyOf(doi: string | undefined): string | undefined {
  const key = doi
    ?.trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, '');
  return key === undefined || key === '' ? undefined : `doi:${key}`;
}

function titleKey(title: string | undefined): string {
  return (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
