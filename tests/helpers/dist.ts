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
