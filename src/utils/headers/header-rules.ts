import { joinBase } from '../site/urls.ts';

/** One block of a `_headers` file: a URL path pattern and the headers sent for it. */
export interface HeaderRule {
  /** Path on the host, base path included; a trailing `*` matches the rest of the path. */
  path: string;
  headers: [name: string, value: string][];
}

/** For content-hashed files: a new version always has a new name. */
export const immutable = 'public, max-age=31536000, immutable';
/** For everything else: the browser may keep a copy but asks the host whether it changed. */
export const revalidate = 'public, max-age=0, must-revalidate';

/** Folders whose every file name carries a hash of its content: Astro's bundles and Pagefind's index chunks. */
export const hashedFolders = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'];

/** Pagefind's metadata file is named after its content hash (`pagefind.en_eec4e513b8.pf_meta`); `pagefind.js`, the worker, the entry file and the wasm files are not. */
const hashedPagefindFile = /^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/i;

/**
 * The header rules for a built site, from the list of its files (paths relative to the
 * output folder, `/`-separated) and its Content-Security-Policy.
 *
 * Hosts disagree on what happens when two rules set the same header for a path
 * (Cloudflare Pages joins the values, which would turn `Cache-Control` into nonsense),
 * so exactly one rule sets `Cache-Control` for any file: the security headers go on
 * `/*`, and the caching rules cover disjoint folders and single files.
 */
export function headerRules(files: readonly string[], base: string, policy: string): HeaderRule[] {
  const path = (sitePath: string) => joinBase(base, sitePath);
  const cache = (sitePath: string, value: string): HeaderRule => ({ path: path(sitePath), headers: [['Cache-Control', value]] });
  const topFolders = new Set<string>();
  const topFiles: string[] = [];
  const pagefindFiles: string[] = [];
  // A large collection's older search shards (src/utils/search/search-shards.ts); their entry files keep their names.
  let shards = false;
  for (const file of files) {
    const [first, ...rest] = file.split('/');
    if (first === undefined || file === '_headers') continue;
    if (rest.length === 0) topFiles.push(file);
    else if (first === 'pagefind' && rest.length === 1) pagefindFiles.push(file);
    else if (first === 'pagefind' && rest[0] === 'shards') shards = true;
    else if (first !== '_astro' && first !== 'pagefind') topFolders.add(first);
  }
  return [
    {
      path: path('*'),
      headers: [
        ['Content-Security-Policy', policy],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...hashedFolders.map((folder) => cache(`${folder}/*`, immutable)),
    ...pagefindFiles.map((file) => cache(file, hashedPagefindFile.test(file.slice('pagefind/'.length)) ? immutable : revalidate)),
    ...(shards ? [cache('pagefind/shards/*', revalidate)] : []),
    cache('', revalidate),
    ...topFiles.toSorted().map((file) => cache(file, revalidate)),
    ...[...topFolders].toSorted().map((folder) => cache(`${folder}/*`, revalidate)),
  ];
}
