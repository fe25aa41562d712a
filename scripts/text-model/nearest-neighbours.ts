import type { SparseVector } from './tfidf.ts';

/** The `k` most similar other vectors of each vector, as flat arrays of `n × k` entries. */
export interface NeighbourTable {
  /** Number of vectors. */
  size: number;
  /** Neighbours per vector. */
  k: number;
  /** Index of the `j`-th neighbour of vector `i` at `i * k + j`, most similar first; -1 where there are fewer than `k`. */
  indices: Int32Array;
  /** Cosine similarity beside each index (0 where the index is -1). */
  similarities: Float64Array;
}

/** Options of {@link nearestNeighbours}. */
export interface NeighbourOptions {
  /**
   * Postings the candidate search may visit per vector, on average. Default
   * {@link defaultPostingBudget}. Collections within it are searched exactly; `Infinity`
   * always searches exactly.
   */
  budget?: number;
  /** Candidates per vector re-scored exactly when the budget prunes. Default {@link candidatesPerNeighbour} × `k`. */
  candidates?: number;
}

/**
 * Default of {@link NeighbourOptions.budget}: 5,000 postings per vector. An exact search visits
 * Σ df² postings in all (each posting of a term once per vector holding the term), which grows
 * with the square of the collection: 280 per vector for the 69 bundled papers, 1,250 for the
 * 687 ICLR 2020 papers, 42,000 for 10,000 synthetic papers, 210,000 for 50,000. So documents of
 * a few hundred papers keep their exact neighbours, and beyond the budget the work per vector
 * stops growing, which keeps the search linear in the collection. 5,000 postings cost about as
 * much as re-scoring the default 80 candidates, and are where recall@10 levels off at 20,000
 * synthetic papers (0.996 at 2,000, 0.999 at 5,000, 1.000 at 10,000, with 80 candidates): a
 * property of the search's cost, not tuned to one document (`npm run bench:neighbours`).
 */
export const defaultPostingBudget = 5000;

/**
 * Default candidates re-scored per wanted neighbour. Re-scoring one candidate is one pass over
 * its terms (about 90 for an abstract), so 8 × 10 candidates cost about as much as the budget's
 * postings. Fewer lose neighbours the rare terms rank low, more cost time for little: recall@10
 * against the exact search on synthetic papers is 0.991 with 40, 0.999 with 80 and 1.000 with
 * 160 at 20,000 papers, and 0.931, 0.977 and 0.996 at 50,000, where 160 take 1.7 times as long
 * as 80 (`npm run bench:neighbours`).
 */
export const candidatesPerNeighbour = 8;

/**
 * k nearest neighbours by cosine similarity of unit-length sparse vectors (ties to the lower
 * index), through an inverted index, so only vectors sharing a term are compared.
 *
 * Exact while the collection's postings fit the budget. Beyond it, the work of an exact
 * search grows with the square of the collection, almost all of it in the postings of the
 * most frequent terms, which carry little weight (low idf) and say little about which papers
 * are alike. So the search then goes in two phases: candidates from the postings of the rarer
 * terms only (the most frequent terms dropped until the rest fit the budget), then the best
 * of those re-scored exactly with all terms. The similarities returned are always exact; a
 * vector with fewer than `k` candidates, or no frequent term, is searched exactly.
 * Deterministic: no randomness, and the same input gives the same table.
 */
export function nearestNeighbours(vectors: ReadonlyArray<SparseVector>, k: number, options: NeighbourOptions = {}): NeighbourTable {
  const n = vectors.length;
  if (k <= 0) return { size: n, k, indices: new Int32Array(0), similarities: new Float64Array(0) };
  const index = invertedIndex(vectors);
  const common = commonTerms(index, n, options.budget ?? defaultPostingBudget);
  const search = new Accumulator(index, vectors);
  const best = new BestList(k);
  const pool = new CandidatePool(Math.max(k, options.candidates ?? candidatesPerNeighbour * k));
  const indices = new Int32Array(n * k).fill(-1);
  const similarities = new Float64Array(n * k);
  for (let doc = 0; doc < n; doc += 1) {
    const v = vectors[doc]!;
    best.clear();
    pool.clear();
    if (common !== undefined && hasTerm(v, common)) search.collect(v, doc, common, pool);
    if (pool.size >= k) {
      search.rescore(v, pool, best);
    } else {
      search.collect(v, doc, undefined, best);
    }
    indices.set(best.indices.subarray(0, best.size), doc * k);
    similarities.set(best.scores.subarray(0, best.size), doc * k);
  }
  return { size: n, k, indices, similarities };
}

