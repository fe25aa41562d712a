import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { searchPapers } from '../../src/utils/search/search-papers.ts';
import { builtDocumentDir, searchTitlesDocument } from '../helpers/build-document.ts';
import { openPagefind, type NodePagefind } from '../helpers/pagefind.ts';

// Built by tests/global-setup.ts: every ICLR 2020 title, then tests/fixtures/documents/search-titles.txt.
const built = builtDocumentDir(searchTitlesDocument.name);
const titles = parseDocument(readFileSync(built.source, 'utf8'), built.source).papers.map((paper) => paper.title);
const hostile = parseDocument(readFileSync(searchTitlesDocument.sources[1], 'utf8'), searchTitlesDocument.sources[1]).papers.map((paper) => paper.title);

describe('an exact title finds its paper first, whatever it holds', () => {
  let site: NodePagefind;
  beforeAll(async () => {
    site = await openPagefind(built.dist);
  });
  afterAll(async () => {
    await site?.close();
  });
  const first = async (query: string) => (await searchPapers(site.pagefind, query, { limit: 1, spelling: site.spelling })).hits[0]?.title;

  test('every title of ICLR 2020 and of the hostile fixture', async () => {
    expect(titles.length).toBeGreaterThan(690);
    const misses: string[] = [];
    for (const title of titles) {
      const found = await first(title);
      if (found !== title) misses.push(`${title} → ${found}`);
    }
    expect(misses).toEqual([]);
  });

  test.each(hostile)('the hostile title %s', async (title) => {
    expect(await first(title)).toBe(title);
  });

  test('LaTeX titles are also found as a reader would type them without markup', async () => {
    expect(await first('F2ed-Learning: Good Fences Make Good Neighbors')).toBe(hostile[0]);
    expect(await first('VA-RED2: Video Adaptive Redundancy Reduction')).toBe(hostile[1]);
    expect(await first('cafe naive bayes accented words')).toBe(hostile[3]);
  });

  test('titles of symbols only are told apart', async () => {
    expect(await first('???')).toBe('???');
    expect(await first('…')).toBe('…');
  });

  test('a word found nowhere is left out and reported, so the other words still find the paper', async () => {
    const found = await searchPapers(site.pagefind, 'good fences qxzvwq neighbors', { limit: 1, spelling: site.spelling });
    expect(found.hits[0]?.title).toBe(hostile[0]);
    expect(found.ignored).toEqual(['qxzvwq']);
  });
});
