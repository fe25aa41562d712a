import type { CslItem, CslName } from '../../src/schemas/paper.ts';
import { capitalizeSurname, capitalizeWord, isAcronymShape, isNameParticle, isRomanNumeral, isSmallWord } from './reader-words.ts';
import { isOddCase, longestPhrase, mostFrequent, writtenForms, type CollectionText, type PhraseForms } from './written-forms.ts';

/** Venues, names and keywords as a reader writes them, learnt from one collection. */
export interface ReaderCase {
  /** The record with its venue, its authors' names and its keywords (both kinds) in reader form; other fields as they were. */
  csl(item: CslItem): CslItem;
  /** A keyword in reader form: one in capitals gets the collection's own writing of it, else lower case but for acronyms (`GULF-OF-MEXICO` → `Gulf of Mexico` or `gulf of mexico`); any other as written. */
  keyword(text: string): string;
  /** A venue in reader form: one in capitals in title case, small words lower case, acronyms kept; any other as written. */
  venue(text: string, abbreviation?: string): string;
}

/** What {@link readerCase} reads of a paper. */
export interface CasePaper {
  title: string;
  abstract: string;
  csl?: CslItem | undefined;
}

/** A word with the text between it and the word before. */
type Word = { text: string; gap: string };

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * Learns from a collection how it writes the words that some of its exports give in capitals
 * (Web of Science's `FISHERIES RESEARCH`, Keywords Plus, `SMITH, JOHN`), and gives the reader
 * form of each: the collection's own mixed-case writing where it has one (the abbreviation
 * `PLoS One` for `PLOS ONE`, `DNA` and `Gulf of Mexico` as abstracts write them, `McDonald` as
 * another record names him), else rules of shape. Text with a lowercase letter is never changed.
 * Reads every text once (each distinct keyword, venue and name once), and only when something is in capitals.
 */
export function readerCase(papers: readonly CasePaper[]): ReaderCase {
  const written = distinctTexts(papers);
  const phrases = new Set<string>();
  const venueForms = new Map<string, Map<string, number>>();
  for (const [venue, times] of written.venues) {
    if (inCapitals(venue)) for (const word of wordsOf(venue)) phrases.add(word.text.toLowerCase());
    else count(venueForms, fold(venue).toLowerCase(), fold(venue), times);
  }
  for (const keyword of written.keywords) if (inCapitals(keyword)) addPhrases(phrases, wordsOf(keyword));
  for (const part of written.nameParts) if (inCapitals(part)) for (const word of wordsOf(part)) phrases.add(word.text.toLowerCase());
  const forms = phrases.size === 0 ? new Map<string, PhraseForms>() : learnForms(papers, written, phrases);
  // A collection repeats its venues, keywords and names: each is put in reader form once.
  const keyword = remembered((text: string) => readerKeyword(text, forms));
  const venueOf = remembered((key: string) => {
    const [text = '', abbreviation] = key.split('\u0000');
    const same = venueForms.get(fold(text).toLowerCase());
    return same === undefined ? readerVenue(text, abbreviation, forms) : (mostFrequent(same) as string);
  });
  const venue = (text: string, abbreviation?: string) => (inCapitals(text) ? venueOf(abbreviation === undefined ? text : `${text}\u0000${abbreviation}`) : text);
  const namePart = remembered((key: string) => {
    const [family, given] = key.split('\u0000');
    return readerName({ ...(family === '' ? {} : { family }), ...(given === '' ? {} : { given }) }, forms);
  });
  return {
    keyword,
    venue,
    csl(item) {
      const cased: CslItem = { ...item };
      const short = item['container-title-short'];
      if (item['container-title'] !== undefined) cased['container-title'] = venue(item['container-title'], short);
      if (item['event-title'] !== undefined) cased['event-title'] = venue(item['event-title']);
      if (item.author !== undefined) {
        cased.author = item.author.map((name) => {
          if (!(name.family !== undefined && inCapitals(name.family)) && !(name.given !== undefined && inCapitals(name.given))) return name;
          const { family, given } = namePart(`${name.family ?? ''}\u0000${name.given ?? ''}`);
          return { ...name, ...(family === undefined ? {} : { family }), ...(given === undefined ? {} : { given }) };
        });
      }
      if (item.keyword !== undefined) cased.keyword = mapKeywords(item.keyword, keyword);
      if (item.keywordsPlus !== undefined) cased.keywordsPlus = mapKeywords(item.keywordsPlus, keyword);
      return cased;
    },
  };
}

