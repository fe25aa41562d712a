import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../scripts/lib/parse-document.ts';
import { formatProblem } from '../../scripts/lib/problem.ts';
import { synthesizePapers } from '../../scripts/lib/synthesize-papers.ts';

const bundledFile = 'src/data/transfer-learning-papers.txt';
const iclrFile = 'tests/fixtures/iclr2020-accepted-papers.txt';
const iclrText = readFileSync(iclrFile, 'utf8');
// Real sentences and title words to build synthetic documents from.
const sources = [...parseDocument(readFileSync(bundledFile, 'utf8'), bundledFile).papers, ...parseDocument(iclrText, iclrFile).papers];

/** The papers a document reads as, in the shape the generator wrote them. */
const read = (text: string) => parseDocument(text, 'synthetic.txt').papers.map(({ title, paragraphs }) => ({ title, paragraphs }));

describe('splitPapers segments the whole document', () => {
  test('ICLR 2020 gives exactly its 687 papers, titles equal to the source', () => {
    const blocks = iclrText.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const parsed = parseDocument(iclrText, iclrFile);
    expect(parsed.papers.map((paper) => paper.title)).toEqual(blocks.filter((_, index) => index % 2 === 0));
    expect(parsed.multiParagraphAbstracts).toBe(0);
  });

  test('titles that end in a full stop, hold two sentences or run to 612 characters stay titles', () => {
    const file = 'tests/fixtures/documents/sentence-titles.txt';
    const parsed = parseDocument(readFileSync(file, 'utf8'), file);
    expect(parsed.papers.map((paper) => paper.title.slice(0, 40))).toEqual([
      'Enabling Deep Spiking Neural Networks wi',
      'DACT-BERT: Increasing the efficiency and',
      'Playing Atari with Capsule Networks: A s',
      'Detection Booster Training: A detection ',
      'On the Decision Boundaries of Neural Net',
      'A very very very very very very very ver',
    ]);
    expect(parsed.papers.at(-1)?.title).toHaveLength(612);
    expect(parsed.multiParagraphAbstracts).toBe(1);
    expect(parsed.papers[2]?.paragraphs.at(-1)).toBe('Code is available at https://github.com/example/three.');
    expect(parsed.warnings.map(formatProblem)).toEqual([
      `${file}:13: "Code is available at https://github.com/example/three." could be a title without an abstract or the end of the abstract above; it was kept as the last paragraph of the abstract above; if it is a title, give it an abstract`,
    ]);
  });

  test('a 3,000-paper document of hard titles and multi-paragraph abstracts reads back exactly', () => {
    const document = synthesizePapers(sources, 3000, { style: 'conference', seed: 1, paragraphs: true });
    expect(document.papers.filter((paper) => paper.paragraphs.length > 1).length).toBeGreaterThan(100);
    expect(document.papers.filter((paper) => /[.?!]$/.test(paper.title)).length).toBeGreaterThan(500);
    expect(read(document.text)).toEqual(document.papers);
  });

  test('a PubMed-style document whose titles all end in a full stop reads back exactly', () => {
    const document = synthesizePapers(sources, 7398, { style: 'medical', seed: 2 });
    expect(document.papers.every((paper) => paper.title.endsWith('.'))).toBe(true);
    expect(document.papers.filter((paper) => /\. [A-Z[]/.test(paper.title)).length).toBeGreaterThan(2000);
    expect(read(document.text)).toEqual(document.papers);
  });

  test('random small documents come back as exactly the same papers', () => {
    // A fixed fast-check seed keeps the test deterministic. Medical documents keep one-paragraph
    // abstracts, as PubMed exports have: with several, a short two-sentence paragraph and a
    // two-sentence title ending in a full stop can trade places (see issue 12, left to do).
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 40 }), fc.constantFrom('conference' as const, 'medical' as const), (seed, count, style) => {
        const document = synthesizePapers(sources, count, { style, seed, paragraphs: style === 'conference' });
        expect(read(document.text)).toEqual(document.papers);
      }),
      { seed: 12, numRuns: 100 },
    );
  });
});
