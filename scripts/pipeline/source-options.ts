import { InputError } from '../read/problem.ts';
import { generateDefaults } from './run-generate.ts';

/**
 * The documents to build from the command line: every `--source` and every path after
 * the options (so a shell glob such as `--source listings/*.txt` works), else the bundled document.
 */
export function sourcesOf(flags: readonly string[] | undefined, positionals: readonly string[]): string[] {
  const paths = [...(flags ?? []), ...positionals];
  return paths.length === 0 ? [generateDefaults.source] : paths;
}

/** The `--year` option as a number, or an `InputError` that says what to pass. */
export function yearOf(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  if (!/^\d{4}$/.test(flag)) throw new InputError([{ file: '--year', line: 0, message: `"${flag}" is not a year`, hint: 'pass four digits, e.g. --year 2024' }]);
  return Number(flag);
}
