/** One word of a text: `term` is the comparable form, `surface` what the reader saw (lowercased). */
export interface Token {
  /** Lowercased, diacritics removed, plural folded; hyphenated compounds joined when asked. */
  term: string;
  /** The word as written, lowercased (hyphens kept), for showing terms to people. */
  surface: string;
  /** True for a part of a hyphenated word after its first (`shot` of `few-shot`), when hyphens are not joined. */
  joined?: true;
}

/** How {@link tokenize} splits words. */
export interface TokenizeOptions {
  /**
   * Join hyphenated compounds into one term (`fine-tuning` → `finetuning`) instead of
   * splitting them (`fine`, `tuning`). TF-IDF joins them so `test-time` is one feature;
   * phrase matching splits them and matches across either spelling.
   */
  joinHyphens?: boolean;
  /**
   * Also emit an empty token (`term` and `surface` both `''`) for each punctuation mark
   * that ends a phrase (`.,;:!?()[]{}"`), so callers can keep phrases within clauses.
   */
  boundaries?: boolean;
  /** Keep each `surface` in the case it was written (`GNNs`), for telling acronyms from words. */
  keepCase?: boolean;
}

// URLs carry repository names, not topics; LaTeX commands (`\eg`, `\%`) carry nothing.
const urlPattern = /\b(?:https?:\/\/|www\.)\S+/gi;
const latexPattern = /\\[a-z]+|\\./gi;
// A word: letters and digits, optionally joined by hyphens or apostrophes.
const wordPattern = /[\p{L}\p{N}]+(?:[-‐‑–'’][\p{L}\p{N}]+)*/gu;
const wordOrBoundaryPattern = /[\p{L}\p{N}]+(?:[-‐‑–'’][\p{L}\p{N}]+)*|[.,;:!?()[\]{}"“”]/gu;
const hyphenPattern = /[-‐‑–]/g;
const isAscii = /^[\x00-\x7f]*$/;

// Singular words ending in `s`. Text and phrases fold alike, so a wrong fold only matters
// when it collides with another word (`news` → `new`) or shows up in suggested terms.
const pluralExceptions = new Set(['lens', 'bias', 'gas', 'alias', 'atlas', 'canvas', 'chaos', 'this', 'thus', 'means']);

/**
 * Folds an English plural to its singular (`models` → `model`, `strategies` → `strategy`,
 * `classes` → `class`); a light rule set instead of a stemmer so terms stay readable.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3 || pluralExceptions.has(word) || !word.endsWith('s')) return word;
  if (/(?:ss|us|is|ous|series|species|news)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (/\d/.test(word.at(-2) ?? '')) return word; // `t5s` is rare; `n2s` is not a plural
  return word.slice(0, -1);
}

/**
 * Splits text into comparable words: case-, accent- and plural-insensitive, URLs and
 * LaTeX commands removed, possessive `'s` dropped.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  // Most abstracts are ASCII: only decompose accents when there are any.
  const decomposed = isAscii.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  const clean = (options.keepCase ? decomposed : decomposed.toLowerCase())
    .replace(urlPattern, ' ')
    .replace(latexPattern, ' ');
  const tokens: Token[] = [];
  for (const [match] of clean.matchAll(options.boundaries ? wordOrBoundaryPattern : wordPattern)) {
    if (match.length === 1 && !/[\p{L}\p{N}]/u.test(match)) {
      tokens.push({ term: '', surface: '' });
      continue;
    }
    const word = match.replace(/['’]s$/, '').replace(/['’]/g, '');
    const parts = options.joinHyphens ? [word] : word.split(hyphenPattern);
    let first = true;
    for (const part of parts) {
      const joined = part.replace(hyphenPattern, '');
      if (joined === '') continue;
      const term = foldPlural(options.keepCase ? joined.toLowerCase() : joined);
      tokens.push(first ? { term, surface: part } : { term, surface: part, joined: true });
      first = false;
    }
  }
  return tokens;
}
