/** The exports told apart by their content alone, whatever their file is called. */
export type ContentFormat = 'scopus-csv' | 'wos-tab' | 'openalex' | 'arxiv-json' | 'arxiv-atom';

/** How far into a file the detector looks: enough for a header line or the first record or two. */
const headLength = 20_000;

/**
 * The export a file's content is, when it is one of the database exports told by content:
 * a Scopus CSV (a header with `Title` and Scopus' own columns such as `Source title`, `EID`,
 * `Author(s) ID`), a Web of Science tab-delimited file (a header of two-letter tags from
 * `PT`), OpenAlex works (JSON or JSON Lines with OpenAlex's `authorships`,
 * `abstract_inverted_index` or `https://openalex.org/W…` ids), arXiv's metadata snapshot
 * (JSON Lines with `authors_parsed` or `versions` and `categories`) or an arXiv API Atom
 * feed (`<entry>` elements from arxiv.org). Undefined for anything else.
 */
export function detectExport(text: string): ContentFormat | undefined {
  const head = text.slice(0, headLength).replace(/^\uFEFF/, '').trimStart();
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n')).replace(/\r$/, '');
  if (head.startsWith('<')) return /<entry[\s>]/.test(head) && /arxiv\.org/i.test(head) ? 'arxiv-atom' : undefined;
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"authors_parsed"\s*:|"versions"\s*:\s*\[\s*\{\s*"version"/.test(head)) return 'arxiv-json';
    if (/"abstract_inverted_index"\s*:|"authorships"\s*:|"id"\s*:\s*"https:\/\/openalex\.org\/W\d/.test(head)) return 'openalex';
    return undefined;
  }
  const tabs = firstLine.split('\t').filter((cell) => cell !== '');
  if (tabs[0] === 'PT' && tabs.length > 3 && tabs.every((cell) => /^[A-Z][A-Z0-9]$/.test(cell)) && tabs.includes('TI')) return 'wos-tab';
  const columns = new Set(firstLine.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
  if (columns.has('Title') && ['Source title', 'EID', 'Author(s) ID', 'Author full names'].some((name) => columns.has(name))) return 'scopus-csv';
  return undefined;
}
