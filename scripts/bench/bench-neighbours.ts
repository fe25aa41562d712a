/**
 * `npm run bench:neighbours [-- --sizes 10000,20000,50000 --exact 10000,20000 --runs 3 --budgets 2000,5000 --candidates 40,80 --k 10]`
 *
 * Times the nearest-neighbour search with its posting budget (pruned) against the exact
 * search (budget Infinity), and measures what the pruning costs in quality: recall@k of
 * the exact top k, and the share of papers whose related papers (the first five above
 * the floor) are unchanged. The exact search grows with the square of the collection, so
 * it runs only at the `--exact` sizes, once, and its table and time are kept in
 * `bench/work/neighbours-exact-<size>-<k>.json` for the next runs (delete it after changing
 * the TF-IDF). Reads `bench/work/synthetic-<size>.txt` when it exists (make-synthetic.ts),
 * otherwise synthesizes the same document in memory.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { median } from './measure-dist.ts';
import { nearestNeighbours, type NeighbourTable } from '../text-model/nearest-neighbours.ts';
import { parseDocument } from '../read/plain/parse-document.ts';
import { relatedFromNeighbours } from '../text-model/related-papers.ts';
import { synthesizeDocument } from './synthesize-document.ts';
import { tfidf } from '../text-model/tfidf.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,20000,50000' },
    exact: { type: 'string', default: '10000,20000' },
    runs: { type: 'string', default: '3' },
    budgets: { type: 'string', default: '' },
    candidates: { type: 'string', default: '' },
    k: { type: 'string', default: '10' },
  },
});

const runs = Number(values.runs);
const k = Number(values.k);
const read = async (file: string) => parseDocument(await readFile(file, 'utf8'), file).papers;
const real = [...(await read('src/data/transfer-learning-papers.txt')), ...(await read('tests/fixtures/iclr2020-accepted-papers.txt'))];

/** The papers of the synthetic document of `size` papers: the file make-synthetic.ts wrote, or the same made here. */
async function papersOf(size: number) {
  const file = `bench/work/synthetic-${size}.txt`;
  return existsSync(file) ? read(file) : parseDocument(synthesizeDocument(real, size), file).papers;
}

/** Median time in ms of `runs` calls and the last result. */
function timed<T>(runs: number, run: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let r = 0; r < runs; r += 1) {
    const begin = performance.now();
    result = run();
    times.push(performance.now() - begin);
  }
  return { ms: median(times), result: result! };
}

/** The exact table and its time at this size: computed once (a single run), then read back. */
async function exactTable(size: number, vectors: Parameters<typeof nearestNeighbours>[0]): Promise<{ ms: number; result: NeighbourTable }> {
  const file = `bench/work/neighbours-exact-${size}-${k}.json`;
  if (existsSync(file)) {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { ms: number; indices: number[]; similarities: number[] };
    return { ms: saved.ms, result: { size, k, indices: Int32Array.from(saved.indices), similarities: Float64Array.from(saved.similarities) } };
  }
  const exact = timed(1, () => nearestNeighbours(vectors, k, { budget: Infinity }));
  await writeFile(file, JSON.stringify({ ms: exact.ms, indices: [...exact.result.indices], similarities: [...exact.result.similarities] }));
  return exact;
}

/** Share of the exact neighbours that `found` also lists, over all papers. */
function recall(exact: NeighbourTable, found: NeighbourTable): number {
  let hits = 0;
  let total = 0;
  for (let doc = 0; doc < exact.size; doc += 1) {
    const row = (table: NeighbourTable) => [...table.indices.subarray(doc * table.k, doc * table.k + table.k)].filter((i) => i >= 0);
    const wanted = row(exact);
    const got = new Set(row(found));
    total += wanted.length;
    hits += wanted.filter((i) => got.has(i)).length;
  }
  return total === 0 ? 1 : hits / total;
}

/** Share of papers whose related papers are the same from both tables. */
function relatedUnchanged(exact: NeighbourTable, found: NeighbourTable): number {
  const a = relatedFromNeighbours(exact);
  const b = relatedFromNeighbours(found);
  return a.filter((list, i) => list.join() === b[i]!.join()).length / a.length;
}

const exactSizes = new Set(values.exact.split(',').filter(Boolean).map(Number));
const budgets = values.budgets === '' ? [undefined] : values.budgets.split(',').map(Number);
const candidateCounts = values.candidates === '' ? [undefined] : values.candidates.split(',').map(Number);
console.log(`k = ${k}, median of ${runs} runs (exact: one run)`);
console.log('papers  budget  candidates  pruned ms  exact ms  ms/paper  recall@k  related same');
for (const size of values.sizes.split(',').map(Number)) {
  const { vectors } = tfidf((await papersOf(size)).map((paper) => `${paper.title}\n${paper.abstract}`));
  const exact = exactSizes.has(size) ? await exactTable(size, vectors) : undefined;
  for (const budget of budgets) for (const candidates of candidateCounts) {
    const options = { ...(budget === undefined ? {} : { budget }), ...(candidates === undefined ? {} : { candidates }) };
    const pruned = timed(runs, () => nearestNeighbours(vectors, k, options));
    const cells = [
      String(size).padStart(6),
      String(budget ?? 'default').padStart(7),
      String(candidates ?? 'default').padStart(10),
      pruned.ms.toFixed(0).padStart(9),
      (exact ? exact.ms.toFixed(0) : '-').padStart(8),
      (pruned.ms / size).toFixed(3).padStart(8),
      (exact ? recall(exact.result, pruned.result).toFixed(4) : '-').padStart(8),
      (exact ? relatedUnchanged(exact.result, pruned.result).toFixed(4) : '-').padStart(12),
    ];
    console.log(cells.join('  '));
  }
}
