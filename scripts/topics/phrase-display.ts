import { tokenize } from '../text-model/tokenize.ts';
import { isStop, maxWords, type CollectionPhrases, type DefinedAcronym } from './collection-phrases.ts';

/** How a chosen phrase is shown: as the collection writes it (`graph neural networks`, `ImageNet`, `Escherichia coli`), or `''` if no paper writes it in one run. */
export type WrittenPhrase = (key: string) => string;

/** A text's weight when counting spellings: words in capitals only (an export's keyword lists) count a quarter. */
const shoutingWeight = 0.25;

/**
 * Reads how the collection writes the phrases asked for (by key), from enough papers to
 * tell: each phrase from a few of its papers (eight for a phrase said in full, whose next
 * words only most papers write), papers taken in `visit` order so the result does not
 * depend on the order of the papers.
 */
export function writtenPhrases(phrases: CollectionPhrases, wanted: ReadonlyMap<number, number>, keys: ReadonlySet<string>, visit: readonly number[]): WrittenPhrase {
  const needed = new Map(wanted);
  const picked: number[] = [];
  for (const i of visit) {
    let useful = false;
    for (const id of phrases.papers[i]!) {
      const left = needed.get(id);
      if (left === undefined || left === 0) continue;
      needed.set(id, left - 1);
      useful = true;
    }
    if (useful) picked.push(i);
  }
  const readers = picked.map((i) => phrases.docs[i]!);
  const surfaces = phraseSurfaces(readers, phrases.acronyms, keys);
  const casing = wordCasing(readers, surfaces);
  return (key) => display(surfaces.get(key), casing);
}

/**
 * Counts how the given texts write each phrase key (`graph neural networks`, `graph neural
 * network`), for the keys asked for (phrases and phrases said in full, up to two words longer),
 * acronyms written out; a spelling in capitals only counts a quarter.
 */
export function phraseSurfaces(docs: ReadonlyArray<string>, acronyms: ReadonlyMap<string, DefinedAcronym[]>, wanted: ReadonlySet<string>): Map<string, Map<string, number>> {
  const surfaces = new Map<string, Map<string, number>>();
  for (const text of expandAcronyms(docs, acronyms)) {
    for (const run of phraseRuns(text)) {
      for (let start = 0; start < run.length; start += 1) {
        let key = '';
        // Up to two words longer on each side than a phrase: phrases said in full (`monte carlo tree search`).
        for (let end = start; end < Math.min(run.length, start + maxWords + 4); end += 1) {
          key += run[end]!.term;
          if (!wanted.has(key)) continue;
          const words = run.slice(start, end + 1);
          const surface = words.map((t) => t.surface.toLowerCase()).join(' ');
          const shouting = words.every((t) => !/\p{Ll}/u.test(t.surface) && t.surface.length > 1);
          const forms = surfaces.get(key) ?? new Map<string, number>();
          forms.set(surface, (forms.get(surface) ?? 0) + (shouting ? shoutingWeight : 1));
          surfaces.set(key, forms);
        }
      }
    }
  }
  return surfaces;
}

