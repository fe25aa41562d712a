import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { defaultShardSize, planShards, shardIndexFolder, shardsFolder, titleFileOf, titlesPerFile, titleTableKey, type ShardList, type TitleTable } from '../utils/search/search-shards.ts';
import { symbolTitleKey } from '../utils/search/symbol-title-key.ts';
import { paperSearchHtml } from './paper-search-html.ts';
import { readIndexKeys, wordRoutes, writeWordTable } from './shard-words.ts';

/** Options of {@link writeSearchIndex}. */
export interface SearchIndexOptions {
  /** Where indexes of earlier builds are kept by their input's digest (Astro's cacheDir); without it every shard is indexed. */
  cacheDir?: string | undefined;
  /** Papers per shard (`ATLAS_SEARCH_SHARD_SIZE`, else {@link defaultShardSize}); a collection no larger has one index, as Pagefind makes it. */
  shardSize?: number;
  /** Pagefind's version, part of each shard's digest: another Pagefind indexes every shard again. */
  pagefindVersion?: string;
  /** Told after each page is read and each shard is written: pages indexed or reused so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** What {@link writeSearchIndex} did. */
export interface SearchIndexReport {
  pages: number;
  shards: number;
  /** Shards whose index was copied from an earlier build because their pages' indexed part was unchanged. */
  reusedShards: number;
  milliseconds: number;
}

/** Version of the cached shards' layout: a change here indexes every shard again. */
const cacheVersion = 1;

/**
 * Writes the Pagefind search index of a built site. Up to `shardSize` papers, one index in
 * `<site>/pagefind/`, as Pagefind makes it. Above, the papers are split in document order into
 * shards (src/utils/search/search-shards.ts), each indexed on its own, one after the other, so
 * Pagefind's memory is that of one shard, and a first search loads only the shards it needs:
 * the newest in `pagefind/`, the others in `pagefind/shards/<n>/`, with `search-shards/index.json`
 * listing them and `search-shards/titles/` finding the shard of an exact title.
 *
 * Each shard is keyed by a digest of what Pagefind reads of its pages (their `<article>`), and
 * its index kept in the cache: an unchanged shard is copied, not indexed again. Any error
 * Pagefind reports is thrown, so the build fails.
 */
export async function writeSearchIndex(site: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const shardSize = options.shardSize ?? shardSizeFromEnv();
  const papers = await readPaperList(site);
  if (papers.length === 0) throw new Error(`Pagefind found no pages to index in ${site}; check that papers.json lists the papers`);
  const shards = planShards(papers, shardSize);
  const cache = options.cacheDir === undefined ? undefined : join(options.cacheDir, 'paper-atlas-search');
  const used = new Set<string>();
  let done = 0;
  let reusedShards = 0;
  const list: ShardList = { shards: [], titleFiles: shards.length > 1 ? Math.max(1, Math.ceil(papers.length / titlesPerFile)) : 0, wordFiles: 0 };
  // Each shard's words, for the word table that routes a query to the shards holding its words.
  const shardKeys: string[][] = [];
  for (const [position, shard] of shards.entries()) {
    const newest = position === shards.length - 1;
    const folder = newest ? 'pagefind' : `${shardIndexFolder}/${position}`;
    const pages = await Promise.all(shard.map(async (paper) => ({ url: `/papers/${paper.slug}/`, content: paperSearchHtml(await readFile(join(site, 'papers', paper.slug, 'index.html'), 'utf8')) })));
    const digest = shardDigest(pages, options.pagefindVersion ?? 'unknown');
    used.add(digest);
    const kept = cache === undefined ? undefined : join(cache, digest);
    if (kept !== undefined && existsSync(join(kept, 'pagefind-entry.json'))) {
      await copyIndex(kept, join(site, folder), newest);
      reusedShards++;
    } else {
      await indexShard(pages, join(site, folder), kept, newest, () => options.onProgress?.(++done, papers.length));
      done -= pages.length;
    }
    if (shards.length > 1) shardKeys.push(await indexKeys(join(site, folder), kept));
    done += pages.length;
    options.onProgress?.(done, papers.length);
    list.shards.push({ path: `${folder}/`, papers: shard.length });
  }
  if (shards.length > 1) list.wordFiles = await writeWordTable(join(site, shardsFolder, 'words'), wordRoutes(shardKeys));
  await writeShardFiles(site, list, shards);
  if (cache !== undefined) await forgetUnused(cache, used);
  // A named measure lets the build script (and npm run bench) report Pagefind's share.
  const { duration } = performance.measure('paper-atlas:pagefind', { start: started, detail: { shards: shards.length, reusedShards } });
  return { pages: papers.length, shards: shards.length, reusedShards, milliseconds: duration };
}

/** The papers in document order, from the site's own `papers.json` (written by src/pages/papers.json.ts). */
async function readPaperList(site: string): Promise<Array<{ slug: string; title: string; shortName: string | null }>> {
  const data = JSON.parse(await readFile(join(site, 'papers.json'), 'utf8')) as { papers: Array<{ slug: string; title: string; shortName: string | null }> };
  return data.papers.map(({ slug, title, shortName }) => ({ slug, title, shortName }));
}

function shardSizeFromEnv(): number {
  const value = Number(process.env['ATLAS_SEARCH_SHARD_SIZE'] ?? '');
  return Number.isInteger(value) && value > 0 ? value : defaultShardSize;
}

/** A digest of everything Pagefind reads of a shard (and of the Pagefind that reads it). */
function shardDigest(pages: ReadonlyArray<{ url: string; content: string }>, pagefind: string): string {
  const hash = createHash('sha256');
  hash.update(`paper-atlas-search ${cacheVersion} pagefind ${pagefind}\n`);
  for (const page of pages) hash.update(`${page.url}\0${page.content.length}\0${page.content}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** Indexes one shard's pages with its own Pagefind process, closed afterwards so its memory is returned. */
async function indexShard(pages: ReadonlyArray<{ url: string; content: string }>, outputPath: string, keep: string | undefined, newest: boolean, added: () => void): Promise<void> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const page of pages) {
      const result = await index.addHTMLFile(page);
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${result.errors.join('; ')}`);
      added();
    }
    const target = keep ?? outputPath;
    await rm(target, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  if (keep !== undefined) await copyIndex(keep, outputPath, newest);
}

/** The file in a kept shard's cache folder holding its words' keys (never copied into the site). */
const keysFile = 'paper-atlas-keys.json';

/** A shard's word keys: kept beside its cached index, else read from the index's fragments (and kept). */
async function indexKeys(indexDir: string, kept: string | undefined): Promise<string[]> {
  const cached = kept === undefined ? undefined : await readFile(join(kept, keysFile), 'utf8').catch(() => undefined);
  if (cached !== undefined) return JSON.parse(cached) as string[];
  const keys = await readIndexKeys(indexDir);
  if (kept !== undefined) await writeFile(join(kept, keysFile), JSON.stringify(keys));
  return keys;
}

/** Pagefind's script, worker, WebAssembly and UI files: needed once, in `pagefind/`; merged shards need only their index. */
const bundleFile = /^(?:pagefind[^/]*\.(?:js|css)|wasm\.[^/]+\.pagefind)$/;

/** Copies a kept index into the site: whole for the newest shard (`pagefind/`), without the bundle's code for the others. */
async function copyIndex(from: string, to: string, newest: boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  await cp(from, to, {
    recursive: true,
    filter: (source) => {
      const name = source.slice(from.length + 1);
      return name !== keysFile && (newest || !bundleFile.test(name));
    },
  });
}

/** `search-shards/index.json` (also for one shard, so the browser need not guess) and the title table's files. */
async function writeShardFiles(site: string, list: ShardList, shards: ReadonlyArray<ReadonlyArray<{ title: string; shortName: string | null }>>): Promise<void> {
  const folder = join(site, shardsFolder);
  await mkdir(join(folder, 'titles'), { recursive: true });
  await writeFile(join(folder, 'index.json'), JSON.stringify(list));
  if (list.titleFiles === 0) return;
  const files: TitleTable[] = Array.from({ length: list.titleFiles }, () => ({}));
  shards.forEach((shard, position) => {
    for (const paper of shard) {
      // A title without letters is searched by the key the page indexes it under (symbol-title-key.ts).
      for (const name of [paper.title, paper.shortName, symbolTitleKey(paper.title) ?? null]) {
        if (name === null || name.trim() === '') continue;
        const key = titleTableKey(name);
        const table = files[titleFileOf(key, list.titleFiles)] as TitleTable;
        const holders = (table[key] ??= []);
        if (!holders.includes(position)) holders.push(position);
      }
    }
  });
  await Promise.all(files.map((table, file) => writeFile(join(folder, 'titles', `${file}.json`), JSON.stringify(table))));
}

/** Removes kept indexes this build did not use, so the cache holds one build's shards. */
async function forgetUnused(cache: string, used: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(cache).catch(() => [] as string[]);
  await Promise.all(entries.filter((entry) => !used.has(entry)).map((entry) => rm(join(cache, entry), { recursive: true, force: true })));
}
