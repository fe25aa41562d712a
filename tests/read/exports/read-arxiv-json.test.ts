import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { arxivCategoryName } from '../../../scripts/read/exports/arxiv-categories.ts';
import { readArxivJson } from '../../../scripts/read/exports/read-arxiv-json.ts';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { recordToPaper } from '../../../scripts/read/record-to-paper.ts';

const file = 'tests/fixtures/formats/databases/arxiv-snapshot.json';

describe('readArxivJson', () => {
  test('reads the snapshot (JSON Lines in a .json file): authors, first version date, categories, abs page, DOI, journal reference', () => {
    const { records, errors } = readArxivJson(readFileSync(file, 'utf8'), file);
    expect(errors).toEqual([]);
    expect(records[0]?.item).toEqual({
      type: 'article',
      id: '0704.0001',
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      author: [
        { family: 'Balázs', given: 'C.' },
        { family: 'Berger', given: 'E. L.' },
        { family: 'Nadolsky', given: 'P. M.' },
        { family: 'Yuan', given: 'C. -P.' },
      ],
      'container-title': 'arXiv',
      publisher: 'arXiv',
      number: 'arXiv:0704.0001',
      issued: { 'date-parts': [[2007, 4, 2]] },
      DOI: '10.1103/PhysRevD.76.013009',
      URL: 'https://arxiv.org/abs/0704.0001',
      keyword: 'High energy physics: phenomenology',
      note: 'Journal reference: Phys.Rev.D76:013009,2007',
      abstract: expect.any(String),
    });
    expect(records[1]?.item.keyword).toBe('Combinatorics; Computational geometry');
  });

  test('joins hard-wrapped text, an indented line starting a paragraph; TeX letters decoded, math kept', () => {
    const { records } = readArxivJson(readFileSync(file, 'utf8'), file);
    expect(recordToPaper(records[0]!).paragraphs).toEqual([
      'A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders. All next-to-leading order perturbative contributions are included.',
      'Predictions are shown for distributions of diphoton pairs produced at the Large Hadron Collider (LHC).',
    ]);
    expect(records[1]?.item.abstract).toContain('the $(k,\\ell)$-pebble game');
    expect(records[2]?.item.title).toBe('A limit theorem for the Schrödinger equation and the tritronquée solution');
    expect(records[2]?.item.author?.[1]).toEqual({ family: 'Leyvraz', given: 'François' });
  });

  test('a line cut short is skipped with its line; the hostile record stays text', () => {
    const { records, warnings } = readArxivJson(readFileSync(file, 'utf8'), file);
    expect(records.map((record) => record.line)).toEqual([1, 2, 4, 5]);
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:3: this line is not valid JSON (Unterminated string in JSON at position 146 (line 1 column 147)), so it was skipped; each line holds one record as JSON; fix the line or save the record again`,
    ]);
    expect(records[3]?.item).toMatchObject({ title: "arXiv: import x from 'y' { <script>alert(1)</script> } export const a = 1", author: [{ family: '</a>' }, { family: "O'Brien", given: '<b>Bold</b>' }] });
  });

  test('without authors_parsed, the authors line is split and parsed', () => {
    const line = JSON.stringify({ id: 'math/0601001', title: 'T', abstract: 'A', authors: 'Ronald de Wolf (CWI), J. M\\"uller and Lo Wang', categories: 'math.CO', versions: [{ version: 'v1', created: 'Sun, 1 Jan 2006 10:00:00 GMT' }] });
    expect(readArxivJson(line, 'a.json').records[0]?.item).toMatchObject({
      id: 'math/0601001',
      URL: 'https://arxiv.org/abs/math/0601001',
      author: [{ given: 'Ronald', 'non-dropping-particle': 'de', family: 'Wolf' }, { given: 'J.', family: 'Müller' }, { given: 'Lo', family: 'Wang' }],
    });
  });
});

describe('arXiv categories', () => {
  test('are named as arXiv names them, in sentence case, a code it does not list kept as written', () => {
    expect(arxivCategoryName('cond-mat.mes-hall')).toBe('Mesoscale and nanoscale physics');
    expect(arxivCategoryName('math.NT')).toBe('Number theory');
    expect(arxivCategoryName('hep-th')).toBe('High energy physics: theory');
    expect(arxivCategoryName('solv-int')).toBe('Exactly solvable and integrable systems');
    expect(arxivCategoryName('cs.XX')).toBeUndefined();
    const line = JSON.stringify({ id: '0704.0003', title: 'T', abstract: 'A', authors: 'A. B', categories: 'physics.flu-dyn cs.XX', versions: [{ version: 'v1', created: 'Sun, 1 Apr 2007 10:00:00 GMT' }] });
    expect(readArxivJson(`${line}\n`, 'a.json').records[0]?.item.keyword).toBe('Fluid dynamics; cs.XX');
  });
});