/** The venues (with how many records name each), keywords, venue abbreviations and parts of names of a collection, each once. */
interface DistinctTexts {
  venues: Map<string, number>;
  abbreviations: Set<string>;
  keywords: Set<string>;
  nameParts: Set<string>;
}

function distinctTexts(papers: readonly CasePaper[]): DistinctTexts {
  const written: DistinctTexts = { venues: new Map(), abbreviations: new Set(), keywords: new Set(), nameParts: new Set() };
  for (const { csl } of papers) {
    if (csl === undefined) continue;
    for (const venue of [csl['container-title'], csl['event-title']]) if (venue !== undefined) written.venues.set(venue, (written.venues.get(venue) ?? 0) + 1);
    if (csl['container-title-short'] !== undefined) written.abbreviations.add(csl['container-title-short']);
    for (const keyword of [...splitKeywords(csl.keyword), ...splitKeywords(csl.keywordsPlus)]) written.keywords.add(keyword);
    for (const name of csl.author ?? []) for (const part of [name.family, name.given]) if (part !== undefined) written.nameParts.add(part);
  }
  return written;
}

/** A function that works out each input once. */
function remembered<T>(work: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) known.set(key, (value = work(key)));
    return value as T;
  };
}

/**
 * Characters of abstracts read at most: beyond them a deterministic share of the abstracts
 * (chosen by a hash of the title, so not by paper order) is read, which still holds every word
 * common enough to matter, so the cost stays bounded however large the collection.
 */
const abstractBudget = 10_000_000;

/**
 * How the collection writes the phrases: from titles, keywords, venues and names first, then
 * from abstracts for the phrases those leave open: a word is settled when the titles write it
 * in lower case inside a sentence and never otherwise, a phrase of several words when they
 * write it mostly so. Common words are settled by the titles, so the abstracts (most of the
 * text) count only rarer words and proper nouns (`Ontario`, `Rhodopseudomonas palustris`).
 */
function learnForms(papers: readonly CasePaper[], written: DistinctTexts, phrases: ReadonlySet<string>): Map<string, PhraseForms> {
  const forms = writtenForms(shortTexts(papers, written), phrases);
  const open = new Set(
    [...phrases].filter((phrase) => {
      const chosen = forms.get(phrase)?.chosen;
      const lower = chosen?.get(phrase) ?? 0;
      return phrase.includes(' ') ? lower * 2 <= sum(chosen) : lower === 0 || chosen?.size !== 1;
    }),
  );
  if (open.size === 0) return forms;
  const total = papers.reduce((sum, { abstract }) => sum + abstract.length, 0);
  const share = Math.min(1, abstractBudget / Math.max(total, 1));
  const abstracts = papers.flatMap(({ title, abstract }) => (abstract === '' || (share < 1 && unitHash(title) >= share) ? [] : [{ text: abstract, kind: 'prose' as const }]));
  for (const [phrase, more] of writtenForms(abstracts, open)) {
    const known = forms.get(phrase);
    if (known === undefined) {
      forms.set(phrase, more);
      continue;
    }
    known.count += more.count;
    known.hyphenAfter += more.hyphenAfter;
    addCounts(known.chosen, more.chosen);
    addCounts(known.odd, more.odd);
    addCounts(known.joins, more.joins);
    addCounts(known.named, more.named);
  }
  return forms;
}

/** A number in [0, 1) from a text's hash: the same text, the same number. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return (hash >>> 0) / 0x100000000;
}

/** Every text of the collection but the abstracts, each with what its capitals tell: titles, and each distinct keyword, venue, abbreviation and part of a name once. */
function* shortTexts(papers: readonly CasePaper[], written: DistinctTexts): Generator<CollectionText> {
  for (const { title } of papers) yield { text: title, kind: isTitleCase(title) ? 'heading' : 'prose' };
  for (const keyword of written.keywords) yield { text: keyword, kind: 'prose' };
  for (const venue of [...written.venues.keys(), ...written.abbreviations]) yield { text: venue, kind: 'heading' };
  for (const part of written.nameParts) yield { text: part, kind: 'name' };
}

