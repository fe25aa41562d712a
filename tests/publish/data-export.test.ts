import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { tidyLatex } from '../../scripts/fields/tidy-latex.ts';
import { exportVersion, papersExportSchema, topicsExportSchema } from '../../src/schemas/export.ts';
import { settings } from '../../src/settings.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { readAtlas, readPapers, readTopics } from '../site/content.ts';

const papers = readPapers();
const topics = readTopics();
const bundled = 'src/data/transfer-learning-papers.txt';
const source = parseDocument(readFileSync(bundled, 'utf8'), bundled).papers;
const readJson = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('the collection as data %s', (_name, dir, prefix) => {
  const url = (path: string) => new URL(prefix + path, settings.site).href;

  test('papers.json matches its schema and lists every paper, in document order', () => {
    const data = papersExportSchema.parse(readJson(dir, 'papers.json'));
    expect(data.version).toBe(exportVersion);
    expect(data.name).toBe(readAtlas().name);
    expect(data.home).toBe(url(''));
    expect(data.paperCount).toBe(papers.length);
    expect(data.papers.map((paper) => paper.slug)).toEqual(papers.map((paper) => paper.slug));
  });

  test('each paper has its title, short name, page URL, topics, links and abstract', () => {
    const data = papersExportSchema.parse(readJson(dir, 'papers.json'));
    data.papers.forEach((exported, index) => {
      const paper = papers[index]!;
      expect(exported.title).toBe(paper.title);
      expect(exported.shortName).toBe(paper.shortName ?? null);
      expect(exported.url).toBe(url(`papers/${paper.slug}/`));
      expect(exported.topics).toEqual(paper.topics);
      expect(exported.links).toEqual(paper.links);
    });
    expect(data.papers.find((paper) => paper.shortName === 'LST')).toBeDefined();
  });

  test('each abstract is the source document’s text as the page shows it', () => {
    const data = papersExportSchema.parse(readJson(dir, 'papers.json'));
    expect(data.papers.map((paper) => paper.abstract)).toEqual(source.map((paper) => paper.paragraphs.map(tidyLatex).join('\n\n')));
  });

  test('topics.json matches its schema and lists every topic with its papers, in taxonomy order', () => {
    const data = topicsExportSchema.parse(readJson(dir, 'topics.json'));
    expect(data.topicCount).toBe(topics.length);
    expect(data.topics.map(({ id, name, description, aliases, papers, related }) => ({ id, name, description, aliases, papers, related }))).toEqual(
      topics.map(({ id, name, description, aliases, papers, related }) => ({ id, name, description, aliases, papers, related })),
    );
    for (const topic of data.topics) expect(topic.url).toBe(url(`topics/${topic.id}/`));
  });

  test('every topic a paper names is in topics.json, and every paper a topic names is in papers.json', () => {
    const exportedPapers = papersExportSchema.parse(readJson(dir, 'papers.json')).papers;
    const exportedTopics = topicsExportSchema.parse(readJson(dir, 'topics.json')).topics;
    const topicIds = new Set(exportedTopics.map((topic) => topic.id));
    const slugs = new Set(exportedPapers.map((paper) => paper.slug));
    expect(exportedPapers.flatMap((paper) => paper.topics).filter((id) => !topicIds.has(id))).toEqual([]);
    expect(exportedTopics.flatMap((topic) => topic.papers).filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});

describe('the export schemas', () => {
  test('reject a document whose count disagrees with its list, or that has unknown fields', () => {
    const data = papersExportSchema.parse(readJson(distDir, 'papers.json'));
    expect(papersExportSchema.safeParse({ ...data, paperCount: data.paperCount + 1 }).success).toBe(false);
    expect(papersExportSchema.safeParse({ ...data, papers: [{ ...data.papers[0], extra: 1 }], paperCount: 1 }).success).toBe(false);
  });
});
