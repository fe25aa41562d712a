import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readWos } from '../../../scripts/read/exports/read-wos.ts';

describe('readWos', () => {
  test('reads savedrecs.txt: one author a line, wrapped title and abstract joined, keywords split, month, DOI, type', () => {
    const { records, errors } = readWos(readFileSync('tests/fixtures/formats/savedrecs.txt', 'utf8'), 'savedrecs.txt');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([3, 27]);
    const [article, proceedings] = records.map((record) => record.item);
    expect(article?.title).toBe('Contrastive pretraining for satellite images under cloud cover with temporal consistency');
    expect(article?.author).toEqual([
      { family: 'Tanaka', given: 'Kenji' },
      { family: 'Rossi', given: 'Lucia' },
    ]);
    expect(article?.abstract).toBe('Satellite images are often hidden by clouds. We pretrain encoders contrastively across time so that cloudy and clear views agree.');
    // Author keywords and Keywords Plus apart.
    expect(article?.keyword).toBe('self-supervised learning; remote sensing; cloud removal');
    expect(article?.keywordsPlus).toBe('REPRESENTATION');
    expect(article?.issued).toEqual({ 'date-parts': [[2022, 3, 15]] });
    expect(article?.['container-title']).toBe('REMOTE SENSING OF ENVIRONMENT');
    expect(article?.DOI).toBe('10.1016/j.rse.2022.112850');
    expect(proceedings?.type).toBe('paper-conference');
    expect(proceedings?.page).toBe('210-213');
  });

  test('OI and RI put ORCID iDs and ResearcherIDs on their authors; a suffix stays after the name; JI is the source’s abbreviation', () => {
    const text = ['PT J', 'AF Cain, James W., III', '   Mote, Safa', 'TI A title', 'SO FISHERIES RESEARCH', 'RI Mote, Safa/A-1234-2010', 'OI Mote, Safa/0000-0001-5905-3842; Cain,', '   James/0000-0002-1825-0097', 'J9 FISH RES', 'JI Fish. Res.', 'ER', 'EF'].join('\n');
    const [record] = readWos(text, 'ids.txt').records;
    // The abbreviation, in mixed case, is how the source is read where it is in capitals.
    expect(record?.item['container-title-short']).toBe('Fish. Res.');
    expect(record?.item.author).toEqual([
      { family: 'Cain', given: 'James W.', suffix: 'III', ORCID: 'https://orcid.org/0000-0002-1825-0097' },
      { family: 'Mote', given: 'Safa', ORCID: 'https://orcid.org/0000-0001-5905-3842', ResearcherID: 'A-1234-2010' },
    ]);
  });

  test('a record without ER before EF stops the build at the record’s first line', () => {
    const { errors } = readWos(readFileSync('tests/fixtures/formats/broken/no-er.txt', 'utf8'), 'no-er.txt');
    expect(errors.map(formatProblem)).toEqual(['no-er.txt:7: this record has no `ER` line before `EF`; end every record with a line `ER`']);
  });

  test('a line of another shape is an error at its line', () => {
    expect(readWos('PT J\nTI Fine\nnot a field\nER\n', 'a.txt').errors.map((problem) => problem.line)).toEqual([3]);
  });
});
