import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { papersExportSchema } from '../../src/schemas/export.ts';
import { formatsBaseDir, formatsDir, testBase } from '../helpers/dist.ts';
import { openPagefind, type NodePagefind } from '../helpers/pagefind.ts';
import { attr, by, findAll, readPage, readPages, text } from './dist-html.ts';

const mobius = 'moebius-transformations-for-graph-neural-networks';
const hostile = 'import-x-from-y-script-alert-1-script-export-const-a-1';
const clinical = 'clinical-language-models-for-discharge-summaries-a-multicentre-evaluation-across';

describe.each([
  ['at the root', formatsDir, '/'],
  [`under ${testBase}`, formatsBaseDir, `${testBase}/`],
])('a site built from exports of every format %s', (_name, dir, prefix) => {
  const page = (path: string) => readPage(dir, `${path}index.html`).document;
  const hrefs = (path: string) => findAll(page(path), by('a', 'href')).map((a) => attr(a, 'href') ?? '');
  const data = papersExportSchema.parse(JSON.parse(readFileSync(join(dir, 'papers.json'), 'utf8')));

  test('the same paper from BibTeX and RIS (DOI), CSL JSON and MEDLINE (DOI), RIS, CSL JSON and a plain document (title) has one page', () => {
    expect(data.paperCount).toBe(10);
    expect(data.papers.filter((paper) => paper.title.toLowerCase().startsWith('federated distillation'))).toHaveLength(1);
    expect(data.papers.filter((paper) => /^möbius/i.test(paper.title))).toHaveLength(1);
  });

  test('a paper page shows its authors in order, each linked to their page, venue, month and year, DOI, URL, type and keywords', () => {
    const doc = page(`papers/${mobius}/`);
    const authors = findAll(doc, by('p', 'class', 'authors'))[0]!;
    expect(findAll(authors, by('a')).map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['Jörg Müller', `${prefix}authors/joerg-mueller/`],
      ['Anne Smith', `${prefix}authors/anne-smith/`],
      ['Piet van der Berg', `${prefix}authors/piet-van-der-berg/`],
    ]);
    const rows = findAll(findAll(doc, by('dl', 'class', 'source'))[0]!, by('div')).map((row) => [text(findAll(row, by('dt'))[0]!), text(findAll(row, by('a'))[0] ?? findAll(row, by('dd'))[0]!)]);
    expect(rows).toEqual([
      ['Venue', 'Nature Communications'],
      ['Published', 'March 2021'],
      ['DOI', '10.1038/s41467-021-00001-x'],
      ['URL', 'www.nature.com'],
      ['Type', 'Journal article'],
    ]);
    expect(hrefs(`papers/${mobius}/`)).toContain('https://doi.org/10.1038/s41467-021-00001-x');
    expect(hrefs(`papers/${mobius}/`)).toContain('https://www.nature.com/articles/s41467-021-00001-x');
    expect(text(findAll(doc, by('p', 'class', 'paper-keywords'))[0]!)).toBe('Keywords graph neural networks · hyperbolic geometry');
  });

  test('fields from Web of Science and from CSL JSON filled in by MEDLINE reach their pages', () => {
    const rows = (slug: string) =>
      findAll(findAll(page(`papers/${slug}/`), by('dl', 'class', 'source'))[0]!, by('div')).map((row) => [text(findAll(row, by('dt'))[0]!), text(findAll(row, by('a'))[0] ?? findAll(row, by('dd'))[0]!)]);
    const wos = 'contrastive-pretraining-for-satellite-images-under-cloud-cover-with-temporal';
    expect(rows(wos)).toEqual([
      // In capitals in the export, in title case on the page.
      ['Venue', 'Remote Sensing of Environment'],
      ['Published', 'March 2022'],
      ['DOI', '10.1016/j.rse.2022.112850'],
      ['Type', 'Journal article'],
    ]);
    // Keywords Plus apart from the authors' keywords, and not in capitals.
    expect(text(findAll(page(`papers/${wos}/`), by('p', 'class', 'paper-keywords'))[0]!)).toBe('Keywords self-supervised learning · remote sensing · cloud removal');
    expect(text(findAll(page(`papers/${wos}/`), by('p', 'class', 'paper-keywords index-terms'))[0]!)).toBe('Index terms representation');
    // The CSL JSON record came first; MEDLINE added the PubMed address it lacked.
    expect(hrefs('papers/sparse-mixtures-of-experts-for-protein-folding/')).toContain('https://pubmed.ncbi.nlm.nih.gov/38000001/');
    expect(text(findAll(page('papers/sparse-mixtures-of-experts-for-protein-folding/'), by('p', 'class', 'authors'))[0]!)).toBe('Authors: Anna Kowalski, Hiro Ito');
  });

  test('a paper without an abstract gets a page that says so, and an empty abstract in papers.json', () => {
    expect(text(findAll(page(`papers/${clinical}/`), by('p', 'class', 'no-abstract'))[0]!)).toMatch(/^No abstract/);
    expect(data.papers.find((paper) => paper.slug === clinical)?.abstract).toBe('');
  });

  test('the cite box and cite.bib carry the same BibTeX, keyed by the export’s key', () => {
    const bib = readFileSync(join(dir, `papers/${mobius}/cite.bib`), 'utf8');
    expect(bib.startsWith('@article{muller_mobius_2021,')).toBe(true);
    expect(text(findAll(page(`papers/${mobius}/`), by('pre', 'id', 'cite-bibtex-text'))[0]!)).toBe(bib.trim().replace(/\s+/g, ' '));
    expect(text(findAll(page(`papers/${mobius}/`), by('p', 'id', 'cite-apa-text'))[0]!)).toMatch(/^Müller, J\., Smith, A\., & van der Berg, P\. \(2021\)\. Möbius Transformations/);
    expect(hrefs(`papers/${mobius}/`)).toContain(`${prefix}papers/${mobius}/cite.bib`);
    // Every paper has its file, next to its page (copied after the build, not rendered).
    for (const paper of data.papers) expect(readFileSync(join(dir, `papers/${paper.slug}/cite.bib`), 'utf8'), paper.slug).toMatch(/^@\w+\{[^,\s]+,\n/);
  });

  test('an author page lists their papers; /authors/ lists every author by surname with counts', () => {
    expect(findAll(page('authors/joerg-mueller/'), by('ol', 'data-paper-list'))[0]!.childNodes.filter((node) => node.nodeName === 'li')).toHaveLength(2);
    const index = findAll(page('authors/'), by('ul', 'class', 'authors')).flatMap((list) => findAll(list, by('li')).map(text));
    // By surname as written, particles included (`van der Berg` under V); accents and punctuation ignored.
    expect(index.slice(0, 3)).toEqual(['</a> 1', 'María García 1', 'Hiro Ito 1']);
    expect(index.at(-2)).toBe('Piet van der Berg 1');
    expect(index).toContain('Jörg Müller 2');
  });

  test('listings show Authors · Venue · Year', () => {
    const bylines = findAll(page('papers/'), by('p', 'class', 'byline')).map(text);
    expect(bylines).toContain('Jörg Müller, Anne Smith, Piet van der Berg · Nature Communications · 2021');
    expect(bylines).toContain('María García, Jörg Müller · Proceedings of the 36th International Conference on Machine Learning · 2019');
  });

  test('/venues/ and /years/ link each value to its papers in search', () => {
    expect(hrefs('venues/')).toContain(`${prefix}search/?venue=Nature+Communications`);
    expect(hrefs('years/')).toContain(`${prefix}search/?year=2021`);
    expect(hrefs('papers/')).toEqual(expect.arrayContaining([`${prefix}authors/`, `${prefix}venues/`, `${prefix}years/`]));
    expect(hrefs('')).toEqual(expect.arrayContaining([`${prefix}authors/`, `${prefix}venues/`, `${prefix}years/`]));
  });

  test('a hostile entry stays text: no markup from the export, no link that is not http(s)', () => {
    const { html, document } = readPage(dir, `papers/${hostile}/index.html`);
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(text(findAll(document, by('h1'))[0]!)).toBe("import x from 'y' { <script>alert(1)</script> ` export const a = 1");
    expect(findAll(findAll(document, by('p', 'class', 'authors'))[0]!, by('a')).map(text)).toEqual(['</a>', "<b>Bold</b> O'Brien"]);
    expect(hrefs(`papers/${hostile}/`).filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(hrefs(`papers/${hostile}/`)).toContain('https://doi.org/10.1000/%3Cscript%3E%22x%22');
  });

  test('every internal link of every page resolves to a built file', () => {
    for (const built of readPages(dir)) {
      for (const a of findAll(built.document, by('a', 'href'))) {
        const href = attr(a, 'href') ?? '';
        if (!href.startsWith(prefix) || href.includes('?')) continue;
        const path = href.slice(prefix.length).split('#')[0] ?? '';
        expect(existsSync(join(dir, path.endsWith('/') || path === '' ? `${path}index.html` : path)), `${built.file} links ${href}`).toBe(true);
      }
    }
  });
});

describe('search over exports', () => {
  let search: NodePagefind;
  beforeAll(async () => {
    search = await openPagefind(formatsDir);
  });
  afterAll(async () => {
    await search?.close();
  });

  test('year and venue are filters beside topic', async () => {
    const filters = await search.pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['topic', 'venue', 'year']);
    expect(filters['year']).toEqual({ '2019': 1, '2020': 1, '2021': 2, '2022': 2, '2023': 2, '2024': 1 });
    expect(filters['venue']?.['Nature Communications']).toBe(1);
  });

  test('authors and keywords are indexed, and results carry the byline', async () => {
    const byAuthor = await search.pagefind.search('Kowalski');
    expect(byAuthor?.results).toHaveLength(1);
    const hit = await byAuthor!.results[0]!.data();
    expect(hit.meta['byline']).toBe('Anna Kowalski, Hiro Ito · Bioinformatics · 2024');
    expect((await search.pagefind.search('hyperbolic geometry'))?.results.length).toBeGreaterThan(0);
  });
});
