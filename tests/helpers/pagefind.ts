import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shardedPagefind, type MergeablePagefind, type ShardedPagefind } from '../../src/utils/search/sharded-pagefind.ts';
import type { ShardList } from '../../src/utils/search/search-shards.ts';
import { spellingLoader, type SpellingLoader } from '../../src/utils/search/spelling-loader.ts';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve-static.ts';

/** Pagefind's JS API over a built site, as a browser would use it, plus the site's spelling corrector. */
export interface NodePagefind {
  /** Pagefind over the site's index, or its shards as a query needs them, as the header box uses it. */
  pagefind: ShardedPagefind;
  /** Files below the site the title table and shard list were fetched from (not Pagefind's own). */
  shardFiles: string[];
  /** Loads vocabulary shards over HTTP, as the browser does; `fetched` lists the files it fetched. */
  spelling: SpellingLoader;
  fetched: string[];
  server: StaticServer;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 and loads its `pagefind/pagefind.js` in Node, fetching
 * the index over HTTP exactly as the browser does; call `close` in `afterAll`.
 */
export async function openPagefind(dir: string, base = '/'): Promise<NodePagefind> {
  const server = await serveStatic(dir, base);
  const pagefind = (await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href)) as MergeablePagefind & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
    destroy(): Promise<void>;
  };
  const options = { baseUrl: new URL(server.url).pathname };
  await pagefind.options({ basePath: `${server.url}pagefind/`, ...options });
  await pagefind.init();
  const shardFiles: string[] = [];
  const load = async (url: string) => {
    shardFiles.push(url.slice(server.url.length));
    const response = await fetch(url);
    return response.ok ? response.json() : undefined;
  };
  const list = (await load(`${server.url}search-shards/index.json`)) as ShardList | undefined;
  const index = await fetch(`${server.url}search-vocabulary/index.json`);
  if (!index.ok) throw new Error(`${server.url}search-vocabulary/index.json answered ${index.status}; was the site built?`);
  const fetched: string[] = [];
  const spelling = spellingLoader(server.url, async (url) => {
    fetched.push(url.slice(server.url.length));
    const response = await fetch(url);
    return response.ok ? response.json() : undefined;
  });
  return {
    pagefind: shardedPagefind(pagefind, list, { root: server.url, load, mergeOptions: options }),
    shardFiles,
    spelling,
    fetched,
    server,
    close: async () => {
      await pagefind.destroy();
      await server.close();
    },
  };
}

/** The path of a hit's address below the site (`/papers/x/`), whatever host served it. */
export function hitPath(url: string): string {
  return new URL(url, 'http://localhost').pathname;
}
