/**
 * How a large collection's search index is split, shared by the build (src/integrations/pagefind.ts)
 * and the browser (sharded-pagefind.ts). Above a threshold the papers are split, in document order,
 * into shards of at most `shardSize` papers, each its own Pagefind index: the newest at `pagefind/`
 * (the one Pagefind loads first), the others at `pagefind/shards/<n>/`, merged into the search only
 * when a query needs them. A small table finds the shard of an exact title or short name, so a
 * title typed in full finds its paper first wherever it is (see issue 28).
 */

/** Papers per shard unless `ATLAS_SEARCH_SHARD_SIZE` says otherwise: a shard's metadata and its common words' chunks stay well under 300 KB. */
export const defaultShardSize = 5000;

/** Title-table entries per file, about: a file costs about 2 KB gzipped. */
export const titlesPerFile = 64;

/** The folder below the site root of the shard list and the title table (`/search-shards/…`). */
export const shardsFolder = 'search-shards';

/** Where the older shards' Pagefind indexes are, below the site root (the newest is Pagefind's own `pagefind/`). */
export const shardIndexFolder = 'pagefind/shards';

/** `/search-shards/index.json`: the shards, oldest first (the last is the newest, at `pagefind/`), and how the title table is split. */
export interface ShardList {
  /** Each shard's index folder below the site root, ending in `/`, and its number of papers. */
  shards: Array<{ path: string; papers: number }>;
  /** Number of title-table files (`/search-shards/titles/<n>.json`). */
  titleFiles: number;
  /** Number of word-table files (`/search-shards/words/<n>.json`, see word-routes.ts); 0 for one shard. */
  wordFiles: number;
}

/** One file of the title table: a normalized title or short name → the shards (indexes into `shards`) holding a paper of that title. */
export type TitleTable = Record<string, number[]>;

/** A title or query as the title table keys it: NFC, lowercase, runs of spaces as one, trimmed. */
export function titleTableKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The title-table file holding `key` among `files` (FNV-1a over its UTF-16 code units: fast, stable, evenly spread). */
export function titleFileOf(key: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, files);
}

/** Splits papers (in document order) into consecutive shards of at most `size`: the last, newest one may be smaller. */
export function planShards<T>(papers: readonly T[], size: number): T[][] {
  const shards: T[][] = [];
  for (let start = 0; start < papers.length; start += size) shards.push(papers.slice(start, start + size));
  return shards;
}
