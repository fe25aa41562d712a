/** An acronym an abstract defines, with the words it stands for. */
export interface AcronymDefinition {
  /** As written, e.g. `PLMs`. */
  acronym: string;
  /** The words before it that it abbreviates, e.g. `pre-trained language models`. */
  expansion: string;
}

/** A parenthesized token that may be an acronym: letters, digits and `-`, with a capital. */
const parenthesized = /\(([A-Za-z][A-Za-z0-9-]{1,9})\)/g;

/**
 * Finds acronym definitions such as `parameter efficient transfer learning (PETL)`.
 *
 * Implements Schwartz and Hearst's algorithm (2003): the expansion is the
 * shortest run of preceding words whose letters contain the acronym's letters
 * in order, right to left, with the acronym's first letter starting a word.
 * At most min(|A| + 5, 2|A|) words are considered.
 */
export function extractAcronyms(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(parenthesized)) {
    const acronym = match[1] ?? '';
    const letters = acronym.replace(/-/g, '');
    if (!/[A-Z]/.test(letters.slice(1)) && !/^[A-Z]{2,}/.test(letters)) continue;
    const before = text.slice(0, match.index).split(/[.;:!?()[\]]/).at(-1) ?? '';
    const words = before.trim().split(/\s+/).filter(Boolean);
    const window = words.slice(-Math.min(letters.length + 5, letters.length * 2));
    const expansion = longForm(letters, window.join(' '));
    if (expansion !== undefined) found.push({ acronym, expansion });
  }
  return found;
}

/** The shortest suffix of `candidate` that the acronym's letters abbreviate, or `undefined`. */
function longForm(acronym: string, candidate: string): string | undefined {
  const short = acronym.toLowerCase();
  const long = candidate.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  for (; s >= 0; s--) {
    const character = short[s] ?? '';
    if (!/[a-z0-9]/.test(character)) continue;
    while (l >= 0 && (long[l] !== character || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  const expansion = candidate.slice(start).trim();
  const wordCount = expansion.split(/\s+/).length;
  // One word is a coincidence, not a definition; a comma means the match ran into another clause.
  if (wordCount < 2 || expansion.length <= acronym.length || expansion.includes(',')) return undefined;
  return expansion;
}
