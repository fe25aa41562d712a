/**
 * `node scripts/make-synthetic.ts --count 5000 --out bench/work/synthetic-5000.txt [--seed 1]`
 *
 * Writes a deterministic synthetic document from the real abstracts (the bundled
 * and the ICLR 2020 documents), for benchmarks and scale tests.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from './read/plain/parse-document.ts';
import { synthesizeDocument } from './bench/synthesize-document.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    out: { type: 'string', default: 'bench/work/synthetic.txt' },
    seed: { type: 'string', default: '1' },
  },
});

// Real papers give the vocabulary: the bundled document and the ICLR 2020 fixture.
const sources = ['src/data/transfer-learning-papers.txt', 'tests/fixtures/iclr2020-accepted-papers.txt'];
const papers = (await Promise.all(sources.map(async (file) => parseDocument(await readFile(file, 'utf8'), file).papers))).flat();
// Recombine them into the requested number of unique papers and write the document.
const text = synthesizeDocument(papers, Number(values.count), Number(values.seed));
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, text);
console.log(`wrote ${values.count} synthetic papers to ${values.out} (${(text.length / 1e6).toFixed(1)} MB)`);
