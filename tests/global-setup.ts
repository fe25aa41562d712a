import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../scripts/read/plain/parse-document.ts';
import { synthesizeDocument } from '../scripts/bench/synthesize-document.ts';
import { areasDocument, buildDocument, searchTitlesDocument, splitSearchDocument } from './helpers/build-document.ts';
import {
  databasesArgs,
  databasesDir,
  distBaseDir,
  distDir,
  distLargeDir,
  formatsArgs,
  formatsBaseDir,
  formatsDir,
  largeDocumentSize,
  largeTaxonomy,
  listingsArgs,
  listingsBaseDir,
  listingsDir,
  peopleArgs,
  peopleDir,
  testBase,
  testOutDir,
  testPageSize,
} from './helpers/dist.ts';

/**
 * Builds the documents the tests read, exactly as `npm run build` does: a series of daily
 * listings at the root and under a sub-path, exports of every format at both too, exports naming
 * people several ways, a large synthetic document (for the page-size
 * bounds), then the bundled document at the root and under a sub-path, with small listing
 * pages so pagination is exercised. The bundled builds come after the others built here because
 * tests also read the generated src/content/ they leave behind; the ICLR 2020 document with the
 * hostile search titles is built last, in a scratch copy of the project, so it leaves that alone
 * (and once more with its search index split into shards of 100 papers),
 * and so is the bundled document with a taxonomy declaring areas (at the root and under a sub-path).
 *
 * Set `ATLAS_TEST_SKIP_BUILD=1` to skip the builds while iterating on tests that do not
 * read them (tests over built output then use whatever builds are already there).
 */
export default async function setup(): Promise<void> {
  if (process.env['ATLAS_TEST_SKIP_BUILD'] === '1') return;
  const build = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['scripts/build.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

  // 50 papers a page, so the bundled document's 71-paper day spans two pages.
  const listingPages = { ATLAS_PAGE_SIZE: '50' };
  build([...listingsArgs, '--out', listingsDir], listingPages);
  build([...listingsArgs, '--out', listingsBaseDir, '--base', testBase], listingPages);

  // Exports of every format and a plain document, 10 papers (a few seconds each).
  build([...formatsArgs, '--out', formatsDir]);
  build([...formatsArgs, '--out', formatsBaseDir, '--base', testBase]);
  // Database exports (Scopus, Web of Science tab-delimited, OpenAlex, arXiv), 19 papers.
  build([...databasesArgs, '--out', databasesDir]);
  // People written several ways across two exports (a few seconds).
  build([...peopleArgs, '--out', peopleDir]);

  mkdirSync(testOutDir, { recursive: true });
  const large = join(testOutDir, `synthetic-${largeDocumentSize}.txt`);
  writeFileSync(large, synthesizeDocument(realPapers(), largeDocumentSize));
  build(['--source', large, '--taxonomy', largeTaxonomy, '--name', 'Synthetic', '--out', distLargeDir], { ATLAS_PAGE_SIZE: '' });

  const small = { ATLAS_PAGE_SIZE: String(testPageSize) };
  build(['--out', distDir], small);
  build(['--out', distBaseDir, '--base', testBase], small);
  await buildDocument(searchTitlesDocument.name, searchTitlesDocument.sources);
  await buildDocument(splitSearchDocument.name, splitSearchDocument.sources, { env: splitSearchDocument.env });
  const areas = { args: ['--taxonomy', resolve(areasDocument.taxonomy)], env: { ATLAS_PAGE_SIZE: String(areasDocument.pageSize) } };
  await buildDocument(areasDocument.name, areasDocument.sources, areas);
  await buildDocument(areasDocument.baseName, areasDocument.sources, { ...areas, args: [...areas.args, '--base', testBase] });
}

/** The real papers synthetic documents are recombined from, as in `scripts/make-synthetic.ts`. */
function realPapers() {
  const sources = ['src/data/transfer-learning-papers.txt', 'tests/fixtures/iclr2020-accepted-papers.txt'];
  return sources.flatMap((file) => parseDocument(readFileSync(file, 'utf8'), file).papers);
}
