import { basename } from 'node:path';
import type { Problem } from './problem.ts';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A chrome date as written: `Mar 14`, `March 14, 2024`, `Sept. 3 2024`. */
const chromeDate = /^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/i;

/** A date in a file name (`2024-03-14.txt`, `2024-03-14-papers.txt`), not part of a longer number. */
const fileDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Where a listing's date can come from. */
export interface ListingDateInput {
  /** The document's path, as the user gave it. */
  file: string;
  /** The date in the page chrome, as written (`Mar 14`), if any. */
  chromeDate?: string | undefined;
  /** Line of that date. */
  chromeLine?: number | undefined;
  /** The year for a chrome date that has none and a file name without a date (`--year`). */
  year?: number | undefined;
}

/** A listing's day, or why it has none. */
export interface ListingDay {
  /** ISO date `yyyy-mm-dd`, when the listing has a readable, complete date. */
  day?: string;
  /** A date that cannot be read or that contradicts another: the build stops. */
  error?: Problem;
  /** A date with no year to complete it: its papers stay undated. */
  missingYear?: Problem;
}

/**
 * Dates a listing from its chrome date and its file name.
 *
 * The chrome gives month and day (`Mar 14`), the file name or `--year` the year; a
 * file name date alone dates a document without chrome. Impossible dates (`Feb 30`)
 * and a file name that contradicts the chrome are errors, since guessing would file
 * a whole day of papers under the wrong date.
 */
export function listingDay(input: ListingDateInput): ListingDay {
  const { file } = input;
  const line = input.chromeLine ?? 0;
  const named = fileDate.exec(basename(file));
  let fromName: string | undefined;
  if (named !== null) {
    const [, year, month, day] = named.map(Number) as [number, number, number, number];
    fromName = isoDay(year, month, day);
    if (fromName === undefined) {
      return { error: { file, line: 0, message: `the file name's date ${named[0]} does not exist`, hint: 'rename the file after the listing’s real day, as yyyy-mm-dd (e.g. 2024-03-14.txt)' } };
    }
  }
  if (input.chromeDate === undefined) return fromName === undefined ? {} : { day: fromName };

  const parts = chromeDate.exec(input.chromeDate.trim());
  const month = parts === null ? -1 : months.indexOf((parts[1] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (parts === null || month === 0) {
    return { error: { file, line, message: `cannot read the listing date "${input.chromeDate}"`, hint: 'write it as a month and day, e.g. "Mar 14" or "March 14, 2024"' } };
  }
  const day = Number(parts[2]);
  const written = parts[3] === undefined ? undefined : Number(parts[3]);
  const year = written ?? (fromName === undefined ? input.year : Number(fromName.slice(0, 4)));
  if (year === undefined) {
    // Still check the day against every year, so `Feb 30` is caught without a year.
    if (isoDay(2024, month, day) === undefined) return { error: impossible(file, line, input.chromeDate) };
    return {
      missingYear: {
        file,
        line,
        message: `the listing date "${input.chromeDate}" has no year, so its papers are undated`,
        hint: `name the file after the day (e.g. 2024-${pad(month)}-${pad(day)}.txt) or pass --year`,
      },
    };
  }
  const iso = isoDay(year, month, day);
  if (iso === undefined) return { error: impossible(file, line, input.chromeDate, year) };
  if (fromName !== undefined && fromName !== iso) {
    return {
      error: {
        file,
        line,
        message: `the listing date "${input.chromeDate}" (${iso}) contradicts the file name's date ${fromName}`,
        hint: 'rename the file after the day the listing shows, or fix the date line',
      },
    };
  }
  return { day: iso };
}

/** An ISO date, or undefined when the day does not exist in that month and year. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The error for a day the calendar does not have. */
function impossible(file: string, line: number, written: string, year?: number): Problem {
  return {
    file,
    line,
    message: `the listing date "${written}"${year === undefined ? '' : ` in ${year}`} does not exist`,
    hint: 'correct the date line to the listing’s real day',
  };
}
