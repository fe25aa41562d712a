/**
 * `npm run generate [-- --source doc.txt|listings/ … --year 2024 --taxonomy t.yaml --fresh-topics --name "My papers"]`
 *
 * Splits the source document (or several daily listings) into one MDX page per paper plus topic data under
 * src/content/, and prints the topic distribution and one summary line.
 */
import { parseArgs } from 'node:util';
import { reportFailure } from './pipeline/cli-errors.ts';
import { generateFlags, generateOptionsOf } from './pipeline/source-options.ts';
import { reportGenerate } from './pipeline/report-generate.ts';
import { generateDefaults, runGenerate } from './pipeline/run-generate.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...generateFlags,
    'content-dir': { type: 'string', default: generateDefaults.contentDir },
  },
});

try {
  // Read, generate in memory, validate, then sync src/content/ in one step.
  const result = await runGenerate(generateOptionsOf(values, positionals, values['content-dir']));
  // Tell the user what to check, then one summary line.
  for (const line of reportGenerate(result)) console.log(line);
  const { written, unchanged, removed } = result.sync;
  console.log(
    `generated ${result.papers.length} papers and ${result.topics.length} topics from ${result.read.file} in ${result.milliseconds.toFixed(0)} ms (${written} written, ${unchanged} unchanged, ${removed} removed)`,
  );
} catch (error) {
  reportFailure(error);
}
