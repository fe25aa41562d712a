import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { abstractOf } from '../../../scripts/read/exports/openalex-item.ts';
import { readOpenalex } from '../../../scripts/read/exports/read-openalex.ts';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readListings } from '../../../scripts/read/read-listings.ts';

const fixture = (name: string) => ({ file: `tests/fixtures/formats/${name}`, text: readFileSync(`tests/fixtures/formats/${name}`, 'utf8') });

describe('readOpenalex', () => {
  test('reads a saved API page: authors with ORCID, the primary location as venue, date, DOI, abstract, keywords and topics apart', () => {
    const { file, text } = fixture('databases/openalex-page.json');
    const { records, warnings, errors } = readOpenalex(text, file);
    expect([errors, warnings]).toEqual([[], []]);
    expect(records.map((record) => record.item.type)).toEqual(['article-journal', 'article', 'paper-conference']);
    expect(records[0]?.item).toMatchObject({
      id: 'W4300000001',
      title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
      author: [
        { given: 'Heather', family: 'Piwowar', ORCID: '0000-0003-1613-5981', 'openalex-author-id': 'A5085171399' },
        { given: 'Jason', family: 'Priem', ORCID: '0000-0001-6187-6610', 'openalex-author-id': 'A5023888391' },
        { given: 'Juan Pablo', family: 'Alperin', 'openalex-author-id': 'A5000000003' },
      ],
      'container-title': 'PeerJ',
      issued: { 'date-parts': [[2018, 2, 13]] },
      DOI: '10.7717/peerj.4375',
      URL: 'https://doi.org/10.7717/peerj.4375',
      keyword: 'Open access; Citation advantage',
      keywordsPlus: 'Open access publishing; Scholarly communication',
      page: 'e4375',
      volume: '6',
    });
    expect(records[0]?.item.abstract).toMatch(/^Despite growing interest in Open Access \(OA\) to scholarly literature, there is an unmet need .* an open online service\.$/);
    // Without topics, the older concepts are the index keywords; a particle stays with the family name.
    expect(records[1]?.item).toMatchObject({ keywordsPlus: 'Citation; Computer science', author: [{ given: 'Ronald', 'non-dropping-particle': 'de', family: 'Wolf' }] });
    expect(records[2]?.item.abstract).toBeUndefined();
  });

  test('reads JSON Lines: a broken line is skipped with its line, the hostile work stays text', () => {
    const { file, text } = fixture('databases/openalex-works.jsonl');
    const { records, warnings } = readOpenalex(text, file);
    expect(records.map((record) => [record.line, record.item.title])).toEqual([
      [1, 'Learning to rank reviewers for conference submissions'],
      [3, "OpenAlex: import x from 'y' { <script>alert(1)</script> } export const a = 1"],
    ]);
    expect(records[1]?.item.author?.[0]).toMatchObject({ family: '</a>' });
    expect(warnings.map(formatProblem)).toEqual([`${file}:2: this line is not valid JSON (Unexpected end of JSON input), so it was skipped; each line holds one record as JSON; fix the line or save the record again`]);
  });

  test('reads an array of works, each at its line; a value that is not a work is skipped', () => {
    const text = '[\n  {"id": "https://openalex.org/W1", "title": "One", "publication_year": 2020},\n  "not a work",\n  {"id": "https://openalex.org/W2", "display_name": "Two"}\n]\n';
    const { records, warnings } = readOpenalex(text, 'works.json');
    expect(records.map((record) => [record.line, record.item.title, record.item.issued])).toEqual([
      [2, 'One', { 'date-parts': [[2020]] }],
      [4, 'Two', undefined],
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([3]);
  });

  test('the same work in a page and in JSON Lines is one paper', () => {
    const listings = readListings([fixture('databases/openalex-page.json'), fixture('databases/openalex-works.jsonl')]);
    expect(listings.papers).toHaveLength(4);
    // The page had no abstract for it; JSON Lines gives one.
    expect(listings.papers.find((paper) => paper.title.startsWith('Learning to rank'))?.abstract).toBe('Conferences assign thousands of submissions to reviewers. We learn a ranking from past bids.');
  });

  test('invalid JSON that is not JSON Lines fails at its line', () => {
    expect(readOpenalex('{\n  "meta": {},\n  "results": [\n    {"title": "x",}\n  ]\n}\n', 'page.json').errors.map((problem) => problem.line)).toEqual([4]);
  });
});

describe('abstractOf', () => {
  test('writes the inverted index out in position order', () => {
    expect(abstractOf({ study: [1, 4], We: [0], things: [2], and: [3], 'others.': [5] })).toBe('We study things and study others.');
    expect(abstractOf(null)).toBe('');
  });
});
