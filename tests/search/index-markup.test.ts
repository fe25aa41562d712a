import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { shardsFor, type ShardIndex } from '../../src/utils/search/vocabulary-shards.ts';
import { readAtlas, readPapers, readTopics } from '../site/content.ts';
import { attr, by, findAll, readPage, readPages, text, type Element } from '../site/dist-html.ts';

const papers = readPapers();
const topics = readTopics();
const atlas = readAtlas();
const body = (slug: string, dir = distDir) => findAll(readPage(dir, `papers/${slug}/index.html`).document, by(undefined, 'data-pagefind-body'))[0]!;
const ancestorsWith = (root: Element, target: Element, name: string): string[] => {
  const path: string[] = [];
  const visit = (node: Element): boolean => {
    if (node === target) return true;
    for (const child of node.childNodes) {
      if ('tagName' in child && visit(child)) {
        const value = attr(node, name);
        if (value !== undefined) path.push(value);
        return true;
      }
    }
    return false;
  };
  visit(root);
  return path;
};

describe('what the search index is built from', () => {
  test('every paper page indexes its extra search terms in its body, weighted below the title', () => {
    for (const paper of papers) {
      const article = body(paper.slug);
      const names = new Set(paper.topics.map((id) => topics.find((topic) => topic.id === id)?.name));
      const terms = (atlas.searchTerms[paper.slug] ?? []).filter((term) => !names.has(term));
      const lines = findAll(article, by('p', 'class', 'keywords'));
      if (terms.length === 0) {
        expect(lines, paper.slug).toEqual([]);
        continue;
      }
      expect(lines, paper.slug).toHaveLength(1);
      const line = lines[0]!;
      for (const term of terms) expect(text(line), `${paper.slug}: ${term}`).toContain(term);
      expect(Number(attr(line, 'data-pagefind-weight'))).toBeLessThan(Number(attr(findAll(article, by('h1'))[0]!, 'data-pagefind-weight')));
    }
  });

  test('the knowledge-distillation papers are indexed under KD, and the radiology paper under clinical', () => {
    const prokd = papers.find((paper) => paper.shortName === 'PANDA')!;
    expect(text(findAll(body(prokd.slug), by('p', 'class', 'keywords'))[0]!)).toMatch(/\bKD\b/);
    const radiology = papers.find((paper) => paper.title.includes('Radiology'))!;
    expect(text(body(radiology.slug))).toMatch(/\bclinical\b/);
  });

  test('labels for screen readers and the keyword label are left out of the index', () => {
    const paper = papers.find((candidate) => candidate.shortName !== undefined)!;
    const article = body(paper.slug);
    for (const label of ['Short name:', 'About this paper', 'Abstract', 'Also indexed as']) {
      const element = findAll(article, (e) => text(e) === label || text(e) === label.replace(/:$/, ': ').trim())[0];
      expect(element, label).toBeDefined();
      expect(attr(element!, 'data-pagefind-ignore') !== undefined || ancestorsWith(article, element!, 'data-pagefind-ignore').length > 0, label).toBe(true);
    }
  });

  test('every paper page carries its document order for sorting a topic’s papers', () => {
    for (const paper of papers) expect(attr(body(paper.slug), 'data-pagefind-sort'), paper.slug).toBe(`order:${String(paper.order).padStart(6, '0')}`);
  });

  test('the build writes the Pagefind index and the spelling vocabulary in shards by first letter and length', () => {
    for (const dir of [distDir, distBaseDir]) {
      expect(existsSync(join(dir, 'pagefind/pagefind.js')), dir).toBe(true);
      expect(existsSync(join(dir, 'pagefind/pagefind-entry.json')), dir).toBe(true);
      const index = JSON.parse(readFileSync(join(dir, 'search-vocabulary/index.json'), 'utf8')) as ShardIndex;
      for (const word of ['distillation', 'multilingual', 'kd', 'clinical', 'finetuning']) {
        const shards = shardsFor(word, index).map((file) => JSON.parse(readFileSync(join(dir, 'search-vocabulary', file), 'utf8')) as Record<string, number>);
        expect(shards.some((shard) => (shard[word] ?? 0) > 0), word).toBe(true);
        for (const shard of shards) expect(Object.keys(shard).every((other) => other[0] === word[0]), word).toBe(true);
      }
    }
  });

  test('the abstract’s anchor ends the “Also indexed as” line, so excerpts can come from the abstract', () => {
    const paper = papers.find((candidate) => findAll(body(candidate.slug), by('p', 'class', 'keywords')).length > 0)!;
    const line = findAll(body(paper.slug), by('p', 'class', 'keywords'))[0]!;
    const anchor = findAll(line, by('span', 'id', 'abstract-start'))[0];
    expect(anchor && attr(anchor, 'data-pagefind-title')).toBe('Abstract');
    expect(attr(line, 'data-pagefind-weight')).toBe('2');
  });
});

describe('the search box in the built pages', () => {
  test('without JavaScript the header offers a link to the topic pages, and the form only shows with JavaScript', () => {
    for (const [dir, base] of [[distDir, ''], [distBaseDir, testBase]] as const) {
      for (const page of readPages(dir)) {
        const header = findAll(page.document, by('header', 'class'))[0]!;
        const fallback = findAll(header, by('a', 'class', 'fallback'));
        expect(fallback.map((link) => attr(link, 'href')), page.file).toEqual([`${base}/topics/`]);
        const form = findAll(header, by('form', 'data-site-search', 'combobox'))[0];
        expect(attr(form!, 'action'), page.file).toBe(`${base}/search/`);
        expect(attr(form!, 'data-script'), page.file).toMatch(new RegExp(`^${base}/_astro/[\\w.-]+\\.js$`));
        expect(existsSync(join(dir, attr(form!, 'data-script')!.slice(base.length + 1))), page.file).toBe(true);
      }
    }
  });

  test('the header box is a combobox that controls a listbox', () => {
    const { document } = readPage(distDir, 'index.html');
    const input = findAll(document, by('input', 'id', 'header-search'))[0]!;
    expect(attr(input, 'role')).toBe('combobox');
    expect(attr(input, 'aria-expanded')).toBe('false');
    expect(attr(input, 'aria-autocomplete')).toBe('list');
    const listbox = findAll(document, by(undefined, 'id', attr(input, 'aria-controls')))[0]!;
    expect(attr(listbox, 'role')).toBe('listbox');
  });

  test('the search page renders every topic as a facet with its total', () => {
    const { document } = readPage(distDir, 'search/index.html');
    const boxes = findAll(document, by('input', 'name', 'topic'));
    expect(boxes.map((box) => attr(box, 'value'))).toEqual(topics.map((topic) => topic.id));
    expect(boxes.map((box) => Number(attr(box, 'data-total')))).toEqual(topics.map((topic) => topic.papers.length));
  });
});
