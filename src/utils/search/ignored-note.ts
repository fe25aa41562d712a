/** What to tell the reader about query words found in no paper and left out, or `''` when there are none. */
export function ignoredNote(ignored: readonly string[]): string {
  if (ignored.length === 0) return '';
  const words = ignored.map((word) => `“${word}”`).join(', ');
  return `No paper has ${words}; showing papers with the other words. `;
}
