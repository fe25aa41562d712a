/** Most words a title may have; the bundled document's longest has 20, ICLR 2020's 24. */
const maxTitleWords = 40;

/**
 * Tells whether a block of text reads like a paper title rather than prose.
 *
 * A title is short, has no sentence break (`. ` followed by a capital) and does
 * not end in a full stop unless it is very short. Question and exclamation marks
 * are allowed: `Why do Learning Rates Transfer? Reconciling …` is one title.
 */
export function looksLikeTitle(text: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > maxTitleWords) return false;
  if (/\.\s+["“(]?[A-Z]/.test(text.replace(/\b(?:et al|e\.g|i\.e|vs|etc|Fig|No)\./g, ''))) return false;
  if (/\.$/.test(text) && words.length > 12) return false;
  return true;
}
