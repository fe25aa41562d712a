// search-terms stage: takes papers and topics, gives each paper's extra search terms: topic names, aliases, acronyms both ways.
import { extractAcronyms } from '../text-model/extract-acronyms.ts';

/** A topic's words readers may search for. */
export interface SearchableTopic {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** One paper as {@link searchTerms} reads it. */
export interface SearchablePaper {
  title: string;
  abstract: string;
  /** Ids of the paper's topics. */
  topics: readonly string[];
}

/**
 * Lists, per paper, words to index for search beyond its own text, so readers
 * find what they mean and not only what the abstract happens to spell out:
 *
 * - the names and aliases of the paper's topics (`KD`, `clinical`, …);
 * - acronyms defined anywhere in the collection, both ways: a paper that writes
 *   "parameter-efficient transfer learning" also gets `PETL`, and one that only
 *   writes `PETL` gets the expansion.
 *
 * Terms already in the paper's text are left out. Deterministic.
 */
export function searchTerms(papers: readonly SearchablePaper[], topics: readonly SearchableTopic[]): string[][] {
  const dictionary = acronymDictionary(papers);
  // Expansions by their first word, so each paper only checks the ones it could contain.
  const byFirstWord = new Map<string, Array<{ acronym: string; normalized: string; rest: string[] }>>();
  for (const [acronym, expansion] of dictionary) {
    const normalized = normalize(expansion).trim();
    const [first = '', ...rest] = normalized.split(' ');
    const entries = byFirstWord.get(first) ?? [];
    entries.push({ acronym, normalized, rest: rest.slice(0, -1) });
    byFirstWord.set(first, entries);
  }
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));

  return papers.map((paper) => {
    const text = `${paper.title}\n${paper.abstract}`;
    const words = normalize(text);
    const tokens = new Set(text.match(/[A-Za-z0-9][A-Za-z0-9-]*/g));
    const hasAcronym = (acronym: string) => tokens.has(acronym) || tokens.has(`${acronym}s`);
    const terms = new Set<string>();
    for (const id of paper.topics) {
      const topic = topicById.get(id);
      if (topic === undefined) continue;
      for (const term of [topic.name, ...topic.aliases]) terms.add(term);
    }
    // Expansion in the text, acronym not: add the acronym.
    const expanded = new Set<string>();
    const wordSet = new Set(words.trim().split(' '));
    for (const word of wordSet) {
      for (const { acronym, normalized, rest } of byFirstWord.get(word) ?? []) {
        // Cheap set look-ups first (the last word may be plural, so it is left to the substring test).
        if (!rest.every((other) => wordSet.has(other)) || !containsNormalized(words, normalized)) continue;
        expanded.add(acronym);
        if (!hasAcronym(acronym)) terms.add(acronym);
      }
    }
    // Acronym in the text, expansion not: add the expansion.
    for (const token of tokens) {
      const acronym = dictionary.has(token) ? token : /[A-Z]s$/.test(token) ? token.slice(0, -1) : undefined;
      const expansion = acronym === undefined ? undefined : dictionary.get(acronym);
      if (acronym !== undefined && expansion !== undefined && !expanded.has(acronym)) terms.add(expansion);
    }
    return [...terms].filter((term) => !containsNormalized(words, normalize(term).trim()) && !tokens.has(term));
  });
}

/**
 * Maps each acronym the collection defines (singular, `PLM` for `PLMs`) to its most
 * frequent expansion (lowercase, singular); ties go to the first seen.
 */
function acronymDictionary(papers: readonly SearchablePaper[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const { acronym, expansion } of extractAcronyms(`${paper.title}. ${paper.abstract}`)) {
      const plural = /[A-Z]s$/.test(acronym);
      const key = plural ? acronym.slice(0, -1) : acronym;
      // Two letters (`LM`, `DL`, `NL`) name too many things to be worth a search term;
      // the field's two-letter names (`KD`, `RL`) come from the taxonomy's aliases.
      if (key.replace(/[^A-Za-z0-9]/g, '').length < 3) continue;
      const long = (plural ? expansion.replace(/s$/, '') : expansion).toLowerCase();
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(long, (forms.get(long) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const dictionary = new Map<string, string>();
  for (const [acronym, forms] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1]);
    if (best !== undefined) dictionary.set(acronym, best[0]);
  }
  return dictionary;
}

/** Lowercases and folds hyphens and white space, so `Test-Time  adaptation` matches `test time adaptation`. */
function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Whether normalized text holds a normalized phrase as whole words, its last word singular or plural. */
function containsNormalized(words: string, phrase: string): boolean {
  return phrase !== '' && (words.includes(` ${phrase} `) || words.includes(` ${phrase}s `) || words.includes(` ${phrase}es `));
}
