import { tokenize } from '../text-model/tokenize.ts';

/**
 * Papers tokenized once, as word ids, for the steps that read every word (topic
 * assignment, phrases): a boundary (punctuation) is `-1`.
 */
export interface EncodedPapers {
  /** Comparable form of each word id (`network`), as {@link tokenize} gives it. */
  terms: string[];
  /**
   * For a word id written as an acronym the collection defines (`GNNs`), the word ids of
   * its expansion (`graph neural network`); undefined for every other word.
   */
  expansions: Array<Int32Array | undefined>;
  /** Word ids of each title. */
  titles: Int32Array[];
  /** Word ids of each abstract. */
  abstracts: Int32Array[];
  /** Per title word, 1 where it is joined to the word before by a hyphen (`shot` of `few-shot`). */
  titleJoins: Uint8Array[];
  /** The same for each abstract. */
  abstractJoins: Uint8Array[];
}

/**
 * Tokenizes titles and abstracts once into word ids. Words written exactly as an acronym
 * in `acronyms` (singular or with a plural `s`) get their own id, whose term is the
 * acronym's and whose expansion is the defined words, so topic matching sees the word and
 * phrase finding sees what it stands for.
 */
export function encodePapers(papers: ReadonlyArray<{ title: string; abstract: string }>, acronyms: ReadonlyMap<string, string> = new Map()): EncodedPapers {
  const terms: string[] = [];
  const expansions: Array<Int32Array | undefined> = [];
  const plain = new Map<string, number>();
  const cased = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = plain.get(term);
    if (id === undefined) {
      id = terms.length;
      plain.set(term, id);
      terms.push(term);
      expansions.push(undefined);
    }
    return id;
  };
  const encode = (text: string, joins: number[]): Int32Array => {
    const ids: number[] = [];
    for (const token of tokenize(text, { boundaries: true, keepCase: true })) {
      joins.push(token.joined ? 1 : 0);
      if (token.term === '') {
        ids.push(-1);
        continue;
      }
      const acronym = acronyms.has(token.surface) ? token.surface : token.surface.endsWith('s') && acronyms.has(token.surface.slice(0, -1)) ? token.surface.slice(0, -1) : undefined;
      if (acronym === undefined) {
        ids.push(idOf(token.term));
        continue;
      }
      let id = cased.get(acronym);
      if (id === undefined) {
        id = terms.length;
        cased.set(acronym, id);
        terms.push(token.term);
        expansions.push(undefined);
        expansions[id] = Int32Array.from(tokenize(acronyms.get(acronym)!).map((t) => idOf(t.term)));
      }
      ids.push(id);
    }
    return Int32Array.from(ids);
  };
  const titles: Int32Array[] = [];
  const abstracts: Int32Array[] = [];
  const titleJoins: Uint8Array[] = [];
  const abstractJoins: Uint8Array[] = [];
  for (const paper of papers) {
    const joins: number[] = [];
    titles.push(encode(paper.title, joins));
    titleJoins.push(Uint8Array.from(joins));
    joins.length = 0;
    abstracts.push(encode(paper.abstract, joins));
    abstractJoins.push(Uint8Array.from(joins));
  }
  return { terms, expansions, titles, abstracts, titleJoins, abstractJoins };
}
