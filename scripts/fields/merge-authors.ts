import { bareOrcid, givenNamesAgree, givenParts, nameKey } from './person-names.ts';

/** One author of one paper, as {@link mergeAuthors} reads it. */
export interface AuthorMention {
  /** The name as the page shows it (`Res Altwegg`, `R. Altwegg`). */
  name: string;
  /** The surname with its particles; the whole name when unsplit. */
  family: string;
  /** The given names, when the name is split. */
  given?: string | undefined;
  /** An ORCID iD or its address. */
  orcid?: string | undefined;
  /** A Web of Science ResearcherID. */
  researcherId?: string | undefined;
}

/** One person: the names they are written with, and the mentions that are them. */
export interface PersonGroup {
  /** The name their page shows: the fullest they are written with (see {@link fullestName}). */
  name: string;
  /** Its surname with particles, what the authors index sorts by. */
  family: string;
  /** Every distinct name they are written with, `name` too, in code point order. */
  names: string[];
  /** The person's bare ORCID iD, when a mention gives one. */
  orcid?: string;
  /** Mentions as [paper index, author index]. */
  mentions: [number, number][];
}

/** One distinct name (one per ORCID when one name carries several), before people are formed. */
interface NameNode {
  key: string;
  name: string;
  /** The surname as written. */
  surname: string;
  /** The surname for comparing (see nameKey). */
  family: string;
  given: string[];
  orcid?: string;
  researcherId?: string;
  papers: Set<number>;
  mentions: [number, number][];
}

/**
 * Groups the mentions of a collection's authors into people. Mentions with the same name are
 * one person, unless they carry different ORCID iDs. Names join when they share an ORCID iD or
 * a ResearcherID; or when they have the same surname (accents, case and hyphens aside), given
 * names that agree (`R.` and `Res`, see {@link givenNamesAgree}) and a coauthor in common (same
 * surname and initial, on any paper; two when either name could be either of two different
 * people of the collection, as `M. Wang` beside `Min` and `Ming Wang`), never appear on one paper
 * together, and no other name with as much evidence would fit instead. Two people whose initials merely agree stay apart.
 * The result depends on the names and papers alone, not on the order of the papers.
 */
export function mergeAuthors(papers: readonly (readonly AuthorMention[])[]): PersonGroup[] {
  const nodes = nameNodes(papers);
  // Each paper's authors as surname and first initial: how two variants of one person are seen to work with the same people.
  const teams = papers.map((authors) => new Set(authors.map((author) => `${nameKey(author.family)} ${givenParts(author.given)[0]?.charAt(0) ?? ''}`)));
  const parent = nodes.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] as number] as number;
    return index;
  };
  const members = nodes.map((_, index) => [index]);
  const join = (one: number, other: number): void => {
    const [a, b] = [find(one), find(other)].sort((x, y) => x - y) as [number, number];
    if (a === b) return;
    parent[b] = a;
    members[a] = [...(members[a] as number[]), ...(members[b] as number[])];
  };
  // The same identifier is the same person, whatever the names.
  for (const id of ['orcid', 'researcherId'] as const) {
    const byId = new Map<string, number>();
    nodes.forEach((node, index) => {
      const value = node[id];
      if (value === undefined) return;
      const first = byId.get(value);
      if (first === undefined) byId.set(value, index);
      else if (fits(members[find(first)] as number[], members[find(index)] as number[], nodes, false)) join(first, index);
    });
  }
  for (const [one, other] of candidateLinks(nodes, teams)) {
    if (fits(members[find(one)] as number[], members[find(other)] as number[], nodes, true)) join(one, other);
  }
  return nodes.flatMap((_, index) => {
    if (find(index) !== index) return [];
    const group = (members[index] as number[]).map((member) => nodes[member] as NameNode);
    const orcid = group.find((node) => node.orcid !== undefined)?.orcid;
    const fullest = fullestName(group);
    return [
      {
        name: fullest.name,
        family: fullest.surname,
        names: [...new Set(group.map((node) => node.name))].sort(byCodePoint),
        ...(orcid === undefined ? {} : { orcid }),
        mentions: group.flatMap((node) => node.mentions).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      },
    ];
  });
}

/**
 * The name a person's page shows: the one with the most given names written out, then the most
 * mentions, the most given names or initials, the most accents kept (`Jörg` over `Jorg`), and
 * code point order, so `Res Altwegg` over `R. Altwegg` and `Stuart Joseph Wright` over `S. J. Wright`.
 */
function fullestName(group: readonly NameNode[]): NameNode {
  const score = (node: NameNode) => [node.given.filter((part) => part.length > 1).length, node.mentions.length, node.given.length, node.name.normalize('NFD').length - node.name.length];
  return group.reduce((best, node) => {
    const [a, b] = [score(node), score(best)];
    const order = a.findIndex((value, index) => value !== b[index]);
    return (order === -1 ? byCodePoint(node.name, best.name) < 0 : (a[order] as number) > (b[order] as number)) ? node : best;
  });
}

