import type { Problem } from '../problem.ts';
import { parseBibtexEntries, type CitationEntry } from './citation-js.ts';
import { decodeMissingSymbols } from './decode-latex.ts';
import type { BibtexEntry } from './scan-bibtex.ts';

/**
 * Fields Paper Atlas never shows nor cites: left out before Citation.js decodes the rest, which
 * saves time (a Zotero `file` path, a DBLP `timestamp`) and keeps a note's odd TeX from costing
 * the entry. The abstract is decoded apart (see readBibtex).
 */
const unused = /^(?:abstract|file|annotation|annote|comment|comments|review|timestamp|biburl|bibsource|owner|created|updated|bibdate|groups|ranking|readstatus|mendeley-.*|_.*)$/;

/** Fields Citation.js reads as written (addresses, identifiers): no TeX is decoded in them. */
const verbatim = /^(?:url|doi|eprint|verba|verbb|verbc|pdf)$/;

/** Private-use stand-ins for `<` and `>` while Citation.js runs, so the tags it writes (`<i>`) are told from the source's text. */
const lessThan = '\uE000';
const greaterThan = '\uE001';

/**
 * Each entry as a CSL JSON record by Citation.js (BibLaTeX's types, names, dates, `crossref`
 * inheritance, LaTeX decoded), or `undefined` where it could not be read. All entries are read
 * at once, which is fastest; where Citation.js fails, halves are read until the culprits stand
 * alone, then a culprit's fields one by one, so one odd field costs that field, not the entry,
 * and one bad entry among 50,000 costs a few dozen reads.
 */
export function bibtexToCsl(entries: readonly BibtexEntry[], file: string, warnings: Problem[]): (Record<string, unknown> | undefined)[] {
  const byKey = new Map<string, BibtexEntry>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  const input = entries.map(citationEntry);
  return readAll(input, byKey, (entry, index) => {
    const kept: Record<string, string> = {};
    const dropped: string[] = [];
    for (const [field, value] of Object.entries(entry.properties)) {
      if (parse([{ ...entry, properties: { ...kept, [field]: value } }]) !== undefined) kept[field] = value;
      else dropped.push(field);
    }
    const source = entries[index] as BibtexEntry;
    if (dropped.length > 0) {
      warnings.push({ file, line: source.line, message: `the @${source.type} entry "${source.key}" has ${dropped.length === 1 ? 'a field' : 'fields'} Citation.js cannot decode (${dropped.join(', ')}), so ${dropped.length === 1 ? 'it was' : 'they were'} left out`, hint: 'check the TeX of that field (an unknown command, an unbalanced `$`)' });
    }
    return parse([{ ...entry, properties: kept }])?.[0];
  });
}

/** Reads `input` with the parents its crossrefs name; `single` reads one entry that failed. */
function readAll(input: readonly CitationEntry[], byKey: ReadonlyMap<string, BibtexEntry>, single: (entry: CitationEntry, index: number) => Record<string, unknown> | undefined, offset = 0): (Record<string, unknown> | undefined)[] {
  if (input.length === 0) return [];
  const items = parse(withParents(input, byKey));
  if (items !== undefined) return items.slice(0, input.length);
  if (input.length === 1) return [single(input[0] as CitationEntry, offset)];
  const half = Math.ceil(input.length / 2);
  return [...readAll(input.slice(0, half), byKey, single, offset), ...readAll(input.slice(half), byKey, single, offset + half)];
}

/** `input` and, after it, the entries its `crossref`s name (and theirs), so Citation.js can inherit from them. */
function withParents(input: readonly CitationEntry[], byKey: ReadonlyMap<string, BibtexEntry>): CitationEntry[] {
  const labels = new Set(input.map((entry) => entry.label));
  const all = [...input];
  for (let index = 0; index < all.length; index++) {
    const parent = byKey.get((all[index] as CitationEntry).properties['crossref'] ?? '');
    if (parent !== undefined && !labels.has(parent.key)) {
      labels.add(parent.key);
      all.push(citationEntry(parent));
    }
  }
  return all;
}

/** Citation.js' records of `input`, one per entry in order, or `undefined` when it fails. */
function parse(input: readonly CitationEntry[]): Record<string, unknown>[] | undefined {
  try {
    const items = parseBibtexEntries(input) as Record<string, unknown>[];
    return items.length === input.length ? items.map(restore) : undefined;
  } catch {
    return undefined;
  }
}

function citationEntry(entry: BibtexEntry): CitationEntry {
  const properties: Record<string, string> = {};
  for (const [field, value] of Object.entries(entry.fields)) {
    if (unused.test(field) || value.trim() === '') continue;
    const text = verbatim.test(field) ? value : decodeMissingSymbols(value);
    properties[field] = text.replaceAll('<', lessThan).replaceAll('>', greaterThan);
  }
  return { type: entry.type, label: entry.key, properties };
}

/** Tags Citation.js writes for TeX formatting (`\textit` → `<i>`, case protection → `<span class="nocase">`). */
const citationTags = /<\/?(?:i|b|sup|sub|span)(?:\s[^>]*)?>/g;

/** A value with Citation.js' formatting tags removed (plain text is what pages show) and the source's `<` and `>` back. */
function restore<T>(value: T): T {
  if (typeof value === 'string') {
    // Citation.js puts an accent on a dotless ı (`{\'{\i}}` → `ı́`): the letter is a plain i.
    const text = value.replace(citationTags, '').replaceAll(lessThan, '<').replaceAll(greaterThan, '>');
    return text.replace(/ı(?=[\u0300-\u036f])/g, 'i').replace(/ȷ(?=[\u0300-\u036f])/g, 'j').normalize('NFC') as T;
  }
  if (Array.isArray(value)) return value.map(restore) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, restore(inner)])) as T;
  return value;
}
