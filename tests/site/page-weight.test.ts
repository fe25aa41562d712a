import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { readPapers } from './content.ts';
import { attr, by, findAll, readPage, text } from './dist-html.ts';

const papers = readPapers();
const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** Gzipped bytes of a page's HTML, its external stylesheets and its JavaScript (inline and external). */
function weigh(file: string) {
  const page = readPage(distDir, file);
  const local = (href: string) => readFileSync(join(distDir, href.replace(/^\//, '')));
  const css = findAll(page.document, by('link', 'rel', 'stylesheet')).map((link) => gzipped(local(attr(link, 'href')!)));
  const scripts = findAll(page.document, by('script')).filter((script) => attr(script, 'type') !== 'application/ld+json');
  const externalJs = scripts.flatMap((script) => (attr(script, 'src') ? [gzipped(local(attr(script, 'src')!))] : []));
  const inlineJs = scripts.filter((script) => !attr(script, 'src')).map((script) => text(script));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    html: gzipped(page.html),
    css: sum(css),
    externalJs: sum(externalJs),
    inlineJs: gzipped(inlineJs.join('\n')),
  };
}

describe('page weight', () => {
  test('a paper page weighs under 20 KB gzipped, HTML and CSS together', () => {
    const longest = papers.reduce((a, b) => (b.wordCount > a.wordCount ? b : a));
    const weight = weigh(`papers/${longest.slug}/index.html`);
    console.info(`paper page (${longest.slug}), gzipped bytes:`, weight);
    expect(weight.html + weight.css).toBeLessThan(20 * 1024);
  });

  test('a reading page loads no script files and under 2 KB of inline script', () => {
    for (const file of ['index.html', 'topics/index.html', `papers/${papers[0]!.slug}/index.html`]) {
      const weight = weigh(file);
      expect(weight.externalJs, file).toBe(0);
      expect(weight.inlineJs, file).toBeLessThan(2 * 1024);
    }
  });
});
