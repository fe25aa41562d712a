import slugify from '@sindresorhus/slugify';
import { shortHash } from './make-slug.ts';

/**
 * Gives every distinct author name a slug for `/authors/<slug>/`, in order of first
 * appearance: the name transliterated (`Jörg Müller` → `jorg-muller`), `author-` and a hash
 * for a name with no Latin letters or digits, and `-2`, `-3` … for a later name that slugs
 * the same (`J. Müller` and `J Müller` are two names, as the export wrote them).
 */
export function assignAuthorSlugs(names: Iterable<string>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (slugs.has(name)) continue;
    const slugged = slugify(name, { decamelize: false }).slice(0, 80).replace(/-+$/, '');
    // Digits alone (`2`) would be taken for a page of the authors index.
    const base = slugged === '' ? `author-${shortHash(name)}` : /^\d+$/.test(slugged) ? `author-${slugged}` : slugged;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
