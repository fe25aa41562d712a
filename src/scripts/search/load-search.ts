import type { PagefindApi } from '../../utils/search/search-papers.ts';
import { withBase } from '../../utils/urls.ts';

/** Pagefind and the spelling vocabulary, loaded once per page. */
export interface SearchBackend {
  pagefind: PagefindApi;
  /** Undefined when the vocabulary could not be loaded; search then works without spelling correction. */
  vocabulary: ReadonlyMap<string, number> | undefined;
}

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<SearchBackend> | undefined;

/**
 * Loads Pagefind (`pagefind/pagefind.js`, its WebAssembly and index metadata) and the
 * vocabulary on first use, under Astro's `base`. Nothing is fetched before a reader
 * starts to search; later calls share the first load.
 */
export function loadSearch(): Promise<SearchBackend> {
  loading ??= (async () => {
    const vocabulary = fetch(withBase('search-vocabulary.json'))
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, number>>) : undefined))
      .then((words) => (words === undefined ? undefined : new Map(Object.entries(words))))
      .catch(() => undefined);
    const pagefind = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindModule;
    await pagefind.options({ baseUrl: withBase(''), excerptLength: 20 });
    await pagefind.init();
    return { pagefind, vocabulary: await vocabulary };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
