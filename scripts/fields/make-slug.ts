import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

/** Longest slug kept from a title, so addresses stay readable and path-safe on every file system. */
const maxSlugLength = 80;

/**
 * Turns a title into a readable ASCII slug: lowercase words joined by `-`.
 *
 * Transliterates (`Größe` → `grosse`), drops everything that is not a letter or
 * digit (`../../etc/passwd` → `etc-passwd`), and cuts long titles at a word
 * boundary. A title with no letters or digits (`???`) gets `paper-` and a hash
 * of the title, so the slug still depends on nothing but the title. A slug of digits
 * only (`1984`) gets `paper-` too, since `/papers/2/` is page 2 of the paper list.
 */
export function makeSlug(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (slug === '') return `paper-${shortHash(title)}`;
  const cut = slug.length <= maxSlugLength ? slug : cutAtWord(slug);
  return /^\d+$/.test(cut) ? `paper-${cut}` : cut;
}

/** The longest start of a slug up to `maxSlugLength` that ends at a word boundary. */
function cutAtWord(slug: string): string {
  const cut = slug.slice(0, maxSlugLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxSlugLength)).replace(/-+$/, '');
}

/** First six hex digits of the SHA-256 of a text: short, stable, and collision-poor enough for suffixes. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
