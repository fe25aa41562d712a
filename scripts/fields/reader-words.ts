/**
 * Words a title writes in lower case after its first word: English articles, conjunctions and
 * short prepositions, and the few of other languages that venue names carry (`Revista de …`,
 * `Zeitschrift für …`). Function words of languages, not terms of a field.
 */
const smallWords = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'upon', 'via', 'vs', 'with',
  'da', 'das', 'de', 'del', 'des', 'di', 'do', 'dos', 'du', 'e', 'em', 'en', 'et', 'für', 'fur', 'la', 'le', 'les', 'und', 'y',
]);

/** Particles a surname keeps in lower case before its last word (`van der Berg`, `de la Cruz`, `da Silva`). */
const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ten', 'ter', 'zu', 'vom', 'zum']);

/** True for a word a title writes in lower case when it is not first or last (`of`, `the`, `and`). */
export function isSmallWord(word: string): boolean {
  return smallWords.has(word.toLowerCase());
}

/** True for a surname particle written in lower case (`van`, `der`, `de`). */
export function isNameParticle(word: string): boolean {
  return nameParticles.has(word.toLowerCase());
}

/**
 * True for a word in capitals that reads as an acronym by its shape alone: it has a digit
 * (`CO2`, `3D`), is a single letter, or has no vowel (`BMC`, `NMR`, `PLS`); a word such as
 * `IEEE` or `DNA` needs the collection (or the export's abbreviation) to say so.
 */
export function isAcronymShape(word: string): boolean {
  return /\p{N}/u.test(word) || [...word].length === 1 || !/[aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüý]/iu.test(word);
}

/** True for a Roman numeral up to 39 (`II`, `XIV`): kept in capitals in a title. */
export function isRomanNumeral(word: string): boolean {
  return /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(word);
}

/** A word in capitals with its first letter alone a capital: `ECOLOGY` → `Ecology`, `L'HOMME` → `L'Homme`, `CHILD'S` → `Child's`. */
export function capitalizeWord(word: string): string {
  const lower = word.toLowerCase();
  const apostrophe = /^(\p{L})(['’])(\p{L})/u.exec(lower);
  if (apostrophe !== null) return `${(apostrophe[1] as string).toUpperCase()}${apostrophe[2]}${(apostrophe[3] as string).toUpperCase()}${lower.slice(3)}`;
  const [first = '', ...rest] = [...lower];
  return first.toUpperCase() + rest.join('');
}

/** A surname word in capitals as names write it: `MCDONALD` → `McDonald`, `O'NEIL` → `O'Neil`, else capitalised. */
export function capitalizeSurname(word: string): string {
  const mc = /^mc(\p{L})(.*)$/u.exec(word.toLowerCase());
  if (mc !== null && word.length > 3) return `Mc${(mc[1] as string).toUpperCase()}${mc[2] as string}`;
  return capitalizeWord(word);
}
