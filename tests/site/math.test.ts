import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import { splitTex } from '../../src/utils/math/split-tex.ts';
import { builtDocumentDir, searchTitlesDocument } from '../helpers/build-document.ts';
import { attr, by, findAll, readPage, readPages, text, type Page } from './dist-html.ts';

// Built by tests/global-setup.ts: ICLR 2020, the hostile search titles and tests/fixtures/documents/math.txt.
const dist = builtDocumentDir(searchTitlesDocument.name).dist;
const paper = (slug: string) => readPage(dist, `papers/${slug}/index.html`);
const music = 'music-machines-textit-autonomous-composition-with-emph-disambiguating-scores';

/** The text a reader sees in a page's body: no `<head>`, scripts, styles, or the TeX annotations of formulas. */
function shownText(page: Page): string {
  const visit = (node: DefaultTreeAdapterTypes.Node): string => {
    if ('tagName' in node && ['script', 'style', 'annotation', 'template'].includes(node.tagName)) return '';
    if (node.nodeName === '#text' && 'value' in node) return node.value;
    return 'childNodes' in node ? node.childNodes.map(visit).join('') : '';
  };
  const body = findAll(page.document, by('body'))[0];
  return body ? visit(body) : '';
}
/** The formulas left as source in the text a reader sees, outside code (a formula Temml could not read is shown as code on purpose). */
const rawFormulas = (page: Page) => {
  const withoutCode = findAll(page.document, by('code')).reduce((shown, code) => shown.replace(text(code), ' '), shownText(page));
  return splitTex(withoutCode).filter((part) => part.type === 'math');
};
const linksMathStyles = (page: Page) => findAll(page.document, (element) => element.tagName === 'link' && /\/math\.[\w-]+\.css$/.test(attr(element, 'href') ?? '')).length;

