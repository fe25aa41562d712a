import type { CslName } from '../../../src/schemas/paper.ts';

/** An ORCID iD: four groups of four digits, the last character a digit or `X`. */
const orcidPattern = /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/i;

/**
 * Attaches the identifiers of Web of Science's `OI` (ORCID) and `RI` (ResearcherID) fields to
 * the record's authors: each entry is `Family, Given/identifier`, entries separated by `;`
 * and wrapped over lines anywhere (even inside a name). An entry goes to the one author whose
 * surname is the same (accents and case aside) and whose given name starts with the same
 * letter; an entry that fits no author, or several, is left out rather than guessed.
 */
export function withAuthorIds(authors: readonly CslName[], orcidLines: readonly string[], researcherIdLines: readonly string[]): CslName[] {
  const named = authors.map((author) => ({ ...author }));
  if (orcidLines.length === 0 && researcherIdLines.length === 0) return named;
  const keys = named.map((author) => ({ family: fold(author.family ?? ''), initial: fold(author.given ?? '').charAt(0) }));
  for (const [lines, key] of [
    [orcidLines, 'ORCID'],
    [researcherIdLines, 'ResearcherID'],
  ] as const) {
    for (const entry of lines.join(' ').split(';')) {
      const slash = entry.lastIndexOf('/');
      if (slash === -1) continue;
      const id = entry.slice(slash + 1).trim();
      const value = key === 'ORCID' ? orcidPattern.exec(id)?.[1]?.toUpperCase() : id;
      if (value === undefined || value === '') continue;
      const [family = '', given = ''] = entry.slice(0, slash).split(',').map((part) => fold(part));
      const matches = named.filter((_, index) => keys[index]?.family === family && family !== '' && keys[index]?.initial === given.charAt(0));
      const [author] = matches;
      if (matches.length === 1 && author !== undefined && author[key] === undefined) author[key] = key === 'ORCID' ? `https://orcid.org/${value}` : value;
    }
  }
  return named;
}

/** A name part for comparing: accents, case, spaces and punctuation dropped (`PÉREZ` and `Perez` agree). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
