/**
 * `node scripts/bench-related.ts [--runs 5]`
 *
 * Times TF-IDF and related papers on the 687-paper ICLR document and on a synthetic
 * 5,000-paper document made by recombining its sentences (and the bundled document's)
 * with a fixed seed. Temporary: a proper `npm run bench` will replace it.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from './lib/parse-document.ts';
import { relatedPapers } from './lib/related-papers.ts';
import { tfidf } from './lib/tfidf.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

// Read both documents.
const read = async (file: string) => parseDocument(await readFile(file, 'utf8'), file).papers;
const iclr = await read('tests/fixtures/iclr2020-accepted-papers.txt');
const bundled = await read('src/data/transfer-learning-papers.txt');
const texts = (papers: ReadonlyArray<{ title: string; abstract: string }>) => papers.map((p) => `${p.title}\n${p.abstract}`);

// Build 5,000 synthetic papers: each keeps a real paper's title and most of its sentences,
// and swaps about a third of them for sentences of other papers.
const random = seeded(2024);
const source = [...iclr, ...bundled];
const sentences = source.map((p) => p.abstract.split(/(?<=[.!?])\s+/));
const pool = sentences.flat();
const synthetic = Array.from({ length: 5000 }, (_, i) => {
  const base = i % source.length;
  const abstract = sentences[base]!.map((s) => (random() < 0.33 ? pool[Math.floor(random() * pool.length)]! : s)).join(' ');
  return { title: `${source[base]!.title} (${Math.floor(i / source.length) + 1})`, abstract };
});

// Time each collection: TF-IDF alone, and TF-IDF plus neighbours (what the build runs).
for (const [name, docs] of [['ICLR 2020 (687 papers)', texts(iclr)], ['synthetic (5,000 papers)', texts(synthetic)]] as const) {
  const vectorize: number[] = [];
  const total: number[] = [];
  let pairs = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const model = tfidf(docs);
    vectorize.push(performance.now() - start);
    pairs = relatedPapers(model.vectors).flat().length;
    total.push(performance.now() - start);
  }
  console.log(`${name}: related papers in ${median(total).toFixed(0)} ms (TF-IDF ${median(vectorize).toFixed(0)} ms), median of ${runs} runs, ${pairs} links shown`);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
