import { stem } from './correct-query.ts';

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * The query words of four letters or more that none of the texts holds, not even as the
 * start of a longer word or in a simple inflection (`adapters` is present where `adapter`
 * is). Pagefind answers a misspelling with loosely matching pages, so a word absent from
 * every page it returned is probably misspelled: only then is the vocabulary fetched.
 */
export function absentWords(words: readonly string[], texts: readonly string[]): string[] {
  const present = new Set<string>();
  for (const text of texts) for (const [word] of fold(text).matchAll(wordPattern)) present.add(word);
  const held = [...present];
  const holds = (form: string) => held.some((word) => word.startsWith(form));
  return words.filter((word) => {
    const forms = (fold(word).match(wordPattern) ?? []).filter((form) => form.length >= 4 && !/\d/.test(form));
    return forms.some((form) => !holds(form) && !holds(stem(form)));
  });
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
