import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { attr, findAll, listFiles, pagePath, readPages, type Element } from '../site/dist-html.ts';
import { headersFor, readHeaders, rulesFor } from './read-headers.ts';

const year = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';

/** A content hash in a file name: Astro's `.S5lNtjcZ.` or `-DlwdW_ET.`, or Pagefind's `en_1256a87.` / `en_eec4e513b8.`. */
const hashedName = /[.-][A-Za-z0-9_-]{8}\.(js|css|woff2)$|_[0-9a-f]{7,}\.pf_[a-z]+$/;

/** The raw text inside a `<script>` or `<style>` element, as the browser hashes it. */
const rawText = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The sources of one directive of a policy. */
const sources = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('the _headers file %s', (_name, dir, prefix) => {
  const rules = readHeaders(dir);
  const files = listFiles(dir).filter((file) => file !== '_headers');
  /** The address a host serves a file at. */
  const address = (file: string) => prefix + pagePath(file);

  test('parses, and every rule is below the base path', () => {
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(rule.path.startsWith(prefix), rule.path).toBe(true);
  });

  test('sends the Content-Security-Policy, X-Content-Type-Options and Referrer-Policy with every file', () => {
    for (const file of files) {
      const headers = headersFor(rules, address(file));
      expect(headers['content-security-policy'], file).toMatch(/^default-src 'self'; /);
      expect(headers['x-content-type-options'], file).toBe('nosniff');
      expect(headers['referrer-policy'], file).toBe('strict-origin-when-cross-origin');
    }
  });

  test('gives every file of the build exactly one Cache-Control rule', () => {
    const wrong = files.filter((file) => rulesFor(rules, address(file)).filter((rule) => rule.headers.some(([name]) => name === 'Cache-Control')).length !== 1);
    expect(wrong).toEqual([]);
  });

  test('caches only content-hashed files for a year, and all of Astro’s bundles and Pagefind’s chunks are among them', () => {
    const cachedForAYear = files.filter((file) => headersFor(rules, address(file))['cache-control'] === year);
    expect(cachedForAYear.filter((file) => !hashedName.test(file))).toEqual([]);
    for (const file of files.filter((file) => /^_astro\/|^pagefind\/(fragment|index|filter)\//.test(file))) expect(cachedForAYear, file).toContain(file);
    expect(cachedForAYear.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  test('revalidates pages, data and Pagefind’s files whose names do not change (pagefind.js, worker, entry, wasm)', () => {
    const mustRevalidate = files.filter((file) => file.endsWith('.html') || /^pagefind\/(pagefind(-worker)?\.js|pagefind-entry\.json|wasm\..*)$/.test(file) || /^(rss\.xml|papers\.json|topics\.json|og\.png)$/.test(file));
    expect(mustRevalidate.length).toBeGreaterThan(70);
    for (const file of mustRevalidate) expect(headersFor(rules, address(file))['cache-control'], file).toBe(revalidate);
    expect(headersFor(rules, prefix)['cache-control']).toBe(revalidate);
  });

  test('the policy allows every inline script and style of every page by hash, and nothing unsafe', () => {
    const policy = headersFor(rules, prefix)['content-security-policy'] ?? '';
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    const missing: string[] = [];
    for (const page of readPages(dir)) {
      for (const element of findAll(page.document, (element) => element.tagName === 'script' || element.tagName === 'style')) {
        const type = attr(element, 'type');
        if (element.tagName === 'script' && (attr(element, 'src') !== undefined || type === 'application/ld+json')) continue;
        const directive = element.tagName === 'script' ? 'script-src' : 'style-src';
        if (!sources(policy, directive).includes(sha256(rawText(element)))) missing.push(`${page.file}: <${element.tagName}> ${rawText(element).slice(0, 40)}…`);
      }
    }
    expect(missing).toEqual([]);
    expect(sources(policy, 'script-src').filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
  });

  test('the policy lets Pagefind run: WebAssembly, its worker and its fetches from the site itself', () => {
    const policy = headersFor(rules, prefix)['content-security-policy'] ?? '';
    expect(sources(policy, 'script-src')).toContain("'wasm-unsafe-eval'");
    expect(sources(policy, 'worker-src')).toEqual(["'self'"]);
    expect(sources(policy, 'connect-src')).toEqual(["'self'"]);
  });
});