describe('math in the built site', () => {
  test('renders a formula as MathML, with its TeX kept for search, and leaves no dollar of it in the page', () => {
    const page = paper(music);
    const abstract = findAll(page.document, by('section', 'class', 'abstract'))[0];
    const annotations = findAll(abstract!, by('annotation')).map(text);
    expect(annotations).toEqual(['\\textit{autonomous music-making systems}', 'O(m^2)', 'm', '\\ell_2', '\\sum_{i=1}^{m} \\text{zymurgical}(x_i)']);
    expect(findAll(abstract!, by('math', 'display', 'block'))).toHaveLength(1);
    expect(text(abstract!)).not.toContain('$');
  });

  test('sets \\emph, \\textbf and \\texttt as emphasis, strong and code', () => {
    const page = paper(music);
    const abstract = findAll(page.document, by('section', 'class', 'abstract'))[0]!;
    expect(findAll(abstract, by('em')).map(text)).toEqual(['disambiguating']);
    expect(findAll(abstract, by('strong')).map(text)).toEqual(['every']);
    expect(findAll(abstract, by('code')).map(text)).toEqual(['MusicXML']);
    expect(shownText(page)).not.toMatch(/\\(emph|textbf|texttt|textit)\b/);
  });

  test('renders a title with TeX in the heading and says it in plain text where no markup goes', () => {
    const page = paper(music);
    const h1 = findAll(page.document, by('h1'))[0]!;
    expect(findAll(h1, by('em')).map(text)).toEqual(['Disambiguating']);
    expect(findAll(h1, by('annotation')).map(text)).toEqual(['\\textit{Autonomous}']);
    const plain = 'Music Machines: Autonomous Composition with Disambiguating Scores';
    expect(text(findAll(page.document, by('title'))[0]!)).toBe(`${plain} · Paper Atlas`);
    expect(attr(findAll(page.document, by('meta', 'property', 'og:title'))[0]!, 'content')).toBe(plain);
    expect(attr(h1, 'data-shown-title')).toBe(plain);
    expect(attr(h1, 'data-title')).toBe('Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores');
  });

  test('leaves every dollar of prices as the text wrote it', () => {
    const page = paper('budgets-of-research-labs-in-dollars');
    const shown = shownText(page);
    for (const price of ['costs $5 and $10 per sample', 'spends $5M a year', 'reaches US$ 3 billion', '$20,000 and $30,000', 'a range of $5-$10M']) expect(shown).toContain(price);
    expect(findAll(findAll(page.document, by('section', 'class', 'abstract'))[0]!, by('math'))).toEqual([]);
  });

  test('shows a formula Temml cannot read as its source, in code', () => {
    const abstract = findAll(paper('broken-formulas-stay-readable').document, by('section', 'class', 'abstract'))[0]!;
    expect(findAll(abstract, by('code')).map(text)).toEqual(['$\\frac{1}{$', '$\\undefinedmacro x$']);
    expect(findAll(abstract, by('annotation')).map(text)).toEqual(['x^2']);
  });

  test('injects nothing from a hostile formula', () => {
    const page = paper('hostile-formulas-inject-nothing');
    const article = findAll(page.document, by('section', 'class', 'abstract'))[0]!;
    expect(findAll(article, (element) => ['script', 'img', 'a', 'style'].includes(element.tagName))).toEqual([]);
    for (const element of findAll(article, () => true)) {
      for (const { name, value } of element.attrs) expect(`${name}=${value}`).not.toMatch(/^(href|src|style|on\w+)=|javascript:|evil/);
    }
    expect(findAll(article, by('code')).map(text)).toContain('$\\href{javascript:alert(1)}{x}$');
    expect(findAll(article, by('annotation')).map(text)).toEqual(['<script>alert(1)</script>']);
    expect(text(article)).toContain('{alert(6)} stay text');
  });

  test('no page of ICLR 2020 shows a formula or a text command as TeX source, and only pages with math link its styles', () => {
    const pages = readPages(dist);
    const withMath = pages.filter((page) => page.html.includes('<math'));
    expect(withMath.length).toBeGreaterThan(80);
    const raw = pages.flatMap((page) => rawFormulas(page).map((part) => `${page.file}: ${part.type === 'math' ? part.tex : ''}`));
    expect(raw).toEqual([]);
    expect(pages.filter((page) => /\\(emph|textit|textbf|texttt)\{|\{\\(em|it|bf) /.test(shownText(page))).map((page) => page.file)).toEqual([]);
    expect(pages.filter((page) => linksMathStyles(page) !== (page.html.includes('<math') ? 1 : 0)).map((page) => page.file)).toEqual([]);
    // The one ICLR formula Temml cannot read (`$O(1/\log T}$`, a brace for a parenthesis) is shown as code.
    const broken = pages.flatMap((page) => findAll(page.document, by('code')).map(text).filter((code) => /^\$.*\$$/.test(code)));
    expect(broken.filter((code) => code === '$O(1/\\log T}$')).toHaveLength(1);
  });

  test('keeps listings readable: a title with math is rendered there and the page links the math styles before it', () => {
    const listing = readPages(dist).find((page) => /^papers\/(\d+\/)?index\.html$/.test(page.file) && page.html.includes('<math'));
    expect(listing).toBeDefined();
    const html = listing!.html;
    expect(html.indexOf('/math.')).toBeLessThan(html.indexOf('<math'));
    expect(html.indexOf('/math.')).toBeGreaterThan(html.indexOf('<body'));
  });

  test('keeps formulas out of the data: the feed and papers.json give the source', () => {
    const papers = JSON.parse(readFileSync(join(dist, 'papers.json'), 'utf8')) as { papers: { title: string; abstract: string }[] };
    const entry = papers.papers.find((item) => item.title.startsWith('Music Machines'));
    expect(entry?.title).toBe('Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores');
    expect(entry?.abstract).toContain('runs in $O(m^2)$ time');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<title>Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores</title>');
  });
});
