import { cslItemSchema, type CslItem } from '../../../src/schemas/paper.ts';
import { parseBibtexText } from './citation-js.ts';
import { decodeLatex } from './decode-latex.ts';
import type { Problem } from '../problem.ts';
import { lineIndex, type RecordsRead, type SourceRecord } from '../read-records.ts';

/** An `@type{` or `@type(` at the start of a line: where an entry begins. */
const entryHead = /^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*([{(])/gm;

/** One `@…{…}` block of the file, as found by balancing its braces. */
interface Chunk {
  kind: string;
  text: string;
  line: number;
  key: string;
  /** The abstract field's raw value, taken out of `text` (see takeAbstract). */
  abstract?: string;
}

/**
 * Reads a BibTeX or BibLaTeX file (as Zotero, Better BibTeX, JabRef or Google Scholar
 * export it) into CSL JSON records with Citation.js: LaTeX accents and braces decoded,
 * `@string` macros and month macros expanded.
 *
 * Entries are first found by balancing braces, so each keeps its line: an entry whose
 * braces never close (up to the next entry or the end of the file) is skipped with a
 * warning naming it; an entry Citation.js cannot read, or one without a title, is an error
 * at its line. `@comment` blocks are ignored.
 */
export function readBibtex(text: string, file: string): RecordsRead {
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const lineAt = lineIndex(text);
  const preamble: string[] = [];
  const entries: Chunk[] = [];
  const heads = [...text.matchAll(entryHead)];
  let consumed = 0;
  heads.forEach((head, index) => {
    const start = head.index;
    if (start < consumed) return;
    const kind = (head[1] as string).toLowerCase();
    const open = start + head[0].length - 1;
    const end = closingOf(text, open, head[2] === '(' ? ')' : '}');
    const line = lineAt(start);
    const nextHead = heads[index + 1]?.index ?? text.length;
    if (end === -1 || end > nextHead) {
      const key = /^[^,\s]*/.exec(text.slice(open + 1, open + 200))?.[0] ?? '';
      warnings.push({
        file,
        line,
        message: `the @${kind} entry${key === '' ? '' : ` "${key}"`} has an unclosed brace (no matching "}" before ${nextHead === text.length ? 'the end of the file' : `line ${lineAt(nextHead)}`}), so it was skipped`,
        hint: 'balance its braces (write a literal brace as \\{ or \\}) and build again to include it',
      });
      consumed = nextHead;
      return;
    }
    consumed = end + 1;
    if (kind === 'comment') return;
    const chunk = text.slice(start, end + 1);
    if (kind === 'string' || kind === 'preamble') preamble.push(chunk);
    else entries.push({ kind, line, key: (/^[^,\s]*/.exec(text.slice(open + 1, open + 200))?.[0] ?? '').trim(), ...takeAbstract(chunk) });
  });

  const records: SourceRecord[] = [];
  const macros = preamble.join('\n');
  // All at once is fastest; where Citation.js fails or does not give one record per entry, halves are
  // read until the culprits stand alone, so one bad entry among 50,000 costs a few dozen reads, not 50,000.
  const items = parseEntries(entries, macros);
  entries.forEach((entry, index) => {
    let item: unknown = items[index];
    if (item === undefined) {
      try {
        item = parseBibtexText(`${macros}\n${entry.text}`)[0];
      } catch (error) {
        errors.push({ file, line: entry.line + errorLine(error, macros), message: `the @${entry.kind} entry "${entry.key}" cannot be read: ${firstLine(error)}`, hint: 'fix its syntax: each field is `name = {value}` or `name = "value"`, fields separated by commas' });
        return;
      }
    }
    const parsed = cslItemSchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ file, line: entry.line, message: `the @${entry.kind} entry "${entry.key}" cannot be read`, hint: 'check its fields' });
      return;
    }
    const record = withoutBibtexKey(parsed.data);
    if (entry.abstract !== undefined) record.abstract = decodeLatex(entry.abstract).trim();
    if ((record.title ?? '').trim() === '') {
      errors.push({ file, line: entry.line, message: `the @${entry.kind} entry "${entry.key}" has no title`, hint: 'add a `title = {…}` field, or remove the entry' });
      return;
    }
    records.push({ item: record, line: entry.line });
  });
  if (entries.length === 0 && errors.length === 0) {
    errors.push({ file, line: 0, message: 'the BibTeX file has no entries', hint: 'export the library as BibTeX (entries such as `@article{key, title = {…}, …}`)' });
  }
  return { records, warnings, errors };
}