/** Postings of each term: the vectors holding term `t` and their weights, at `start[t]` to `start[t + 1]`. */
interface InvertedIndex {
  start: Uint32Array;
  doc: Uint32Array;
  weight: Float64Array;
}

/** The inverted index of the vectors, postings in vector order. */
function invertedIndex(vectors: ReadonlyArray<SparseVector>): InvertedIndex {
  let terms = 0;
  for (const v of vectors) for (const id of v.indices) terms = Math.max(terms, id + 1);
  const start = new Uint32Array(terms + 1);
  for (const v of vectors) for (const id of v.indices) start[id + 1]! += 1;
  for (let t = 0; t < terms; t += 1) start[t + 1]! += start[t]!;
  const doc = new Uint32Array(start[terms]!);
  const weight = new Float64Array(start[terms]!);
  const fill = start.slice(0, terms);
  vectors.forEach((v, i) => {
    for (let e = 0; e < v.indices.length; e += 1) {
      const at = fill[v.indices[e]!]!++;
      doc[at] = i;
      weight[at] = v.values[e]!;
    }
  });
  return { start, doc, weight };
}

/**
 * The terms the candidate search skips, marked 1: the most frequent ones, a whole document
 * frequency at a time, until the postings visited for the rest, Σ df², fit `n × budget`.
 * Skipping by frequency alone, never by term id (ids follow the order of the papers), gives
 * the same papers in another order the same candidates. Undefined when all terms fit
 * already, so the search is exact.
 */
function commonTerms(index: InvertedIndex, n: number, budget: number): Uint8Array | undefined {
  const terms = index.start.length - 1;
  const df = (t: number): number => index.start[t + 1]! - index.start[t]!;
  let work = 0;
  for (let t = 0; t < terms; t += 1) work += df(t) * df(t);
  if (work <= n * budget) return undefined;
  const common = new Uint8Array(terms);
  const byFrequency = Array.from({ length: terms }, (_, t) => t).sort((a, b) => df(b) - df(a));
  let at = 0;
  while (at < terms && work > n * budget) {
    const level = df(byFrequency[at]!);
    for (; at < terms && df(byFrequency[at]!) === level; at += 1) {
      common[byFrequency[at]!] = 1;
      work -= level * level;
    }
  }
  return common;
}

/** Whether the vector holds a term marked in `marked`. */
function hasTerm(v: SparseVector, marked: Uint8Array): boolean {
  for (const id of v.indices) if (marked[id] === 1) return true;
  return false;
}

/** Scores of one vector against all others through the inverted index, with scratch space reused across vectors. */
class Accumulator {
  private readonly index: InvertedIndex;
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;
  /** Weight of each term in the vector being re-scored, 0 elsewhere. */
  private readonly dense: Float64Array;

  private readonly vectors: ReadonlyArray<SparseVector>;

  constructor(index: InvertedIndex, vectors: ReadonlyArray<SparseVector>) {
    this.index = index;
    this.vectors = vectors;
    this.scores = new Float64Array(vectors.length);
    this.touched = new Uint32Array(vectors.length);
    this.dense = new Float64Array(index.start.length - 1);
  }

  /**
   * Offers `into` the candidates in `pool` scored exactly, over all terms. `v` is spread
   * into a dense array, so each candidate costs one pass over its own terms without
   * branches (about twice as fast as merging the two sparse vectors). The products
   * are summed in ascending term order, as in {@link collect}, and the terms `v` lacks add
   * exact zeros, so the score is the exact search's bit for bit.
   */
  rescore(v: SparseVector, pool: CandidatePool, into: BestList): void {
    const dense = this.dense;
    for (let e = 0; e < v.indices.length; e += 1) dense[v.indices[e]!] = v.values[e]!;
    for (let c = 0; c < pool.size; c += 1) {
      const other = pool.indices[c]!;
      const { indices, values } = this.vectors[other]!;
      let sum = 0;
      for (let e = 0; e < indices.length; e += 1) sum += dense[indices[e]!]! * values[e]!;
      into.offer(sum, other);
    }
    for (let e = 0; e < v.indices.length; e += 1) dense[v.indices[e]!] = 0;
  }

