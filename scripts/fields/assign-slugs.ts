import { makeSlug, shortHash } from './make-slug.ts';
import type { Problem } from '../read/problem.ts';

/** The part of a paper that its address is derived from. */
export interface SluggablePaper {
  title: string;
  abstract: string;
  line: number;
  /** The document the paper is in, when the collection has several. */
  file?: string;
}

/**
 * Gives every paper a unique slug that stays put when other papers come and go.
 *
 * A slug depends only on the paper's own title. When titles collide, the first
 * paper keeps the plain slug and each later one gets a suffix hashed from its
 * abstract (`title-3f9a2c`), so two papers with the same title both get pages,
 * and the build warns about each duplicate.
 */
export function assignSlugs(
  papers: readonly SluggablePaper[],
  file: string,
): { slugs: string[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const taken = new Map<string, SluggablePaper>();
  const slugs = papers.map((paper) => {
    const base = makeSlug(paper.title);
    const first = taken.get(base);
    if (first === undefined) {
      taken.set(base, paper);
      return base;
    }
    let slug = `${base}-${shortHash(paper.abstract)}`;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${shortHash(`${paper.abstract}\n${n}`)}`;
    taken.set(slug, paper);
    const place = first.file === paper.file ? `line ${first.line}` : `${first.file ?? file}:${first.line}`;
    warnings.push({
      file: paper.file ?? file,
      line: paper.line,
      message: `"${paper.title}" has the same address as the paper at ${place}`,
      hint: `both are kept; this one is at /papers/${slug}/. Remove one of them if it is a duplicate`,
    });
    return slug;
  });
  return { slugs, warnings };
}
