import { describe, expect, test } from 'vitest';
import { formatHeaders } from '../../src/utils/headers/format-headers.ts';
import { headerRules, immutable, revalidate } from '../../src/utils/headers/header-rules.ts';
import { headersFor, parseHeaders, rulesFor } from './read-headers.ts';

const files = [
  '404.html',
  '_astro/BaseLayout.S5lNtjcZ.css',
  '_astro/header-search.BiOeCd4s.js',
  '_headers',
  'index.html',
  'og.png',
  'pagefind/filter/en_54ba46e.pf_filter',
  'pagefind/fragment/en_1256a87.pf_fragment',
  'pagefind/index/en_0d7c1a2.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en_eec4e513b8.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/shards/0/pagefind-entry.json',
  'pagefind/shards/0/index/en_1d7c1a2.pf_index',
  'papers.json',
  'search-shards/index.json',
  'papers/lst/index.html',
  'papers/index.html',
  'rss.xml',
  'topics/other/index.html',
];

/** The address of a file under a base: `papers/x/index.html` → `/atlas/papers/x/`. */
const address = (prefix: string, file: string) => prefix + file.replace(/(^|\/)index\.html$/, '$1');

describe('headerRules', () => {
  test('sends the Content-Security-Policy and security headers for every path', () => {
    const rules = parseHeaders(formatHeaders(headerRules(files, '/', "default-src 'self'")));
    for (const file of files) {
      const headers = headersFor(rules, address('/', file));
      expect(headers['content-security-policy'], file).toBe("default-src 'self'");
      expect(headers['x-content-type-options'], file).toBe('nosniff');
      expect(headers['referrer-policy'], file).toBe('strict-origin-when-cross-origin');
    }
  });

  test('gives every file exactly one Cache-Control: a year for hashed names, revalidation for the rest', () => {
    const rules = parseHeaders(formatHeaders(headerRules(files, '/', 'x')));
    const expected: Record<string, string> = {
      '_astro/BaseLayout.S5lNtjcZ.css': immutable,
      '_astro/header-search.BiOeCd4s.js': immutable,
      'pagefind/filter/en_54ba46e.pf_filter': immutable,
      'pagefind/fragment/en_1256a87.pf_fragment': immutable,
      'pagefind/index/en_0d7c1a2.pf_index': immutable,
      'pagefind/pagefind.en_eec4e513b8.pf_meta': immutable,
      'pagefind/pagefind.js': revalidate,
      'pagefind/pagefind-worker.js': revalidate,
      'pagefind/pagefind-entry.json': revalidate,
      'pagefind/wasm.en.pagefind': revalidate,
      // A split index's older shards: their entry files keep their names from build to build.
      'pagefind/shards/0/pagefind-entry.json': revalidate,
      'pagefind/shards/0/index/en_1d7c1a2.pf_index': revalidate,
      'search-shards/index.json': revalidate,
      'index.html': revalidate,
      '404.html': revalidate,
      'papers/lst/index.html': revalidate,
      'papers/index.html': revalidate,
      'papers.json': revalidate,
      'rss.xml': revalidate,
      'og.png': revalidate,
    };
    for (const [file, cacheControl] of Object.entries(expected)) {
      const setting = rulesFor(rules, address('/', file)).filter((rule) => rule.headers.some(([name]) => name === 'Cache-Control'));
      expect(setting.map((rule) => rule.path), file).toHaveLength(1);
      expect(headersFor(rules, address('/', file))['cache-control'], file).toBe(cacheControl);
    }
  });

  test('puts the base path in front of every rule, since _headers paths start at the host root', () => {
    const rules = headerRules(files, '/atlas', 'x');
    for (const rule of rules) expect(rule.path.startsWith('/atlas/'), rule.path).toBe(true);
    expect(rules.map((rule) => rule.path)).toContain('/atlas/_astro/*');
    expect(headersFor(parseHeaders(formatHeaders(rules)), '/atlas/pagefind/pagefind.js')['cache-control']).toBe(revalidate);
  });

  test('writes no rule for the _headers file itself', () => {
    expect(headerRules(files, '/', 'x').map((rule) => rule.path)).not.toContain('/_headers');
  });
});

describe('formatHeaders', () => {
  test('writes comments, then blocks of a path and indented headers that parse back', () => {
    const text = formatHeaders([{ path: '/*', headers: [['X-A', '1'], ['X-B', 'two words']] }], ['Generated.']);
    expect(text).toBe('# Generated.\n\n/*\n  X-A: 1\n  X-B: two words\n');
    expect(parseHeaders(text)).toEqual([{ path: '/*', headers: [['X-A', '1'], ['X-B', 'two words']] }]);
  });
});
