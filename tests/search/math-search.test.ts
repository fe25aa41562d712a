import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchPapers } from '../../src/utils/search/search-papers.ts';
import { builtDocumentDir, searchTitlesDocument } from '../helpers/build-document.ts';
import { openPagefind, type NodePagefind } from '../helpers/pagefind.ts';

// Built by tests/global-setup.ts: ICLR 2020, the hostile search titles and tests/fixtures/documents/math.txt.
const dist = builtDocumentDir(searchTitlesDocument.name).dist;

describe('searching for what a formula holds', () => {
  let site: NodePagefind;
  beforeAll(async () => {
    site = await openPagefind(dist);
  });
  afterAll(async () => {
    await site?.close();
  });
  const titles = async (query: string) => (await searchPapers(site.pagefind, query, { limit: 5, spelling: site.spelling })).hits.map((hit) => hit.title);

  test('finds a paper by a word written only inside a formula', async () => {
    // `zymurgical` is written once, in `$$\sum_{i=1}^{m} \text{zymurgical}(x_i)$$`.
    expect((await titles('zymurgical'))[0]).toBe('Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores');
    expect((await titles('autonomous music-making systems'))[0]).toBe('Music Machines: $\\textit{Autonomous}$ Composition with \\emph{Disambiguating} Scores');
  });

  test('finds a paper by the name of a symbol in its formulas', async () => {
    // ICLR 2020's only `\kappa` is in `$O(\kappa L)$` and `$\kappa$`.
    expect(await titles('kappa')).toContain('On the Global Convergence of Training Deep Linear ResNets');
  });

  test('shows a title with TeX in its plain form and excerpts without the shown MathML', async () => {
    const found = await searchPapers(site.pagefind, 'zymurgical', { limit: 1, spelling: site.spelling });
    expect(found.hits[0]?.shownTitle).toBe('Music Machines: Autonomous Composition with Disambiguating Scores');
    // The excerpt holds the TeX once (the annotation), not the glyphs of the MathML shown beside it.
    expect(found.hits[0]?.excerpt).toContain('\\text{zymurgical}(x_i)');
    expect(found.hits[0]?.excerpt).not.toMatch(/∑/);
  });
});