function addCounts<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [key, value] of from) into.set(key, (into.get(key) ?? 0) + value);
}

function sum(counts: ReadonlyMap<string, number> | undefined): number {
  let total = 0;
  for (const value of counts?.values() ?? []) total += value;
  return total;
}

/** A keyword in capitals as the collection writes it: its longest phrases the collection has, word by word otherwise. */
function readerKeyword(text: string, forms: ReadonlyMap<string, PhraseForms>): string {
  if (!inCapitals(text)) return text;
  const words = wordsOf(text);
  const out: string[] = [];
  for (let index = 0; index < words.length; ) {
    const length = longestKnown(words, index, forms);
    const run = words.slice(index, index + length);
    const found = length > 1 ? forms.get(run.map((word) => word.text.toLowerCase()).join(' ')) : undefined;
    const chosen = found === undefined ? undefined : phraseForm(run.map((word) => word.text.toLowerCase()).join(' '), found, forms);
    const cased = run.map((word, at) => chosen?.[at] ?? keywordWord(word.text, forms));
    // Joined inside the phrase as the collection joins it most often (`long-term changes`).
    const joins = found === undefined ? 0 : Number(mostFrequent(new Map([...found.joins].map(([mask, times]) => [String(mask), times]))) ?? 0);
    const gap = index === 0 ? (words[0]?.gap ?? '') : joinGap(words[index - 1]?.text ?? '', words[index]?.gap ?? '', words[index]?.text ?? '', forms);
    out.push(gap, cased.map((word, at) => (at === 0 ? word : `${joins & (1 << (at - 1)) ? '-' : ' '}${word}`)).join(''));
    index += length;
  }
  return `${out.join('')}${trailing(text)}`.trim();
}

/**
 * How the collection writes a phrase of several words: its most frequent writing when that is
 * in lower case, or written so at least twice and more often than all others together, or
 * holds a word the collection capitalises on its own (a name: `Yellowstone National Park`,
 * `Sable Island`). A single capitalised writing of common words (a programme's name, `Energy
 * Efficiency Retrofit`) says little: the words are then cased one by one.
 */
function phraseForm(phrase: string, found: PhraseForms, forms: ReadonlyMap<string, PhraseForms>): string[] | undefined {
  const form = mostFrequent(found.chosen);
  if (form === undefined) return undefined;
  const times = found.chosen.get(form) as number;
  const words = form.split(' ');
  if (form === phrase || (times >= 2 && times * 2 > sum(found.chosen))) return words;
  return words.some((word) => /^\p{Lu}/u.test(word) && /\p{Lu}/u.test(keywordWord(word, forms))) ? words : undefined;
}

/** Words of the longest phrase starting at `index` that the collection writes (1 when none is longer). */
function longestKnown(words: readonly Word[], index: number, forms: ReadonlyMap<string, PhraseForms>): number {
  for (let length = Math.min(longestPhrase, words.length - index); length > 1; length--) {
    const run = words.slice(index, index + length);
    if (!run.slice(1).every((word) => word.gap === '-' || /^\s+$/.test(word.gap))) continue;
    if (forms.has(run.map((word) => word.text.toLowerCase()).join(' '))) return length;
  }
  return 1;
}

/**
 * Between two words of a keyword in capitals that the collection never writes together: Web of
 * Science joins a phrase's words with hyphens (`HEAT-ISLAND`), so a hyphen is a space, unless a
 * letter or number stands alone beside it (`X-RAY`, `C-4`) or the collection mostly writes the
 * word before with a hyphen after it (`non-`).
 */
