/** Characters a method name is made of: `NAPA-VQ`, `NEVIS'22`, `NL2TL`, `VL-Adapter`. */
const nameToken = /^[A-Za-z0-9][A-Za-z0-9'’+.-]*$/;

/**
 * Finds the method's short name in a title, if it has one.
 *
 * `SHERL: Synthesizing …` → `SHERL`, `AdaNPC: Exploring …` → `AdaNPC`,
 * `Tiny Time Mixers (TTMs): Fast …` → `TTMs`. A one-word prefix counts only when
 * it looks like a name (a capital after the first letter, or a digit), so
 * `Towards: …` and `Selectivity Drives Productivity: …` have none.
 */
export function extractShortName(title: string): string | undefined {
  const colon = /^([^:]{1,60}):\s/.exec(title);
  const prefix = colon?.[1]?.trim();
  if (prefix !== undefined) {
    const acronym = /\(([A-Za-z0-9][A-Za-z0-9'’+.-]*)\)$/.exec(prefix)?.[1];
    if (acronym !== undefined && looksLikeName(acronym)) return acronym;
    if (nameToken.test(prefix) && looksLikeName(prefix)) return prefix;
  }
  return undefined;
}

/** A name has a capital letter after its first character, or a digit: not an ordinary word. */
function looksLikeName(word: string): boolean {
  return /^.+[A-Z]/.test(word) || (/\d/.test(word) && /[A-Za-z]/.test(word));
}
