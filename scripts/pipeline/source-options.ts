import { InputError } from '../read/problem.ts';
import { generateDefaults, type RunGenerateOptions } from './run-generate.ts';

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

/** The command-line options `npm run generate` and `npm run build` share (for `parseArgs`). */
export const generateFlags = {
  // Several documents or folders of daily listings: `--source a.txt --source listings/`, or paths after `--`.
  source: { type: 'string', multiple: true },
  year: { type: 'string' },
  taxonomy: { type: 'string' },
  // Make automatic topics afresh instead of keeping those of the previous build.
  'fresh-topics': { type: 'boolean', default: false },
  name: { type: 'string' },
} as const;

/** What `runGenerate` needs, from the shared flags and the paths after them. */
export function generateOptionsOf(
  values: { source?: string[] | undefined; year?: string | undefined; taxonomy?: string | undefined; name?: string | undefined; 'fresh-topics'?: boolean | undefined },
  positionals: readonly string[],
  contentDir: string,
): RunGenerateOptions {
  return { source: sourcesOf(values.source, positionals), year: yearOf(values.year), taxonomy: values.taxonomy, name: values.name, freshTopics: values['fresh-topics'], contentDir };
}
