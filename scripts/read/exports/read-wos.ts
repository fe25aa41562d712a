import type { CslItem } from '../../../src/schemas/paper.ts';
import type { Problem } from '../problem.ts';
import { dateOf, nameOf, type RecordsRead, type SourceRecord } from '../read-records.ts';
import { withAuthorIds } from './wos-author-ids.ts';

/** A field line: a two-character tag, then a space and its value (`TI Title`), or the tag alone (`ER`). */
const fieldLine = /^([A-Z][A-Z0-9])(?: (.*))?$/;
/** A continuation line: three spaces, then the next value or more of the field before. */
const continuationLine = /^ {3}(.*)$/;
/** Tags with one value per line (names, addresses, cited references); others run on as one text. */
const listTags = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'GP', 'C1', 'C3', 'CR', 'RP', 'EM', 'RI', 'OI']);

/** A record's fields by tag, each with its values in order (one per line for names). */
export type Fields = Map<string, string[]>;

/**
 * Reads Web of Science's tagged export (`savedrecs.txt`, "Plain text file", full record)
 * into CSL JSON records: `TI` title, `AB` abstract, `AF` (else `AU`) authors in order, `SO`
 * source and `JI` its abbreviation, `PY` year and `PD` month, `DE` author keywords and `ID`
 * Keywords Plus (kept apart, as `keywordsPlus`), `OI` ORCID and `RI` ResearcherID on their
 * authors, `DI` DOI, `PT`/`DT` the type. A record ends at `ER`, the file at `EF`; fields continue on lines
 * indented three spaces (one name per line for authors). A record without `ER`, a line of
 * any other shape or a record without a title stops the build at its line.
 */
export function readWos(text: string, file: string): RecordsRead {
  const errors: Problem[] = [];
  const records: SourceRecord[] = [];
  let current: { fields: Fields; line: number; last?: string } | undefined;
  let ended = false;
  let found = 0;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    const number = index + 1;
    if (line === '' || ended) continue;
    const continued = continuationLine.exec(line);
    if (continued !== null) {
      const values = current?.last === undefined ? undefined : current.fields.get(current.last);
      if (current?.last === undefined || values === undefined) {
        errors.push({ file, line: number, message: 'a continuation line (three spaces) follows no field', hint: 'indent only the lines that continue a field such as `AU` or `AB`' });
      } else if (listTags.has(current.last)) {
        values.push((continued[1] as string).trim());
      } else {
        values[values.length - 1] += ` ${(continued[1] as string).trim()}`;
      }
      continue;
    }
    const field = fieldLine.exec(line);
    if (field === null) {
      errors.push({ file, line: number, message: `"${line.length > 40 ? `${line.slice(0, 40)}…` : line}" is neither a Web of Science field nor a continuation`, hint: 'a field line is a two-letter tag, a space and the value (`TI Title`); a continuation line starts with three spaces' });
      continue;
    }
    const tag = field[1] as string;
    const value = (field[2] ?? '').trim();
    if (current === undefined && (tag === 'FN' || tag === 'VR')) continue;
    if (tag === 'EF') {
      ended = true;
      continue;
    }
    if (tag === 'ER') {
      if (current === undefined) {
        errors.push({ file, line: number, message: 'an `ER` line ends no record', hint: 'remove it, or restore the record before it' });
        continue;
      }
      found++;
      const item = wosItem(current.fields);
      if ((item.title ?? '') === '') errors.push({ file, line: current.line, message: 'this record has no title', hint: 'add a `TI` line, or remove the record' });
      else records.push({ item, line: current.line });
      current = undefined;
      continue;
    }
    current ??= { fields: new Map(), line: number };
    const values = current.fields.get(tag);
    if (values === undefined) current.fields.set(tag, [value]);
    else values.push(value);
    current.last = tag;
  }
  if (current !== undefined) errors.push({ file, line: current.line, message: `this record has no \`ER\` line before ${ended ? '`EF`' : 'the end of the file'}`, hint: 'end every record with a line `ER`' });
  if (found === 0 && errors.length === 0) errors.push({ file, line: 0, message: 'the Web of Science file has no records', hint: 'export the records as "Plain text file" with the full record (fields such as `PT J`, `TI …`, `ER`)' });
  return { records, warnings: [], errors };
}

/** One record's fields as CSL JSON (also used by the tab-delimited reader, which has the same tags). */
export function wosItem(fields: Fields): CslItem {
  const one = (tag: string): string | undefined => fields.get(tag)?.[0];
  const list = (tag: string): string[] => (fields.get(tag) ?? []).filter((value) => value !== '');
  const names = list('AF').length > 0 ? list('AF') : list('AU');
  const keywordsOf = (tag: string) => list(tag).flatMap((value) => value.split(';')).map((keyword) => keyword.trim()).filter((keyword) => keyword !== '');
  const keywords = keywordsOf('DE');
  const keywordsPlus = keywordsOf('ID');
  const documentType = one('DT') ?? '';
  const publicationType = one('PT') ?? 'J';
  const type = /proceedings/i.test(documentType) || publicationType === 'C' ? 'paper-conference' : /chapter/i.test(documentType) ? 'chapter' : publicationType === 'B' ? 'book' : publicationType === 'P' ? 'patent' : 'article-journal';
  const item: CslItem = { type };
  const id = one('UT');
  if (id !== undefined) item.id = id;
  const title = one('TI');
  if (title !== undefined) item.title = title;
  if (names.length > 0) item.author = [...withAuthorIds(names.map((name) => nameOf(name)), list('OI'), list('RI')), ...list('CA').map((literal) => ({ literal }))];
  const source = one('SO') ?? one('SE');
  if (source !== undefined) item['container-title'] = source;
  // The ISO abbreviation is written in mixed case (`Fish. Res.`, `IEEE Trans. Geosci. Remote Sensing`): how the source is read where `SO` is in capitals.
  const abbreviation = one('JI');
  if (abbreviation !== undefined && source !== undefined) item['container-title-short'] = abbreviation;
  const conference = one('CT');
  if (conference !== undefined) item['event-title'] = conference;
  const issued = dateOf(one('PY'), one('PD') ?? '');
  if (issued !== undefined) item.issued = issued;
  const doi = one('DI');
  if (doi !== undefined) item.DOI = doi;
  if (keywords.length > 0) item.keyword = keywords.join('; ');
  if (keywordsPlus.length > 0) item.keywordsPlus = keywordsPlus.join('; ');
  const abstract = one('AB');
  if (abstract !== undefined) item.abstract = abstract;
  for (const [tag, key] of [['VL', 'volume'], ['IS', 'issue'], ['AR', 'number']] as const) {
    const value = one(tag);
    if (value !== undefined) item[key] = value;
  }
  const first = one('BP');
  const last = one('EP');
  if (first !== undefined) item.page = last === undefined ? first : `${first}-${last}`;
  return item;
}
