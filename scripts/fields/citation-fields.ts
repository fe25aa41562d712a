import type { CslItem, CslName } from '../../src/schemas/paper.ts';
import type { AuthorMention } from './name-nodes.ts';

/** What a paper page shows of its export's record. */
export interface CitationFields {
  /** Authors in order: the name as written (given name first) and the surname with its particles. */
  authors: { name: string; family: string }[];
  venue?: string;
  year?: number;
  month?: number;
  doi?: string;
  url?: string;
  keywords: string[];
  /** Terms a database assigned (`keywordsPlus`), those the authors' keywords already have left out. */
  keywordsPlus: string[];
  entryType: string;
}

/**
 * Reads the fields a page shows from a CSL JSON record: authors (names as written, never
 * merged), venue (journal, proceedings or event), year and month, the DOI without its
 * resolver, an `http(s)` URL (any other scheme is dropped: it would be a link), keywords
 * (split at `;`, or at `,` when there is no `;`, each once), the database's index terms apart
 * (without those that repeat a keyword, case aside) and the type.
 */
export function citationFields(item: CslItem): CitationFields {
  const keywords = keywordsOf(item.keyword);
  const known = new Set(keywords.map((keyword) => keyword.toLowerCase()));
  const keywordsPlus = keywordsOf(item.keywordsPlus).filter((term) => !known.has(term.toLowerCase()));
  const fields: CitationFields = { authors: (item.author ?? []).flatMap((name) => authorOf(name) ?? []), keywords, keywordsPlus, entryType: item.type };
  const venue = fold(item['container-title'] ?? item['event-title'] ?? '');
  if (venue !== '') fields.venue = venue;
  const [year, month] = dateParts(item.issued);
  if (year !== undefined) fields.year = year;
  if (year !== undefined && month !== undefined) fields.month = month;
  const doi = item.DOI?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (doi !== undefined && doi !== '') fields.doi = doi;
  const url = httpUrl(item.URL);
  if (url !== undefined) fields.url = url;
  return fields;
}

/** A record's authors as {@link mergeAuthors} reads them, in the order of {@link CitationFields.authors}: the name as shown, its parts and identifiers. */
export function authorMentions(item: CslItem): AuthorMention[] {
  return (item.author ?? []).flatMap((name) => {
    const shown = authorOf(name);
    if (shown === undefined) return [];
    const split = name.literal === undefined || fold(name.literal) === '';
    return [{ ...shown, ...(split && name.given !== undefined ? { given: name.given } : {}), ...(split && name.suffix !== undefined ? { suffix: name.suffix } : {}), ...(name.ORCID === undefined ? {} : { orcid: name.ORCID }), ...(name.ResearcherID === undefined ? {} : { researcherId: name.ResearcherID }) }];
  });
}

/** A CSL name as a page shows it, or undefined when it has no text. */
export function authorOf(name: CslName): { name: string; family: string } | undefined {
  if (name.literal !== undefined && fold(name.literal) !== '') return { name: fold(name.literal), family: fold(name.literal) };
  const family = fold([name['non-dropping-particle'], name.family].filter(Boolean).join(' '));
  const whole = fold([name.given, name['dropping-particle'], family, name.suffix].filter(Boolean).join(' '));
  if (whole === '') return undefined;
  return { name: whole, family: family === '' ? whole : family };
}

function keywordsOf(keyword: string | undefined): string[] {
  if (keyword === undefined) return [];
  const parts = keyword.split(keyword.includes(';') ? ';' : ',').map(fold).filter((part) => part !== '');
  return [...new Set(parts)];
}

function dateParts(issued: CslItem['issued']): [number | undefined, number | undefined] {
  const parts = issued?.['date-parts']?.[0];
  const year = Number(parts?.[0]);
  if (Number.isInteger(year) && year > 0) {
    const month = Number(parts?.[1]);
    return [year, Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined];
  }
  const raw = /\b(\d{4})\b/.exec(issued?.raw ?? issued?.literal ?? '');
  return [raw === null ? undefined : Number(raw[1]), undefined];
}

function httpUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (trimmed === undefined || !/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return undefined;
  return new URL(trimmed).href;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
