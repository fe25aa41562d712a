import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/pipeline/generate-content.ts';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { readTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import { abstractText } from '../../src/utils/publish/abstract-text.ts';
import { splitTex } from '../../src/utils/math/split-tex.ts';
import { shownText } from '../helpers/tex.ts';

let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = await readTaxonomy('src/data/taxonomy.yaml');
});

/** Each paper's generated page (in memory) beside its abstract as the source document has it, TeX read and LaTeX tidied as the page shows it. */
async function pagesAndAbstracts(file: string): Promise<{ slug: string; page: string; expected: string }[]> {
  const text = readFileSync(file, 'utf8');
  const { files, papers } = await generateContent(text, { file, source: file, name: 'Test', taxonomy });
  const source = parseDocument(text, file).papers;
  return papers.map((paper, index) => ({
    slug: paper.slug,
    page: files.get(`papers/${paper.slug}.mdx`) ?? '',
    expected: (source[index]?.paragraphs ?? []).map(shownText).join('\n\n'),
  }));
}

describe('abstractText', () => {
  test.each([
    ['the bundled document', 'src/data/transfer-learning-papers.txt'],
    ['the 687-paper ICLR 2020 document', 'tests/fixtures/iclr2020-accepted-papers.txt'],
    ['hostile titles and abstracts', 'tests/fixtures/documents/hostile.txt'],
  ])('reads back every abstract of %s as the source text, TeX read and LaTeX tidied', async (_name, file) => {
    const pages = await pagesAndAbstracts(file);
    expect(pages.length).toBeGreaterThan(0);
    for (const { slug, page, expected } of pages) expect(abstractText(page), slug).toBe(expected);
  });

  test('unescapes what MDX would read as syntax and keeps link text as written', () => {
    expect(abstractText('a \\{b\\} \\<c> \\*d\\* [https://x.org/a_b](https://x.org/a_b).')).toBe('a {b} <c> *d* https://x.org/a_b.');
  });

  test('separates paragraphs with a blank line and skips frontmatter', () => {
    expect(abstractText('---\ntitle: T\n---\n\nOne.\n\nTwo.\n')).toBe('One.\n\nTwo.');
  });

  test('shows a LaTeX \\% in the text as %, as the page does (a formula keeps its TeX)', async () => {
    const file = 'tests/fixtures/iclr2020-accepted-papers.txt';
    const inText = (abstract: string) => splitTex(abstract).some((part) => part.type === 'text' && part.value.includes('\\%'));
    const escaped = parseDocument(readFileSync(file, 'utf8'), file).papers.findIndex((paper) => inText(paper.abstract) && !paper.abstract.includes('$'));
    expect(escaped).toBeGreaterThanOrEqual(0);
    const text = abstractText((await pagesAndAbstracts(file))[escaped]!.page);
    expect(text).toContain('%');
    expect(text).not.toContain('\\%');
  });
});
