/** Reading speed used for reading times, in words per minute. */
const wordsPerMinute = 200;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Counts the words of a text: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read a number of words, rounded, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * Returns the first sentence of a text, for meta descriptions and excerpts.
 *
 * Uses the ICU sentence segmenter (`Intl.Segmenter`), and cuts an overlong
 * sentence at a word boundary with an ellipsis so descriptions stay short.
 */
export function firstSentence(text: string, maxLength = 240): string {
  const first = sentences.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).replace(/[\s,;:]+$/, '')}…`;
}
