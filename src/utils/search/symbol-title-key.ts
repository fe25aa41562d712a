/**
 * The word a title without letters or digits (`???`, `…`) is indexed under, or undefined
 * for any other text. Pagefind indexes no word of such a title, so the paper page adds this
 * key (hidden) and the search looks it up when a query has no letters or digits either:
 * `???` → `symbolsu3fu3fu3f`. Spaces do not count.
 */
export function symbolTitleKey(text: string): string | undefined {
  const characters = [...text.normalize('NFC').replace(/\s+/gu, '')];
  if (characters.length === 0 || characters.some((character) => /[\p{L}\p{N}]/u.test(character))) return undefined;
  return `symbols${characters.map((character) => `u${character.codePointAt(0)?.toString(16)}`).join('')}`;
}
