import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArxivAtom } from '../../../scripts/read/exports/read-arxiv-atom.ts';
import { formatProblem } from '../../../scripts/read/problem.ts';

const file = 'tests/fixtures/formats/databases/arxiv-atom.xml';

describe('readArxivAtom', () => {
  test('reads two responses in one file, entry by entry: each paper once, a broken entry skipped with its line', () => {
    const { records, warnings, errors } = readArxivAtom(readFileSync(file, 'utf8'), file);
    expect(errors).toEqual([]);
    expect(records.map((record) => [record.line, record.item.id])).toEqual([
      [10, '1910.06169'],
      [37, '2605.15195'],
      [78, '2605.16666'],
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:59: this record repeats the one at line 37 (arxiv:2605.15195); it is read once, as one paper`,
      `${file}:77: this <entry> is not well-formed XML (unexpected close tag), so it was skipped; save the arXiv response again, whole`,
    ]);
  });

  test('maps an entry: the published (first version) date, the abs page without version, arXiv categories only, DOI and journal reference', () => {
    const [pgm, vggt, hostile] = readArxivAtom(readFileSync(file, 'utf8'), file).records.map((record) => record.item);
    expect(pgm).toMatchObject({
      type: 'article',
      title: 'The PGM-index: a multicriteria, compressed and learned approach to data indexing',
      author: [
        { given: 'Paolo', family: 'Ferragina' },
        { given: 'Giorgio', family: 'Vinciguerra' },
      ],
      issued: { 'date-parts': [[2019, 10, 14]] },
      URL: 'https://arxiv.org/abs/1910.06169',
      keyword: 'Data structures and algorithms; Databases',
      DOI: '10.14778/3389133.3389135',
      note: 'Journal reference: PVLDB 13(8): 1162-1175 (2020)',
    });
    expect(pgm?.abstract).toBe('The recent introduction of learned indexes has shaken the foundations of the\ndecades-old field of indexing data structures.\n\nWe remark that this paper extends our previous paper (arXiv:1903.00507).');
    expect(vggt?.title).toBe('VGGT-$Ω$: Scaling Feed-Forward Reconstruction & Ranking');
    expect(hostile).toMatchObject({ title: "arXiv API: import x from 'y' { <script>alert(1)</script> } export const a = 1", author: [{ family: '</a>' }, { given: '<b>Bold</b>', family: "O'Brien" }] });
  });

  test('reads entries collected under another root, most without the Atom namespace, with their own id attribute', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?><articles>\n<entry id="1910.06169" xmlns="http://www.w3.org/2005/Atom">\n<id>http://arxiv.org/abs/1910.06169v1</id><title>One</title><published>2019-10-14T14:25:25Z</published><arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.DS"/></entry>\n<entry id="1904.05459">\n<title>Two</title><published>2019-04-10T00:00:00Z</published><arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1000/two</arxiv:doi></entry></articles>`;
    expect(readArxivAtom(text, 'arxiv.xml').records.map((record) => [record.line, record.item.id, record.item.title, record.item.DOI ?? record.item.keyword])).toEqual([
      [2, '1910.06169', 'One', 'Data structures and algorithms'],
      [4, '1904.05459', 'Two', '10.1000/two'],
    ]);
  });

  test('an entry without </entry> is skipped; a file with no entry fails', () => {
    const text = '<feed>\n<entry><id>http://arxiv.org/abs/1</id><title>Cut</title>\n<entry><id>http://arxiv.org/abs/2</id><title>Whole</title></entry>\n</feed>\n';
    const { records, warnings } = readArxivAtom(text, 'a.xml');
    expect(records.map((record) => record.item.title)).toEqual(['Whole']);
    expect(warnings.map(formatProblem)).toEqual(['a.xml:2: this <entry> has no </entry> before line 3, so it was skipped; save the arXiv response again, whole']);
    expect(readArxivAtom('<feed></feed>', 'b.xml').errors.map((problem) => problem.message)).toEqual(['no record of this arXiv Atom file can be read']);
  });
});
