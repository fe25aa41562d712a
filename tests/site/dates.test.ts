import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { papersExportSchema } from '../../src/schemas/export.ts';
import { settings } from '../../src/settings.ts';
import { distBaseDir, distDir, listingsBaseDir, listingsDir, testBase } from '../helpers/dist.ts';
import { attr, by, findAll, pagePath, readPage, readPages, text } from './dist-html.ts';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' || name === 'url' });
const readJson = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const fixtureTitles = [
  'Sparse Adapters for Low-Resource Speech Recognition',
  'Learning Contact Mechanics from Sparse Sensor Data',
  'Predicting Sepsis Onset from Routine Clinical Notes',
  'Citation Graphs for Statutory Interpretation',
  'Calibrated Uncertainty for Protein Structure Prediction',
  'Graph Priors for Galaxy Morphology Classification',
  'Energy-Based Models of Soil Moisture',
];

describe.each([
  ['at the root', listingsDir, '/'],
  [`under ${testBase}`, listingsBaseDir, `${testBase}/`],
])('a site built from daily listings %s', (_name, dir, prefix) => {
  const data = papersExportSchema.parse(readJson(dir, 'papers.json'));
  const bySlug = new Map(data.papers.map((paper) => [paper.slug, paper]));
  const slugOf = (title: string) => data.papers.find((paper) => paper.title === title)?.slug ?? '';
  const link = (path: string) => `${prefix}${path}`;
  const links = (file: string) => findAll(readPage(dir, file).document, by('a', 'href')).map((a) => attr(a, 'href'));

  test('papers.json lists every paper once, dated by its first listing, and matches its schema', () => {
    expect(data.paperCount).toBe(69 + 7);
    expect(new Set(data.papers.map((paper) => paper.title.toLowerCase())).size).toBe(data.paperCount);
    const listed = Object.fromEntries(data.papers.filter((paper) => fixtureTitles.includes(paper.title)).map((paper) => [paper.title, paper.listed]));
    expect(listed).toEqual({
      [fixtureTitles[0]!]: '2024-03-12',
      [fixtureTitles[1]!]: '2024-03-12',
      [fixtureTitles[2]!]: '2024-03-12',
      [fixtureTitles[3]!]: '2024-03-12',
      [fixtureTitles[4]!]: '2024-03-13',
      [fixtureTitles[5]!]: '2024-03-14',
      [fixtureTitles[6]!]: '2024-03-14',
    });
    expect(data.papers.filter((paper) => paper.listed === '2024-03-14')).toHaveLength(69 + 2);
  });

  test('a repeated paper keeps the address of its first title and the later abstract', () => {
    expect(slugOf(fixtureTitles[0]!)).toBe('sparse-adapters-for-low-resource-speech-recognition');
    expect(bySlug.get(slugOf(fixtureTitles[2]!))?.abstract).toContain('from three hospitals');
  });

  test('/dates/ lists the days newest first, grouped by month, with counts', () => {
    const page = readPage(dir, 'dates/index.html');
    const main = findAll(page.document, by('main'))[0]!;
    expect(findAll(main, by('h2')).map(text)).toEqual(['March 2024 (76)']);
    expect(findAll(findAll(main, by('ul', 'class', 'days'))[0]!, by('li')).map(text)).toEqual(['14 March 2024 71 papers', '13 March 2024 1 paper', '12 March 2024 4 papers']);
    expect(links('dates/index.html')).toEqual(expect.arrayContaining([link('dates/2024-03-14/'), link('dates/2024-03-13/'), link('dates/2024-03-12/')]));
  });

  test('a day page lists its papers in document order, and a long day is paginated', () => {
    const day12 = findAll(readPage(dir, 'dates/2024-03-12/index.html').document, by('main'))[0]!;
    expect(findAll(day12, by('h2')).map(text)).toEqual(fixtureTitles.slice(0, 4));
    const first = readPage(dir, 'dates/2024-03-14/index.html');
    const second = readPage(dir, 'dates/2024-03-14/2/index.html');
    const titles = [first, second].flatMap((page) => findAll(findAll(page.document, by('main'))[0]!, by('h2')).map(text));
    expect(titles).toEqual(data.papers.filter((paper) => paper.listed === '2024-03-14').map((paper) => paper.title));
    expect(findAll(first.document, by('a', 'rel', 'next')).map((a) => attr(a, 'href'))).toEqual([link('dates/2024-03-14/2/')]);
    expect(findAll(second.document, by('a', 'rel', 'prev')).map((a) => attr(a, 'href'))).toEqual([link('dates/2024-03-14/')]);
  });

  test('a paper page says when it was listed, links to its day and carries the month filter', () => {
    const slug = slugOf(fixtureTitles[1]!);
    const page = readPage(dir, `papers/${slug}/index.html`);
    const listed = findAll(page.document, by('p', 'data-pagefind-filter', 'month:2024-03'));
    expect(listed.map(text)).toEqual(['Listed 12 March 2024']);
    expect(findAll(listed[0]!, by('a')).map((a) => attr(a, 'href'))).toEqual([link('dates/2024-03-12/')]);
    const jsonLd = JSON.parse(text(findAll(page.document, by('script', 'type', 'application/ld+json'))[0]!)) as Record<string, unknown>;
    expect(jsonLd['datePublished']).toBe('2024-03-12');
  });

  test('previous and next stay within the day, in document order', () => {
    const rels = (title: string) => {
      const page = readPage(dir, `papers/${slugOf(title)}/index.html`);
      return ['prev', 'next'].map((rel) => findAll(page.document, by('a', 'rel', rel)).map((a) => attr(a, 'href'))[0]);
    };
    expect(rels(fixtureTitles[0]!)).toEqual([undefined, link(`papers/${slugOf(fixtureTitles[1]!)}/`)]);
    expect(rels(fixtureTitles[3]!)).toEqual([link(`papers/${slugOf(fixtureTitles[2]!)}/`), undefined]);
    expect(rels(fixtureTitles[4]!)).toEqual([undefined, undefined]);
  });

  test('the home page shows the latest day first, linking to it and to all days', () => {
    const page = readPage(dir, 'index.html');
    const headings = findAll(findAll(page.document, by('main'))[0]!, by('h2')).map(text);
    expect(headings[0]).toBe('Latest: 14 March 2024');
    expect(links('index.html')).toEqual(expect.arrayContaining([link('dates/2024-03-14/'), link('dates/')]));
  });

  test('the feed is newest first with an RFC 822 pubDate on every dated item', () => {
    const items = (parser.parse(readFileSync(join(dir, 'rss.xml'), 'utf8')) as { rss: { channel: { item: { link: string; pubDate?: string }[] } } }).rss.channel.item;
    expect(items).toHaveLength(data.paperCount);
    const dates = items.map((item) => new Date(item.pubDate ?? '').toISOString().slice(0, 10));
    expect(dates).toEqual(dates.toSorted().reverse());
    for (const item of items) expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
    const sepsis = items.find((item) => item.link === new URL(link(`papers/${slugOf(fixtureTitles[2]!)}/`), settings.site).href);
    expect(sepsis?.pubDate).toBe('Tue, 12 Mar 2024 00:00:00 GMT');
  });

  test('the sitemap gives lastmod for papers, days, home and /dates/', () => {
    const urls = (parser.parse(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    const lastmod = new Map(urls.map((url) => [url.loc, url.lastmod]));
    const at = (path: string) => lastmod.get(new URL(link(path), settings.site).href);
    expect(at('')).toBe('2024-03-14T00:00:00.000Z');
    expect(at('dates/')).toBe('2024-03-14T00:00:00.000Z');
    expect(at('dates/2024-03-13/')).toBe('2024-03-13T00:00:00.000Z');
    expect(at(`papers/${slugOf(fixtureTitles[3]!)}/`)).toBe('2024-03-12T00:00:00.000Z');
    expect(at('topics/')).toBeUndefined();
  });

  test('every link to a date page leads to a built page', () => {
    for (const page of readPages(dir)) {
      for (const href of findAll(page.document, by('a', 'href')).map((a) => attr(a, 'href')!)) {
        if (!href.startsWith(link('dates/'))) continue;
        expect(existsSync(join(dir, href.slice(prefix.length), 'index.html')), `${pagePath(page.file)} → ${href}`).toBe(true);
      }
    }
  });
});

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('a site without dates %s', (_name, dir, prefix) => {
  test('has no date pages and no link to them', () => {
    expect(existsSync(join(dir, 'dates'))).toBe(false);
    for (const page of readPages(dir)) {
      expect(findAll(page.document, by('a', 'href')).filter((a) => attr(a, 'href')!.startsWith(`${prefix}dates/`)), page.file).toEqual([]);
    }
  });

  test('papers.json says listed: null and the feed has no pubDate', () => {
    expect(papersExportSchema.parse(readJson(dir, 'papers.json')).papers.every((paper) => paper.listed === null)).toBe(true);
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).not.toContain('<pubDate>');
  });
});