/** One node per distinct name, split by ORCID iD when a name carries several (two people named `Bo Li`). */
function nameNodes(papers: readonly (readonly AuthorMention[])[]): NameNode[] {
  const orcidsOf = new Map<string, Set<string>>();
  papers.forEach((authors) =>
    authors.forEach((author) => {
      const orcid = bareOrcid(author.orcid);
      if (orcid !== undefined) orcidsOf.set(author.name, (orcidsOf.get(author.name) ?? new Set()).add(orcid));
    }),
  );
  const byKey = new Map<string, NameNode>();
  papers.forEach((authors, paper) => {
    authors.forEach((author, position) => {
      const orcid = bareOrcid(author.orcid);
      const split = (orcidsOf.get(author.name)?.size ?? 0) > 1;
      const key = split && orcid !== undefined ? `${author.name}\u0000${orcid}` : author.name;
      let node = byKey.get(key);
      if (node === undefined) byKey.set(key, (node = { key, name: author.name, surname: author.family, family: nameKey(author.family), given: author.given === undefined ? [] : givenParts(author.given), papers: new Set(), mentions: [] }));
      const only = split ? orcid : [...(orcidsOf.get(author.name) ?? [])][0];
      if (only !== undefined) node.orcid = only;
      if (author.researcherId !== undefined) node.researcherId ??= author.researcherId;
      node.papers.add(paper);
      node.mentions.push([paper, position]);
    });
  });
  // In code point order of their keys, so what follows does not depend on the order of the papers.
  return [...byKey.values()].sort((a, b) => byCodePoint(a.key, b.key));
}

/**
 * Pairs of names that may be one person by the coauthor rule, strongest evidence (most
 * coauthors in common) first; a pair is left out when either name has another partner, with
 * as much evidence, whose given names do not agree with the pair's other name (`J. Smith` with
 * both `John Smith` and `James Smith`: a guess either way).
 */
function candidateLinks(nodes: readonly NameNode[], teams: readonly ReadonlySet<string>[]): [number, number][] {
  // Given names that agree start with the same letter: only names with the same surname and first letter are compared.
  const byFamily = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    const key = `${node.family} ${node.given[0]?.charAt(0) ?? ''}`;
    if (node.given.length === 0 || node.family === '') return;
    const group = byFamily.get(key);
    if (group === undefined) byFamily.set(key, [index]);
    else group.push(index);
  });
  const links: { pair: [number, number]; shared: number }[] = [];
  const partners = new Map<number, { other: number; shared: number }[]>();
  for (const group of byFamily.values()) {
    // Whether a name could be either of two different people: `M. Wang` beside `Min` and `Ming Wang` is a guess that needs more evidence.
    const given = (index: number) => (nodes[index] as NameNode).given;
    const ambiguous = group.map((one) => {
      const fits = group.filter((other) => other !== one && givenNamesAgree(given(one), given(other)));
      return fits.some((a, at) => fits.slice(at + 1).some((b) => !givenNamesAgree(given(a), given(b))));
    });
    for (const [at, one] of group.entries()) {
      for (const [offset, other] of group.slice(at + 1).entries()) {
        const a = nodes[one] as NameNode;
        const b = nodes[other] as NameNode;
        if (!givenNamesAgree(a.given, b.given) || sharesPaper(a, b)) continue;
        const shared = sharedCoauthors(a, b, teams);
        // One coauthor in common is enough between two names that could be no one else; two when either could be several people.
        const needed = ambiguous[at] === true || ambiguous[at + 1 + offset] === true ? 2 : 1;
        if (shared < needed) continue;
        links.push({ pair: [one, other], shared });
        for (const [from, to] of [
          [one, other],
          [other, one],
        ] as const) {
          const known = partners.get(from);
          if (known === undefined) partners.set(from, [{ other: to, shared }]);
          else known.push({ other: to, shared });
        }
      }
    }
  }
  const rival = (from: number, to: number, shared: number): boolean =>
    (partners.get(from) ?? []).some((partner) => partner.other !== to && partner.shared >= shared && !givenNamesAgree((nodes[partner.other] as NameNode).given, (nodes[to] as NameNode).given));
  return links
    .filter(({ pair: [one, other], shared }) => !rival(one, other, shared) && !rival(other, one, shared))
    .sort((a, b) => b.shared - a.shared || a.pair[0] - b.pair[0] || a.pair[1] - b.pair[1])
    .map(({ pair }) => pair);
}

/**
 * True when two groups of names can be one person: never two ORCID iDs (or ResearcherIDs), and,
 * for a join by the coauthor rule, never on one paper together and given names that agree
 * wherever the surnames are the same.
 */
function fits(one: readonly number[], other: readonly number[], nodes: readonly NameNode[], byCoauthors: boolean): boolean {
  for (const id of ['orcid', 'researcherId'] as const) {
    const ids = new Set([...one, ...other].flatMap((index) => nodes[index]?.[id] ?? []));
    if (ids.size > 1) return false;
  }
  if (!byCoauthors) return true;
  return one.every((a) =>
    other.every((b) => {
      const x = nodes[a] as NameNode;
      const y = nodes[b] as NameNode;
      return !sharesPaper(x, y) && (x.family !== y.family || givenNamesAgree(x.given, y.given));
    }),
  );
}

/** How many coauthors (surname and initial, other than the names' own surname) two names have in common, over all their papers. */
function sharedCoauthors(one: NameNode, other: NameNode, teams: readonly ReadonlySet<string>[]): number {
  const [small, large] = one.papers.size <= other.papers.size ? [one, other] : [other, one];
  const own = `${one.family} `;
  const mine = new Set<string>();
  for (const paper of small.papers) for (const coauthor of teams[paper] ?? []) if (!coauthor.startsWith(own)) mine.add(coauthor);
  const shared = new Set<string>();
  for (const paper of large.papers) for (const coauthor of teams[paper] ?? []) if (mine.has(coauthor)) shared.add(coauthor);
  return shared.size;
}

function sharesPaper(one: NameNode, other: NameNode): boolean {
  const [small, large] = one.papers.size <= other.papers.size ? [one.papers, other.papers] : [other.papers, one.papers];
  for (const paper of small) if (large.has(paper)) return true;
  return false;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
