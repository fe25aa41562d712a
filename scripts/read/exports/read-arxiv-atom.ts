import type { Problem } from '../problem.ts';
import { lineIndex, type RecordsRead } from '../read-records.ts';
import { arxivItem, arxivKeys } from './arxiv-item.ts';
import { givenFirstName } from './given-first-name.ts';
import { AtomEntryError, parseAtomEntry, type AtomEntry } from './parse-atom-entry.ts';
import { doiKeyOf, settleRecords, type FoundRecord } from './settle-records.ts';

/** Where an Atom entry starts: `<entry>` or `<entry xmlns=… id=…>`. */
const entryStart = /<entry[\s>]/g;

/**
 * Reads arXiv API responses (Atom, `http://export.arxiv.org/api/query?…`) into CSL JSON
 * records (see arxivItem), entry by entry: so a file holding several responses one after
 * the other, or entries collected under another root, with or without the Atom namespace,
 * reads as well as one response. Each `<entry>` is checked and parsed on its own (see
 * parseAtomEntry): an entry that never closes or is not well-formed XML, or has no id or
 * title, is a warning at its line and skipped; a paper the file holds twice (same arXiv id)
 * is read once. Authors from `<author><name>`, categories from `<arxiv:primary_category>`
 * and `<category term>`, the date from `<published>` (the first version's).
 */
export function readArxivAtom(text: string, file: string): RecordsRead {
  const lineAt = lineIndex(text);
  const starts = [...text.matchAll(entryStart)].map((match) => match.index);
  const warnings: Problem[] = [];
  const found: FoundRecord[] = [];
  starts.forEach((start, index) => {
    const line = lineAt(start);
    const close = text.indexOf('</entry>', start);
    const next = starts[index + 1] ?? text.length;
    if (close === -1 || close > next) {
      warnings.push({ file, line, message: `this <entry> has no </entry> before ${next === text.length ? 'the end of the file' : `line ${lineAt(next)}`}, so it was skipped`, hint: 'save the arXiv response again, whole' });
      return;
    }
    let entry: AtomEntry;
    try {
      entry = parseAtomEntry(text.slice(start, close + '</entry>'.length));
    } catch (error) {
      if (!(error instanceof AtomEntryError)) throw error;
      warnings.push({ file, line: line + error.lineOffset, message: `this <entry> is not well-formed XML (${error.message}), so it was skipped`, hint: 'save the arXiv response again, whole' });
      return;
    }
    const field = (name: string): string | undefined => textOf(entry.fields.get(name));
    const id = field('id') ?? textOf(entry.idAttribute);
    if (id === undefined) {
      warnings.push({ file, line, message: 'this <entry> has no <id>, so it was skipped', hint: 'save the arXiv response again, whole' });
      return;
    }
    const item = arxivItem({
      id,
      title: field('title') ?? '',
      abstract: field('summary') ?? '',
      authors: entry.authors.flatMap((name) => (textOf(name) === undefined ? [] : [givenFirstName(name)])),
      categories: entry.categories,
      submitted: field('published') ?? field('updated'),
      doi: field('doi'),
      journalRef: field('journal_ref'),
    });
    const doi = doiKeyOf(item.DOI);
    found.push({ item, line, keys: [...arxivKeys(item), ...(doi === undefined ? [] : [doi])] });
  });
  return settleRecords(found, warnings, file, { format: 'arXiv Atom', hint: 'save the response of the arXiv API (`http://export.arxiv.org/api/query?search_query=…`), which lists <entry> elements' });
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

