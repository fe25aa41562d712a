import slugify from '@sindresorhus/slugify';
import { shortHash } from './make-slug.ts';

/** What a person's slug is made from. */
export interface SluggedPerson {
  /** The name their page shows. */
  name: string;
  /** Every name they are written with. */
  names: readonly string[];
  /** Their ORCID iD, when known. */
  orcid?: string | undefined;
}

/**
 * Gives every person a slug for `/authors/<slug>/`, in the order given: their name
 * transliterated (`Jörg Müller` → `jorg-muller`), `author-` and a hash for a name with no Latin
 * letters or digits, and `-2`, `-3` … when names slug the same (`J. Müller` and `J Müller`).
 * Which person keeps the plain slug depends on the names alone (then the ORCID iD), in code
 * point order, never on the order of the papers: adding or reordering papers moves no one.
 */
export function assignAuthorSlugs(people: readonly SluggedPerson[]): string[] {
  const bases = people.map((person) => baseSlug(person.name));
  const keys = people.map((person, index) => [bases[index], person.name, person.orcid ?? '', ...[...person.names].sort()].join('\u0000'));
  const order = people.map((_, index) => index).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : (keys[a] as string) > (keys[b] as string) ? 1 : 0));
  const slugs: string[] = new Array<string>(people.length);
  const taken = new Set<string>();
  for (const index of order) {
    const base = bases[index] as string;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs[index] = slug;
  }
  return slugs;
}

/** A name's slug before numbering: transliterated, at most 80 characters; digits alone (`2`) would be taken for a page of the authors index. */
function baseSlug(name: string): string {
  const slugged = slugify(name, { decamelize: false }).slice(0, 80).replace(/-+$/, '');
  return slugged === '' ? `author-${shortHash(name)}` : /^\d+$/.test(slugged) ? `author-${slugged}` : slugged;
}
