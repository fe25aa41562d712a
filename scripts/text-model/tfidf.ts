// text-model stage: takes titles and abstracts, gives words, the acronyms the collection defines, TF-IDF vectors, nearest neighbours, related papers and vector clusters.
import { stopWords as defaultStopWords } from './stop-words.ts';
import { tokenize } from './tokenize.ts';

/** A sparse, L2-normalized vector: `indices` ascending into the vocabulary, `values` beside them. */
export interface SparseVector {
  /** Term ids, strictly ascending. */
  indices: Uint32Array;
  /** Weights of those terms; the vector has Euclidean length 1 (or 0 when empty). */
  values: Float64Array;
}

/** TF-IDF vectors of a collection, with what is needed to read them back. */
export interface TfidfModel {
  /** Term of each id: a unigram (`adapter`) or a bigram joined by a space (`prompt tuning`). */
  vocabulary: string[];
  /** Most frequent way each term was written (`test-time adaptation`), for showing to people. */
  labels: string[];
  /** Smoothed inverse document frequency of each term. */
  idf: Float64Array;
  /** Number of documents each term occurs in. */
  documentFrequency: Uint32Array;
  /** One vector per document, in input order. */
  vectors: SparseVector[];
}

/** Options of {@link tfidf}. */
export interface TfidfOptions {
  /** Words never used as terms, nor as half of a bigram. Default: {@link defaultStopWords}. */
  stopWords?: ReadonlySet<string>;
  /**
   * Drop terms found in more than this fraction of documents: the collection's ubiquitous
   * terms, which relate everything to everything. Default 0.5. Terms in two documents or
   * fewer are always kept, so tiny collections keep their vocabulary.
   */
  maxDocumentFraction?: number;
  /**
   * Drop terms found in fewer documents than this. Default 2: a term of one document
   * relates it to nothing and only dilutes its vector.
   */
  minDocumentFrequency?: number;
  /** Also use pairs of adjacent non-stop words. Default true. */
  bigrams?: boolean;
}

/**
 * TF-IDF over unigrams and bigrams with sublinear tf (`1 + ln tf`), smoothed idf
 * (`ln((1 + n) / (1 + df)) + 1`) and L2 normalization. Deterministic: term ids follow
 * first appearance, so the same input always gives the same vectors.
 */
export function tfidf(docs: ReadonlyArray<string>, options: TfidfOptions = {}): TfidfModel {
  const stop = options.stopWords ?? defaultStopWords;
  const maxFraction = options.maxDocumentFraction ?? 0.5;
  const minDf = options.minDocumentFrequency ?? 2;
  const useBigrams = options.bigrams ?? true;

  // 1. Count terms per document, giving each new term the next id.
  const ids = new Map<string, number>();
  const allTerms: string[] = [];
  const surfaces: Array<Map<string, number>> = [];
  const docCounts: Array<Map<number, number>> = [];
  for (const doc of docs) {
    const counts = new Map<number, number>();
    const add = (term: string, surface: string): void => {
      let id = ids.get(term);
      if (id === undefined) {
        id = allTerms.length;
        ids.set(term, id);
        allTerms.push(term);
        surfaces.push(new Map());
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const seen = surfaces[id]!;
      seen.set(surface, (seen.get(surface) ?? 0) + 1);
    };
    let previous: { term: string; surface: string } | undefined;
    for (const token of tokenize(doc, { joinHyphens: true })) {
      const skip =
        token.term.length < 2 ||
        /^\d+$/.test(token.term) ||
        stop.has(token.term) ||
        stop.has(token.surface);
      if (skip) {
        previous = undefined;
        continue;
      }
      add(token.term, token.surface);
      if (useBigrams && previous) {
        add(`${previous.term} ${token.term}`, `${previous.surface} ${token.surface}`);
      }
      previous = token;
    }
    docCounts.push(counts);
  }

  // 2. Keep terms whose document frequency is informative; renumber them densely.
  const n = docs.length;
  const rawDf = new Uint32Array(allTerms.length);
  for (const counts of docCounts) for (const id of counts.keys()) rawDf[id]! += 1;
  const newId = new Int32Array(allTerms.length).fill(-1);
  const vocabulary: string[] = [];
  const labels: string[] = [];
  const dfList: number[] = [];
  for (let id = 0; id < allTerms.length; id += 1) {
    const df = rawDf[id]!;
    if (df < minDf || df > Math.max(maxFraction * n, 2)) continue;
    newId[id] = vocabulary.length;
    vocabulary.push(allTerms[id]!);
    labels.push(mostFrequent(surfaces[id]!));
    dfList.push(df);
  }
  const documentFrequency = Uint32Array.from(dfList);
  const idf = Float64Array.from(dfList, (df) => inverseDocumentFrequency(df, n));

  // 3. Weight, sort by term id and normalize each document.
  const vectors: SparseVector[] = [];
  for (const docCount of docCounts) {
    const entries: Array<[number, number, number]> = [];
    for (const [id, count] of docCount) {
      const kept = newId[id]!;
      if (kept >= 0) entries.push([kept, count, idf[kept]!]);
    }
    vectors.push(weightedVector(entries));
  }
  return { vocabulary, labels, idf, documentFrequency, vectors };
}

/** Smoothed inverse document frequency of a term in `df` of `n` documents: `ln((1 + n) / (1 + df)) + 1`. */
export function inverseDocumentFrequency(df: number, n: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/**
 * A document's vector from `[index, count, idf]` entries: sublinear counts (`1 + ln count`)
 * times idf, indices ascending, L2-normalized.
 */
export function weightedVector(entries: Array<[number, number, number]>): SparseVector {
  entries.sort((a, b) => a[0] - b[0]);
  const values = Float64Array.from(entries, ([, count, idf]) => (1 + Math.log(count)) * idf);
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k += 1) values[k]! /= norm;
  return { indices: Uint32Array.from(entries, (e) => e[0]), values };
}

/** The key with the highest count; ties go to the alphabetically first, for determinism. */
function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
