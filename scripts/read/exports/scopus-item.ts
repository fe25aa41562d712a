import type { CslItem, CslName } from '../../../src/schemas/paper.ts';
import { nameOf } from '../read-records.ts';

/** A Scopus CSV row as its cells by column name (`Title`, `Author full names`, …). */
export type ScopusRow = ReadonlyMap<string, string>;

/** Scopus' document types in CSL's vocabulary; any other (Article, Review, Editorial, Note, Letter, …) is a journal article. */
const types: Record<string, string> = {
  'conference paper': 'paper-conference',
  'conference review': 'paper-conference',
  'book chapter': 'chapter',
  book: 'book',
  'data paper': 'dataset',
};

/** What Scopus writes in the author columns when a record has no author. */
const noAuthor = /^\[no author name available\]$/i;

/** What Scopus writes in the Abstract column when a record has none. */
const noAbstract = /^\[no abstract available\]$/i;

/**
 * One Scopus CSV row as CSL JSON: `Title` (the original-language titles Scopus appends as
 * `; [Título original]` kept apart as `original-title`), authors in order from `Author full
 * names` (`Zeng, Huiling (57928967900)`), else `Authors` (`Zeng H.`), each with their
 * `scopus-author-id`; `Year`, `Source title` (and `Conference name`), `DOI`, `Link` as the
 * URL, `EID` as the id, `Author Keywords` as `keyword` and `Index Keywords` apart as
 * `keywordsPlus`, `Document Type` as the type, and the abstract without Scopus'
 * `[No abstract available]` placeholder or the publisher's copyright line.
 */
export function scopusItem(row: ScopusRow): CslItem {
  const cell = (name: string): string | undefined => {
    const value = row.get(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const item: CslItem = { type: types[(cell('Document Type') ?? '').toLowerCase()] ?? 'article-journal' };
  const eid = cell('EID');
  if (eid !== undefined) item.id = eid;
  const [title, ...originals] = (cell('Title') ?? '').split(/;\s*(?=\[[^\]]*\]\s*(?:;|$))/);
  if (title !== undefined && title.trim() !== '') item.title = title.trim();
  if (originals.length > 0) item['original-title'] = originals.map((original) => original.trim().replace(/^\[|\]$/g, '')).join('; ');
  const authors = authorsOf(cell('Author full names'), cell('Authors'), cell('Author(s) ID'));
  if (authors.length > 0) item.author = authors;
  const source = cell('Source title');
  if (source !== undefined) item['container-title'] = source;
  const conference = cell('Conference name');
  if (conference !== undefined) item['event-title'] = conference;
  const year = /^\d{4}$/.exec(cell('Year') ?? '')?.[0];
  if (year !== undefined) item.issued = { 'date-parts': [[Number(year)]] };
  const doi = cell('DOI');
  if (doi !== undefined) item.DOI = doi;
  const link = cell('Link');
  if (link !== undefined) item.URL = link;
  const keywords = listOf(cell('Author Keywords'));
  if (keywords.length > 0) item.keyword = keywords.join('; ');
  const indexKeywords = listOf(cell('Index Keywords'));
  if (indexKeywords.length > 0) item.keywordsPlus = indexKeywords.join('; ');
  const abstract = abstractOf(cell('Abstract') ?? '');
  if (abstract !== '') item.abstract = abstract;
  const first = cell('Page start');
  const last = cell('Page end');
  if (first !== undefined) item.page = last === undefined ? first : `${first}-${last}`;
  const more = [['Volume', 'volume'], ['Issue', 'issue'], ['Art. No.', 'number'], ['Publisher', 'publisher'], ['ISSN', 'ISSN'], ['ISBN', 'ISBN'], ['PubMed ID', 'PMID'], ['Abbreviated Source Title', 'container-title-short'], ['Language of Original Document', 'language']] as const;
  for (const [column, key] of more) {
    const value = cell(column);
    if (value !== undefined) item[key] = value;
  }
  return item;
}

/** The ids a row is known by within its file: its EID (Scopus' record id). */
export function scopusKeys(item: CslItem): string[] {
  return typeof item.id === 'string' ? [`eid:${item.id}`] : [];
}

/** Authors from the full names (`Family, Given (id)`), else from the short ones (`Family G.`), with the ids of `Author(s) ID` by position. */
function authorsOf(fullNames: string | undefined, shortNames: string | undefined, ids: string | undefined): CslName[] {
  const idList = listOf(ids);
  if (fullNames !== undefined && !noAuthor.test(fullNames)) {
    return listOf(fullNames).map((written, index) => {
      const [, name = written, id] = /^(.*?)\s*\((\d+)\)$/.exec(written) ?? [];
      return withId(nameOf(name), id ?? idList[index]);
    });
  }
  if (shortNames === undefined || noAuthor.test(shortNames)) return [];
  // Exports before 2023 separate the short names with commas (`Zeng H., Li R.Y.M.`), later ones with semicolons.
  const names = shortNames.includes(';') ? listOf(shortNames) : shortNames.split(/,\s*/).filter((name) => name !== '');
  return names.map((name, index) => withId(nameOf(name, 'initials-last'), idList[index]));
}

function withId(name: CslName, id: string | undefined): CslName {
  return id === undefined || !/^\d+$/.test(id) ? name : { ...name, 'scopus-author-id': id };
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** What may open a copyright statement just before its `©`: `Copyright ©`, `Copyright: ©`, `Copyrights ©`. */
const copyrightWord = /(?:^|\s)Copyrights?\s*:?\s*$/;

/**
 * An abstract as a reader wants it: Scopus' `[No abstract available]` placeholder means none,
 * and the copyright statements Scopus appends are cut. A statement starts at a `©` (or
 * `Copyright ©`, `(c) 2020`) that follows a space and comes before a year, a capital, a
 * parenthesis or another `©`, or names a year or "rights reserved" (so `Excel© sheets` and
 * `the © sign` stay), and runs to the end of the abstract, or to the
 * `.;` where Scopus joins a second abstract, which becomes a paragraph of its own. A
 * statement that opens the abstract is left: what follows it may be the abstract.
 */
export function abstractOf(written: string): string {
  if (noAbstract.test(written.trim())) return '';
  let text = written;
  for (let at = nextMark(text, 0); at !== -1; at = nextMark(text, at + 1)) {
    const mark = text.startsWith('©', at) ? 1 : 3;
    const joint = text.indexOf('.; ', at);
    const statement = text.slice(at + mark, joint === -1 ? text.length : joint);
    if (mark === 3 ? !/^\s*\d{4}/.test(statement) : !/^\s*(?:\d|\p{Lu}|©|\(|$)/u.test(statement) && !/rights reserved|\b(?:19|20)\d\d\b/i.test(statement)) continue;
    const before = text.slice(Math.max(0, at - 16), at);
    const word = copyrightWord.exec(before);
    const start = word === null ? at : at - word[0].trimStart().length;
    if (start === 0 || !/\s/.test(text[start - 1] as string)) continue;
    text = joint === -1 ? text.slice(0, start) : `${text.slice(0, start)}\n\n${text.slice(joint + 3)}`;
    at = start;
  }
  return trimEnd(text);
}

/** The next `©` or `(c)`/`(C)` from `from`, or -1. */
function nextMark(text: string, from: number): number {
  const sign = text.indexOf('©', from);
  const paren = text.indexOf('(c)', from);
  const upper = text.indexOf('(C)', from);
  const found = [sign, paren, upper].filter((index) => index !== -1);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Text without the spaces and `;` a cut statement leaves at its end (a loop: a `[\s;]+$` regex backtracks on long text). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s;]/.test(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
}
