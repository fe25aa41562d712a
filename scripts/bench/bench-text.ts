/**
 * `npm run bench:text [-- --sizes 687,5000 --runs 5]`
 *
 * Times the text model behind related papers and the map, step by step: TF-IDF,
 * the nearest-neighbour search, related papers read off it, and the map layout.
 * Sizes other than 69 and 687 are synthetic documents (see make-synthetic.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { median } from './measure-dist.ts';
import { layoutMap } from '../map/layout-map.ts';
import { nearestNeighbours } from '../text-model/nearest-neighbours.ts';
import { parseDocument } from '../read/plain/parse-document.ts';
import { relatedFromNeighbours } from '../text-model/related-papers.ts';
import { synthesizeDocument } from './synthesize-document.ts';
import { tfidf } from '../text-model/tfidf.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '69,687,5000' }, runs: { type: 'string', default: '5' } } });

// The real documents give both the small sizes and the vocabulary of the synthetic ones.
const read = async (file: string) => parseDocument(await readFile(file, 'utf8'), file).papers;
const real: Record<number, Awaited<ReturnType<typeof read>>> = {
  69: await read('src/data/transfer-learning-papers.txt'),
  687: await read('tests/fixtures/iclr2020-accepted-papers.txt'),
};
const papersOf = (size: number) => real[size] ?? parseDocument(synthesizeDocument([...real[69]!, ...real[687]!], size), `synthetic-${size}`).papers;

console.log('papers  tf-idf ms  neighbours ms  related ms  map ms  total ms');
for (const size of values.sizes.split(',').map(Number)) {
  const docs = papersOf(size).map((paper) => `${paper.title}\n${paper.abstract}`);
  const steps: number[][] = [[], [], [], []];
  for (let run = 0; run < Number(values.runs); run++) {
    const times = [performance.now()];
    const { vectors } = tfidf(docs);
    times.push(performance.now());
    const table = nearestNeighbours(vectors, Math.min(10, docs.length - 1));
    times.push(performance.now());
    relatedFromNeighbours(table);
    times.push(performance.now());
    layoutMap(vectors, { table });
    times.push(performance.now());
    times.slice(1).forEach((time, step) => steps[step]!.push(time - times[step]!));
  }
  const medians = steps.map((times) => median(times));
  const cells = [size, ...medians, medians.reduce((sum, time) => sum + time, 0)].map((value, column) => (column === 0 ? String(value) : value.toFixed(0)));
  console.log(cells.map((cell, column) => cell.padStart([6, 9, 13, 10, 6, 8][column]!)).join('  '));
}
