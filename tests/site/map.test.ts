import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { readPapers, readTopics } from './content.ts';
import { attr, by, findAll, readPage, text, type Element } from './dist-html.ts';

const papers = readPapers();
const topics = readTopics();
const mapPage = () => readPage(distDir, 'map/index.html').document;
const mapSvg = () => findAll(mapPage(), by('svg', 'data-map-svg'))[0]!;
const points = () => findAll(findAll(mapSvg(), by('g', 'data-map-points'))[0]!, by('a'));
const previews = (file: string) => findAll(readPage(distDir, file).document, (element) => element.tagName === 'a' && (attr(element, 'class') ?? '').includes('map-preview'));
const childText = (element: Element, tagName: string) => findAll(element, by(tagName)).map(text)[0];

describe('the map page', () => {
  test('has exactly one point per paper', () => {
    const hrefs = points().map((point) => attr(point, 'href'));
    expect(hrefs.toSorted()).toEqual(papers.map((paper) => `/papers/${paper.slug}/`).toSorted());
  });

  test('names each point with its paper title', () => {
    const titleBySlug = new Map(papers.map((paper) => [`/papers/${paper.slug}/`, paper.title]));
    for (const point of points()) expect(childText(point, 'title')).toBe(titleBySlug.get(attr(point, 'href')!));
  });

  test('links every point to a built page', () => {
    const missing = points()
      .map((point) => attr(point, 'href')!)
      .filter((href) => !existsSync(join(distDir, href, 'index.html')));
    expect(missing).toEqual([]);
  });

  test('gives the SVG a title and a description it is labelled and described by', () => {
    const svg = mapSvg();
    const title = findAll(svg, by('title', 'id', attr(svg, 'aria-labelledby')))[0];
    const desc = findAll(svg, by('desc', 'id', attr(svg, 'aria-describedby')))[0];
    expect(text(title!)).toContain(`${papers.length} papers`);
    expect(text(desc!).length).toBeGreaterThan(40);
  });

  test('groups points by main topic, each group named after its topic', () => {
    const groups = findAll(mapSvg(), by('g', 'data-topic'));
    const nameOf = new Map(topics.map((topic) => [topic.id, topic.name]));
    for (const group of groups) {
      expect(attr(group, 'aria-label')).toBe(nameOf.get(attr(group, 'data-topic')!));
      const slugs = findAll(group, by('a')).map((a) => attr(a, 'href')!.split('/')[2]);
      for (const slug of slugs) expect(papers.find((paper) => paper.slug === slug)?.topics[0]).toBe(attr(group, 'data-topic'));
    }
  });

  test('labels each topic on the map and in a legend that links its page', () => {
    const shown = new Set(papers.map((paper) => paper.topics[0]));
    const expected = topics.filter((topic) => shown.has(topic.id));
    const labels = findAll(mapSvg(), by('text', 'data-label')).map((label) => attr(label, 'data-label'));
    expect(labels.toSorted()).toEqual(expected.map((topic) => topic.id).toSorted());
    const legend = findAll(findAll(mapPage(), by('ol', 'data-map-legend'))[0]!, by('a'));
    expect(legend.map((a) => attr(a, 'href'))).toEqual(expected.map((topic) => `/topics/${topic.id}/`));
    expect(legend.map(text).map((entry) => entry.replace(/\s*\d+$/, ''))).toEqual(expected.map((topic) => topic.name));
  });

  test('links the plain lists of papers', () => {
    const hrefs = findAll(findAll(mapPage(), by('main'))[0]!, by('a')).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/papers/');
    expect(hrefs).toContain('/topics/');
  });

  test('gives every point the same few attributes, with no inline styles or scope attributes', () => {
    for (const point of points()) {
      expect(point.attrs.map((attribute) => attribute.name)).toEqual(['href']);
      const use = findAll(point, by('use'))[0]!;
      expect(use.attrs.map((attribute) => attribute.name).toSorted()).toEqual(['href', 'x', 'y']);
    }
  });

  test('is linked from the sidebar of every kind of page', () => {
    for (const file of ['index.html', 'map/index.html', `papers/${papers[0]!.slug}/index.html`]) {
      const sidebar = findAll(readPage(distDir, file).document, by('nav', 'id', 'sidebar'))[0]!;
      expect(findAll(sidebar, by('a', 'href', '/map/')), file).toHaveLength(1);
    }
  });
});

describe('small maps', () => {
  test('the home page shows one, linking to the full map', () => {
    const found = previews('index.html');
    expect(found).toHaveLength(1);
    expect(attr(found[0]!, 'href')).toBe('/map/');
    expect(text(found[0]!)).toContain('map');
  });

  test('each topic page shows one with its papers highlighted, linking to the map with the topic picked', () => {
    for (const topic of topics) {
      const found = previews(`topics/${topic.id}/index.html`);
      expect(found, topic.id).toHaveLength(1);
      expect(attr(found[0]!, 'href'), topic.id).toBe(`/map/?topic=${topic.id}`);
      expect(findAll(found[0]!, by('path')).length, topic.id).toBe(2);
    }
  });

  test('are decorative pictures with no links inside and a text name outside', () => {
    for (const file of ['index.html', `topics/${topics[0]!.id}/index.html`]) {
      const [preview] = previews(file);
      const svg = findAll(preview!, by('svg'))[0]!;
      expect(attr(svg, 'aria-hidden'), file).toBe('true');
      expect(findAll(svg, by('a')), file).toEqual([]);
      expect(text(preview!).length, file).toBeGreaterThan(5);
    }
  });

  test('paper pages carry no map', () => {
    for (const paper of papers) {
      const page = readPage(distDir, `papers/${paper.slug}/index.html`);
      expect(previews(page.file), paper.slug).toEqual([]);
      expect(page.html.includes('data-atlas-map') || page.html.includes('data-map-svg'), paper.slug).toBe(false);
    }
  });
});

describe(`the map under ${testBase}`, () => {
  test('links points, legend and small maps with the base path', () => {
    const svg = findAll(readPage(distBaseDir, 'map/index.html').document, by('svg', 'data-map-svg'))[0]!;
    const hrefs = findAll(svg, by('a')).map((a) => attr(a, 'href') ?? '');
    expect(hrefs).toHaveLength(papers.length);
    for (const href of hrefs) expect(href.startsWith(`${testBase}/papers/`)).toBe(true);
    const [preview] = findAll(readPage(distBaseDir, 'index.html').document, (element) => (attr(element, 'class') ?? '').includes('map-preview'));
    expect(attr(preview!, 'href')).toBe(`${testBase}/map/`);
  });
});
