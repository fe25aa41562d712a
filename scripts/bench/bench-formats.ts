/**
 * `npm run bench:formats [-- --sizes 5000,50000 --formats bibtex,ris --runs 3]`
 *
 * Times reading a synthetic export of each format (see synthesize-exports.ts): the format's
 * reader and the records turned into papers, as `npm run build` reads a source (median of
 * `runs`). Titles and abstracts come from the bundled and ICLR 2020 documents.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { median } from './measure-dist.ts';
import { synthesizeExport } from './synthesize-exports.ts';
import type { InputFormat } from '../read/detect-format.ts';
import { parseDocument } from '../read/plain/parse-document.ts';
import { readSource } from '../read/read-source.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '50000' }, formats: { type: 'string', default: 'bibtex,ris,csl-json,medline,wos,wos-tab,scopus-csv,openalex,arxiv-json,arxiv-atom' }, runs: { type: 'string', default: '3' } },
});
const extensions: Record<string, string> = { bibtex: 'bib', ris: 'ris', 'csl-json': 'json', medline: 'nbib', wos: 'txt', 'wos-tab': 'txt', 'scopus-csv': 'csv', openalex: 'jsonl', 'arxiv-json': 'json', 'arxiv-atom': 'xml' };
const read = async (file: string) => parseDocument(await readFile(file, 'utf8'), file).papers;
const seeds = [...(await read('src/data/transfer-learning-papers.txt')), ...(await read('tests/fixtures/iclr2020-accepted-papers.txt'))];

console.log('format       entries   MB   read s   papers');
for (const size of values.sizes.split(',').map(Number)) {
  for (const format of values.formats.split(',') as Exclude<InputFormat, 'document'>[]) {
    const text = synthesizeExport(format, seeds, size);
    const file = `synthetic.${extensions[format] ?? 'txt'}`;
    const times: number[] = [];
    let papers = 0;
    for (let run = 0; run < Number(values.runs); run++) {
      const started = performance.now();
      papers = readSource(text, file).papers.length;
      times.push((performance.now() - started) / 1000);
    }
    console.log(`${format.padEnd(12)} ${String(size).padStart(7)} ${(text.length / 1e6).toFixed(1).padStart(4)} ${median(times).toFixed(2).padStart(8)} ${String(papers).padStart(8)}`);
  }
}
