import { execFileSync } from 'node:child_process';
import { distBaseDir, distDir, listingsArgs, listingsBaseDir, listingsDir, testBase } from './helpers/dist.ts';

/**
 * Builds a series of daily listings at the root and under a sub-path, then the bundled
 * document twice before the tests that read built output:
 * once at the root and once under a sub-path, exactly as `npm run build` does. The bundled
 * document comes last, so src/content/ holds it for the tests that read the generated content.
 *
 * Set `ATLAS_TEST_SKIP_BUILD=1` to skip the builds while iterating on tests that do not
 * read them (tests over built output then use whatever builds are already there).
 */
export default function setup(): void {
  const builds = [
    [...listingsArgs, '--out', listingsDir],
    [...listingsArgs, '--out', listingsBaseDir, '--base', testBase],
    ['--out', distDir],
    ['--out', distBaseDir, '--base', testBase],
  ];
  for (const args of builds) {
    if (process.env['ATLAS_TEST_SKIP_BUILD'] === '1') continue;
    execFileSync(process.execPath, ['scripts/build.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
