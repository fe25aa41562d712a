import type { Problem } from '../problem.ts';
import { lineIndex } from '../read-records.ts';

/** One entry of a BibTeX file as written: fields as TeX, macros expanded and `#` parts joined, names lower case. */
export interface BibtexEntry {
  /** The entry type, lower case (`article`, `inproceedings`, `online`, …). */
  type: string;
  key: string;
  /** 1-based line of the `@type{`. */
  line: number;
  fields: Record<string, string>;
}

/** A BibTeX file scanned: its entries and `@string` macros, and the entries it had to skip. */
export interface BibtexScan {
  entries: BibtexEntry[];
  /** The file's `@string` macros, names lower case. */
  strings: Record<string, string>;
  warnings: Problem[];
}

/** An `@type{` or `@type(` at the start of a line: where an entry begins (an `@` inside a value never does). */
const entryHead = /^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*([{(])/gm;

/** BibTeX's month macros, as every style defines them. */
const months: Record<string, string> = Object.fromEntries(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((month, index) => [month, String(index + 1)]));

/** A syntax error at an offset of the text. */
class ScanError extends Error {
  readonly offset: number;

  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

/**
 * Scans a BibTeX or BibLaTeX file as BibTeX and biber read it: entries found by balancing
 * braces (each keeps its line), `@string` macros of any case (this file's, then `strings`
 * from its companion files, then the month names) expanded, `#` joining the parts of a value,
 * bare numbers, `@comment` and `@preamble` skipped. An entry whose braces never close, or
 * whose fields cannot be told apart, is skipped with a warning at its line; a macro defined
 * nowhere counts as empty, as in BibTeX, with one warning per macro.
 */
export function scanBibtex(text: string, file: string, strings: Readonly<Record<string, string>> = {}): BibtexScan {
  const warnings: Problem[] = [];
  const lineAt = lineIndex(text);
  const own: Record<string, string> = {};
  const undefinedMacros = new Map<string, { line: number; uses: number }>();
  // Macros an entry uses that are defined nowhere, counted once the entry is read (a skipped entry's do not count).
  let pending: [string, number][] = [];
  const resolve = (name: string, offset: number): string => {
    const lower = name.toLowerCase();
    const value = own[lower] ?? strings[lower] ?? months[lower];
    if (value !== undefined) return value;
    pending.push([lower, offset]);
    return '';
  };
  const commit = (): void => {
    for (const [lower, offset] of pending) {
      const seen = undefinedMacros.get(lower);
      if (seen === undefined) undefinedMacros.set(lower, { line: lineAt(offset), uses: 1 });
      else seen.uses++;
    }
    pending = [];
  };
  const entries: BibtexEntry[] = [];
  const heads = [...text.matchAll(entryHead)];
  let consumed = 0;
  heads.forEach((head, index) => {
    const start = head.index;
    if (start < consumed) return;
    const type = (head[1] as string).toLowerCase();
    const open = start + head[0].length - 1;
    const end = closingOf(text, open, head[2] === '(' ? ')' : '}');
    const line = lineAt(start);
    const nextHead = heads[index + 1]?.index ?? text.length;
    const key = /^[^,\s]*/.exec(text.slice(open + 1, open + 200))?.[0] ?? '';
    const name = `the @${type} entry${key === '' || type === 'string' || type === 'preamble' ? '' : ` "${key}"`}`;
    if (end === -1 || end > nextHead) {
      if (type === 'comment') return;
      warnings.push({
        file,
        line,
        message: `${name} has an unclosed brace (no matching "}" before ${nextHead === text.length ? 'the end of the file' : `line ${lineAt(nextHead)}`}), so it was skipped`,
        hint: 'balance its braces (write a literal brace as \\{ or \\}) and build again to include it',
      });
      consumed = nextHead;
      return;
    }
    consumed = end + 1;
    if (type === 'comment' || type === 'preamble') return;
    pending = [];
    try {
      if (type === 'string') {
        const fields = readFields(text, open + 1, end, resolve);
        for (const [macro, value] of Object.entries(fields)) own[macro] = value;
        commit();
        return;
      }
      const comma = text.indexOf(',', open + 1);
      const keyEnd = comma === -1 || comma > end ? end : comma;
      entries.push({ type, key: text.slice(open + 1, keyEnd).trim(), line, fields: keyEnd === end ? {} : readFields(text, keyEnd + 1, end, resolve) });
      commit();
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      warnings.push({ file, line: lineAt(error.offset), message: `${name} (line ${line}) cannot be read: ${error.message}, so it was skipped`, hint: 'fix its syntax: each field is `name = {value}`, `name = "value"`, a number or a @string macro, parts joined by `#`, fields separated by commas' });
    }
  });
  for (const [macro, { line, uses }] of undefinedMacros) {
    warnings.push({ file, line, message: `the macro "${macro}" is defined nowhere (used ${uses === 1 ? 'once' : `${uses} times`}), so it reads as empty`, hint: `define it with \`@string{${macro} = {…}}\`, or build with the file that defines it too (\`--source strings.bib ${file.split('/').pop() ?? file}\`)` });
  }
  return { entries, strings: own, warnings };
}

/** The `name = value` fields between `from` and `to`, names lower case. */
function readFields(text: string, from: number, to: number, resolve: (name: string, offset: number) => string): Record<string, string> {
  const fields: Record<string, string> = {};
  let index = skipSpace(text, from, to);
  while (index < to) {
    const name = /[^\s=,{}"#()]+/y;
    name.lastIndex = index;
    const found = name.exec(text);
    if (found === null || name.lastIndex > to) throw new ScanError(index, `expected a field name, found "${text.slice(index, index + 12).split('\n')[0]}"`);
    index = skipSpace(text, name.lastIndex, to);
    if (text[index] !== '=') throw new ScanError(index, `expected "=" after "${found[0]}"`);
    let value = '';
    do {
      index = skipSpace(text, index + 1, to);
      const [part, next] = readPart(text, index, to, resolve);
      value += part;
      index = skipSpace(text, next, to);
    } while (text[index] === '#');
    fields[found[0].toLowerCase()] = value;
    if (index < to && text[index] !== ',') throw new ScanError(index, `expected "," or the end of the entry after the field "${found[0]}"`);
    index = skipSpace(text, index + 1, to);
  }
  return fields;
}

/** One part of a value at `index`: `{…}`, `"…"`, a number or a macro; gives its text and where the text goes on. */
function readPart(text: string, index: number, to: number, resolve: (name: string, offset: number) => string): [string, number] {
  const character = text[index];
  if (character === '{') {
    const end = closingOf(text, index, '}');
    if (end === -1 || end > to) throw new ScanError(index, 'a value\'s "{" is never closed');
    return [text.slice(index + 1, end), end + 1];
  }
  if (character === '"') {
    const end = closingQuote(text, index);
    if (end === -1 || end > to) throw new ScanError(index, 'a value\'s \'"\' is never closed');
    return [text.slice(index + 1, end), end + 1];
  }
  const word = /[^\s,#{}"=()]+/y;
  word.lastIndex = index;
  const found = word.exec(text);
  if (found === null || word.lastIndex > to) throw new ScanError(index, 'expected a value');
  return [/^\d+$/.test(found[0]) ? found[0] : resolve(found[0], index), word.lastIndex];
}

function skipSpace(text: string, index: number, to: number): number {
  while (index < to && /\s/.test(text[index] as string)) index++;
  return index;
}

/** Offset of the `"` closing a quoted value opened at `open` (braces inside are balanced); -1 when none. */
export function closingQuote(text: string, open: number): number {
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
export function closingOf(text: string, open: number, close: '}' | ')'): number {
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

/** The `@string` macros of a BibTeX file, names lower case: a companion `strings.bib` lends them to the build's other BibTeX files. */
export function scanStrings(text: string): Record<string, string> {
  const strings: Record<string, string> = {};
  const resolve = (name: string): string => strings[name.toLowerCase()] ?? months[name.toLowerCase()] ?? '';
  for (const head of text.matchAll(/^[ \t]*@[ \t]*string[ \t]*([{(])/gim)) {
    const open = head.index + head[0].length - 1;
    const end = closingOf(text, open, head[1] === '(' ? ')' : '}');
    if (end === -1) continue;
    try {
      Object.assign(strings, readFields(text, open + 1, end, resolve));
    } catch (error) {
      // scanBibtex reports it when it reads the file itself.
      if (!(error instanceof ScanError)) throw error;
    }
  }
  return strings;
}
