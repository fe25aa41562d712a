import type { Problem } from '../problem.ts';
import { lineIndex } from '../read-records.ts';

/** A value found in a JSON file, with the 1-based line it starts on. */
export interface JsonValue {
  value: unknown;
  line: number;
}

/**
 * The records of a JSON file, whichever way a database saved them: one JSON document (an
 * array of records, an API page `{"meta": …, "results": […]}`, or one record), or JSON
 * Lines (one record a line, as in arXiv's snapshot and OpenAlex's bulk files, whatever the
 * extension). A JSON Lines line that is not valid JSON is a problem at its line and the
 * other lines are still read; so are the lines of an array written one record a line
 * (`[{…},` … `{…}]`). Only a file nothing can be read from gives no values, with the
 * parser's complaint at its line.
 */
export function readJsonValues(text: string, file: string): { values: JsonValue[]; problems: Problem[] } {
  const lineAt = lineIndex(text);
  const body = text.replace(/^\uFEFF/, '');
  const skipped = text.length - body.length;
  let whole: unknown;
  let failure: { message: string; line: number } | undefined;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    const message = String((error as Error).message);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    failure = { message: message.replace(/^.*?: /, '').split('\n')[0] ?? message, line: Number.isFinite(position) ? lineAt(position + skipped) : 0 };
  }
  if (failure === undefined) {
    const results = whole !== null && typeof whole === 'object' && !Array.isArray(whole) ? (whole as { results?: unknown }).results : undefined;
    if (Array.isArray(whole)) return { values: elementsAt(body, body.indexOf('['), whole, (offset) => lineAt(offset + skipped)), problems: [] };
    if (Array.isArray(results)) {
      const open = /"results"\s*:\s*\[/.exec(body);
      return { values: elementsAt(body, open === null ? -1 : open.index + open[0].length - 1, results, (offset) => lineAt(offset + skipped)), problems: [] };
    }
    return { values: [{ value: whole, line: lineAt(skipped + body.search(/\S/)) }], problems: [] };
  }
  const lines = jsonLines(body, file);
  if (lines.values.length > 0) return lines;
  return { values: [], problems: [{ file, line: failure.line, message: `the file is not valid JSON (${failure.message})`, hint: 'fix the JSON there, or save the records again' }] };
}

/** Each line as a JSON value; a line of an array written one element a line loses its `[`, `,` or `]` first. */
function jsonLines(text: string, file: string): { values: JsonValue[]; problems: Problem[] } {
  const values: JsonValue[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = arrayLine(raw);
    if (line === '') return;
    try {
      values.push({ value: JSON.parse(line), line: index + 1 });
    } catch (error) {
      problems.push({ file, line: index + 1, message: `this line is not valid JSON (${String((error as Error).message).split('\n')[0]}), so it was skipped`, hint: 'each line holds one record as JSON; fix the line or save the record again' });
    }
  });
  return { values, problems };
}

/** A line without its surrounding space, or the `[`, `,` and `]` of an array written one element a line (by hand: a regex backtracks on long lines). */
function arrayLine(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 32) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 32) end--;
  if (raw[start] === '[') start++;
  if (raw[end - 1] === ',' || raw[end - 1] === ']') end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end).trim();
}

/** The parsed elements of the array opening at `open`, each with the line its text starts on. */
function elementsAt(text: string, open: number, elements: readonly unknown[], lineOf: (offset: number) => number): JsonValue[] {
  const starts = open === -1 ? [] : elementStarts(text, open);
  return elements.map((value, index) => ({ value, line: lineOf(starts[index] ?? Math.max(open, 0)) }));
}

/** Offsets where each element of the array opening at `open` starts, skipping strings and nested values. */
function elementStarts(text: string, open: number): number[] {
  const starts: number[] = [];
  let depth = 0;
  let expectValue = true;
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Space, tab, CR, LF.
    if (code === 32 || code === 9 || code === 13 || code === 10) continue;
    if (depth === 0 && expectValue && code !== 93) {
      starts.push(index);
      expectValue = false;
    }
    if (code === 34) {
      // A string: jump to its closing quote.
      for (index++; index < text.length && text.charCodeAt(index) !== 34; index++) if (text.charCodeAt(index) === 92) index++;
    } else if (code === 91 || code === 123) depth++;
    else if (code === 93 || code === 125) {
      if (depth === 0) break;
      depth--;
    } else if (code === 44 && depth === 0) expectValue = true;
  }
  return starts;
}
