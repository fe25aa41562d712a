import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { listSources, readDocuments } from '../../scripts/write/content-fs.ts';
import { formatProblem, InputError } from '../../scripts/read/problem.ts';
import { readListings, titleKey } from '../../scripts/read/read-listings.ts';

const dir = 'tests/fixtures/listings';
const read = async (paths: string[], year?: number) => readListings(await readDocuments(await listSources(paths)), { year });

/** The formatted problems a set of listings fails with. */
async function problems(paths: string[]): Promise<string[]> {
  const error = await read(paths).catch((caught: unknown) => caught);
  if (!(error instanceof InputError)) throw new Error(`${paths.join(', ')} read without errors`);
  return error.problems.map(formatProblem);
}

describe('listSources', () => {
  test('gives a folder’s .txt files in name order', async () => {
    expect(await listSources([`${dir}/daily`])).toEqual([`${dir}/daily/2024-03-12.txt`, `${dir}/daily/2024-03-13-papers.txt`, `${dir}/daily/2024-03-14.txt`]);
  });

  test('names every missing path at once', async () => {
    const error = await listSources(['nope.txt', `${dir}/nothing-here/`]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((problem) => problem.file)).toEqual(['nope.txt', `${dir}/nothing-here/`]);
  });
});

describe('readListings', () => {
  test('keeps every paper once, in reading order, dated by its first listing', async () => {
    const { papers } = await read([`${dir}/daily`]);
    expect(papers.map((paper) => [paper.title, paper.listed])).toEqual([
      ['Sparse Adapters for Low-Resource Speech Recognition', '2024-03-12'],
      ['Learning Contact Mechanics from Sparse Sensor Data', '2024-03-12'],
      ['Predicting Sepsis Onset from Routine Clinical Notes', '2024-03-12'],
      ['Citation Graphs for Statutory Interpretation', '2024-03-12'],
      ['Calibrated Uncertainty for Protein Structure Prediction', '2024-03-13'],
      ['Graph Priors for Galaxy Morphology Classification', '2024-03-14'],
      ['Energy-Based Models of Soil Moisture', '2024-03-14'],
    ]);
    expect(papers[0]).toMatchObject({ file: `${dir}/daily/2024-03-12.txt`, line: 11 });
  });

  test('uses the later abstract when they differ and warns with both places', async () => {
    const { papers, warnings } = await read([`${dir}/daily`]);
    const sepsis = papers.find((paper) => paper.title.startsWith('Predicting Sepsis'));
    expect(sepsis?.abstract).toContain('from three hospitals');
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/daily/2024-03-13-papers.txt:19: .*listed before at ${dir}/daily/2024-03-12.txt:19 with a different abstract`)),
    ]);
  });

  test('compares titles without case, spacing and punctuation', () => {
    expect(titleKey('Sparse Adapters for Low-Resource  Speech Recognition')).toBe(titleKey('sparse adapters for low resource speech recognition.'));
    expect(titleKey('Graph Priors')).not.toBe(titleKey('Graph Prior'));
  });

  test('keeps same-title papers within one document apart, as a single document does', () => {
    const text = 'Same Title\n\nFirst abstract of the paper. It has words.\n\nSame Title\n\nSecond abstract of another paper. It has words too.\n';
    expect(readListings([{ file: 'a.txt', text }]).papers).toHaveLength(2);
  });

  test('a listing whose chrome date has no year stays undated, with a warning in a series, or takes --year', async () => {
    const undated = await read([`${dir}/undated`, `${dir}/daily/2024-03-14.txt`]);
    expect(undated.papers[0]?.listed).toBeUndefined();
    expect(undated.warnings.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${dir}/undated/mar-15.txt:1: the listing date "Mar 15" has no year`))]);
    expect((await read([`${dir}/undated`], 2024)).papers[0]?.listed).toBe('2024-03-15');
  });

  test('a single document without a year keeps its chrome date as written, and no warning', () => {
    const file = 'src/data/transfer-learning-papers.txt';
    const listings = readListings([{ file, text: readFileSync(file, 'utf8') }]);
    expect(listings.listingDate).toBe('Mar 14');
    expect(listings.warnings).toEqual([]);
    expect(listings.papers.every((paper) => paper.listed === undefined)).toBe(true);
  });

  test('reports every unreadable date with file:line and what to do', async () => {
    expect(await problems([`${dir}/broken`])).toEqual([
      `${dir}/broken/2023-02-29.txt: the file name's date 2023-02-29 does not exist; rename the file after the listing’s real day, as yyyy-mm-dd (e.g. 2024-03-14.txt)`,
      expect.stringMatching(new RegExp(`^${dir}/broken/2024-03-16.txt:5: the listing date "Mar 17" \\(2024-03-17\\) contradicts the file name's date 2024-03-16; `)),
      expect.stringMatching(new RegExp(`^${dir}/broken/2024-03-18.txt:1: the listing date "Feb 30" in 2024 does not exist; `)),
    ]);
  });
});

