import type { PagefindApi } from '../../utils/search/search-papers.ts';
import { spellingLoader, type SpellingLoader } from '../../utils/search/spelling-loader.ts';
import { withBase } from '../../utils/site/urls.ts';

/** Pagefind and the spelling corrector, loaded once per page. */
export interface SearchBackend {
  pagefind: PagefindApi;
  /** Fetches vocabulary shards only when a query word is found nowhere. */
  spelling: SpellingLoader;
}

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Words in an excerpt. */
export const excerptLength = 20;

let loading: Promise<SearchBackend> | undefined;

/**
 * Loads Pagefind (`pagefind/pagefind.js`, its WebAssembly and index metadata) on first
 * use, under Astro's `base`. Nothing is fetched before a reader starts to search; later
 * calls share the first load.
 */
export function loadSearch(): Promise<SearchBackend> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindModule;
    await pagefind.options({ baseUrl: withBase(''), excerptLength });
    await pagefind.init();
    return { pagefind, spelling: spellingLoader(withBase('')) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
