import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/utils/search/search-papers.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';

/** Pagefind's JS API over a built site, as a browser would use it, plus the site's spelling vocabulary. */
export interface NodePagefind {
  pagefind: PagefindApi;
  vocabulary: Map<string, number>;
  server: StaticServer;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 and loads its `pagefind/pagefind.js` in Node, fetching
 * the index over HTTP exactly as the browser does; call `close` in `afterAll`.
 */
export async function openPagefind(dir: string, base = '/'): Promise<NodePagefind> {
  const server = await serveStatic(dir, base);
  const pagefind = (await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href)) as PagefindApi & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
    destroy(): Promise<void>;
  };
  await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: new URL(server.url).pathname });
  await pagefind.init();
  const response = await fetch(`${server.url}search-vocabulary.json`);
  if (!response.ok) throw new Error(`${server.url}search-vocabulary.json answered ${response.status}; was the site built?`);
  const vocabulary = new Map(Object.entries((await response.json()) as Record<string, number>));
  return {
    pagefind,
    vocabulary,
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
