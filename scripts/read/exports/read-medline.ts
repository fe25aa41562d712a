import type { CslItem, CslName } from '../../../src/schemas/paper.ts';
import type { Problem } from '../problem.ts';
import { dateOf, nameOf, type RecordsRead, type SourceRecord } from '../read-records.ts';

/** A MEDLINE field line: a tag of up to four characters padded to four, then `- ` (`TI  - `, `PMID- `, `FAU - `). */
const fieldLine = /^([A-Z][A-Z0-9 ]{3})- ?(.*)$/;
/** A continuation line: six spaces, then more of the field before. */
const continuationLine = /^ {6}(.*)$/;

/** One record's fields in order, values joined across continuation lines. */
type Fields = { tag: string; value: string; line: number }[];

/**
 * Reads PubMed's MEDLINE text (`.nbib`, or "Save → PubMed format") into CSL JSON records:
 * `TI` title, `AB` abstract, `FAU` (else `AU`) authors in order, `DP` date, `JT` (else `TA`)
 * journal, `OT` keywords and `MH` MeSH terms apart (as `keywordsPlus`, the `*` for a major
 * topic dropped), `AUID- ORCID:` on the author before it, the DOI from
 * `LID`/`AID … [doi]`, `PMID` with its PubMed address. Fields continue on lines indented six
 * spaces; records are separated by blank lines or start at `PMID-`. A line of any other
 * shape, or a record without a title, stops the build at its line.
 */
export function readMedline(text: string, file: string): RecordsRead {
  const errors: Problem[] = [];
  const groups: Fields[] = [];
  let current: Fields | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    const number = index + 1;
    if (line === '') {
      current = undefined;
      return;
    }
    const continued = continuationLine.exec(line);
    if (continued !== null) {
      const last = current?.at(-1);
      if (last === undefined) errors.push({ file, line: number, message: 'a continuation line (six spaces) follows no field', hint: 'indent only the lines that continue a field such as `AB  - `' });
      else last.value += ` ${(continued[1] as string).trim()}`;
      return;
    }
    const field = fieldLine.exec(line);
    if (field === null) {
      errors.push({ file, line: number, message: `"${line.length > 40 ? `${line.slice(0, 40)}…` : line}" is neither a MEDLINE field nor a continuation`, hint: 'a field line is a tag padded to four characters and `- ` (`TI  - Title`), a continuation line starts with six spaces' });
      return;
    }
    const tag = (field[1] as string).trim();
    if (current === undefined || tag === 'PMID') {
      current = [];
      groups.push(current);
    }
    current.push({ tag, value: (field[2] as string).trim(), line: number });
  });
  const records: SourceRecord[] = [];
  for (const fields of groups) {
    const item = medlineItem(fields);
    const line = fields[0]?.line ?? 0;
    if ((item.title ?? '') === '') errors.push({ file, line, message: `the record${item.PMID === undefined ? '' : ` PMID ${String(item.PMID)}`} has no title`, hint: 'add a `TI  - …` line, or remove the record' });
    else records.push({ item, line });
  }
  if (groups.length === 0 && errors.length === 0) errors.push({ file, line: 0, message: 'the MEDLINE file has no records', hint: 'save the PubMed results as "PubMed" format (lines such as `PMID- 123`, `TI  - …`)' });
  return { records, warnings: [], errors };
}

/** One record's fields as CSL JSON. */
function medlineItem(fields: Fields): CslItem {
  const all = (tag: string): string[] => fields.filter((field) => field.tag === tag).map((field) => field.value);
  const one = (tag: string): string | undefined => all(tag)[0];
  const fullNames = all('FAU');
  const authors: CslName[] = (fullNames.length > 0 ? fullNames.map((name) => nameOf(name)) : all('AU').map((name) => nameOf(name, 'initials-last'))).concat(all('CN').map((literal) => ({ literal })));
  attachOrcids(fields, authors, fullNames.length > 0 ? 'FAU' : 'AU');
  const doi = [...all('LID'), ...all('AID')].find((value) => /\[doi\]$/.test(value))?.replace(/\s*\[doi\]$/, '');
  const pmid = one('PMID');
  const keywords = all('OT');
  const meshTerms = all('MH').map((term) => term.replace(/^\*/, '').replace(/\/\*/g, '/'));
  const issued = dateOf(one('DP'));
  const title = one('TI') ?? one('BTI');
  const venue = one('JT') ?? one('TA');
  const item: CslItem = { type: all('PT').some((type) => /book/i.test(type)) ? 'book' : 'article-journal' };
  if (pmid !== undefined) item.id = pmid;
  if (title !== undefined) item.title = title;
  if (authors.length > 0) item.author = authors;
  if (venue !== undefined) item['container-title'] = venue;
  if (issued !== undefined) item.issued = issued;
  if (doi !== undefined && doi !== '') item.DOI = doi;
  if (pmid !== undefined) {
    item.PMID = pmid;
    item.URL = `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
  }
  if (keywords.length > 0) item.keyword = keywords.join('; ');
  if (meshTerms.length > 0) item.keywordsPlus = meshTerms.join('; ');
  const abstract = one('AB');
  if (abstract !== undefined) item.abstract = abstract;
  for (const [tag, key] of [['VI', 'volume'], ['IP', 'issue'], ['PG', 'page']] as const) {
    const value = one(tag);
    if (value !== undefined) item[key] = value;
  }
  return item;
}

/** Puts each `AUID- ORCID: …` on the author named last before it (MEDLINE lists `FAU`, `AU`, `AD`, `AUID` author by author). */
function attachOrcids(fields: Fields, authors: CslName[], nameTag: string): void {
  let index = -1;
  for (const field of fields) {
    if (field.tag === nameTag) index++;
    const orcid = field.tag === 'AUID' ? /^ORCID:\s*(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(field.value)?.[1] : undefined;
    const author = authors[index];
    if (orcid !== undefined && author !== undefined) author.ORCID = `https://orcid.org/${orcid.toUpperCase()}`;
  }
}
