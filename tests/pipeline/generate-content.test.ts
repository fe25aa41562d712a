import { compile } from '@mdx-js/mdx';
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateContent } from '../../scripts/pipeline/generate-content.ts';
import { parseDocument } from '../../scripts/read/parse-document.ts';
import { InputError } from '../../scripts/read/problem.ts';
import { readTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
import { runGenerate } from '../../scripts/pipeline/run-generate.ts';
import { tidyLatex } from '../../scripts/fields/tidy-latex.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import { blockTexts, renderMdx } from '../helpers/mdx.ts';

const bundled = 'src/data/transfer-learning-papers.txt';
const iclr = 'tests/fixtures/iclr2020-accepted-papers.txt';
let taxonomy: Taxonomy;

beforeAll(async () => {
  taxonomy = await readTaxonomy('src/data/taxonomy.yaml');
});

/** Generates content for a document file in memory. */
const generate = (file: string) =>
  generateContent(readFileSync(file, 'utf8'), { file, source: file.split('/').at(-1) ?? file, name: 'Test', taxonomy });

/** The frontmatter of a generated page. */
const frontmatterOf = (source: string): unknown => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '');

describe('generateContent on the bundled document', () => {
  test('writes one page per paper, with unique slugs, plus topics and collection data', async () => {
    const { files, papers } = await generate(bundled);
    const pages = [...files.keys()].filter((path) => path.startsWith('papers/'));
    expect(pages).toHaveLength(69);
    expect(new Set(papers.map((paper) => paper.slug)).size).toBe(69);
    expect([...files.keys()].filter((path) => !path.startsWith('papers/')).sort()).toEqual(['atlas.json', 'map.json', 'taxonomy.yaml', 'topics.json']);
  });

  test('every page’s frontmatter passes the content collection’s schema', async () => {
    for (const [path, source] of (await generate(bundled)).files) {
      if (path.startsWith('papers/')) expect(paperSchema.safeParse(frontmatterOf(source)).success, path).toBe(true);
    }
  });

  test('finds the short names and cleans the links of the bundled papers', async () => {
    const bySlug = new Map((await generate(bundled)).papers.map((paper) => [paper.shortName ?? paper.slug, paper]));
    for (const name of ['SHERL', 'LST', 'AdaNPC', 'UniPT', 'CAFA', 'WECHSEL', 'NAPA-VQ', 'TTMs']) expect(bySlug.has(name), name).toBe(true);
    expect(bySlug.get('AdaNPC')?.links).toEqual([{ url: 'https://github.com/yfzhang114/AdaNPC', kind: 'code', host: 'github.com' }]);
    const all = [...bySlug.values()].flatMap((paper) => paper.links.map((link) => link.url));
    expect(all).toContain('https://github.com/OPTML-Group/DP4TL');
    expect(all).toContain('https://gohyojun15.github.io/ANT_diffusion/');
    expect(all).toContain('https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md');
    for (const url of all) expect(url).not.toMatch(/[.{}]$|\{/);
  });

  test('is byte-identical when run twice', async () => {
    expect([...(await generate(bundled)).files]).toEqual([...(await generate(bundled)).files]);
  });

  test('every page compiles with @mdx-js/mdx and shows the abstract as written, LaTeX tidied', async () => {
    const { files, papers } = await generate(bundled);
    const source = parseDocument(readFileSync(bundled, 'utf8'), bundled);
    for (const [index, paper] of papers.entries()) {
      const page = files.get(`papers/${paper.slug}.mdx`) ?? '';
      await compile(page, { remarkPlugins: [remarkFrontmatter] });
      expect(blockTexts(await renderMdx(page))).toEqual(source.papers[index]?.paragraphs.map(tidyLatex));
    }
    const eos = papers.find((paper) => paper.shortName === 'NV-Embed');
    expect(blockTexts(await renderMdx(files.get(`papers/${eos?.slug}.mdx`) ?? '')).join(' ')).toContain('the last <EOS> token embedding');
  });
});

describe('generateContent on other documents', () => {
  test('the 687-paper ICLR 2020 document generates pages that all compile', async () => {
    const { files, papers, topics } = await generate(iclr);
    expect(papers).toHaveLength(687);
    // The bundled taxonomy covers a fifth of it: automatic topics cover the rest, Other keeps at most 5%.
    expect(topics.find((topic) => topic.id === 'other')?.papers.length ?? 0).toBeLessThanOrEqual(0.05 * 687);
    for (const [path, source] of files) if (path.endsWith('.mdx')) await compile(source, { remarkPlugins: [remarkFrontmatter] });
  });

  test('hostile titles and abstracts reach the page as text', async () => {
    const { files, papers } = await generate('tests/fixtures/documents/hostile.txt');
    expect(papers.map((paper) => paper.slug)).toEqual([
      'process-exit-1-braces-b-and-b-tags-in-a-title',
      'import-fs-from-node-fs',
      'etc-passwd',
      expect.stringMatching(/^paper-[0-9a-f]{6}$/),
    ]);
    const [first] = papers;
    const html = await renderMdx(files.get(`papers/${first?.slug}.mdx`) ?? '');
    expect(html).not.toMatch(/<script|<b>|<!--/);
    expect(blockTexts(html)[0]).toContain('{1+1} and <script>alert(1)</script> and <EOS>');
    expect((frontmatterOf(files.get(`papers/${first?.slug}.mdx`) ?? '') as { title: string }).title).toBe(first?.title);
  });

  test('papers with the same title all get pages, and the build warns', async () => {
    const { papers, warnings } = await generate('tests/fixtures/documents/duplicate-titles.txt');
    expect(new Set(papers.map((paper) => paper.slug)).size).toBe(3);
    expect(warnings.map((warning) => warning.line)).toEqual([5, 9]);
  });
});

describe('runGenerate', () => {
  /** A scratch content folder. */
  const scratch = () => mkdtemp(join(tmpdir(), 'atlas-content-'));

  test('leaves no page of a previous document behind', async () => {
    const contentDir = await scratch();
    await runGenerate({ source: bundled, taxonomy: 'src/data/taxonomy.yaml', contentDir });
    const result = await runGenerate({ source: 'tests/fixtures/documents/split-abstract.txt', taxonomy: 'src/data/taxonomy.yaml', contentDir });
    expect(result.sync.removed).toBe(69);
    expect(await readdir(join(contentDir, 'papers'))).toEqual(['first-paper-title.mdx', 'second-paper-title.mdx']);
  });

  test('does not rewrite unchanged pages, and rewrites only the changed one', async () => {
    const contentDir = await scratch();
    const folder = await scratch();
    const source = join(folder, 'papers.txt');
    await cp(bundled, source);
    await runGenerate({ source, taxonomy: 'src/data/taxonomy.yaml', contentDir });
    const page = join(contentDir, 'papers', 'adanpc-exploring-non-parametric-classifier-for-test-time-adaptation.mdx');
    const before = (await stat(page)).mtimeMs;
    const text = await readFile(source, 'utf8');
    await writeFile(source, text.replace('Massive data is often considered essential', 'Massive data is usually considered essential'));
    const result = await runGenerate({ source, taxonomy: 'src/data/taxonomy.yaml', contentDir });
    expect((await stat(page)).mtimeMs).toBe(before);
    expect(result.sync.written).toBeLessThanOrEqual(3);
    expect(result.sync.written).toBeGreaterThanOrEqual(1);
  });

  test('a broken document changes nothing', async () => {
    const contentDir = await scratch();
    await runGenerate({ source: bundled, taxonomy: 'src/data/taxonomy.yaml', contentDir });
    const before = await readdir(join(contentDir, 'papers'));
    const error = await runGenerate({ source: 'tests/fixtures/documents/title-without-abstract.txt', taxonomy: 'src/data/taxonomy.yaml', contentDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(await readdir(join(contentDir, 'papers'))).toEqual(before);
  });
});
