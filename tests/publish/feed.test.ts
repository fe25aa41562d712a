import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { readAtlas, readPapers, readTopics } from '../site/content.ts';
import { attr, by, findAll, readPages } from '../site/dist-html.ts';

/** The parts of RSS 2.0 (https://www.rssboard.org/rss-specification) the feed promises, as parsed by fast-xml-parser. */
const rssSchema = z.object({
  rss: z.object({
    '@_version': z.literal('2.0'),
    channel: z.object({
      title: z.string().min(1),
      link: z.url(),
      description: z.string().min(1),
      language: z.literal('en'),
      'atom:link': z.object({ '@_href': z.url(), '@_rel': z.literal('self'), '@_type': z.literal('application/rss+xml') }),
      item: z.array(
        z.object({
          title: z.string().min(1),
          link: z.url(),
          guid: z.object({ '#text': z.url(), '@_isPermaLink': z.literal('true') }),
          description: z.string().min(1),
          category: z.array(z.string().min(1)).min(1),
        }),
      ),
    }),
  }),
});

const papers = readPapers();
const topicName = new Map(readTopics().map((topic) => [topic.id, topic.name]));
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' });

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('the RSS feed %s', (_name, dir, prefix) => {
  const xml = readFileSync(join(dir, 'rss.xml'), 'utf8');
  const home = new URL(prefix, settings.site).href;

  test('is RSS 2.0 XML that matches the schema of the feed', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(rssSchema.safeParse(parser.parse(xml)).error).toBeUndefined();
  });

  test('lists every paper once, in document order, with its page, first sentence and topics', () => {
    const { channel } = rssSchema.parse(parser.parse(xml)).rss;
    expect(channel.item.map((item) => item.link)).toEqual(papers.map((paper) => new URL(`${prefix}papers/${paper.slug}/`, settings.site).href));
    channel.item.forEach((item, index) => {
      const paper = papers[index]!;
      expect(item.title).toBe(paper.title);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description).toBe(paper.description);
      expect(item.category).toEqual(paper.topics.map((id) => topicName.get(id)));
    });
  });

  test('links to the home page and to itself, base path included', () => {
    const { channel } = rssSchema.parse(parser.parse(xml)).rss;
    expect(channel.link).toBe(home);
    expect(channel['atom:link']['@_href']).toBe(new URL(`${prefix}rss.xml`, settings.site).href);
    expect(channel.title).toBe(`${readAtlas().name} · ${settings.title}`);
  });

  test('is announced in the head of every page', () => {
    for (const page of readPages(dir)) {
      const links = findAll(page.document, by('link', 'type', 'application/rss+xml'));
      expect(links.map((link) => [attr(link, 'rel'), attr(link, 'href')]), page.file).toEqual([['alternate', `${prefix}rss.xml`]]);
    }
  });
});
