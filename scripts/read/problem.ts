/** A problem found in an input file, located by line. */
export interface Problem {
  /** Path of the file the problem is in, as the user gave it. */
  file: string;
  /** 1-based line number, or 0 when the problem concerns the whole file. */
  line: number;
  /** What is wrong, e.g. `title "X" has no abstract`. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Formats a problem as `file:line: what is wrong; what to do`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message}; ${problem.hint}`;
}

/** Thrown when an input cannot be turned into a site; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