/** Runs of content words between stop words and punctuation, as tokens (folded term and surface in its case). */
function phraseRuns(text: string): Array<Array<{ term: string; surface: string }>> {
  const runs: Array<Array<{ term: string; surface: string }>> = [];
  let run: Array<{ term: string; surface: string }> = [];
  // Punctuation ends a phrase too: `models, graphs` is no phrase.
  for (const token of tokenize(text, { joinHyphens: true, boundaries: true, keepCase: true })) {
    if (token.term === '' || isStop(token.term, token.surface.toLowerCase())) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    run.push(token);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * How to show a phrase: its most frequent spelling (capitals-only spellings counting a
 * quarter), in the plural when the collection often writes it so (`graph neural networks`),
 * each word in the case the collection writes it (see wordCasing).
 */
export function display(forms: ReadonlyMap<string, number> | undefined, casing: ReadonlyMap<string, string>): string {
  if (forms === undefined || forms.size === 0) return '';
  const entries = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let [surface, count] = entries[0]!;
  // Prefer the plural when it is at least a quarter as common: fields are named in the plural.
  for (const [other, otherCount] of entries) {
    if (other.endsWith('s') && !surface.endsWith('s') && other.slice(0, -1) === surface && otherCount >= 0.25 * count) {
      [surface, count] = [other, otherCount];
    }
  }
  return surface
    .split(' ')
    .map((word) => casing.get(word) ?? word)
    .join(' ');
}

/**
 * The words of the chosen phrases that the collection writes with capitals, as written: with
 * capitals inside (`ImageNet`, `GNNs`), in capitals only when hardly ever written otherwise
 * (`BERT`, `COVID`, but not an export's `ESCHERICHIA`), or capitalized in the middle of a
 * sentence (`Husserl`, `Merleau-Ponty`, `Escherichia`), each by most of its uses; accents as
 * written (`Schrödinger`). Keys are the lower-case, accent-free surfaces phrases are counted by.
 */
export function wordCasing(texts: ReadonlyArray<string>, surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, string> {
  const words = new Set<string>();
  for (const forms of surfaces.values()) for (const surface of forms.keys()) for (const word of surface.split(' ')) words.add(word);
  const tally = new Map<string, Map<string, number>>();
  for (const doc of texts) {
    // A title in Title Case capitalizes every word: it says nothing of how a word is written.
    const text = titleCased(doc) ? doc.slice(doc.indexOf('\n') + 1) : doc;
    for (const match of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
      const form = match[0];
      const key = fold(form);
      if (!words.has(key)) continue;
      // A capital at the start of a sentence says nothing of the word: counted in lower case.
      const before = text.slice(Math.max(0, match.index - 3), match.index);
      const sentenceStart = match.index === 0 || /(?:[.!?:]\s*|\n\s*|^\s*)$/u.test(before);
      const counted = sentenceStart && !/\p{Lu}/u.test(form.slice(1)) ? form.toLowerCase() : form;
      const forms = tally.get(key) ?? new Map<string, number>();
      forms.set(counted, (forms.get(counted) ?? 0) + 1);
      tally.set(key, forms);
    }
  }
  const casing = new Map<string, string>();
  for (const [key, forms] of tally) {
    const chosen = casingOf(forms);
    if (chosen !== undefined) casing.set(key, chosen);
  }
  return casing;
}

/** The form a word is shown in, from how often each form is written; undefined: lower case. */
function casingOf(forms: ReadonlyMap<string, number>): string | undefined {
  const total = [...forms.values()].reduce((a, b) => a + b, 0);
  const sorted = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const share = (test: (form: string) => boolean): number => sorted.filter(([form]) => test(form)).reduce((sum, [, c]) => sum + c, 0) / total;
  const shouting = (form: string): boolean => !/\p{Ll}/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);
  const inner = (form: string): boolean => !shouting(form) && form.split('-').some((part) => /\p{Lu}/u.test(part.slice(1)));
  const capital = (form: string): boolean => !shouting(form) && form.split('-').some((part) => /^\p{Lu}/u.test(part));
  const most = (test: (form: string) => boolean): string => sorted.find(([form]) => test(form))![0];
  // Capitals inside a word (not just a sentence's first letter) make it a name: `ImageNet`, `BERTs`.
  if (share(inner) >= 0.5) return most(inner);
  // Capitals only: an acronym when the collection hardly writes it otherwise.
  if (share(shouting) >= 0.5 && share((form) => !shouting(form)) < 0.2) return most(shouting);
  // Capitalized mid-sentence by most: a proper name (`Husserl`, `Merleau-Ponty`).
  const written = sorted.filter(([form]) => !shouting(form));
  const writtenTotal = written.reduce((sum, [, c]) => sum + c, 0);
  if (writtenTotal > 0 && written.filter(([form]) => capital(form)).reduce((sum, [, c]) => sum + c, 0) >= 0.5 * writtenTotal) return most(capital);
  // Accents as written, in lower case.
  const lower = written.find(([form]) => form === form.toLowerCase())?.[0];
  return lower !== undefined && lower !== fold(lower) ? lower : undefined;
}

/** Whether a text's first line (a paper's title) capitalizes most of its longer words. */
function titleCased(doc: string): boolean {
  const end = doc.indexOf('\n');
  const words = (end < 0 ? doc : doc.slice(0, end)).match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 0.6 * words.length;
}

/** A word as surfaces are keyed: lower case, accents removed. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Writes each defined acronym out (`RL` → `reinforcement learning`), matching case exactly and whole words only. */
function expandAcronyms(docs: ReadonlyArray<string>, acronyms: ReadonlyMap<string, DefinedAcronym[]>): string[] {
  const expansions = new Map<string, string>();
  // Written in lower case, unless a word has capitals inside (`Reinforcement Learning` → `reinforcement learning`, `ImageNet` stays).
  const lower = (text: string): string => text.replace(/[\p{L}\p{N}]+/gu, (word) => (/\p{Lu}/u.test(word.slice(1)) ? word : word.toLowerCase()));
  for (const list of acronyms.values()) for (const { acronym, expansion } of list) expansions.set(acronym, lower(expansion));
  if (expansions.size === 0) return [...docs];
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  // Within hyphenated words too (`meta-RL`), as tokens split at hyphens see them.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
  return docs.map((doc) => doc.replace(pattern, (_, acronym: string) => expansions.get(acronym) ?? acronym));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
