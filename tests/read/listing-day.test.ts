import { describe, expect, test } from 'vitest';
import { listingDay } from '../../scripts/read/listing-day.ts';

describe('listingDay', () => {
  test('takes the year from a file name that starts with the date', () => {
    expect(listingDay({ file: 'listings/2024-03-14.txt', chromeDate: 'Mar 14', chromeLine: 9 })).toEqual({ day: '2024-03-14' });
    expect(listingDay({ file: 'listings/2024-03-14-papers.txt', chromeDate: 'March 14', chromeLine: 9 })).toEqual({ day: '2024-03-14' });
  });

  test('dates a document without chrome from its file name alone', () => {
    expect(listingDay({ file: '2023-12-31.txt' })).toEqual({ day: '2023-12-31' });
  });

  test('reads a chrome date that has its own year', () => {
    expect(listingDay({ file: 'today.txt', chromeDate: 'Sept. 3, 2024', chromeLine: 1 })).toEqual({ day: '2024-09-03' });
  });

  test('takes the year from --year when neither the chrome nor the file name has one', () => {
    expect(listingDay({ file: 'mar-15.txt', chromeDate: 'Mar 15', chromeLine: 1, year: 2025 })).toEqual({ day: '2025-03-15' });
  });

  test('leaves a listing undated, with a note, when no year is found', () => {
    const result = listingDay({ file: 'mar-15.txt', chromeDate: 'Mar 15', chromeLine: 1 });
    expect(result.day).toBeUndefined();
    expect(result.missingYear?.line).toBe(1);
    expect(result.missingYear?.hint).toContain('--year');
  });

  test('gives no date and no problem to a document with no date anywhere', () => {
    expect(listingDay({ file: 'papers.txt' })).toEqual({});
  });

  test('rejects a day the calendar does not have, with its line', () => {
    expect(listingDay({ file: 'x.txt', chromeDate: 'Feb 30', chromeLine: 4 }).error).toMatchObject({ file: 'x.txt', line: 4 });
    expect(listingDay({ file: '2023-03-01.txt', chromeDate: 'Feb 29', chromeLine: 2 }).error?.message).toContain('does not exist');
    expect(listingDay({ file: '2024-03-01.txt', chromeDate: 'Feb 29', chromeLine: 2 }).error?.message).toContain('contradicts');
    expect(listingDay({ file: '2023-02-29.txt' }).error?.message).toContain('does not exist');
  });

  test('rejects a file name date that contradicts the chrome', () => {
    const result = listingDay({ file: 'listings/2024-03-16.txt', chromeDate: 'Mar 17', chromeLine: 5 });
    expect(result.day).toBeUndefined();
    expect(result.error).toMatchObject({ file: 'listings/2024-03-16.txt', line: 5 });
    expect(result.error?.message).toContain('2024-03-16');
  });

  test('rejects a chrome year that contradicts the file name', () => {
    expect(listingDay({ file: '2024-03-14.txt', chromeDate: 'Mar 14, 2023', chromeLine: 1 }).error?.message).toContain('contradicts');
  });

  test('ignores numbers in a file name that are not a whole date', () => {
    expect(listingDay({ file: 'run-12024-03-140.txt' })).toEqual({});
  });
});
