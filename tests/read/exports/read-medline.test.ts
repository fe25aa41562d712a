import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readMedline } from '../../../scripts/read/exports/read-medline.ts';

describe('readMedline', () => {
  test('reads PubMed records: continuation lines joined, full author names with ORCID iDs, date, journal, keywords, MeSH apart, and DOI', () => {
    const { records, errors } = readMedline(readFileSync('tests/fixtures/formats/pubmed.nbib', 'utf8'), 'pubmed.nbib');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([1, 33]);
    const [first, second] = records.map((record) => record.item);
    expect(first?.abstract).toBe('Protein structure prediction is costly. A sparse mixture of experts routes each residue to a few experts, and matches dense models at a third of the compute.');
    expect(first?.author).toEqual([
      { family: 'Kowalski', given: 'Anna' },
      { family: 'Ito', given: 'Hiro' },
    ]);
    expect(first?.issued).toEqual({ 'date-parts': [[2024, 2, 1]] });
    expect(first?.['container-title']).toBe('Bioinformatics (Oxford, England)');
    expect(first?.DOI).toBe('10.1093/bioinformatics/btad001');
    expect(first?.URL).toBe('https://pubmed.ncbi.nlm.nih.gov/38000001/');
    expect(first?.keyword).toBe('mixture of experts');
    expect(first?.keywordsPlus).toBe('Protein Folding; Humans; Neural Networks, Computer');
    expect(second?.title).toBe('Clinical language models for discharge summaries: a multicentre evaluation across 12 hospitals.');
    expect(second?.author).toEqual([{ family: "O'Neil", given: 'Mary-Kate', ORCID: 'https://orcid.org/0000-0002-1825-0097' }]);
    expect(second?.keywordsPlus).toBe('Natural Language Processing');
    expect(second?.keyword).toBeUndefined();
    expect(second?.issued).toEqual({ 'date-parts': [[2023, 11]] });
    expect(second?.abstract).toBeUndefined();
  });

  test('falls back to AU names (family, then initials) without FAU', () => {
    const [record] = readMedline('PMID- 1\nTI  - T\nAU  - van Gogh V\nAU  - Li X\n', 'a.nbib').records;
    expect(record?.item.author).toEqual([
      { family: 'van Gogh', given: 'V' },
      { family: 'Li', given: 'X' },
    ]);
  });

  test('a line that is no field and no continuation stops the build at its line', () => {
    const { errors } = readMedline(readFileSync('tests/fixtures/formats/broken/stray-line.nbib', 'utf8'), 'stray-line.nbib');
    expect(errors.map(formatProblem)).toEqual([expect.stringMatching(/^stray-line\.nbib:5: "this line is not a field" is neither a MEDLINE field nor a continuation; /)]);
  });

  test('a record without a title is an error at its first line', () => {
    expect(readMedline('PMID- 1\nTI  - T\n\nPMID- 2\nAB  - Only an abstract\n', 'a.nbib').errors.map(formatProblem)).toEqual(['a.nbib:4: the record PMID 2 has no title; add a `TI  - …` line, or remove the record']);
  });
});
