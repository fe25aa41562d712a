/** Authors a byline names before "et al.". */
const namedAuthors = 3;

/**
 * A paper's byline as listings and search results show it: `Authors · Venue · Year`, each
 * part only when known (`Müller, Smith, van der Berg et al. · Nature Communications · 2021`);
 * empty for a paper of a plain document.
 */
export function byline(paper: { authors?: readonly { name: string }[] | undefined; venue?: string | undefined; year?: number | undefined }): string {
  const names = (paper.authors ?? []).map((author) => author.name);
  const authors = names.length > namedAuthors + 1 ? `${names.slice(0, namedAuthors).join(', ')} et al.` : names.join(', ');
  return [authors, paper.venue ?? '', paper.year === undefined ? '' : String(paper.year)].filter((part) => part !== '').join(' · ');
}
