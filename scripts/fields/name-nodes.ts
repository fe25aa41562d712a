import { bareOrcid, givenNamesAgree, givenParts, nameKey } from './person-names.ts';

/** One author of one paper, as mergeAuthors reads it. */
export interface AuthorMention {
  /** The name as the page shows it (`Res Altwegg`, `R. Altwegg`). */
  name: string;
  /** The surname with its particles; the whole name when unsplit. */
  family: string;
  /** The given names, when the name is split. */
  given?: string | undefined;
  /** A generational suffix (`Jr.`, `III`): a name with one is another name than without, and never one person with another suffix. */
  suffix?: string | undefined;
  /** An ORCID iD or its address. */
  orcid?: string | undefined;
  /** A Web of Science ResearcherID. */
  researcherId?: string | undefined;
}

/**
 * One name of the collection, the ways of writing it that differ only in accents, case, spaces
 * and hyphens taken together (`Zi-Hong Zhang`, `Zihong Zhang`; `Jörg Müller`, `Jorg Muller`): as
 * much one name as two mentions written alike. One node per ORCID iD when the name carries several.
 */
export interface NameNode {
  key: string;
  /** The surname for comparing (see nameKey). */
  family: string;
  /** The given names' parts (see givenParts). */
  given: string[];
  /** The suffix for comparing (`jr`, `iii`), `''` when none. */
  suffix: string;
  /** Each way the name is written, with its surname as written and how often it is. */
  written: Map<string, { surname: string; mentions: number }>;
  orcid?: string;
  researcherId?: string;
  papers: Set<number>;
  mentions: [number, number][];
  /** True when the name could be either of two different people of the collection (`M. Wang` beside `Min` and `Ming Wang`). */
  ambiguous: boolean;
}

/** A name's parts for comparing, worked out once per distinct written name: a collection writes the same names again and again. */
function comparer(): (author: AuthorMention) => { key: string; family: string; given: string[]; suffix: string } {
  const known = new Map<string, { key: string; family: string; given: string[]; suffix: string }>();
  return (author) => {
    const written = `${author.family}\u0000${author.given ?? ''}\u0000${author.suffix ?? ''}`;
    let parts = known.get(written);
    if (parts === undefined) {
      const family = nameKey(author.family);
      const given = givenParts(author.given);
      const suffix = nameKey(author.suffix ?? '');
      // Initials kept apart from names: `A. N. Wang` is not `An Wang`.
      const initials = given.map((part) => part.replace(/-$/, '')).map((part) => (part.length === 1 ? `${part}.` : part));
      known.set(written, (parts = { key: `${family}|${initials.join('')}|${suffix}`, family, given, suffix }));
    }
    return parts;
  };
}

/** The names of a collection's authors (in code point order of their keys, so nothing after depends on the order of the papers), and each paper's authors as names. */
export function nameNodes(papers: readonly (readonly AuthorMention[])[]): { nodes: NameNode[]; teams: number[][] } {
  const compare = comparer();
  const parts = papers.map((authors) => authors.map(compare));
  const bases = parts.map((authors) => authors.map((author) => author.key));
  const orcidsOf = new Map<string, Set<string>>();
  papers.forEach((authors, paper) =>
    authors.forEach((author, position) => {
      const orcid = bareOrcid(author.orcid);
      const base = bases[paper]?.[position] as string;
      if (orcid !== undefined) orcidsOf.set(base, (orcidsOf.get(base) ?? new Set()).add(orcid));
    }),
  );
  const byKey = new Map<string, NameNode>();
  const keys = papers.map((authors, paper) =>
    authors.map((author, position) => {
      const base = bases[paper]?.[position] as string;
      const orcid = bareOrcid(author.orcid);
      const split = (orcidsOf.get(base)?.size ?? 0) > 1;
      const key = split && orcid !== undefined ? `${base}|${orcid}` : base;
      let node = byKey.get(key);
      const { family, given, suffix } = parts[paper]?.[position] as { family: string; given: string[]; suffix: string };
      if (node === undefined) byKey.set(key, (node = { key, family, given, suffix, written: new Map(), papers: new Set(), mentions: [], ambiguous: false }));
      const only = split ? orcid : [...(orcidsOf.get(base) ?? [])][0];
      if (only !== undefined) node.orcid = only;
      if (author.researcherId !== undefined) node.researcherId ??= author.researcherId;
      const written = node.written.get(author.name);
      if (written === undefined) node.written.set(author.name, { surname: author.family, mentions: 1 });
      else written.mentions++;
      node.papers.add(paper);
      node.mentions.push([paper, position]);
      return key;
    }),
  );
  const nodes = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const group of sameInitial(nodes).values()) {
    const given = (index: number) => (nodes[index] as NameNode).given;
    for (const one of group) {
      const fits = group.filter((other) => other !== one && givenNamesAgree(given(one), given(other)));
      (nodes[one] as NameNode).ambiguous = fits.some((a, at) => fits.slice(at + 1).some((b) => !givenNamesAgree(given(a), given(b))));
    }
  }
  const indexOf = new Map(nodes.map((node, index) => [node.key, index]));
  return { nodes, teams: keys.map((paper) => paper.map((key) => indexOf.get(key) as number)) };
}

/** Names by surname and first initial, the only ones whose given names can agree; names without a given name are in none. */
export function sameInitial(nodes: readonly NameNode[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    if (node.given.length === 0 || node.family === '') return;
    const key = `${node.family} ${node.given[0]?.charAt(0)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  });
  return groups;
}

/**
 * How many coauthors (other than the names' own surname) two names have in common, over all
 * their papers: two coauthors are one person when they are one name, or their given names agree
 * and neither could be someone else of the collection (`J. M. Li` beside Juan, Jun and Jirong Li
 * tells nothing). `coauthors` caches each name's coauthors by surname.
 */
export function sharedCoauthors(one: number, other: number, nodes: readonly NameNode[], teams: readonly (readonly number[])[], coauthors: Map<number, Map<string, number[]>>): number {
  const family = (nodes[one] as NameNode).family;
  let shared = 0;
  const theirs = coauthorsOf(other, nodes, teams, coauthors);
  for (const [surname, mine] of coauthorsOf(one, nodes, teams, coauthors)) {
    if (surname === family) continue;
    const candidates = theirs.get(surname);
    if (candidates === undefined) continue;
    for (const index of mine) {
      const me = nodes[index] as NameNode;
      const same = candidates.some((candidate) => {
        const them = nodes[candidate] as NameNode;
        return candidate === index || (!me.ambiguous && !them.ambiguous && givenNamesAgree(me.given, them.given));
      });
      if (same) shared++;
    }
  }
  return shared;
}

/** A name's coauthors over all its papers, by surname, each once. */
function coauthorsOf(index: number, nodes: readonly NameNode[], teams: readonly (readonly number[])[], cache: Map<number, Map<string, number[]>>): Map<string, number[]> {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const seen = new Set<number>();
  const bySurname = new Map<string, number[]>();
  for (const paper of (nodes[index] as NameNode).papers) {
    for (const coauthor of teams[paper] ?? []) {
      if (coauthor === index || seen.has(coauthor)) continue;
      seen.add(coauthor);
      const surname = (nodes[coauthor] as NameNode).family;
      const list = bySurname.get(surname);
      if (list === undefined) bySurname.set(surname, [coauthor]);
      else list.push(coauthor);
    }
  }
  cache.set(index, bySurname);
  return bySurname;
}
