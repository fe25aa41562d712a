/**
 * The words of a query in the form Pagefind indexes them, for a retry when the query as
 * typed finds nothing: within each word, characters other than letters, digits, marks and
 * inner hyphens are dropped, as Pagefind drops them when indexing (`F^2ed-Learning:` →
 * `F2ed-Learning`, `VA-RED$^2$` → `VA-RED2`), while its query parser splits on them instead.
 * Emoji stay, as words of their own. Words left empty disappear.
 */
export function matchableWords(query: string): string[] {
  return query
    .replace(/\p{Extended_Pictographic}/gu, ' $& ')
    .split(/\s+/u)
    .map((word) => (/\p{Extended_Pictographic}/u.test(word) ? word : word.replace(/[^\p{L}\p{N}\p{M}-]+/gu, '').replace(/^-+|-+$/g, '')))
    .filter((word) => word !== '');
}
