import type { SparseVector } from './tfidf.ts';

/** Options of {@link factorizeVectors}. */
export interface FactorizeOptions {
  /** Rounds of multiplicative updates. Default 25. */
  iterations?: number;
}

/** A non-negative factorization `X ≈ W H` of sparse document vectors. */
export interface Factorization {
  /** Weight of each topic in each document (n × k). */
  weights: Float64Array[];
  /** Each topic's terms (k × dimensions). */
  topics: Float64Array[];
}

const tiny = 1e-12;

/**
 * Non-negative matrix factorization of sparse, non-negative document vectors (Lee and
 * Seung's multiplicative updates for the Frobenius norm), starting from the given topics
 * (e.g. k-means centres), so it is deterministic. Time per round is O(nnz·k + (n + d)·k²).
 */
export function factorizeVectors(vectors: ReadonlyArray<SparseVector>, start: ReadonlyArray<Float64Array>, options: FactorizeOptions = {}): Factorization {
  const k = start.length;
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const topics = start.map((centre) => Float64Array.from({ length: dimensions }, (_, d) => Math.max(centre[d] ?? 0, 0) + 1e-9));
  const weights = vectors.map((v) => Float64Array.from(topics, (h) => Math.max(dot(v, h), 1e-9)));
  const gram = new Float64Array(k * k);
  const numerator = Array.from({ length: k }, () => new Float64Array(dimensions));
  const column = new Float64Array(k);
  for (let round = 0; round < (options.iterations ?? 25); round += 1) {
    updateWeights(vectors, weights, topics);
    // H ← H ∘ (WᵀX) / (WᵀW H).
    gram.fill(0);
    for (const w of weights) for (let a = 0; a < k; a += 1) for (let b = 0; b < k; b += 1) gram[a * k + b]! += w[a]! * w[b]!;
    for (const row of numerator) row.fill(0);
    vectors.forEach((v, i) => {
      const w = weights[i]!;
      for (let t = 0; t < v.indices.length; t += 1) {
        const id = v.indices[t]!;
        const x = v.values[t]!;
        for (let j = 0; j < k; j += 1) numerator[j]![id]! += w[j]! * x;
      }
    });
    for (let d = 0; d < dimensions; d += 1) {
      for (let j = 0; j < k; j += 1) column[j] = topics[j]![d]!;
      for (let j = 0; j < k; j += 1) {
        let denominator = 0;
        for (let l = 0; l < k; l += 1) denominator += gram[j * k + l]! * column[l]!;
        topics[j]![d] = (column[j]! * numerator[j]![d]!) / (denominator + tiny);
      }
    }
  }
  updateWeights(vectors, weights, topics);
  return { weights, topics };
}

/** W ← W ∘ (X Hᵀ) / (W H Hᵀ), one row at a time. */
function updateWeights(vectors: ReadonlyArray<SparseVector>, weights: Float64Array[], topics: ReadonlyArray<Float64Array>): void {
  const gram = topicGram(topics);
  const k = topics.length;
  // Topics dimension-major, so one pass over a document's terms scores every topic.
  const dimensions = topics[0]?.length ?? 0;
  const byDimension = new Float64Array(dimensions * k);
  topics.forEach((h, j) => {
    for (let d = 0; d < dimensions; d += 1) byDimension[d * k + j] = h[d]!;
  });
  const numerator = new Float64Array(k);
  vectors.forEach((v, i) => {
    numerator.fill(0);
    for (let t = 0; t < v.indices.length; t += 1) {
      const base = v.indices[t]! * k;
      const x = v.values[t]!;
      for (let j = 0; j < k; j += 1) numerator[j]! += x * byDimension[base + j]!;
    }
    updateRow(weights[i]!, numerator, gram);
  });
}

function updateRow(w: Float64Array, numerator: Float64Array, gram: Float64Array): void {
  const k = w.length;
  for (let j = 0; j < k; j += 1) {
    let denominator = 0;
    for (let l = 0; l < k; l += 1) denominator += w[l]! * gram[l * k + j]!;
    w[j] = (w[j]! * numerator[j]!) / (denominator + tiny);
  }
}

/** H Hᵀ, flat (k × k). */
function topicGram(topics: ReadonlyArray<Float64Array>): Float64Array {
  const k = topics.length;
  const gram = new Float64Array(k * k);
  for (let a = 0; a < k; a += 1) {
    const ha = topics[a]!;
    for (let b = a; b < k; b += 1) {
      const hb = topics[b]!;
      let sum = 0;
      for (let d = 0; d < ha.length; d += 1) sum += ha[d]! * hb[d]!;
      gram[a * k + b] = sum;
      gram[b * k + a] = sum;
    }
  }
  return gram;
}

function dot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let t = 0; t < v.indices.length; t += 1) sum += v.values[t]! * dense[v.indices[t]!]!;
  return sum;
}
