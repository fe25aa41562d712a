import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { distLargeDir, largeDocumentSize } from '../helpers/dist.ts';
import { headersFor, readHeaders } from '../publish/read-headers.ts';
import { attr, by, findAll, listFiles, readPage, text } from './dist-html.ts';

/**
 * The map of a collection larger than one map page draws ({@link settings.mapTileSize}): the
 * large build's {@link largeDocumentSize} papers, an overview at /map/ and a page per part.
 */
const allPapers = (JSON.parse(readFileSync(join(distLargeDir, 'papers.json'), 'utf8')) as { papers: { slug: string }[] }).papers;
const partFiles = listFiles(join(distLargeDir, 'map')).filter((file) => file !== 'index.html' && file.endsWith('/index.html')).map((file) => `map/${file}`);
const overview = () => readPage(distLargeDir, 'map/index.html').document;
const svgOf = (file: string) => findAll(readPage(distLargeDir, file).document, by('svg', 'data-map-svg'))[0]!;
const pointsOf = (file: string) => findAll(findAll(svgOf(file), by('g', 'data-map-points'))[0]!, by('a')).map((a) => attr(a, 'href')!);
const partHref = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const gzipped = (file: string) => gzipSync(readFileSync(join(distLargeDir, file)), { level: 9 }).length;

describe(`the map of ${largeDocumentSize} papers, more than the ${settings.mapTileSize} a map page draws`, () => {
  test('is cut into parts', () => {
    expect(largeDocumentSize).toBeGreaterThan(settings.mapTileSize);
    expect(partFiles.length).toBeGreaterThanOrEqual(Math.ceil(largeDocumentSize / settings.mapTileSize));
  });

  test('shows every paper as a point on exactly one part', () => {
    const hrefs = partFiles.flatMap(pointsOf);
    expect(hrefs.toSorted()).toEqual(allPapers.map((paper) => `/papers/${paper.slug}/`).toSorted());
  });

  test('draws no more than the cap on a part', () => {
    for (const file of partFiles) expect(pointsOf(file).length, file).toBeLessThanOrEqual(settings.mapTileSize);
  });

  test('has an overview that links every part, on the map and in a list, and no paper', () => {
    const onMap = pointsOf('map/index.html');
    expect(onMap.toSorted()).toEqual(partFiles.map(partHref).toSorted());
    const listed = findAll(findAll(overview(), by('ol', 'data-map-parts'))[0]!, by('a')).map((a) => attr(a, 'href'));
    expect(listed).toEqual(onMap);
    expect(findAll(svgOf('map/index.html'), by('a')).filter((a) => attr(a, 'href')!.startsWith('/papers/'))).toEqual([]);
  });

  test('colours the overview by topic in density cells the grid bounds, highlightable from the legend', () => {
    const cells = findAll(svgOf('map/index.html'), by('g', 'data-topic'));
    expect(cells.length).toBeGreaterThan(0);
    const dots = cells.flatMap((group) => findAll(group, by('path'))).reduce((sum, path) => sum + (attr(path, 'd')!.match(/h0/g)?.length ?? 0), 0);
    expect(dots).toBeGreaterThan(0);
    expect(dots).toBeLessThanOrEqual(96 * 96);
    const legend = findAll(findAll(overview(), by('ol', 'data-map-legend'))[0]!, by('a', 'data-topic')).map((a) => attr(a, 'data-topic'));
    for (const group of cells) expect(legend).toContain(attr(group, 'data-topic'));
  });

  test('links each part back to the overview and to the parts around it, which link back', () => {
    const around = new Map(
      partFiles.map((file) => {
        const nav = findAll(readPage(distLargeDir, file).document, by('nav', 'aria-labelledby', 'map-around'))[0]!;
        const hrefs = findAll(nav, by('a')).map((a) => attr(a, 'href')!);
        expect(hrefs, file).toContain('/map/');
        return [partHref(file), hrefs.filter((href) => href !== '/map/')];
      }),
    );
    for (const [href, near] of around) {
      expect(near.length, href).toBeGreaterThan(0);
      for (const other of near) expect(around.get(other), `${other} back to ${href}`).toContain(href);
    }
  });

  test('names each part’s picture and keeps the zoom controls and legend', () => {
    for (const file of partFiles) {
      const page = readPage(distLargeDir, file);
      expect(text(findAll(svgOf(file), by('title', 'id', 'map-title'))[0]!), file).toMatch(/^Part \d+ of the map/);
      expect(findAll(page.document, by('div', 'data-map-controls')), file).toHaveLength(1);
      expect(findAll(page.document, by('ol', 'data-map-legend')), file).toHaveLength(1);
    }
  });

  test('has every inline script and style of the map pages allowed by the _headers policy (the parts are hashed by sample)', () => {
    const policy = headersFor(readHeaders(distLargeDir), '/')['content-security-policy'] ?? '';
    const missing = ['map/index.html', ...partFiles].flatMap((file) =>
      findAll(readPage(distLargeDir, file).document, (element) => (element.tagName === 'script' && attr(element, 'src') === undefined) || element.tagName === 'style').flatMap((element) => {
        const raw = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        const hash = `'sha256-${createHash('sha256').update(raw).digest('base64')}'`;
        return policy.includes(hash) ? [] : [`${file}: <${element.tagName}> ${raw.slice(0, 40)}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  test('keeps the overview and every part under 100 KB gzipped', () => {
    const sizes = ['map/index.html', ...partFiles].map((file) => ({ file, gzip: gzipped(file) }));
    console.info('map pages, gzipped bytes:', sizes.map(({ file, gzip }) => `${file} ${gzip}`).join(', '));
    expect(sizes.filter(({ gzip }) => gzip > 100 * 1024)).toEqual([]);
  });
});
