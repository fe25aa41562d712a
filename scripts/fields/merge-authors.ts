import { nameNodes, sameInitial, sharedCoauthors, type AuthorMention, type NameNode } from './name-nodes.ts';
import { givenNamesAgree } from './person-names.ts';

export type { AuthorMention } from './name-nodes.ts';

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
  /** Mentions as [paper index, author index], in order. */
  mentions: [number, number][];
}

/**
 * Groups the mentions of a collection's authors into people. Mentions of one name are one
 * person, ways of writing it that differ only in accents, case, spaces and hyphens included
 * (`Zi-Hong` and `Zihong`), unless they carry different ORCID iDs. Names join when they share an
 * ORCID iD or a ResearcherID; or when they have the same surname, given names that agree (`R.`
 * and `Res`, see givenNamesAgree) and a coauthor in common (see sharedCoauthors; two when either
 * name could be either of two different people of the collection, as `M. Wang` beside `Min` and
 * `Ming Wang`), never appear on one paper together, and no other name with as much evidence would
 * fit instead. Two people whose initials merely agree stay apart. The result depends on the names
 * and papers alone, not on the order of the papers.
 */
export function mergeAuthors(papers: readonly (readonly AuthorMention[])[]): PersonGroup[] {
  const { nodes, teams } = nameNodes(papers);
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
        names: [...new Set(group.flatMap((node) => [...node.written.keys()]))].sort(byCodePoint),
        ...(orcid === undefined ? {} : { orcid }),
        mentions: group.flatMap((node) => node.mentions).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      },
    ];
  });
}

/**
 * The name a person's page shows: the one with the most given names written out, then the fewest
 * full stops after a whole word, the most mentions, the most given names or initials, the most
 * accents kept (`Jörg` over `Jorg`), and code point order, so `Res Altwegg` over `R. Altwegg`,
 * `Stuart Joseph Wright` over `S. J. Wright` and `Otávio Bueno` over `Otávio. Bueno`.
 */
function fullestName(group: readonly NameNode[]): { name: string; surname: string } {
  // A full name written with a full stop after it (`Otávio. Bueno`) is a slip of the export.
  const slips = (name: string) => -(name.match(/\p{L}{2,}\./gu)?.length ?? 0);
  const ways = group.flatMap((node) => [...node.written].map(([name, { surname, mentions }]) => ({ name, surname, score: [node.given.filter((part) => part.replace(/-$/, '').length > 1).length, slips(name), mentions, node.given.length, name.normalize('NFD').length - name.length] })));
  return ways.reduce((best, way) => {
    const order = way.score.findIndex((value, index) => value !== best.score[index]);
    return (order === -1 ? byCodePoint(way.name, best.name) < 0 : (way.score[order] as number) > (best.score[order] as number)) ? way : best;
  });
}

/**
 * Pairs of names that may be one person by the coauthor rule, strongest evidence (most
 * coauthors in common) first; a pair is left out when either name has another partner, with
 * as much evidence, whose given names do not agree with the pair's other name (`J. Smith` with
 * both `John Smith` and `James Smith`: a guess either way).
 */
function candidateLinks(nodes: readonly NameNode[], teams: readonly (readonly number[])[]): [number, number][] {
  const links: { pair: [number, number]; shared: number }[] = [];
  const partners = new Map<number, { other: number; shared: number }[]>();
  const coauthors = new Map<number, Map<string, number[]>>();
  for (const group of sameInitial(nodes).values()) {
    for (const [at, one] of group.entries()) {
      for (const other of group.slice(at + 1)) {
        const a = nodes[one] as NameNode;
        const b = nodes[other] as NameNode;
        if (!namesAgree(a, b) || sharesPaper(a, b)) continue;
        const shared = sharedCoauthors(one, other, nodes, teams, coauthors);
        // One coauthor in common is enough between two names that could be no one else; two when either could be either of two people.
        if (shared < (a.ambiguous || b.ambiguous ? 2 : 1)) continue;
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
      return !sharesPaper(x, y) && (x.family !== y.family || namesAgree(x, y));
    }),
  );
}

/** Given names that agree and no two different suffixes (`Jr.` and `Sr.`; a name without one may be either). */
function namesAgree(one: NameNode, other: NameNode): boolean {
  return givenNamesAgree(one.given, other.given) && (one.suffix === '' || other.suffix === '' || one.suffix === other.suffix);
}

function sharesPaper(one: NameNode, other: NameNode): boolean {
  const [small, large] = one.papers.size <= other.papers.size ? [one.papers, other.papers] : [other.papers, one.papers];
  for (const paper of small) if (large.has(paper)) return true;
  return false;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
