/**
 * Areas on the built site: the bundled document built (in global setup) with a fixture taxonomy
 * that declares four areas (tests/fixtures/taxonomies/transfer-learning-areas.yaml), at the root
 * and under /atlas, five papers a page; and the bundled build without areas, which must have none of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areaSchema, type AreaData } from '../../src/schemas/area.ts';
import { papersExportSchema, topicsExportSchema } from '../../src/schemas/export.ts';
import { paperSchema, type PaperData } from '../../src/schemas/paper.ts';
import { topicSchema, type TopicData } from '../../src/schemas/topic.ts';
import { settings } from '../../src/settings.ts';
import { parse as parseYaml } from 'yaml';
import { areasDocument, builtDocumentDir } from '../helpers/build-document.ts';
import { distDir, testBase } from '../helpers/dist.ts';
import { openPagefind, type NodePagefind } from '../helpers/pagefind.ts';
import { attr, by, findAll, readPage, readPages, text, type Element } from './dist-html.ts';
import { walkListing } from './listing-pages.ts';

const root = builtDocumentDir(areasDocument.name);
const based = builtDocumentDir(areasDocument.baseName);
const pageSize = areasDocument.pageSize;
const areas: AreaData[] = areaSchema.array().parse(JSON.parse(readFileSync(join(root.content, 'areas.json'), 'utf8'))).sort((a, b) => a.order - b.order);
const topics: TopicData[] = topicSchema.array().parse(JSON.parse(readFileSync(join(root.content, 'topics.json'), 'utf8'))).sort((a, b) => a.order - b.order);
const papers: PaperData[] = readdirSync(join(root.content, 'papers'))
  .map((file) => paperSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root.content, 'papers', file), 'utf8'))?.[1] ?? '')))
  .sort((a, b) => a.order - b.order);

const sidebarOf = (dir: string, file: string): Element => findAll(readPage(dir, file).document, by('nav', 'id', 'sidebar'))[0]!;
const crumbsOf = (dir: string, file: string) =>
  findAll(findAll(readPage(dir, file).document, by('nav', 'aria-label', 'Breadcrumb'))[0]!, by('li')).map((item) => [text(item).trim(), findAll(item, by('a')).map((a) => attr(a, 'href'))[0]]);
const hrefs = (root: Element) => findAll(root, by('a')).map((a) => attr(a, 'href'));

describe('areas on a site whose taxonomy declares them', () => {
  test('the generated areas are the fixture’s four, each with its topics', () => {
    expect(areas.map((area) => area.id)).toEqual(['distribution-shift', 'adapting-large-models', 'model-reuse', 'language-and-text']);
    for (const area of areas) expect(area.topics, area.id).toEqual(topics.filter((topic) => topic.area === area.id).map((topic) => topic.id));
  });

  test('each area has one page, and there are no others', () => {
    const built = readdirSync(join(root.dist, 'areas'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(built).toEqual(areas.map((area) => area.id).sort());
  });

  test("an area's pages list the papers of all its topics, each once, most about one of them first (as areas.json), five a page", () => {
    for (const area of areas) {
      const expected = papers.filter((paper) => paper.topics.some((id) => area.topics.includes(id))).map((paper) => `/papers/${paper.slug}/`);
      const pages = walkListing(root.dist, '/', `areas/${area.id}/`);
      const listed = pages.flatMap((page) => page.papers);
      expect(listed, area.id).toEqual(area.papers.map((slug) => `/papers/${slug}/`));
      expect(listed.toSorted(), area.id).toEqual(expected.toSorted());
      expect(pages, area.id).toHaveLength(Math.ceil(expected.length / pageSize));
    }
    const largest = walkListing(root.dist, '/', 'areas/adapting-large-models/');
    expect(largest.length).toBeGreaterThan(2);
    expect(largest[1]?.nav?.label).toBe('Pages of Adapting large models');
    expect(largest[1]?.nav?.numbers.find(([, , current]) => current === 'page')?.[1]).toBe('/areas/adapting-large-models/2/');
  });

  test("an area's first page shows its description and its topics with their counts; later pages only its papers", () => {
    for (const area of areas) {
      const main = findAll(readPage(root.dist, `areas/${area.id}/index.html`).document, by('main'))[0]!;
      expect(text(main), area.id).toContain(area.description);
      const items = findAll(main, by('ul', 'data-topic-list')).flatMap((list) => findAll(list, by('li')));
      expect(items.map((item) => hrefs(item)[0]), area.id).toEqual(area.topics.map((id) => `/topics/${id}/`));
      items.forEach((item, index) => expect(text(item)).toContain(`${topics.find((topic) => topic.id === area.topics[index])?.papers.length} paper`));
    }
    const second = findAll(readPage(root.dist, 'areas/adapting-large-models/2/index.html').document, by('main'))[0]!;
    expect(findAll(second, by('ul', 'data-topic-list'))).toEqual([]);
    expect(text(second)).toContain('Fine-tuning, prompting and aligning pretrained models for a task.');
  });

  test('/topics/ groups the topics under their areas, linked to their pages, then the topics in no area with Other last', () => {
    const main = findAll(readPage(root.dist, 'topics/index.html').document, by('main'))[0]!;
    const groups = findAll(main, by('section', 'data-area-group'));
    expect(groups.map((group) => attr(group, 'data-area-group'))).toEqual([...areas.map((area) => area.id), '']);
    areas.forEach((area, index) => {
      const group = groups[index]!;
      expect(hrefs(findAll(group, by('h2'))[0]!)).toEqual([`/areas/${area.id}/`]);
      expect(text(group)).toContain(area.description);
      expect(text(group)).toContain(`${area.papers.length} papers`);
      expect(findAll(group, by('h3')).map((heading) => hrefs(heading)[0])).toEqual(area.topics.map((id) => `/topics/${id}/`));
    });
    const rest = findAll(groups.at(-1)!, by('h3')).map((heading) => hrefs(heading)[0]);
    expect(rest).toEqual(topics.filter((topic) => topic.area === null).map((topic) => `/topics/${topic.id}/`));
    expect(rest.at(-1)).toBe('/topics/other/');
  });

  test('the home page groups its topics too', () => {
    const groups = findAll(readPage(root.dist, 'index.html').document, by('section', 'data-area-group'));
    expect(groups.map((group) => attr(group, 'data-area-group'))).toEqual([...areas.map((area) => area.id), '']);
  });

  test('the sidebar holds each area as a disclosure with its overview and its topics by name, topics in no area after it', () => {
    for (const page of readPages(root.dist)) {
      const sidebar = findAll(page.document, by('nav', 'id', 'sidebar'))[0]!;
      const groups = findAll(sidebar, by('li', 'data-area'));
      expect(groups.map((group) => attr(group, 'data-area')), page.file).toEqual(areas.map((area) => area.id));
      groups.forEach((group, index) => {
        const area = areas[index]!;
        const names = area.topics.map((id) => topics.find((topic) => topic.id === id)!.name);
        expect(findAll(group, by('details')), page.file).toHaveLength(1);
        expect(text(findAll(group, by('summary'))[0]!)).toContain(area.name);
        const links = hrefs(group);
        expect(links[0]).toBe(`/areas/${area.id}/`);
        const byName = [...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare);
        expect(links.slice(1)).toEqual(byName.map((name) => `/topics/${topics.find((topic) => topic.name === name)!.id}/`));
      });
    }
    // Topics in no area are links of the sidebar's list itself, not inside an area.
    const list = findAll(sidebarOf(root.dist, 'index.html'), by('ul', 'data-sidebar-areas'))[0]!;
    const loose = list.childNodes.filter((node): node is Element => 'tagName' in node && node.tagName === 'li' && attr(node, 'data-area') === undefined);
    expect(loose.map((item) => hrefs(item)[0]).sort()).toEqual(topics.filter((topic) => topic.area === null).map((topic) => `/topics/${topic.id}/`).sort());
    expect(hrefs(loose.at(-1)!)).toEqual(['/topics/other/']);
  });

  test('the sidebar opens only the current area and marks the current page in it', () => {
    const open = (file: string) => findAll(sidebarOf(root.dist, file), by('details', 'open')).map((details) => hrefs(details)[0]);
    const current = (file: string) => findAll(sidebarOf(root.dist, file), by('a', 'aria-current')).map((a) => [attr(a, 'href'), attr(a, 'aria-current')]);
    expect(open('topics/index.html')).toEqual([]);
    expect(open('topics/prompt-tuning/index.html')).toEqual(['/areas/adapting-large-models/']);
    expect(current('topics/prompt-tuning/index.html')).toEqual([['/topics/prompt-tuning/', 'page']]);
    expect(open('areas/model-reuse/index.html')).toEqual(['/areas/model-reuse/']);
    expect(current('areas/model-reuse/index.html')).toEqual([['/areas/model-reuse/', 'page']]);
    expect(current('areas/adapting-large-models/2/index.html')).toEqual([['/areas/adapting-large-models/', 'true']]);
    expect(open('topics/diffusion-models/index.html')).toEqual([]);
    const paper = papers.find((candidate) => candidate.topics[0] === 'test-time-adaptation')!;
    expect(open(`papers/${paper.slug}/index.html`)).toEqual(['/areas/distribution-shift/']);
  });

  test('breadcrumbs go Home › Topics › Area › Topic on topic pages and on to the paper on paper pages', () => {
    expect(crumbsOf(root.dist, 'topics/prompt-tuning/index.html')).toEqual([
      ['Home', '/'],
      ['Topics', '/topics/'],
      ['Adapting large models', '/areas/adapting-large-models/'],
      ['Prompt tuning and prompting', undefined],
    ]);
    expect(crumbsOf(root.dist, 'topics/diffusion-models/index.html')).toEqual([['Home', '/'], ['Topics', '/topics/'], ['Diffusion models', undefined]]);
    expect(crumbsOf(root.dist, 'areas/model-reuse/index.html')).toEqual([['Home', '/'], ['Topics', '/topics/'], ['Model reuse', undefined]]);
    const paper = papers.find((candidate) => candidate.topics[0] === 'cross-lingual-transfer')!;
    expect(crumbsOf(root.dist, `papers/${paper.slug}/index.html`).slice(0, 4)).toEqual([
      ['Home', '/'],
      ['Topics', '/topics/'],
      ['Language and text', '/areas/language-and-text/'],
      ['Cross-lingual and multilingual transfer', '/topics/cross-lingual-transfer/'],
    ]);
  });

  test("a paper page names the areas of its topics, main topic's first, each once, as Pagefind's area filter", () => {
    let without = 0;
    for (const paper of papers) {
      const expected = [...new Set(paper.topics.flatMap((id) => topics.find((topic) => topic.id === id)?.area ?? []))].map((id) => areas.find((area) => area.id === id)!.name);
      const body = findAll(readPage(root.dist, `papers/${paper.slug}/index.html`).document, by(undefined, 'data-pagefind-body'))[0]!;
      expect(findAll(body, by('span', 'data-pagefind-filter', 'area')).map((span) => text(span)), paper.slug).toEqual(expected);
      if (expected.length === 0) without++;
    }
    // Papers only in topics of no area exist in the fixture, and they carry no area filter.
    expect(without).toBeGreaterThan(0);
  });

  test('the search page renders an area facet beside the topic facet, with each area’s total', () => {
    const facets = findAll(readPage(root.dist, 'search/index.html').document, by('fieldset', 'data-facet'));
    expect(facets.map((facet) => attr(facet, 'data-facet'))).toEqual(['topic', 'area']);
    const boxes = findAll(facets[1]!, by('input'));
    expect(boxes.map((box) => [attr(box, 'name'), attr(box, 'value'), attr(box, 'data-filter-value'), attr(box, 'data-total')])).toEqual(
      areas.map((area) => ['area', area.id, area.name, String(area.papers.length)]),
    );
  });

  describe('in the search index', () => {
    let search: NodePagefind;
    beforeAll(async () => {
      search = await openPagefind(root.dist);
    });
    afterAll(async () => {
      await search.close();
    });

    test('Pagefind counts each area’s papers and filters by area', async () => {
      const filters = await search.pagefind.filters();
      expect(filters['area']).toEqual(Object.fromEntries(areas.map((area) => [area.name, area.papers.length])));
      const found = await search.pagefind.search(null, { filters: { area: ['Model reuse'] } });
      expect(found?.results.length).toBe(areas.find((area) => area.id === 'model-reuse')?.papers.length);
    });
  });

  test('topics.json lists the areas and each topic’s area; papers.json each paper’s areas', () => {
    const url = (path: string) => new URL(path, settings.site).href;
    const exported = topicsExportSchema.parse(JSON.parse(readFileSync(join(root.dist, 'topics.json'), 'utf8')));
    expect(exported.areas).toEqual(areas.map(({ id, name, description, aliases, topics: members, papers: slugs }) => ({ id, name, description, aliases, url: url(`/areas/${id}/`), topics: members, papers: slugs })));
    expect(exported.topics.map((topic) => [topic.id, topic.area])).toEqual(topics.map((topic) => [topic.id, topic.area]));
    const exportedPapers = papersExportSchema.parse(JSON.parse(readFileSync(join(root.dist, 'papers.json'), 'utf8'))).papers;
    for (const paper of exportedPapers) {
      const expected = [...new Set(paper.topics.flatMap((id) => topics.find((topic) => topic.id === id)?.area ?? []))];
      expect(paper.areas, paper.slug).toEqual(expected);
      for (const id of paper.areas) expect(areas.find((area) => area.id === id)?.papers, paper.slug).toContain(paper.slug);
    }
  });
});

describe('areas in the sitemap', () => {
  test('lists every page of every area, as it lists topic pages', () => {
    const locs = [...readFileSync(join(root.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    for (const area of areas) {
      const pages = walkListing(root.dist, '/', `areas/${area.id}/`).length;
      const expected = Array.from({ length: pages }, (_, index) => new URL(`/areas/${area.id}/${index === 0 ? '' : `${index + 1}/`}`, settings.site).href);
      expect(locs.filter((loc) => loc?.includes(`/areas/${area.id}/`)), area.id).toEqual(expected);
    }
  });
});

describe(`areas under ${testBase}`, () => {
  test('area pages, sidebar, breadcrumbs and topics.json carry the base path', () => {
    const pages = walkListing(based.dist, `${testBase}/`, 'areas/adapting-large-models/');
    expect(pages.flatMap((page) => page.papers)).toEqual(walkListing(root.dist, '/', 'areas/adapting-large-models/').flatMap((page) => page.papers.map((href) => `${testBase}${href}`)));
    const sidebarAreas = findAll(sidebarOf(based.dist, 'index.html'), by('li', 'data-area')).map((group) => hrefs(group)[0]);
    expect(sidebarAreas).toEqual(areas.map((area) => `${testBase}/areas/${area.id}/`));
    expect(crumbsOf(based.dist, 'topics/prompt-tuning/index.html')[2]).toEqual(['Adapting large models', `${testBase}/areas/adapting-large-models/`]);
    const groups = findAll(readPage(based.dist, 'topics/index.html').document, by('section', 'data-area-group'));
    expect(groups.slice(0, -1).map((group) => hrefs(findAll(group, by('h2'))[0]!)[0])).toEqual(areas.map((area) => `${testBase}/areas/${area.id}/`));
    const exported = topicsExportSchema.parse(JSON.parse(readFileSync(join(based.dist, 'topics.json'), 'utf8')));
    expect(exported.areas.map((area) => area.url)).toEqual(areas.map((area) => new URL(`${testBase}/areas/${area.id}/`, settings.site).href));
  });
});

describe('a site whose taxonomy has no areas', () => {
  test('has no area pages, no area groups, filter or facet, and exports empty areas', () => {
    expect(existsSync(join(distDir, 'areas'))).toBe(false);
    for (const page of readPages(distDir)) {
      expect(findAll(page.document, by('li', 'data-area')), page.file).toEqual([]);
      expect(findAll(page.document, by('details')).filter((details) => findAll(details, by('a')).some((a) => attr(a, 'href')?.startsWith('/areas/'))), page.file).toEqual([]);
      expect(findAll(page.document, by(undefined, 'data-area-group')), page.file).toEqual([]);
      expect(findAll(page.document, by(undefined, 'data-pagefind-filter', 'area')), page.file).toEqual([]);
    }
    expect(findAll(readPage(distDir, 'search/index.html').document, by('fieldset', 'data-facet', 'area'))).toEqual([]);
    expect(topicsExportSchema.parse(JSON.parse(readFileSync(join(distDir, 'topics.json'), 'utf8'))).areas).toEqual([]);
    expect(papersExportSchema.parse(JSON.parse(readFileSync(join(distDir, 'papers.json'), 'utf8'))).papers.every((paper) => paper.areas.length === 0)).toBe(true);
  });
});
