import type { CslItem } from '../../src/schemas/paper.ts';
import { assignAuthorSlugs } from './assign-author-slugs.ts';
import { authorMentions } from './citation-fields.ts';
import { mergeAuthors, type PersonGroup } from './merge-authors.ts';

/** The person an author of a paper is: their page and the name it shows. */
export interface AuthorPerson {
  /** The person's page: `/authors/<slug>/`. */
  slug: string;
  /** The name their page shows, which this paper may write otherwise. */
  name: string;
  /** Their bare ORCID iD, when some record gives it. */
  orcid?: string;
}

/** The people of a collection: for each paper, the person each author is (in the order of its record's named authors), and the groups they were formed from. */
export interface CollectionPeople {
  byPaper: AuthorPerson[][];
  groups: PersonGroup[];
}

/**
 * Finds the people among a collection's authors (variants of one name merged where the
 * collection shows them to be one person, see mergeAuthors) and gives each a slug that depends
 * on names alone (see assignAuthorSlugs).
 */
export function collectionPeople(papers: readonly { csl?: CslItem | undefined }[]): CollectionPeople {
  const mentions = papers.map((paper) => (paper.csl === undefined ? [] : authorMentions(paper.csl)));
  const groups = mergeAuthors(mentions);
  const slugs = assignAuthorSlugs(groups);
  const byPaper: AuthorPerson[][] = mentions.map(() => []);
  groups.forEach((group, index) => {
    const person: AuthorPerson = { slug: slugs[index] as string, name: group.name, ...(group.orcid === undefined ? {} : { orcid: group.orcid }) };
    for (const [paper, position] of group.mentions) (byPaper[paper] as AuthorPerson[])[position] = person;
  });
  return { byPaper, groups };
}
