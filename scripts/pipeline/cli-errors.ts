import { formatProblem, InputError } from '../read/problem.ts';
import { TaxonomyError } from '../topics/read-taxonomy.ts';

/**
 * Prints a failed run's problems for a person and sets a non-zero exit code.
 * Problems with the user's input are shown as `file:line: …` lines; anything
 * else is a bug and keeps its stack.
 */
export function reportFailure(error: unknown): void {
  process.exitCode = 1;
  if (error instanceof InputError) {
    console.error(`error: the document cannot be built (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):`);
    for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  } else if (error instanceof TaxonomyError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  console.error('Nothing was changed: the previous content and dist/ are as they were.');
}
