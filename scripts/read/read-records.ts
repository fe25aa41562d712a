import type { CslItem, CslName } from '../../src/schemas/paper.ts';
import type { Problem } from './problem.ts';

/** One record of a bibliographic export, read into CSL JSON, with the line it starts on. */
export interface SourceRecord {
  item: CslItem;
  /** 1-based line where the record starts in its file. */
  line: number;
}

/**
 * What a reader of an export gives: its records, what it skipped or left out and said so
 * (warnings), and the records or lines it could not read (errors). Each error costs only its
 * record while the file gives any record (readSource makes it a warning); a file whose
 * errors leave no record cannot be read.
 */
export interface RecordsRead {
  records: SourceRecord[];
  warnings: Problem[];
  errors: Problem[];
}

/** 1-based line of each offset, by counting newlines once: `lineAt(offset)`. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** A name written `Family, Given` (or `Family Given-initials` as MEDLINE's `AU` writes it) as a CSL name, parts as written. */
export function nameOf(written: string, order: 'comma' | 'initials-last' = 'comma'): CslName {
  const name = written.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma !== -1) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given === '' ? { family } : { family, given };
  }
  if (order === 'initials-last') {
    const space = name.lastIndexOf(' ');
    if (space > 0) return { family: name.slice(0, space), given: name.slice(space + 1) };
  }
  return { literal: name };
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A CSL date from text such as `2020 Mar 15`, `2020`, `MAR 15` with a separate year, or `2019 Dec-2020 Jan` (the first date). */
export function dateOf(year: string | undefined, rest = ''): CslItem['issued'] {
  const found = /\b(\d{4})\b/.exec(year ?? '');
  if (found === null) return undefined;
  const parts: number[] = [Number(found[1])];
  const after = `${(year ?? '').slice(found.index + 4)} ${rest}`.trim();
  const month = /^([A-Za-z]{3})[A-Za-z]*\.?(?:\s+(\d{1,2})\b)?/.exec(after);
  const number = month === null ? -1 : monthNames.indexOf((month[1] as string).toLowerCase());
  if (month !== null && number !== -1) {
    parts.push(number + 1);
    if (month[2] !== undefined && Number(month[2]) >= 1 && Number(month[2]) <= 31) parts.push(Number(month[2]));
  }
  return { 'date-parts': [parts] };
}
