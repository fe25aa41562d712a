import { SaxesParser } from 'saxes';

/** What an arXiv API `<entry>` says, as text. */
export interface AtomEntry {
  /** The texts of the entry's own child elements by local name (`id`, `title`, `summary`, `published`, `doi`, `journal_ref`, …), the first of each. */
  fields: Map<string, string>;
  /** The `id` attribute some collections add to `<entry>` (`<entry id="1910.04640">`). */
  idAttribute?: string;
  /** `<author><name>` in order. */
  authors: string[];
  /** `<arxiv:primary_category term>` first, then every `<category term>`. */
  categories: string[];
}

/** An entry that is not well-formed XML: where (relative to the entry's first line) and why. */
export class AtomEntryError extends Error {
  /** 0-based line within the entry. */
  readonly lineOffset: number;

  constructor(lineOffset: number, message: string) {
    super(message);
    this.lineOffset = lineOffset;
  }
}

/**
 * Parses one `<entry>…</entry>` of an arXiv Atom feed with saxes, a strict streaming XML
 * parser (well-formedness is checked as it reads; 2–6 times faster here than
 * fast-xml-parser's parse, and 1.5 times faster than its validator alone). Namespace
 * prefixes are dropped (`arxiv:doi` is `doi`), so an entry with or without the Atom
 * namespace reads the same. Throws an {@link AtomEntryError} when the entry is not
 * well-formed.
 */
export function parseAtomEntry(xml: string): AtomEntry {
  const entry: AtomEntry = { fields: new Map(), authors: [], categories: [] };
  const parser = new SaxesParser();
  const path: string[] = [];
  let text = '';
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    path.push(name);
    text = '';
    const term = tag.attributes['term'];
    if ((name === 'category' || name === 'primary_category') && typeof term === 'string') {
      if (name === 'primary_category') entry.categories.unshift(term);
      else entry.categories.push(term);
    }
    const id = tag.attributes['id'];
    if (path.length === 1 && typeof id === 'string') entry.idAttribute = id;
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', () => {
    const name = path.pop() ?? '';
    const parent = path.at(-1);
    if (parent === 'entry' && !entry.fields.has(name)) entry.fields.set(name, text);
    if (parent === 'author' && name === 'name') entry.authors.push(text);
    text = '';
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    const message = String((error as Error).message);
    const [, line = '1', reason = message] = /^(\d+):\d+: (.*)$/s.exec(message) ?? [];
    throw new AtomEntryError(Number(line) - 1, reason.replace(/\.$/, ''));
  }
  return entry;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
