import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeDocument } from '../../../scripts/read/decode-document.ts';
import { parseDocument } from '../../../scripts/read/plain/parse-document.ts';
import { formatProblem, InputError } from '../../../scripts/read/problem.ts';

const fixture = (name: string) => `tests/fixtures/documents/${name}`;
const first = 'We study how to adapt models at test time. Our method improves accuracy on shifted data.';
const second = 'We propose a new way to merge fine-tuned models. It needs no training data at all.';

/** Reads and parses a fixture the way the generator does. */
function parse(name: string) {
  const file = fixture(name);
  return parseDocument(decodeDocument(readFileSync(file), file), file);
}

/** Returns the formatted problems a fixture fails with. */
function problems(name: string): string[] {
  try {
    parse(name);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error(`${name} parsed without errors`);
}

const twoPapers = [
  { title: 'First Paper Title', abstract: first },
  { title: 'Second Paper Title', abstract: second },
];

describe('parseDocument on the bundled document', () => {
  const file = 'src/data/transfer-learning-papers.txt';
  const text = readFileSync(file, 'utf8');
  const parsed = parseDocument(text, file);

  test('finds exactly 69 papers and no warnings', () => {
    expect(parsed.papers).toHaveLength(69);
    expect(parsed.warnings).toEqual([]);
  });

  test('drops the page chrome and keeps the listing date', () => {
    expect(parsed.listingDate).toBe('Mar 14');
    const titles = parsed.papers.map((paper) => paper.title);
    for (const chrome of ['new', 'Subscribe', 'Get trending papers in your email inbox!', 'byAK and the research community', 'Mar 14']) {
      expect(titles).not.toContain(chrome);
    }
  });

  test('titles and abstracts equal the source text', () => {
    const blocks = text.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(5);
    expect(parsed.papers.flatMap((paper) => [paper.title, paper.abstract])).toEqual(blocks);
  });

  test('records the line each title is on', () => {
    const lines = text.split('\n');
    for (const paper of parsed.papers) expect(lines[paper.line - 1]).toBe(paper.title);
    expect(parsed.papers[0]?.line).toBe(11);
  });
});

describe('parseDocument on messy documents', () => {
  test.each(['bom-crlf.txt', 'trailing-spaces.txt', 'many-blank-lines.txt'])('reads %s as two clean papers', (name) => {
    const parsed = parse(name);
    expect(parsed.papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual(twoPapers);
    expect(parsed.warnings).toEqual([]);
  });

  test('drops a byte order mark and CRLF chrome, keeping the date', () => {
    expect(parse('bom-crlf.txt').listingDate).toBe('Mar 14');
  });

  test('a document without chrome has no listing date', () => {
    expect(parse('trailing-spaces.txt').listingDate).toBeUndefined();
  });

  test('joins hard-wrapped titles and abstracts', () => {
    const [paper] = parse('hard-wrapped.txt').papers;
    expect(paper?.title).toBe('First Paper Title With a Long Name That Was Wrapped Over Two Lines');
    expect(paper?.abstract).toBe(first);
  });

  test('keeps an abstract split into two paragraphs as one abstract', () => {
    const parsed = parse('split-abstract.txt');
    expect(parsed.papers).toHaveLength(2);
    expect(parsed.papers[0]?.paragraphs).toEqual([
      first,
      'In a second paragraph, we release code and data. Results hold across ten benchmarks.',
    ]);
    expect(parsed.papers[1]?.title).toBe('Second Paper Title');
  });

  test('keeps a trailing link line with the abstract above and warns with its line', () => {
    const parsed = parse('code-line-after-abstract.txt');
    expect(parsed.papers.map((paper) => paper.title)).toEqual(['First Paper Title', 'Second Paper Title']);
    expect(parsed.papers[0]?.paragraphs.at(-1)).toBe('Code: https://github.com/example/first');
    expect(parsed.warnings.map(formatProblem)).toEqual([
      `${fixture('code-line-after-abstract.txt')}:5: "Code: https://github.com/example/first" could be a title without an abstract or the end of the abstract above; it was kept as the last paragraph of the abstract above; if it is a title, give it an abstract`,
    ]);
  });

  test('warns when an abstract looks like a title', () => {
    const parsed = parse('title-like-abstract.txt');
    expect(parsed.papers.map((paper) => paper.abstract)).toEqual(['No abstract available', 'Only a title-like line here']);
    expect(parsed.warnings.map((warning) => warning.line)).toEqual([3, 7]);
  });

  test('keeps hostile text exactly as written', () => {
    const parsed = parse('hostile.txt');
    expect(parsed.papers.map((paper) => paper.title)).toEqual([
      '{process.exit(1)}: Braces <b>and</b> Tags in a Title',
      "import fs from 'node:fs'",
      '../../etc/passwd',
      '???',
    ]);
    expect(parsed.papers[0]?.abstract).toContain('<script>alert(1)</script> and <EOS> and <1M parameters and Q^{pi_{sft}}');
  });
});

describe('parseDocument on broken documents', () => {
  test('an empty file is an error', () => {
    expect(problems('empty.txt')).toEqual([
      `${fixture('empty.txt')}: the document is empty; add papers as a title line, a blank line and an abstract paragraph, repeated`,
    ]);
  });

  test('a file of blank lines is empty too', () => {
    expect(problems('blank.txt')).toHaveLength(1);
    expect(problems('blank.txt')[0]).toContain('the document is empty');
  });

  test('chrome without papers says there are no papers, after the chrome', () => {
    expect(problems('chrome-only.txt')).toEqual([
      `${fixture('chrome-only.txt')}:10: no papers after the page chrome; paste the papers (title, blank line, abstract) below the listing header`,
    ]);
  });

  test('a title without an abstract names its line', () => {
    expect(problems('title-without-abstract.txt')).toEqual([
      `${fixture('title-without-abstract.txt')}:5: title "Orphan Title Without Abstract" has no abstract; add its abstract as the next paragraph after a blank line, or delete the title`,
    ]);
  });

  test('a last title without an abstract names its line', () => {
    expect(problems('trailing-title.txt')).toEqual([
      `${fixture('trailing-title.txt')}:5: title "Trailing Title" has no abstract; add its abstract as the next paragraph after a blank line, or delete the title`,
    ]);
  });

  test('prose before the first title is an error', () => {
    expect(problems('prose-first.txt')[0]).toMatch(/prose-first\.txt:1: expected a paper title, found prose/);
  });

  test('bytes that are not UTF-8 name their line', () => {
    expect(problems('latin1.txt')).toEqual([
      `${fixture('latin1.txt')}:3: byte 0xe9 at offset 31 is not valid UTF-8; save the document as UTF-8 (most editors offer "Save with encoding"), or convert it with \`iconv -f latin1 -t utf-8\``,
    ]);
  });

  test('reports every problem of a document at once', () => {
    const text = 'A Title\n\nB Title\n\nSome abstract text. It has two sentences.\n\nC Title\n';
    expect(() => parseDocument(text, 'x.txt')).toThrow(InputError);
    try {
      parseDocument(text, 'x.txt');
    } catch (error) {
      expect((error as InputError).problems.map((problem) => problem.line)).toEqual([1, 7]);
    }
  });
});

describe('parseDocument on the ICLR 2020 document', () => {
  test('reads all 687 papers without warnings', () => {
    const file = 'tests/fixtures/iclr2020-accepted-papers.txt';
    const parsed = parseDocument(readFileSync(file, 'utf8'), file);
    expect(parsed.papers).toHaveLength(687);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.listingDate).toBeUndefined();
  });
});
