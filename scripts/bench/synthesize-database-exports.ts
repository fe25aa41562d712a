import type { ContentFormat } from '../read/exports/detect-export.ts';
import type { ExportSeed } from './synthesize-exports.ts';

/** A made-up author: family and given name, and the ids databases give them. */
interface Person {
  family: string;
  given: string;
  id: number;
}

const families = ['Müller', 'García', 'Smith', 'van der Berg', 'Kowalski', 'Ito', "O'Neil", 'Nguyen', 'Rossi', 'Tanaka'];
const latexFamilies = ['M\\"uller', "Garc\\'ia", 'Smith', 'van der Berg', 'Kowalski', 'Ito', "O'Neil", 'Nguyen', 'Rossi', 'Tanaka'];
const givens = ['Jörg', 'María', 'Anne', 'Piet', 'Anna', 'Hiro', 'Mary-Kate', 'Linh', 'Lucia', 'Kenji'];
const venues = ['Nature Communications', 'Proceedings of ICML', 'Bioinformatics', 'Remote Sensing of Environment', 'Journal of Machine Learning Research'];
const categories = ['cs.LG', 'stat.ML', 'cs.CV', 'cs.CL', 'math.OC', 'hep-ph', 'q-bio.NC'];
const scopusHeader = ['Authors', 'Author full names', 'Author(s) ID', 'Title', 'Year', 'Source title', 'Volume', 'Issue', 'Art. No.', 'Page start', 'Page end', 'Page count', 'Cited by', 'DOI', 'Link', 'Abstract', 'Author Keywords', 'Index Keywords', 'Funding Texts', 'Correspondence Address', 'Publisher', 'Sponsors', 'Conference name', 'Conference date', 'Conference location', 'Conference code', 'ISSN', 'ISBN', 'CODEN', 'PubMed ID', 'Language of Original Document', 'Document Type', 'Publication Stage', 'Open Access', 'Source', 'EID'];
const wosTags = 'PT AU BA BE GP AF BF CA TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC Z9 U1 U2 PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG WC WE SC GA PM OA HC HP DA UT'.split(' ');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A synthetic export of `size` records as Scopus (36-column CSV, BOM, quoted, copyright lines),
 * Web of Science (tab-delimited), OpenAlex (JSON Lines of works with inverted-index abstracts),
 * arXiv's snapshot (JSON Lines, hard-wrapped, TeX accents) or the arXiv API (Atom responses of
 * 2,000 entries, concatenated) write them; titles and abstracts from `seeds` in turn.
 */
export function synthesizeDatabaseExport(format: ContentFormat, seeds: readonly ExportSeed[], size: number): string {
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const seed = seeds[i % seeds.length] as ExportSeed;
    const title = `${seed.title} (${i + 1})`;
    const people = [i % 10, (i * 7 + 3) % 10, (i * 3 + 1) % 10].map((n, k) => ({ family: families[(n + k) % 10] as string, given: givens[n] as string, id: 57000000000 + ((i * 31 + k * 577) % 90000) }));
    const year = 1990 + (i % 35);
    const doi = `10.5555/synthetic.${i + 1}`;
    const venue = venues[i % venues.length] as string;
    if (format === 'scopus-csv') lines.push(scopusRow(title, seed.abstract, people, year, venue, doi, i));
    else if (format === 'wos-tab') lines.push(wosRow(title, seed.abstract, people, year, venue, doi, i));
    else if (format === 'openalex') lines.push(JSON.stringify(openalexWork(title, seed.abstract, people, year, venue, doi, i)));
    else if (format === 'arxiv-json') lines.push(JSON.stringify(arxivRecord(title, seed.abstract, people, i)));
    else lines.push(atomEntry(title, seed.abstract, people, i));
  }
  if (format === 'scopus-csv') return `\uFEFF${scopusHeader.map(quote).join(',')}\n${lines.join('\n')}\n`;
  if (format === 'wos-tab') return `\uFEFF${wosTags.join('\t')}\t\n${lines.join('\n')}\n`;
  if (format === 'arxiv-atom') return atomFeeds(lines);
  return lines.join('\n');
}

function quote(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}

function scopusRow(title: string, abstract: string, people: Person[], year: number, venue: string, doi: string, i: number): string {
  const cells: Record<string, string> = {
    Authors: people.map((p) => `${p.family} ${p.given.charAt(0)}.`).join('; '),
    'Author full names': people.map((p) => `${p.family}, ${p.given} (${p.id})`).join('; '),
    'Author(s) ID': people.map((p) => p.id).join('; '),
    Title: title,
    Year: String(year),
    'Source title': venue,
    Volume: String(i % 60),
    'Page start': String(i % 90),
    'Page end': String((i % 90) + 10),
    'Cited by': String(i % 17),
    DOI: doi,
    Link: `https://www.scopus.com/inward/record.uri?eid=2-s2.0-${85000000000 + i}&doi=${encodeURIComponent(doi)}&partnerID=40&md5=0f3c5e1a9b7d2c4e6f8a0b1c2d3e4f50`,
    Abstract: `${abstract} © ${year} Elsevier Ltd. All rights reserved.`,
    'Author Keywords': 'alpha; beta gamma; delta',
    'Index Keywords': 'Humans; Learning systems; Neural networks',
    Publisher: 'Elsevier Ltd',
    ISSN: '00000000',
    'Language of Original Document': 'English',
    'Document Type': i % 5 === 0 ? 'Conference paper' : 'Article',
    'Publication Stage': 'Final',
    Source: 'Scopus',
    EID: `2-s2.0-${85000000000 + i}`,
  };
  return scopusHeader.map((name) => quote(cells[name] ?? '')).join(',');
}

