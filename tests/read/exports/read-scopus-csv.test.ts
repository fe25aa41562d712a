import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeDocument } from '../../../scripts/read/decode-document.ts';
import { readScopusCsv } from '../../../scripts/read/exports/read-scopus-csv.ts';
import { abstractOf } from '../../../scripts/read/exports/scopus-item.ts';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readListings } from '../../../scripts/read/read-listings.ts';

const read = (name: string) => {
  const file = `tests/fixtures/formats/databases/scopus/${name}`;
  return { file, text: decodeDocument(readFileSync(file), file) };
};
const header = '"Authors","Author full names","Author(s) ID","Title","Year","Source title","DOI","Link","Abstract","Author Keywords","Index Keywords","Document Type","EID"';

describe('readScopusCsv', () => {
  test('reads the 36-column layout by column name: authors with their Scopus ids, venue, year, DOI, link, keywords kept apart, type', () => {
    const { file, text } = read('scopus-1.csv');
    const { records, errors } = readScopusCsv(text, file);
    expect(errors).toEqual([]);
    const [conference, review] = records.map((record) => record.item);
    expect(conference).toMatchObject({
      type: 'paper-conference',
      id: '2-s2.0-85202002537',
      title: 'Synthetic patient data for interoperable hematology registries',
      author: [
        { family: 'Hahn', given: 'Waldemar', 'scopus-author-id': '57255281800' },
        { family: 'Ahmadi', given: 'Najia', 'scopus-author-id': '57283529300' },
        { family: 'Wolfien', given: 'Markus', 'scopus-author-id': '55633497900' },
      ],
      'container-title': 'Studies in Health Technology and Informatics',
      'event-title': '34th Medical Informatics Europe Conference, MIE 2024',
      issued: { 'date-parts': [[2024]] },
      DOI: '10.3233/SHTI240692',
      keyword: 'FHIR; Synthetic patient data; Hematology',
      keywordsPlus: 'Electronic Health Records; Humans; Data integration; Interoperability',
      page: '1472-1476',
      PMID: '39176482',
    });
    expect(conference?.URL).toMatch(/^https:\/\/www\.scopus\.com\/inward\/record\.uri\?eid=2-s2\.0-85202002537/);
    expect(conference?.abstract).toBe('Synthetic data lets registries share patient records without exposing patients. We map synthetic hematology data to FHIR resources and evaluate how well the mapping preserves clinical relationships.');
    expect(review?.type).toBe('article-journal');
    expect(review?.abstract).toBe('Consent determines which clinical data may be shared and with whom. We review 48 systems that manage consent electronically and compare how they represent it.');
  });

  test('the placeholder means no abstract, and a bracketed original-language title is kept apart', () => {
    const { file, text } = read('scopus-1.csv');
    const editorial = readScopusCsv(text, file).records.find((record) => record.item.id === '2-s2.0-85110000002')?.item;
    expect(editorial?.title).toBe('Interoperability of health records across borders');
    expect(editorial?.['original-title']).toBe('Interoperabilidad de las historias clínicas entre países');
    expect(editorial?.abstract).toBeUndefined();
  });

  test('reads the 27-column layout without EID, with the abbreviated source title', () => {
    const { file, text } = read('scopus-2.csv');
    const [first] = readScopusCsv(text, file).records;
    expect(first?.line).toBe(2);
    expect(first?.item).toMatchObject({ title: 'Green supply chain performance and ESG disclosure', 'container-title-short': 'Front. Environ. Sci.', number: '982828' });
    expect(first?.item.id).toBeUndefined();
    expect(first?.item.abstract).toBe("Supply chains carry most of a firm's environmental footprint. We relate ESG scores to supply chain performance for 200 listed firms.");
  });

  test('a record whose quote never closes is skipped with its line, the records after it still read; a repeated record is read once', () => {
    const { file, text } = read('scopus-1.csv');
    const { records, warnings } = readScopusCsv(text, file);
    expect(records.map((record) => record.line)).toEqual([2, 3, 5, 7]);
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:4: a quote in this record is never closed (Trailing quote on quoted field is malformed), so it was skipped; check the quotes and commas of that record, or export it again`,
      `${file}:6: this record repeats the one at line 2 (eid:2-s2.0-85202002537); it is read once, as one paper`,
    ]);
  });

  test('a hostile record stays text', () => {
    const { file, text } = read('scopus-1.csv');
    const hostile = readScopusCsv(text, file).records.at(-1)?.item;
    expect(hostile?.title).toBe("Scopus: import x from 'y' { <script>alert(1)</script> } export const a = 1");
    expect(hostile?.author?.[0]).toEqual({ literal: '</a>', 'scopus-author-id': '57999999991' });
  });

  test('a folder of exports gives each paper once: the same DOI and title in two files is one paper', () => {
    const listings = readListings([read('scopus-1.csv'), read('scopus-2.csv')]);
    expect(listings.papers.map((paper) => paper.title)).toEqual([
      'Synthetic patient data for interoperable hematology registries',
      'Consent management for clinical data sharing: a review',
      'Interoperability of health records across borders',
      "Scopus: import x from 'y' { <script>alert(1)</script> } export const a = 1",
      'Green supply chain performance and ESG disclosure',
    ]);
    expect(listings.repeats).toBe(1);
    // The first file's record stands; the second adds what it lacked.
    expect(listings.papers[1]?.csl?.['container-title-short']).toBe('J. Biomed. Informatics');
  });

  test('two chapters sharing their book’s DOI stay two records; the same DOI and title is one', () => {
    const text = `${header}\n"A B.","","","Chapter one","2020","Book","10.1000/book","","","","","Book chapter","2-s2.0-1"\n"C D.","","","Chapter two","2020","Book","10.1000/book","","","","","Book chapter","2-s2.0-2"\n"C D.","","","Chapter  Two.","2020","Book","10.1000/BOOK","","","","","Book chapter","2-s2.0-3"\n`;
    const { records, warnings } = readScopusCsv(text, 'book.csv');
    expect(records.map((record) => [record.item.title, record.item.type])).toEqual([
      ['Chapter one', 'chapter'],
      ['Chapter two', 'chapter'],
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual(['this record repeats the one at line 3 (doi:10.1000/book)']);
  });

  test('short names only (older exports separate them with commas) give family names and initials', () => {
    const text = `Authors,Title,Year,Source title\n"Zeng H., Li R.Y.M.",A title,2015,Some Journal\n"van der Berg P.; Smith J.",Another title,2016,Some Journal\n[No author name available],A third,2017,J\n`;
    const authors = readScopusCsv(text, 'old.csv').records.map((record) => record.item.author);
    expect(authors).toEqual([
      [{ family: 'Zeng', given: 'H.' }, { family: 'Li', given: 'R.Y.M.' }],
      [{ family: 'van der Berg', given: 'P.' }, { family: 'Smith', given: 'J.' }],
      undefined,
    ]);
  });

  test('a row with too few cells or no title is skipped; a file without a Title column, or with no readable row, fails', () => {
    const text = `${header}\n"A B.","","","","2020","J","","","","","","Article",""\n"C D.","","","A readable title"\n"E F.","","","Fine","2021","J","","","","","","Article","2-s2.0-1"\n`;
    const { records, warnings } = readScopusCsv(text, 'a.csv');
    expect(records.map((record) => record.item.title)).toEqual(['Fine']);
    expect(warnings.map(formatProblem)).toEqual([
      'a.csv:2: this record has no title, so it was skipped; give it a title in the database, or remove it from the export',
      'a.csv:3: this record has 4 cells where the header has 13, so it was skipped; check the quotes and commas of that record, or export it again',
    ]);
    expect(readScopusCsv('Name,Value\nx,1\n', 'b.csv').errors.map(formatProblem)).toEqual([
      'b.csv:1: the CSV file has no `Title` column, so it is not a Scopus export; export the records from Scopus as CSV with at least the citation information (Authors, Title, Year, Source title, DOI) and the abstract',
    ]);
    expect(readScopusCsv(`${header}\n`, 'c.csv').errors.map(formatProblem)).toEqual([
      'c.csv: no record of this Scopus CSV file can be read; export the records from Scopus as CSV (Export → CSV) with the citation information and the abstract',
    ]);
  });
});

describe('abstractOf', () => {
  test('cuts the copyright statement Scopus appends, wherever it starts a statement', () => {
    expect(abstractOf('We study things. © 2024 Elsevier Ltd')).toBe('We study things.');
    expect(abstractOf('We study things. Copyright © 2022 Zeng, Li and Zeng.')).toBe('We study things.');
    expect(abstractOf('We study things. Copyright: © 2023 INFORMS.')).toBe('We study things.');
    expect(abstractOf('We help to achieve the same © 2022 IEEE.')).toBe('We help to achieve the same');
    expect(abstractOf('Results hold. (c) 2020 Elsevier B.V. All rights reserved.')).toBe('Results hold.');
    expect(abstractOf('[No abstract available]')).toBe('');
  });

  test('a second abstract Scopus joins with `.;` after the statement becomes its own paragraph', () => {
    expect(abstractOf('First abstract. © 2019 Elsevier Inc.; Second abstract follows.')).toBe('First abstract. \n\nSecond abstract follows.');
    expect(abstractOf('In pediatric contexts.; Copyright © 2024 by the American Academy of Pediatrics © 2024 AAP. All rights reserved.')).toBe('In pediatric contexts.');
  });

  test('leaves a © that is part of a name, or opens the abstract', () => {
    expect(abstractOf('Data lived in Excel© sheets and Surgeon©, a platform.')).toBe('Data lived in Excel© sheets and Surgeon©, a platform.');
    expect(abstractOf('© 2015 Elsevier Ltd. All rights reserved. We study things.')).toBe('© 2015 Elsevier Ltd. All rights reserved. We study things.');
    expect(abstractOf('Symbols such as the © sign are marks.')).toBe('Symbols such as the © sign are marks.');
  });
});