function joinGap(before: string, gap: string, after: string, forms: ReadonlyMap<string, PhraseForms>): string {
  if (gap !== '-') return /^\s+$/.test(gap) ? ' ' : gap;
  const prefix = forms.get(before.toLowerCase());
  const alone = [...before].length === 1 || [...after].length === 1 || /^\p{N}+$/u.test(before) || /^\p{N}+$/u.test(after);
  return alone || (prefix !== undefined && prefix.hyphenAfter * 2 > prefix.count) ? '-' : ' ';
}

/**
 * One word of a keyword in capitals, as the collection writes it: its odd writing (`DNA`, `US`,
 * `PLoS`) when written so, among words in lower case, at least twice, as often as capitalised
 * and once for every four times in lower case (a keyword is never the pronoun `us`);
 * capitalised when sentences write it so at least three times in four (a proper noun: `Mexico`,
 * not `Black` beside `black`); else lower case, or in capitals when shaped like an acronym.
 */
function keywordWord(word: string, forms: ReadonlyMap<string, PhraseForms>): string {
  if (isSmallWord(word)) return word.toLowerCase();
  const lower = word.toLowerCase();
  const found = forms.get(lower);
  const odd = found === undefined ? 0 : sum(found.odd);
  const chosen = found?.chosen ?? new Map<string, number>();
  const capitalised = [...chosen].filter(([form]) => form !== lower && !isOddCase(form)).reduce((total, [, times]) => total + times, 0);
  if (found !== undefined && odd >= 2 && odd >= capitalised && odd * 4 >= (chosen.get(lower) ?? 0)) return mostFrequent(found.odd) as string;
  if (capitalised > 0 && capitalised * 4 >= sum(chosen) * 3) return mostFrequent(new Map([...chosen].filter(([form]) => form !== lower && !isOddCase(form)))) as string;
  return oddForm(found) ?? (isAcronymShape(word) ? acronym(word) : lower);
}

/** The odd writing (`IEEE`, `PLoS`) of a word when at least half its occurrences have it. */
function oddForm(found: PhraseForms | undefined): string | undefined {
  if (found === undefined) return undefined;
  return sum(found.odd) * 2 >= found.count ? mostFrequent(found.odd) : undefined;
}

