import { functionWords } from '../text-model/stop-words.ts';
import { tokenize } from '../text-model/tokenize.ts';

/** A group of papers with a name: a topic or an area. */
export interface NamedGroup {
  /** The name shown to readers. */
  name: string;
  /** Other names; those written as acronyms (`RL`, `GNNs`) count as writing the name. */
  aliases: readonly string[];
  /** Indices of the group's papers. */
  members: readonly number[];
}

/** How well a set of named groups is named by what their papers write. */
export interface NameCoverage {
  /** Per group: the share of its papers that write its name. */
  groups: Array<{ name: string; size: number; coverage: number }>;
  /** Mean of the groups' coverage, each weighted by its number of papers. */
  weighted: number;
  /** Groups fewer than 30% of whose papers write the name. */
  under30: number;
}

/**
 * Name coverage: for each group, the share of its papers whose title or abstract contains
 * every word of the group's name (function words aside; case, plural and hyphen ignored),
 * or one of its acronym aliases as a word.
 */
export function nameCoverage(papers: ReadonlyArray<{ title: string; abstract: string }> | ReadonlyArray<ReadonlySet<string>>, groups: readonly NamedGroup[]): NameCoverage {
  const words = papers.map((paper) => (paper instanceof Set ? paper : writtenWords(paper as { title: string; abstract: string })));
  const rows = groups.map(({ name, aliases, members }) => {
    const needed = tokenize(name).map((t) => t.term).filter((term) => !functionWords.has(term));
    const acronyms = aliases.filter(isAcronym).map((alias) => tokenize(alias).map((t) => t.term));
    const writes = (i: number): boolean => {
      const seen = words[i]!;
      return (needed.length > 0 && needed.every((term) => seen.has(term))) || acronyms.some((terms) => terms.length > 0 && terms.every((term) => seen.has(term)));
    };
    const written = members.filter(writes).length;
    return { name, size: members.length, coverage: members.length === 0 ? 0 : written / members.length };
  });
  const total = rows.reduce((sum, row) => sum + row.size, 0);
  return {
    groups: rows,
    weighted: total === 0 ? 0 : rows.reduce((sum, row) => sum + row.coverage * row.size, 0) / total,
    under30: rows.filter((row) => row.coverage < 0.3).length,
  };
}

/** The words of a paper's title and abstract as {@link nameCoverage} compares them (case, plural and hyphen folded). */
export function writtenWords(paper: { title: string; abstract: string }): Set<string> {
  return new Set(tokenize(`${paper.title} ${paper.abstract}`).map((t) => t.term));
}

/** An alias written as an acronym: one word with at least two capitals (`RL`, `GNNs`, `BioBERT`). */
function isAcronym(alias: string): boolean {
  return !/\s/.test(alias) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
