/**
 * A name part for comparing: accents, case, spaces, hyphens and punctuation dropped
 * (`Müller-Lüdenscheidt` and `MULLER LUDENSCHEIDT` agree; `van der Berg` is `vanderberg`).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A given name's parts for comparing, initials as one letter, a part joined by a hyphen to the
 * next marked with a final `-`: `Jean-Pierre` → `jean-`, `pierre`; `J.-P.` and `A. -C.` → `j-`, `p`;
 * `S. Joseph` → `s`, `joseph`.
 */
export function givenParts(given: string | undefined): string[] {
  return (given ?? '')
    .replace(/[‐‑‒–]/gu, '-')
    .replace(/\s*-+\s*/g, '-')
    .split(/[\s.]+|(?<=-)/u)
    .map((part) => `${nameKey(part)}${part.endsWith('-') ? '-' : ''}`)
    .filter((part) => part !== '' && part !== '-')
    .map((part, index, parts) => (index === parts.length - 1 ? part.replace(/-$/, '') : part));
}

/**
 * True when two given names can name one person: part by part, each the same or one the
 * initial of the other, and a name may leave out parts at its end (`Res` and `R.`, `James W.`
 * and `James`, `Jean-Pierre` and `J.-P.`; also `Weiming` and `Wei-Ming`). A name joined by a
 * hyphen is one name: `Jean` and `Jean-Pierre`, `Li` and `Li-Yun` never agree. Never for an
 * empty given name, which says nothing; `Jane` and `John` never, nor `J. W.` and `William`.
 */
export function givenNamesAgree(first: readonly string[], second: readonly string[]): boolean {
  if (first.length === 0 || second.length === 0) return false;
  if (first.join('').replaceAll('-', '') === second.join('').replaceAll('-', '')) return true;
  for (let index = 0; index < Math.min(first.length, second.length); index++) {
    const one = first[index] as string;
    const other = second[index] as string;
    const initial = one.replace(/-$/, '').length === 1 || other.replace(/-$/, '').length === 1;
    if (initial ? one.charAt(0) !== other.charAt(0) : one !== other) return false;
  }
  return true;
}

/** The bare ORCID iD of an ORCID or its address (`https://orcid.org/0000-0002-1825-0097` → `0000-0002-1825-0097`), or undefined when it holds none. */
export function bareOrcid(orcid: string | undefined): string | undefined {
  return /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/i.exec(orcid ?? '')?.[1]?.toUpperCase();
}
