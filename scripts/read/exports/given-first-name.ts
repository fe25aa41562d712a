import type { CslName } from '../../../src/schemas/paper.ts';
import { nameOf } from '../read-records.ts';

/** A generational suffix written after a name: `Jr.`, `Sr`, `II`, `III`, `IV`. */
const suffix = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/**
 * A name written given name first, as arXiv and OpenAlex write them (`Ronald de Wolf`,
 * `Simon J. Puglisi`, `Martin Luther King Jr.`), as a CSL name: the last word is the family
 * name, with the lowercase words just before it as its particle (`de`, `van der`) and a
 * generational suffix after it kept apart; the words before are the given names. A name of
 * one word is a family name alone; a name with a comma is `Family, Given`.
 * (Citation.js' name parser was tried: it takes `Di Wu` and `Lo Wang` for particles and
 * drops `van der` from `van der Berg Piet`.)
 */
export function givenFirstName(written: string): CslName {
  const text = written.replace(/\s+/g, ' ').trim();
  if (text.includes(',')) return nameOf(text);
  const words = text.split(' ');
  const generation = words.length > 2 && suffix.test(words.at(-1) as string) ? words.pop() : undefined;
  const family = words.pop() ?? '';
  let start = words.length;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1] as string)) start--;
  const name: CslName = {};
  if (start > 0) name.given = words.slice(0, start).join(' ');
  if (start < words.length) name['non-dropping-particle'] = words.slice(start).join(' ');
  name.family = family;
  if (generation !== undefined) name.suffix = generation;
  return name;
}
