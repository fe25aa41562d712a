/** Words of the collection with how often each occurs, for spelling suggestions (served in shards under `/search-vocabulary/`). */
export type SearchVocabulary = Record<string, number>;

// Letters and digits; hyphenated compounds are also counted joined, as Pagefind indexes them (`fine-tuning` → `finetuning`).
const compoundPattern = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu;
const partPattern = /[\p{L}\p{N}]+/gu;

/**
 * Counts the words readers could search for in the given texts (titles, abstracts,
 * topic names and aliases), lowercased; pure numbers and one-letter words are left out.
 * Most frequent first, so a reader of the file sees the collection's vocabulary at a glance.
 */
export function searchVocabulary(texts: Iterable<string>): SearchVocabulary {
  const counts = new Map<string, number>();
  const add = (word: string) => {
    if (word.length < 2 || /^\d+$/.test(word)) return;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const text of texts) {
    for (const [compound] of text.toLowerCase().normalize('NFC').matchAll(compoundPattern)) {
      const parts = compound.match(partPattern) ?? [];
      for (const part of parts) add(part);
      if (parts.length > 1) add(parts.join(''));
    }
  }
  const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted);
}
