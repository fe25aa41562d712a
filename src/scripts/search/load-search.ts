import { shardedPagefind, type MergeablePagefind, type ShardedPagefind } from '../../utils/search/sharded-pagefind.ts';
import type { ShardList } from '../../utils/search/search-shards.ts';
import { spellingLoader, type SpellingLoader } from '../../utils/search/spelling-loader.ts';
import { withBase } from '../../utils/site/urls.ts';

/** Pagefind and the spelling corrector, loaded once per page. */
export interface SearchBackend {
  /** Pagefind over the collection's index, or its shards as a query needs them (see sharded-pagefind.ts). */
  pagefind: ShardedPagefind;
  /** Fetches vocabulary shards only when a query word is found nowhere. */
  spelling: SpellingLoader;
}

interface PagefindModule extends MergeablePagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Words in an excerpt. */
export const excerptLength = 20;

let loading: Promise<SearchBackend> | undefined;

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  return response.ok ? response.json() : undefined;
};

/**
 * Loads Pagefind (`pagefind/pagefind.js`, its WebAssembly and index metadata) and the list of
 * the index's shards on first use, under Astro's `base`. Nothing is fetched before a reader
 * starts to search; later calls share the first load.
 */
export function loadSearch(): Promise<SearchBackend> {
  loading ??= (async () => {
    const shards = fetchJson(withBase('search-shards/index.json')).catch(() => undefined) as Promise<ShardList | undefined>;
    const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindModule;
    const options = { baseUrl: withBase(''), excerptLength };
    await pagefind.options(options);
    await pagefind.init();
    return { pagefind: shardedPagefind(pagefind, await shards, { root: withBase(''), load: fetchJson, mergeOptions: options }), spelling: spellingLoader(withBase('')) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