function wosRow(title: string, abstract: string, people: Person[], year: number, venue: string, doi: string, i: number): string {
  const cells: Record<string, string> = {
    PT: 'J',
    AU: people.map((p) => `${p.family}, ${p.given.charAt(0)}`).join('; '),
    AF: people.map((p) => `${p.family}, ${p.given}`).join('; '),
    TI: title,
    SO: venue.toUpperCase(),
    LA: 'English',
    DT: 'Article',
    DE: 'alpha; beta gamma',
    ID: 'DELTA; EPSILON',
    AB: abstract,
    PD: months[i % 12]?.toUpperCase() ?? '',
    PY: String(year),
    VL: String(i % 60),
    DI: doi,
    UT: `WOS:${String(i + 1).padStart(15, '0')}`,
  };
  return `${wosTags.map((tag) => cells[tag] ?? '').join('\t')}\t`;
}

function openalexWork(title: string, abstract: string, people: Person[], year: number, venue: string, doi: string, i: number): unknown {
  const index: Record<string, number[]> = {};
  abstract.split(' ').forEach((word, position) => {
    (index[word] ??= []).push(position);
  });
  return {
    id: `https://openalex.org/W${4000000000 + i}`,
    doi: `https://doi.org/${doi}`,
    title,
    display_name: title,
    publication_year: year,
    publication_date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    type: 'article',
    type_crossref: 'journal-article',
    primary_location: { is_oa: true, landing_page_url: `https://doi.org/${doi}`, source: { id: 'https://openalex.org/S1', display_name: venue, type: 'journal' } },
    authorships: people.map((p, k) => ({
      author_position: k === 0 ? 'first' : 'middle',
      author: { id: `https://openalex.org/A${p.id}`, display_name: `${p.given} ${p.family}`, orcid: k === 0 ? `https://orcid.org/0000-0002-${String(p.id % 10000).padStart(4, '0')}-0097` : null },
      institutions: [],
      raw_author_name: `${p.given} ${p.family}`,
    })),
    biblio: { volume: String(i % 60), issue: null, first_page: String(i % 90), last_page: String((i % 90) + 10) },
    keywords: [{ id: 'https://openalex.org/keywords/alpha', display_name: 'alpha', score: 0.5 }],
    topics: [{ id: 'https://openalex.org/T1', display_name: 'Machine learning methods', score: 0.9 }],
    cited_by_count: i % 17,
    abstract_inverted_index: index,
  };
}

function arxivRecord(title: string, abstract: string, people: Person[], i: number): unknown {
  const id = `${String(7 + (i % 17)).padStart(2, '0')}${String((i % 12) + 1).padStart(2, '0')}.${String(i + 1).padStart(5, '0')}`;
  const names = people.map((p, k) => `${p.given} ${k === 0 ? latexFamilies[families.indexOf(p.family)] : p.family}`);
  return {
    id,
    submitter: names[0],
    authors: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
    title: wrap(title, '\n  '),
    comments: '12 pages',
    'journal-ref': null,
    doi: i % 3 === 0 ? `10.5555/synthetic.${i + 1}` : null,
    'report-no': null,
    categories: `${categories[i % categories.length]} ${categories[(i + 3) % categories.length]}`,
    license: null,
    abstract: `  ${wrap(abstract, '\n')}\n`,
    versions: [{ version: 'v1', created: `Mon, 2 Apr ${2007 + (i % 17)} 19:18:42 GMT` }],
    update_date: '2024-01-01',
    authors_parsed: people.map((p) => [p.family, p.given, '']),
  };
}

function atomEntry(title: string, abstract: string, people: Person[], i: number): string {
  const id = `${String(7 + (i % 17)).padStart(2, '0')}${String((i % 12) + 1).padStart(2, '0')}.${String(i + 1).padStart(5, '0')}`;
  const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [
    '  <entry>',
    `    <id>http://arxiv.org/abs/${id}v1</id>`,
    `    <title>${xml(wrap(title, '\n  '))}</title>`,
    `    <updated>2020-03-01T10:00:00Z</updated>`,
    `    <link href="https://arxiv.org/abs/${id}v1" rel="alternate" type="text/html"/>`,
    `    <summary>  ${xml(wrap(abstract, '\n'))}\n</summary>`,
    `    <category term="${categories[i % categories.length]}" scheme="http://arxiv.org/schemas/atom"/>`,
    `    <published>${2007 + (i % 17)}-04-02T19:18:42Z</published>`,
    `    <arxiv:primary_category term="${categories[i % categories.length]}"/>`,
    ...people.map((p) => `    <author>\n      <name>${xml(`${p.given} ${p.family}`)}</name>\n    </author>`),
    '  </entry>',
  ].join('\n');
}

/** Entries in API responses of at most 2,000 (the API's page limit), one response after the other in one file. */
function atomFeeds(entries: readonly string[]): string {
  const feeds: string[] = [];
  for (let start = 0; start < entries.length; start += 2000) {
    feeds.push(
      `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n  <id>https://arxiv.org/api/synthetic${start}</id>\n  <title>arXiv Query: start=${start}</title>\n${entries.slice(start, start + 2000).join('\n')}\n</feed>\n`,
    );
  }
  return feeds.join('');
}

/** Text wrapped at about 80 columns, as arXiv stores titles and abstracts. */
function wrap(text: string, separator: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length > 78) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(separator);
}