/** A venue in capitals in title case: small words lower case inside it, acronyms as the abbreviation or the collection writes them or as their shape says. */
function readerVenue(text: string, abbreviation: string | undefined, forms: ReadonlyMap<string, PhraseForms>): string {
  // An abbreviation in capitals too (`AIMS AGRIC. FOOD`) says nothing.
  const guide = new Map(wordsOf(abbreviation !== undefined && /\p{Ll}/u.test(abbreviation) ? abbreviation : '').flatMap((word) => (isOddCase(word.text) ? [[word.text.toLowerCase(), word.text] as const] : [])));
  const words = wordsOf(text);
  return words
    .map((word, index) => {
      const lower = word.text.toLowerCase();
      // Small words are lower case inside the name, not where a part starts (`: An`, `Archaea-An`) or before a hyphen (`Physics A-Materials`).
      const inside = index > 0 && index < words.length - 1 && !/[:;(\[—–-]\s*$/.test(word.gap) && (words[index + 1]?.gap ?? '') !== '-';
      const odd = oddForm(forms.get(lower));
      const cased =
        inside && isSmallWord(lower)
          ? lower
          : (guide.get(lower) ?? (odd !== undefined && !/\p{Ll}/u.test(odd) ? odd : undefined) ?? (isRomanNumeral(word.text) || isAcronymShape(word.text) ? acronym(word.text) : (odd ?? capitalizeWord(word.text))));
      return `${index === 0 ? '' : /^\s+$/.test(word.gap) ? ' ' : word.gap}${cased}`;
    })
    .join('')
    .concat(trailing(text))
    .trim();
}

/** A word kept in capitals, but for an ordinal's ending and a decade's plural (`34TH` → `34th`, `1980S` → `1980s`). */
function acronym(word: string): string {
  return word.replace(/^(\p{N}+)(ST|ND|RD|TH|S)$/u, (_, number: string, ending: string) => `${number}${ending.toLowerCase()}`);
}

/**
 * A person's name with a family or given name in capitals as names are written (`SMITH, JOHN` →
 * John Smith, `WOMMACK, KE` → K. E. Wommack): a word the collection writes as (part of) a name
 * takes that form (`McDonald`, `Ann`); else a given name of up to three letters is initials, as
 * Web of Science's old records write them.
 */
function readerName(name: CslName, forms: ReadonlyMap<string, PhraseForms>): CslName {
  const cased: CslName = { ...name };
  if (name.family !== undefined && inCapitals(name.family)) {
    const words = name.family.split(/\s+/);
    cased.family = words.map((word, index) => (index < words.length - 1 && isNameParticle(word) ? word.toLowerCase() : word.split('-').map((part) => nameWord(part, forms, capitalizeSurname)).join('-'))).join(' ');
  }
  if (name.given !== undefined && inCapitals(name.given)) {
    cased.given = name.given
      .split(/\s+/)
      .map((word) => {
        if (word.includes('.')) return word;
        const named = mostFrequent(forms.get(word.toLowerCase())?.named ?? new Map());
        if (named !== undefined && /\p{Ll}/u.test(named)) return named;
        return /^\p{Lu}{1,3}$/u.test(word) ? [...word].map((letter) => `${letter}.`).join(' ') : word.split('-').map((part) => nameWord(part, forms, capitalizeWord)).join('-');
      })
      .join(' ');
  }
  return cased;
}

/** A word of a name in capitals as the collection writes it with a capital (`McDonald`), else by rule. */
function nameWord(word: string, forms: ReadonlyMap<string, PhraseForms>, byRule: (word: string) => string): string {
  const chosen = forms.get(word.toLowerCase())?.chosen;
  const capitalised = chosen === undefined ? undefined : mostFrequent(new Map([...chosen].filter(([form]) => /^\p{Lu}/u.test(form) && /\p{Ll}/u.test(form))));
  return capitalised ?? byRule(word);
}

/**
 * Every phrase of up to {@link longestPhrase} words in a keyword, lowercased, but those that start
 * or end with a small word (`of`, `of mexico`): a small word is lower case by rule, and reading
 * every `of` of the collection would cost more than all the rest.
 */
function addPhrases(phrases: Set<string>, words: readonly Word[]): void {
  const lower = words.map((word) => word.text.toLowerCase());
  for (let start = 0; start < lower.length; start++) {
    if (isSmallWord(lower[start] as string)) continue;
    for (let end = start + 1; end <= Math.min(lower.length, start + longestPhrase); end++) if (!isSmallWord(lower[end - 1] as string)) phrases.add(lower.slice(start, end).join(' '));
  }
}

/** The words of a text with the text before each. */
function wordsOf(text: string): Word[] {
  let last = 0;
  return [...text.matchAll(wordPattern)].map((match) => {
    const word = { text: match[0], gap: text.slice(last, match.index) };
    last = match.index + match[0].length;
    return word;
  });
}

/** What follows a text's last word (`)` in `ANNALS (LONDON)`). */
function trailing(text: string): string {
  return text.slice(text.search(/[^\p{L}\p{N}'’]*$/u));
}

/** Keywords as citationFields splits them: at `;`, or at `,` when there is no `;`. */
function splitKeywords(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(text.includes(';') ? ';' : ',').map(fold).filter((part) => part !== '');
}

/** Keywords with each mapped, split and joined again as written. */
function mapKeywords(text: string, map: (keyword: string) => string): string {
  const separator = text.includes(';') ? ';' : ',';
  const parts = text.split(separator);
  const mapped = parts.map((part) => (fold(part) === '' ? part : map(fold(part))));
  return mapped.every((part, index) => part === fold(parts[index] as string) || part === parts[index]) ? text : mapped.join(`${separator} `);
}

/** True for a text with letters, none of them lower case. */
function inCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** True for a title in title case: most of its longer words after the first start with a capital. */
function isTitleCase(title: string): boolean {
  const long = wordsOf(title).slice(1).filter((word) => [...word.text].length >= 4);
  return long.length >= 2 && long.filter((word) => /^\p{Lu}/u.test(word.text)).length * 2 >= long.length;
}

function count(counts: Map<string, Map<string, number>>, key: string, form: string, times: number): void {
  const forms = counts.get(key) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + times);
  counts.set(key, forms);
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
