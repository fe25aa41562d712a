/** What {@link rankResults} needs to know about a search hit. */
export interface RankableHit {
  title: string;
  shortName?: string | undefined;
}

/**
 * Reorders hits so a paper whose title or short name *is* the query comes first, then
 * (for queries of two or more words) papers whose title contains the query as a phrase,
 * each group keeping Pagefind's order. Pagefind ignores word order and treats every
 * word alike, so a title typed in full could otherwise lose to a paper that repeats its
 * words. Case, punctuation and spacing do not matter.
 */
export function rankResults<T extends RankableHit>(query: string, hits: readonly T[]): T[] {
  const wanted = normalizeTitle(query);
  // A title of symbols only (`???`) normalizes to nothing: it is compared as written.
  const written = query.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (wanted === '' && written === '') return [...hits];
  const phrase = wanted.includes(' ');
  const tier = (hit: T): number => {
    if (wanted === '') return hit.title.normalize('NFC').replace(/\s+/gu, ' ').trim() === written ? 0 : 2;
    if (normalizeTitle(hit.title) === wanted || (hit.shortName !== undefined && normalizeTitle(hit.shortName) === wanted)) return 0;
    if (phrase && ` ${normalizeTitle(hit.title)} `.includes(` ${wanted} `)) return 1;
    return 2;
  };
  return hits
    .map((hit, position) => ({ hit, position, tier: tier(hit) }))
    .sort((a, b) => a.tier - b.tier || a.position - b.position)
    .map(({ hit }) => hit);
}

/** Lowercase words separated by single spaces, accents and punctuation dropped: `NEVIS'22: A …` → `nevis 22 a …`. */
function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
