import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { readPapers, readTopics } from './content.ts';
import { attr, by, findAll, readPage, readPages, text } from './dist-html.ts';
import { walkListing } from './listing-pages.ts';

const topics = readTopics();
const papers = readPapers();

describe('topic pages', () => {
  test('each topic has exactly one page', () => {
    const built = readdirSync(join(distDir, 'topics'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(built).toEqual(topics.map((topic) => topic.id).sort());
  });

  test("each topic's pages list exactly its papers, in the order of topics.json (most about the topic first)", () => {
    for (const topic of topics) {
      const hrefs = walkListing(distDir, '/', `topics/${topic.id}/`).flatMap((page) => page.papers);
      expect(hrefs, topic.id).toEqual(topic.papers.map((slug) => `/papers/${slug}/`));
    }
  });

  test('a paper is listed on exactly the topic pages of its topics', () => {
    for (const paper of papers) {
      const listedOn = topics.filter((topic) => topic.papers.includes(paper.slug)).map((topic) => topic.id);
      expect(listedOn.sort(), paper.slug).toEqual([...paper.topics].sort());
    }
  });

  test('a topic page shows its description and links its related topics', () => {
    for (const topic of topics) {
      const { document } = readPage(distDir, `topics/${topic.id}/index.html`);
      expect(text(findAll(document, by('main'))[0]!), topic.id).toContain(topic.description);
      const related = findAll(document, by('ul', 'data-topic-list')).flatMap((list) => findAll(list, by('a')));
      expect(related.map((a) => attr(a, 'href')), topic.id).toEqual(topic.related.map((id) => `/topics/${id}/`));
    }
  });

  test('the taxonomy page lists every topic with its description and count', () => {
    const main = findAll(readPage(distDir, 'topics/index.html').document, by('main'))[0]!;
    const items = findAll(main, by('ul', 'data-topic-list')).flatMap((list) => findAll(list, by('li')));
    expect(items.map((item) => attr(findAll(item, by('a'))[0]!, 'href'))).toEqual(topics.map((topic) => `/topics/${topic.id}/`));
    items.forEach((item, index) => {
      const topic = topics[index]!;
      expect(text(item)).toContain(topic.description);
      expect(text(item)).toContain(`${topic.papers.length} paper`);
    });
  });

  test('the sidebar lists every topic with its count and no papers, so pages do not grow with the collection', () => {
    for (const page of readPages(distDir)) {
      const sidebar = findAll(page.document, by('nav', 'id', 'sidebar'));
      expect(sidebar, page.file).toHaveLength(1);
      const hrefs = findAll(sidebar[0]!, by('a')).map((a) => attr(a, 'href') ?? '');
      expect(hrefs.filter((href) => href.startsWith('/papers/') && href !== '/papers/'), page.file).toEqual([]);
      for (const topic of topics) expect(hrefs, page.file).toContain(`/topics/${topic.id}/`);
    }
  });

  test('the sidebar shows counts on listing pages and none on paper pages, which then do not change when a paper is added', () => {
    const sidebarOf = (file: string) => findAll(readPage(distDir, file).document, by('nav', 'id', 'sidebar'))[0]!;
    const allPapersLink = (file: string) => text(findAll(sidebarOf(file), by('a', 'href', '/papers/'))[0]!);
    for (const file of ['index.html', 'papers/index.html', `topics/${topics[0]!.id}/index.html`]) {
      expect(findAll(sidebarOf(file), by('span', 'class', 'count')).length, file).toBe(topics.length);
      expect(allPapersLink(file), file).toBe(`All papers (${papers.length})`);
    }
    for (const paper of papers.slice(0, 5)) {
      const file = `papers/${paper.slug}/index.html`;
      expect(findAll(sidebarOf(file), by('span', 'class', 'count')), file).toEqual([]);
      expect(allPapersLink(file), file).toBe('All papers');
    }
  });

  test('the sidebar marks the current topic on its page and the main topic on a paper page', () => {
    const current = (file: string) =>
      findAll(findAll(readPage(distDir, file).document, by('nav', 'id', 'sidebar'))[0]!, by('a', 'aria-current')).map((a) => [
        attr(a, 'href'),
        attr(a, 'aria-current'),
      ]);
    const topic = topics[0]!;
    expect(current(`topics/${topic.id}/index.html`)).toEqual([[`/topics/${topic.id}/`, 'page']]);
    const paper = papers[0]!;
    expect(current(`papers/${paper.slug}/index.html`)).toEqual([[`/topics/${paper.topics[0]}/`, 'true']]);
  });
});
