import type { CslItem, CslName } from '../../../src/schemas/paper.ts';
import { givenFirstName } from './given-first-name.ts';

/** OpenAlex's work types in CSL's vocabulary; a type not here (article, review, letter, editorial, …) is a journal article. */
const types: Record<string, string> = {
  preprint: 'article',
  'book-chapter': 'chapter',
  book: 'book',
  dataset: 'dataset',
  dissertation: 'thesis',
  report: 'report',
  standard: 'standard',
  'reference-entry': 'entry-encyclopedia',
  'peer-review': 'review',
};

/** An object's field when it is an object (OpenAlex writes `null` for what it lacks). */
function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A field when it is non-empty text. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * One OpenAlex work (https://docs.openalex.org/api-entities/works/work-object) as CSL
 * JSON: `title` (else `display_name`); authors in order from `authorships` (the author's
 * `display_name`, else the `raw_author_name`), each with their `ORCID` (without its
 * `https://orcid.org/` prefix) and `openalex-author-id`; the venue from
 * `primary_location.source.display_name`; `publication_date` (else `publication_year`);
 * the DOI without its resolver; the type; the abstract rebuilt from
 * `abstract_inverted_index`; `keywords` as `keyword` (the work's own phrases) and `topics`
 * (else the older `concepts`), which OpenAlex assigns from its classification, apart as
 * `keywordsPlus`. Undefined when the value is not an object.
 */
export function openalexItem(value: unknown): CslItem | undefined {
  const work = objectOf(value);
  if (work === undefined) return undefined;
  const location = objectOf(work['primary_location']);
  const source = objectOf(location?.['source']);
  const sourceType = textOf(source?.['type']);
  const crossrefType = textOf(work['type_crossref']);
  const workType = textOf(work['type']) ?? '';
  const type = crossrefType === 'proceedings-article' || (workType === 'article' && sourceType === 'conference') ? 'paper-conference' : (types[workType] ?? 'article-journal');
  const item: CslItem = { type };
  const id = textOf(work['id'])?.replace(/^https:\/\/openalex\.org\//, '');
  if (id !== undefined) item.id = id;
  const title = textOf(work['title']) ?? textOf(work['display_name']);
  if (title !== undefined) item.title = title;
  const authors: CslName[] = (Array.isArray(work['authorships']) ? (work['authorships'] as unknown[]) : []).flatMap((authorship) => {
    const name = authorOf(objectOf(authorship));
    return name === undefined ? [] : [name];
  });
  if (authors.length > 0) item.author = authors;
  const venue = textOf(source?.['display_name']);
  if (venue !== undefined) item['container-title'] = venue;
  const issued = dateOf(textOf(work['publication_date']), work['publication_year']);
  if (issued !== undefined) item.issued = issued;
  const doi = textOf(work['doi'])?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  if (doi !== undefined) item.DOI = doi;
  const url = textOf(location?.['landing_page_url']) ?? textOf(work['id']);
  if (url !== undefined && /^https?:\/\//i.test(url)) item.URL = url;
  const keywords = namesOf(work['keywords'], ['display_name', 'keyword']);
  if (keywords.length > 0) item.keyword = keywords.join('; ');
  const topics = namesOf(work['topics'], ['display_name']);
  const indexKeywords = topics.length > 0 ? topics : namesOf(work['concepts'], ['display_name']);
  if (indexKeywords.length > 0) item.keywordsPlus = indexKeywords.join('; ');
  const abstract = abstractOf(work['abstract_inverted_index']);
  if (abstract !== '') item.abstract = abstract;
  const biblio = objectOf(work['biblio']);
  const first = textOf(biblio?.['first_page']);
  const last = textOf(biblio?.['last_page']);
  if (first !== undefined) item.page = last === undefined || last === first ? first : `${first}-${last}`;
  for (const [field, key] of [['volume', 'volume'], ['issue', 'issue']] as const) {
    const text = textOf(biblio?.[field]);
    if (text !== undefined) item[key] = text;
  }
  const language = textOf(work['language']);
  if (language !== undefined) item.language = language;
  return item;
}

/** The ids a work is known by: its OpenAlex id (`W…`). */
export function openalexKeys(item: CslItem): string[] {
  return typeof item.id === 'string' ? [`openalex:${item.id}`] : [];
}

/** An authorship as a CSL name with the author's ORCID and OpenAlex id, or undefined when it names nobody. */
function authorOf(authorship: Record<string, unknown> | undefined): CslName | undefined {
  const author = objectOf(authorship?.['author']);
  const written = textOf(author?.['display_name']) ?? textOf(authorship?.['raw_author_name']);
  if (written === undefined) return undefined;
  const name: CslName = givenFirstName(written);
  const orcid = textOf(author?.['orcid'])?.replace(/^https?:\/\/orcid\.org\//i, '');
  if (orcid !== undefined) name['ORCID'] = orcid;
  const id = textOf(author?.['id'])?.replace(/^https:\/\/openalex\.org\//, '');
  if (id !== undefined) name['openalex-author-id'] = id;
  return name;
}

/** A CSL date from `2021-05-01` (or a year alone). */
function dateOf(date: string | undefined, year: unknown): CslItem['issued'] {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (parts !== null) return { 'date-parts': [parts.slice(1).filter((part) => part !== undefined).map(Number)] };
  return typeof year === 'number' && Number.isInteger(year) ? { 'date-parts': [[year]] } : undefined;
}

/** The names of a list of objects (keywords, topics, concepts), each once, in order. */
function namesOf(list: unknown, fields: readonly string[]): string[] {
  if (!Array.isArray(list)) return [];
  const names = list.flatMap((entry) => {
    const object = objectOf(entry);
    const name = fields.map((field) => textOf(object?.[field])).find((text) => text !== undefined);
    return name === undefined ? [] : [name.replaceAll(';', ',')];
  });
  return [...new Set(names)];
}

/**
 * The abstract OpenAlex keeps as an inverted index (`{"We": [0], "study": [1, 4], …}`: each
 * word with the positions it stands at), written out again: the words in position order,
 * one space apart.
 */
export function abstractOf(index: unknown): string {
  const words = objectOf(index);
  if (words === undefined) return '';
  // Positions are filled into a dense array sized once: filling a growing array out of order makes it sparse and slow.
  let last = -1;
  for (const positions of Object.values(words)) {
    if (Array.isArray(positions)) for (const position of positions) if (Number.isInteger(position) && position > last && position < 1e6) last = position;
  }
  const text: string[] = new Array<string>(last + 1).fill('');
  for (const word in words) {
    const positions = words[word];
    if (Array.isArray(positions)) for (const position of positions) if (Number.isInteger(position) && position >= 0 && position <= last) text[position] = word;
  }
  return text.filter((word) => word !== '').join(' ');
}