describe('readListings across formats', () => {
  const formats = 'tests/fixtures/formats';

  test('merges the same paper from BibTeX and RIS by DOI, or by title when one lacks a DOI, the first record’s fields standing', async () => {
    const { papers, repeats, warnings, formats: readAs } = await read([`${formats}/zotero.bib`, `${formats}/scopus.ris`, `${formats}/zotero.json`, `${formats}/pubmed.nbib`]);
    expect(warnings).toEqual([]);
    expect(readAs).toEqual(['bibtex', 'ris', 'csl-json', 'medline']);
    // Möbius by DOI (BibTeX, RIS); federated distillation by title (RIS has no DOI); protein folding by DOI (CSL JSON, MEDLINE).
    expect(repeats).toBe(3);
    expect(papers.map((paper) => paper.title)).toEqual([
      'Möbius Transformations for Graph Neural Networks',
      'Attention Budgets for Efficient Transformers',
      'A Survey of Test-Time Adaptation',
      'Federated distillation under label shift',
      'Sparse mixtures of experts for protein folding',
      'Clinical language models for discharge summaries: a multicentre evaluation across 12 hospitals.',
    ]);
    const mobius = papers[0];
    // The BibTeX record came first: its authors and key stand; RIS adds what BibTeX lacked (the journal's short name).
    expect(mobius?.csl?.id).toBe('muller_mobius_2021');
    expect(mobius?.csl?.['container-title-short']).toBe('Nat. Commun.');
    expect(mobius?.csl?.author?.[0]).toEqual({ family: 'Müller', given: 'Jörg' });
    expect(mobius?.file).toBe(`${formats}/zotero.bib`);
    // Its abstract too: Zotero's two paragraphs, not Scopus' shorter one, and no warning about the difference.
    expect(mobius?.paragraphs).toHaveLength(2);
  });

  test('an export and a plain document of the same paper merge as listings do: a different abstract is a warning', () => {
    const ris = 'TY  - JOUR\nTI  - A paper\nAB  - The export’s abstract.\nER  - \n';
    const { papers, warnings } = readListings([{ file: 'b.ris', text: ris }, { file: 'a.txt', text: 'A Paper\n\nThe document’s abstract, longer.\n' }]);
    expect(papers).toHaveLength(1);
    expect(warnings.map((warning) => warning.message)).toContain('"A Paper" was listed before at b.ris:1 with a different abstract');
  });

  test('two records with the same title but different DOIs stay two papers', () => {
    const bib = '@article{a, title = {Same Title}, doi = {10.1/a}}\n';
    const ris = 'TY  - JOUR\nTI  - Same title\nDO  - 10.1/b\nER  - \n';
    expect(readListings([{ file: 'a.bib', text: bib }, { file: 'b.ris', text: ris }]).papers).toHaveLength(2);
  });

  test('a record without an abstract takes the abstract of a later record of the same paper, without a warning', () => {
    const bib = '@article{a, title = {A Paper}}\n';
    const ris = 'TY  - JOUR\nTI  - A paper\nAB  - The abstract.\nER  - \n';
    const { papers, warnings } = readListings([{ file: 'a.bib', text: bib }, { file: 'b.ris', text: ris }]);
    expect(papers.map((paper) => [paper.title, paper.abstract])).toEqual([['A Paper', 'The abstract.']]);
    expect(warnings).toEqual([]);
  });

  test('every broken record of every format is skipped with a warning by file and line, and the rest is read', async () => {
    const broken = `${formats}/broken`;
    const { papers, warnings } = await read([`${broken}/syntax.bib`, `${broken}/no-end.ris`, `${broken}/trailing-comma.json`, `${broken}/stray-line.nbib`, `${broken}/no-er.txt`]);
    expect(papers.length).toBeGreaterThan(0);
    expect(warnings.map(formatProblem).map((problem) => problem.split(': ')[0])).toEqual([`${broken}/syntax.bib:1`, `${broken}/no-end.ris:1`, `${broken}/trailing-comma.json:3`, `${broken}/stray-line.nbib:5`, `${broken}/no-er.txt:7`]);
    expect(warnings.every((warning) => / so (?:it|the file) was skipped$/.test(warning.message))).toBe(true);
  });

  test('the build stops only when no source has a record that can be read, and says why for each', async () => {
    const broken = `${formats}/broken`;
    const found = await problems([`${broken}/syntax.bib`, `${broken}/trailing-comma.json`]);
    expect(found.map((problem) => problem.split(': ')[0])).toEqual([`${broken}/syntax.bib:1`, `${broken}/trailing-comma.json:3`]);
    expect(found[1]).toMatch(/is not valid JSON/);
  });

  test('macros of a companion BibTeX file serve the others, whichever comes first', () => {
    const strings = { file: 'strings.bib', text: '@String{j-SIMAX = "SIAM J. Matrix Anal. Appl."}\n' };
    const main = { file: 'main.bib', text: '@article{a, title = {A}, journal = j-SIMAX}\n' };
    for (const sources of [[strings, main], [main, strings]]) {
      const { papers, warnings } = readListings(sources);
      expect(papers.map((paper) => paper.csl?.['container-title'])).toEqual(['SIAM J. Matrix Anal. Appl.']);
      expect(warnings).toEqual([]);
    }
  });
});

describe('listSources with exports', () => {
  test('a folder gives its exports too, every supported extension, in name order', async () => {
    expect(await listSources(['tests/fixtures/formats'])).toEqual(
      ['hostile.bib', 'plain.txt', 'pubmed.nbib', 'savedrecs.txt', 'scopus.ris', 'zotero.bib', 'zotero.json'].map((name) => `tests/fixtures/formats/${name}`),
    );
  });
});
