import { cslItemSchema, type CslItem } from '../../../src/schemas/paper.ts';
import type { Problem } from '../problem.ts';
import type { RecordsRead, SourceRecord } from '../read-records.ts';
import { bibtexToCsl } from './bibtex-to-csl.ts';
import { decodeLatex } from './decode-latex.ts';
import { scanBibtex, scanStrings, type BibtexEntry } from './scan-bibtex.ts';

/** What a BibTeX file is read with besides its own text. */
export interface BibtexContext {
  /** `@string` macros of the other BibTeX files of the build (a companion `strings.bib`), names lower case. */
  strings?: Readonly<Record<string, string>>;
}

/** Entry types that are not works: a `@set` groups entries, an `@xdata` holds fields others take. */
const notWorks = new Set(['set', 'xdata']);

/** CSL fields the schema types as text, which Citation.js may give as a list (BibLaTeX's `publisher` is one) or a number. */
const textFields = ['title', 'container-title', 'event-title', 'publisher', 'DOI', 'URL', 'keyword', 'abstract'] as const;

/**
 * Reads a BibTeX or BibLaTeX file (as Zotero, Better BibTeX, JabRef, DBLP, the ACL Anthology
 * or Google Scholar write it) into CSL JSON records, as BibTeX and biber read it: scanned by
 * scanBibtex (macros, `#`, bare numbers, `@comment`, `@preamble`), `xdata` fields taken in,
 * then decoded and mapped by Citation.js (names, types, `date` or `year`/`month`, `crossref`).
 * The title and abstract are decoded by decodeLatex, which keeps `$…$` math as written for
 * the page to render and leaves no other TeX.
 *
 * Nothing one entry holds stops the build: an entry that cannot be read, or has no title, is
 * skipped with a warning at its line. Only a file without any entry or macro is an error.
 */
export function readBibtex(text: string, file: string, context: BibtexContext = {}): RecordsRead {
  const { entries, strings, warnings } = scanBibtex(text, file, context.strings);
  const byKey = new Map<string, BibtexEntry>();
  for (const entry of entries) if (!byKey.has(entry.key.toLowerCase())) byKey.set(entry.key.toLowerCase(), entry);
  const works = entries.filter((entry) => !notWorks.has(entry.type)).map((entry) => withXdata(entry, byKey));
  const items = bibtexToCsl(works, file, warnings);
  const records: SourceRecord[] = [];
  works.forEach((entry, index) => {
    const item = items[index];
    const name = `the @${entry.type} entry "${entry.key}"`;
    if (item === undefined) {
      warnings.push({ file, line: entry.line, message: `${name} cannot be read by Citation.js, so it was skipped`, hint: 'check its fields: each is `name = {value}`, and its TeX is balanced' });
      return;
    }
    const parsed = cslItemSchema.safeParse(textual(item));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push({ file, line: entry.line, message: `${name} cannot be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}), so it was skipped`, hint: 'check that field' });
      return;
    }
    const record = withoutBibtexKey(parsed.data);
    const title = entry.fields['title'] === undefined ? cleanTitle(record.title ?? '') : titleOf(entry);
    if (title === '') {
      warnings.push({ file, line: entry.line, message: `${name} has no title, so it was skipped`, hint: 'add a `title = {…}` field to include it' });
      return;
    }
    record.title = title;
    // DBLP and Google Scholar escape `_` and `%` in DOIs and URLs for BibTeX; neither ever holds a backslash.
    if (record.DOI !== undefined) record.DOI = unescape(record.DOI);
    if (record.URL !== undefined) record.URL = unescape(record.URL);
    const abstract = entry.fields['abstract'];
    if (abstract !== undefined && abstract.trim() !== '') record.abstract = decodeLatex(abstract).trim();
    records.push({ item: record, line: entry.line });
  });
  const errors: Problem[] = [];
  if (entries.length === 0 && Object.keys(strings).length === 0 && !warnings.some((warning) => warning.line > 0)) {
    errors.push({ file, line: 0, message: 'the BibTeX file has no entries', hint: 'export the library as BibTeX (entries such as `@article{key, title = {…}, …}`)' });
  }
  return { records, warnings, errors };
}

/** The macros a BibTeX file defines, for reading the other BibTeX files of a build with them (a companion `strings.bib`). */
export function bibtexStrings(text: string): Record<string, string> {
  return scanStrings(text);
}

/** An entry with the fields of the `@xdata` entries it names, where it has none of its own (BibLaTeX's `xdata`). */
function withXdata(entry: BibtexEntry, byKey: ReadonlyMap<string, BibtexEntry>, depth = 0): BibtexEntry {
  const names = entry.fields['xdata'];
  if (names === undefined || depth > 8) return entry;
  const fields = { ...entry.fields };
  for (const name of names.split(',')) {
    const data = byKey.get(name.trim().toLowerCase());
    if (data === undefined) continue;
    for (const [field, value] of Object.entries(withXdata(data, byKey, depth + 1).fields)) if (!(field in fields) && field !== 'xdata') fields[field] = value;
  }
  delete fields['xdata'];
  return { ...entry, fields };
}

/** The title as BibLaTeX prints it (`title: subtitle`), decoded: TeX to text, math kept as written. */
function titleOf(entry: BibtexEntry): string {
  const title = decodeLatex(entry.fields['title'] ?? '');
  const subtitle = decodeLatex(entry.fields['subtitle'] ?? '');
  return cleanTitle(subtitle.trim() === '' ? title : `${title.trim()}: ${subtitle.trim()}`);
}

/** A DOI or URL without TeX's escapes (`10.1007/x\\_19` → `10.1007/x_19`). */
function unescape(value: string): string {
  return value.replace(/\\([_%&#$~])/g, '$1');
}

/** White space folded; a title is one line. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** A record whose text fields are text: a list joined as written (`A and B`), a number as digits. */
function textual(item: Record<string, unknown>): Record<string, unknown> {
  const out = { ...item };
  for (const field of textFields) {
    const value = out[field];
    if (Array.isArray(value)) out[field] = value.map(String).join(' and ');
    else if (typeof value === 'number') out[field] = String(value);
    else if (value !== undefined && typeof value !== 'string') delete out[field];
  }
  return out;
}

/** Citation.js' `citation-key` repeats `id`: one is enough. */
function withoutBibtexKey(item: CslItem): CslItem {
  const { 'citation-key': _key, ...rest } = item;
  return rest as CslItem;
}
