import { execFileSync } from 'node:child_process';
import { buildDocument, searchTitlesDocument } from './helpers/build-document.ts';
import { distBaseDir, distDir, testBase } from './helpers/dist.ts';

/**
 * Builds the bundled document twice before the tests that read built output:
 * once at the root and once under a sub-path, exactly as `npm run build` does; then
 * the ICLR 2020 document with the hostile search titles, in a scratch copy of the project.
 *
 * Set `ATLAS_TEST_SKIP_BUILD=1` to skip the builds while iterating on tests that do not
 * read them (tests over built output then use whatever builds are already there).
 */
export default async function setup(): Promise<void> {
  if (process.env['ATLAS_TEST_SKIP_BUILD'] === '1') return;
  const builds = [
    ['--out', distDir],
    ['--out', distBaseDir, '--base', testBase],
  ];
  for (const args of builds) {
    execFileSync(process.execPath, ['scripts/build.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await buildDocument(searchTitlesDocument.name, searchTitlesDocument.sources);
}
