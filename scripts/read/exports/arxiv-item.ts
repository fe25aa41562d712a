import type { CslItem, CslName } from '../../../src/schemas/paper.ts';
import { arxivCategoryName } from './arxiv-categories.ts';
import { decodeTexLetters } from './decode-tex-letters.ts';

/** What arXiv says of a paper, in either of its exports (the metadata snapshot, the API's Atom feed). */
export interface ArxivPaper {
  /** The arXiv id with or without its version or address (`0704.0001`, `http://arxiv.org/abs/1910.06169v1`, `math/0601001v2`). */
  id: string;
  title: string;
  abstract: string;
  authors: CslName[];
  /** Category codes, primary first (`cs.LG`, `hep-ph`); other classifications (ACM, MSC) are dropped. */
  categories: string[];
  /** When the first version was submitted: a date arXiv writes (`Mon, 2 Apr 2007 19:18:42 GMT`, `2019-10-14T14:25:25Z`). */
  submitted: string | undefined;
  /** The DOI of the published version, if the authors gave one. */
  doi?: string | undefined;
  /** Where the paper was published, as the authors wrote it (`Phys.Rev.D76:013009,2007`). */
  journalRef?: string | undefined;
}

/** An arXiv category code: an archive (`hep-ph`, `math`) and maybe a subject class (`cs.LG`, `cond-mat.stat-mech`). */
const categoryCode = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/;

/**
 * A paper from arXiv as CSL JSON, as citation tools cite a preprint: type `article`, the
 * container `arXiv`, the number `arXiv:<id>`, the abstract page (without version) as its URL,
 * the first version's day as its date, the categories' names as keywords (`Number Theory`
 * for `math.NT`; a code arXiv does not list as written), the published
 * version's DOI and journal reference where the authors gave them. Title, abstract and
 * names have their TeX letters decoded (`Schr\"odinger` → Schrödinger) and math kept as
 * written; the hard-wrapped abstract is joined, a line indented after a break starting a
 * new paragraph, as arXiv shows it.
 */
export function arxivItem(paper: ArxivPaper): CslItem {
  const id = arxivId(paper.id);
  const item: CslItem = { type: 'article', id, title: decodeTexLetters(paper.title.replace(/\s+/g, ' ').trim()) };
  const authors = paper.authors.map(decodeName).filter((name) => Object.keys(name).length > 0);
  if (authors.length > 0) item.author = authors;
  item['container-title'] = 'arXiv';
  item.publisher = 'arXiv';
  item.number = `arXiv:${id}`;
  const issued = dayOf(paper.submitted);
  if (issued !== undefined) item.issued = { 'date-parts': [issued] };
  const doi = paper.doi?.trim().split(/\s+/)[0];
  if (doi !== undefined && doi !== '') item.DOI = doi;
  item.URL = `https://arxiv.org/abs/${id}`;
  const codes = paper.categories.map((category) => category.trim()).filter((category) => categoryCode.test(category));
  const categories = [...new Set(codes.map((code) => arxivCategoryName(code) ?? code))];
  if (categories.length > 0) item.keyword = categories.join('; ');
  const journal = paper.journalRef?.replace(/\s+/g, ' ').trim();
  if (journal !== undefined && journal !== '') item.note = `Journal reference: ${journal}`;
  // Lines are wrapped at 80 columns; a line indented after a break starts a paragraph (recordToPaper folds the rest).
  const abstract = decodeTexLetters(paper.abstract.trim().replace(/\n[ \t]+(?=\S)/g, '\n\n'));
  if (abstract !== '') item.abstract = abstract;
  return item;
}

/** The ids a paper is known by: its arXiv id, without version. */
export function arxivKeys(item: CslItem): string[] {
  return typeof item.id === 'string' ? [`arxiv:${item.id}`] : [];
}

/** An arXiv id without its address or version: `http://arxiv.org/abs/1910.06169v1` → `1910.06169`. */
export function arxivId(written: string): string {
  return written
    .trim()
    .replace(/^(?:https?:\/\/(?:www\.|export\.)?arxiv\.org\/abs\/|arXiv:)/i, '')
    .replace(/v\d+$/, '');
}

/** Year, month and day (UTC) of a date arXiv writes, or undefined. */
function dayOf(written: string | undefined): number[] | undefined {
  const time = Date.parse(written ?? '');
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function decodeName(name: CslName): CslName {
  const decoded: CslName = {};
  for (const [key, value] of Object.entries(name)) {
    const text = typeof value === 'string' ? decodeTexLetters(value.replace(/\s+/g, ' ').trim()) : value;
    if (text !== '') decoded[key] = text;
  }
  return decoded;
}
