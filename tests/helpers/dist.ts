import { fileURLToPath } from 'node:url';

/** Where the test run's global setup builds the bundled document (see tests/global-setup.ts). */
export const testOutDir = fileURLToPath(new URL('../.out/', import.meta.url));

/** The bundled document built with the default settings (`base` = `/`). */
export const distDir = fileURLToPath(new URL('../.out/dist/', import.meta.url));

/** The bundled document built under a sub-path, as for a GitHub project site. */
export const distBaseDir = fileURLToPath(new URL('../.out/dist-base/', import.meta.url));

/** The `base` used for {@link distBaseDir}. */
export const testBase = '/atlas';

/** Daily listings built into one site (tests/fixtures/listings/daily/ plus the bundled document, dated with --year). */
export const listingsDir = fileURLToPath(new URL('../.out/dist-listings/', import.meta.url));

/** The same listings built under {@link testBase}. */
export const listingsBaseDir = fileURLToPath(new URL('../.out/dist-listings-base/', import.meta.url));

/** The build options of the listings site: a folder of daily files, one more document and the year of its chrome date. */
export const listingsArgs = ['--source', 'tests/fixtures/listings/daily/', '--source', 'src/data/transfer-learning-papers.txt', '--year', '2024'];

/** Papers per listing page in the bundled builds, small so the 69 papers fill several pages. */
export const testPageSize = 5;

/**
 * A synthetic document of this many papers, built once with the default page size and the
 * 60-topic fixture taxonomy (one topic holding most papers), for the page-size bounds.
 */
export const largeDocumentSize = 2000;

/** The taxonomy of the large build: 60 topics of the ICLR 2020 document plus one broad topic. */
export const largeTaxonomy = fileURLToPath(new URL('../fixtures/taxonomies/iclr2020-60-topics.yaml', import.meta.url));

/** Where the large synthetic document is built. */
export const distLargeDir = fileURLToPath(new URL('../.out/dist-large/', import.meta.url));

/** Exports of every format (BibTeX, RIS, CSL JSON, MEDLINE, Web of Science), a plain document and a hostile BibTeX entry, built into one site. */
export const formatsArgs = [
  '--source',
  ...['zotero.bib', 'scopus.ris', 'zotero.json', 'pubmed.nbib', 'savedrecs.txt', 'plain.txt', 'hostile.bib'].map((name) => `tests/fixtures/formats/${name}`),
  '--name',
  'Formats',
];

/** Database exports (Scopus CSV in a folder of two, Web of Science tab-delimited, OpenAlex, arXiv), each with a hostile and a broken record, built into one site. */
export const databasesArgs = ['--source', 'tests/fixtures/formats/databases', 'tests/fixtures/formats/databases/scopus', '--name', 'Database exports'];

/** The database exports site. */
export const databasesDir = fileURLToPath(new URL('../.out/dist-databases/', import.meta.url));

/** The formats site at the root. */
export const formatsDir = fileURLToPath(new URL('../.out/dist-formats/', import.meta.url));

/** The formats site under {@link testBase}. */
export const formatsBaseDir = fileURLToPath(new URL('../.out/dist-formats-base/', import.meta.url));

/** A Web of Science export and a CSL JSON library naming the same people in several ways (initials, capitals, suffixes, ORCID iDs), built into one site. */
export const peopleArgs = ['--source', 'tests/fixtures/people/savedrecs.txt', 'tests/fixtures/people/zotero.json', '--name', 'People'];

/** The people site at the root. */
export const peopleDir = fileURLToPath(new URL('../.out/dist-people/', import.meta.url));