  /**
   * Offers `into` every other vector sharing a term with `v`, scored over the shared terms
   * not marked in `skip` (all of them without it), in ascending term order, so the full
   * score equals {@link rescore}'s bit for bit.
   */
  collect(v: SparseVector, self: number, skip: Uint8Array | undefined, into: BestList | CandidatePool): void {
    const { start, doc, weight } = this.index;
    const scores = this.scores;
    let count = 0;
    for (let e = 0; e < v.indices.length; e += 1) {
      const term = v.indices[e]!;
      if (skip !== undefined && skip[term] === 1) continue;
      const w = v.values[e]!;
      for (let p = start[term]!, end = start[term + 1]!; p < end; p += 1) {
        const other = doc[p]!;
        if (other === self) continue;
        if (scores[other] === 0) this.touched[count++] = other;
        scores[other]! += w * weight[p]!;
      }
    }
    for (let t = 0; t < count; t += 1) {
      const other = this.touched[t]!;
      const score = scores[other]!;
      scores[other] = 0;
      if (score > 0) into.offer(score, other);
    }
  }
}

/**
 * The best `capacity` (score, index) pairs offered, most similar first, ties to the lower
 * index: a sorted list a pair enters only when it beats the last one, so a large number of
 * offers costs no sort of all of them.
 */
class BestList {
  readonly capacity: number;
  readonly indices: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.indices = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  offer(score: number, index: number): void {
    const { indices, scores, capacity } = this;
    if (this.size === capacity) {
      if (capacity === 0) return;
      const last = scores[capacity - 1]!;
      if (score < last || (score === last && index > indices[capacity - 1]!)) return;
    } else {
      this.size += 1;
    }
    let at = this.size - 1;
    while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && indices[at - 1]! > index))) {
      scores[at] = scores[at - 1]!;
      indices[at] = indices[at - 1]!;
      at -= 1;
    }
    scores[at] = score;
    indices[at] = index;
  }
}

/**
 * The best `capacity` (score, index) pairs offered, in no order, ties to the lower index: a
 * binary heap with the worst pair on top, so each offer costs O(log capacity) where the
 * sorted {@link BestList} would shift up to `capacity` pairs. The set kept is the same
 * whatever the order of the offers, and re-scoring orders it.
 */
class CandidatePool {
  readonly capacity: number;
  readonly indices: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.indices = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  offer(score: number, index: number): void {
    if (this.size < this.capacity) {
      this.siftUp(this.size++, score, index);
    } else if (this.capacity > 0 && this.worse(this.scores[0]!, this.indices[0]!, score, index)) {
      this.siftDown(score, index);
    }
  }

  /** Whether pair a ranks below pair b: a lower score, or the same score and a higher index. */
  private worse(scoreA: number, indexA: number, scoreB: number, indexB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && indexA > indexB);
  }

  private siftUp(at: number, score: number, index: number): void {
    const { scores, indices } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(score, index, scores[parent]!, indices[parent]!)) break;
      scores[at] = scores[parent]!;
      indices[at] = indices[parent]!;
      at = parent;
    }
    scores[at] = score;
    indices[at] = index;
  }

  /** Replaces the worst pair on top with this one and restores the heap. */
  private siftDown(score: number, index: number): void {
    const { scores, indices, size } = this;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.worse(scores[child + 1]!, indices[child + 1]!, scores[child]!, indices[child]!)) child += 1;
      if (!this.worse(scores[child]!, indices[child]!, score, index)) break;
      scores[at] = scores[child]!;
      indices[at] = indices[child]!;
      at = child;
    }
    scores[at] = score;
    indices[at] = index;
  }
}