/** Citation.js' records of `entries`, one per entry, `undefined` where an entry could not be read with others. */
function parseEntries(entries: readonly Chunk[], macros: string): (unknown | undefined)[] {
  if (entries.length === 0) return [];
  try {
    const items = parseBibtexText(`${macros}\n${entries.map((entry) => entry.text).join('\n')}`);
    if (items.length === entries.length) return items;
  } catch {
    // Read in halves below.
  }
  if (entries.length === 1) return [undefined];
  const half = Math.ceil(entries.length / 2);
  return [...parseEntries(entries.slice(0, half), macros), ...parseEntries(entries.slice(half), macros)];
}

/**
 * An entry's text without its `abstract` field, and that field's raw value. Citation.js'
 * value parser costs about 0.7 ms for a 1.6 KB abstract (35 s for 50,000 entries, most of the
 * time), so abstracts are decoded by decodeLatex instead; the other fields stay with Citation.js.
 */
function takeAbstract(chunk: string): { text: string; abstract?: string } {
  let depth = 0;
  for (let index = 0; index < chunk.length; index++) {
    const character = chunk[index];
    if (character === '\\') {
      index++;
      continue;
    }
    if (character === '{' || (character === '(' && depth === 0)) depth++;
    else if (character === '}') depth--;
    if (depth !== 1 || character !== ',') continue;
    const field = /,\s*abstract\s*=\s*/iy;
    field.lastIndex = index;
    if (!field.test(chunk)) continue;
    const start = field.lastIndex;
    const open = chunk[start];
    const end = open === '{' ? closingOf(chunk, start, '}') : open === '"' ? closingQuote(chunk, start) : -1;
    if (end === -1) return { text: chunk };
    return { text: chunk.slice(0, index) + chunk.slice(end + 1), abstract: chunk.slice(start + 1, end) };
  }
  return { text: chunk };
}

/** Offset of the `"` closing a quoted value opened at `open` (braces inside are balanced); -1 when none. */
function closingQuote(text: string, open: number): number {
  let depth = 0;
  for (let index = open + 1; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '{') depth++;
    else if (character === '}') depth--;
    else if (character === '"' && depth === 0) return index;
  }
  return -1;
}

/** Offset of the bracket closing the one at `open`, counting braces (`\{` and `\}` are literal); -1 when it never closes. */
function closingOf(text: string, open: number, close: '}' | ')'): number {
  let depth = 0;
  for (let index = open + 1; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') {
      index++;
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      if (depth === 0) return close === '}' ? index : -1;
      depth--;
    } else if (character === ')' && close === ')' && depth === 0) {
      return index;
    }
  }
  return -1;
}

/** The line Citation.js' parser reports an error on, relative to the entry (its text follows the macros and one newline). */
function errorLine(error: unknown, macros: string): number {
  const line = Number(/at line (\d+)/.exec(String((error as Error)?.message))?.[1] ?? NaN);
  const before = macros.split('\n').length;
  return Number.isFinite(line) ? Math.max(0, line - before - 1) : 0;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]?.replace(/ at line \d+ col \d+:?$/, '') ?? 'syntax error';
}

/** Citation.js' `citation-key` repeats `id`: one is enough. */
function withoutBibtexKey(item: CslItem): CslItem {
  const { 'citation-key': _key, ...rest } = item;
  return rest as CslItem;
}
