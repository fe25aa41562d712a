import { compile } from '@mdx-js/mdx';
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateContent } from '../../scripts/pipeline/generate-content.ts';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { InputError } from '../../scripts/read/problem.ts';
import { readTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
import { runGenerate } from '../../scripts/pipeline/run-generate.ts';
import { tidyLatex } from '../../scripts/fields/tidy-latex.ts';
import { areaSchema } from '../../src/schemas/area.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { parseTaxonomy } from '../../scripts/topics/read-taxonomy.ts';
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
    // Each paper's BibTeX entry as a file, beside its page.
    expect([...files.keys()].filter((path) => path.startsWith('cite/')).sort()).toEqual(papers.map((paper) => `cite/${paper.slug}.bib`).sort());
    expect([...files.keys()].filter((path) => !/^(papers|cite)\//.test(path)).sort()).toEqual(['areas.json', 'atlas.json', 'map.json', 'taxonomy.yaml', 'topics.json']);
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

describe('generateContent with areas', () => {
  const areasTaxonomy = 'tests/fixtures/taxonomies/transfer-learning-areas.yaml';
  const withAreas = async (taxonomyWithAreas: Taxonomy) =>
    generateContent(readFileSync(bundled, 'utf8'), { file: bundled, source: 'transfer-learning-papers.txt', name: 'Test', taxonomy: taxonomyWithAreas });

  test('a taxonomy without areas writes an empty areas.json and topics in no area', async () => {
    const { files, topics, areas } = await generate(bundled);
    expect(files.get('areas.json')).toBe('[]\n');
    expect(areas).toEqual([]);
    expect(topics.every((topic) => topic.area === null)).toBe(true);
    expect(parseYaml(files.get('taxonomy.yaml') ?? '')).not.toHaveProperty('areas');
  });

  test('areas.json holds each area with its topics in taxonomy order and the papers of any of them, each once, most about one of them first', async () => {
    const { files, topics, papers } = await withAreas(await readTaxonomy(areasTaxonomy));
    const written = areaSchema.array().parse(JSON.parse(files.get('areas.json') ?? ''));
    expect(written.map((area) => area.id)).toEqual(['distribution-shift', 'adapting-large-models', 'model-reuse', 'language-and-text']);
    expect(written.find((area) => area.id === 'language-and-text')?.topics).toEqual(['cross-lingual-transfer', 'information-extraction', 'text-embeddings-retrieval']);
    for (const area of written) {
      const members = topics.filter((topic) => topic.area === area.id);
      expect(area.topics, area.id).toEqual(members.map((topic) => topic.id));
      const expected = papers.filter((paper) => paper.topics.some((id) => area.topics.includes(id))).map((paper) => paper.slug);
      expect(area.papers.toSorted(), area.id).toEqual(expected.toSorted());
      expect(new Set(area.papers).size, area.id).toBe(area.papers.length);
    }
    expect(topics.find((topic) => topic.id === 'prompt-tuning')?.area).toBe('adapting-large-models');
    expect(topics.find((topic) => topic.id === 'diffusion-models')?.area).toBeNull();
    expect(topics.find((topic) => topic.id === 'other')?.area).toBeNull();
  });

  test("an area's aliases become search terms of its papers that do not write them", async () => {
    const { files, papers, topics } = await withAreas(await readTaxonomy(areasTaxonomy));
    const terms = (JSON.parse(files.get('atlas.json') ?? '') as { searchTerms: Record<string, string[]> }).searchTerms;
    const source = parseDocument(readFileSync(bundled, 'utf8'), bundled).papers;
    const inArea = new Set(topics.filter((topic) => topic.area === 'adapting-large-models').map((topic) => topic.id));
    let checked = 0;
    papers.forEach((paper, index) => {
      const text = `${source[index]?.title} ${source[index]?.abstract}`;
      const member = paper.topics.some((id) => inArea.has(id));
      if (/\bPEFT\b/.test(text)) return;
      expect(terms[paper.slug]?.includes('PEFT'), paper.slug).toBe(member);
      if (member) checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });

  test('the written taxonomy keeps the areas: passed back, it gives the same areas and topics', async () => {
    const first = await withAreas(await readTaxonomy(areasTaxonomy));
    const written = parseTaxonomy(first.files.get('taxonomy.yaml') ?? '', 'taxonomy.yaml');
    expect(written.areas.map((area) => area.slug)).toEqual(['distribution-shift', 'adapting-large-models', 'model-reuse', 'language-and-text']);
    expect(written.areas[1]?.aliases).toEqual(['fine-tuning', 'PEFT']);
    const second = await withAreas(written);
    expect(second.files.get('areas.json')).toBe(first.files.get('areas.json'));
    expect(second.files.get('topics.json')).toBe(first.files.get('topics.json'));
  });

  test('an area whose topics the document leaves empty is not in areas.json; the written taxonomy keeps it with its topic', async () => {
    const taxonomyWithAreas = await readTaxonomy(areasTaxonomy);
    const lonely = {
      ...taxonomyWithAreas,
      areas: [...taxonomyWithAreas.areas, { slug: 'nothing-here', name: 'Nothing here', description: 'No paper writes this.', aliases: [] }],
      topics: [
        { slug: 'quantum-gravity', name: 'Quantum gravity', description: 'Gravity, quantised.', aliases: [], evidence: [{ phrases: ['quantum gravity'], weight: 3 }], area: 'nothing-here' },
        ...taxonomyWithAreas.topics,
      ],
    };
    const { areas, files } = await withAreas(lonely);
    expect(areas.map((area) => area.id)).not.toContain('nothing-here');
    // The topic stays in the taxonomy (the next build may have papers for it), so its area does too.
    expect(parseTaxonomy(files.get('taxonomy.yaml') ?? '', 'taxonomy.yaml').areas.map((area) => area.slug)).toContain('nothing-here');
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
    // Each paper's page and BibTeX file.
    expect(result.sync.removed).toBe(2 * 69);
    expect(await readdir(join(contentDir, 'papers'))).toEqual(['first-paper-title.mdx', 'second-paper-title.mdx']);
    expect(await readdir(join(contentDir, 'cite'))).toEqual(['first-paper-title.bib', 'second-paper-title.bib']);
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
