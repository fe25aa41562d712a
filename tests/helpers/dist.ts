import { fileURLToPath } from 'node:url';

/** Where the test run's global setup builds the bundled document (see tests/global-setup.ts). */
export const testOutDir = fileURLToPath(new URL('../.out/', import.meta.url));

/** The bundled document built with the default settings (`base` = `/`). */
export const distDir = fileURLToPath(new URL('../.out/dist/', import.meta.url));

/** The bundled document built under a sub-path, as for a GitHub project site. */
export const distBaseDir = fileURLToPath(new URL('../.out/dist-base/', import.meta.url));

/** The `base` used for {@link distBaseDir}. */
export const testBase = '/atlas';
