import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeDocument } from '../../../scripts/read/decode-document.ts';
import { readWosTab } from '../../../scripts/read/exports/read-wos-tab.ts';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readWos } from '../../../scripts/read/exports/read-wos.ts';

const tags = ['PT', 'AU', 'AF', 'TI', 'SO', 'LA', 'DT', 'DE', 'ID', 'AB', 'PD', 'PY', 'VL', 'AR', 'DI', 'UT'];

describe('readWosTab', () => {
  test('reads the UTF-16 export Web of Science writes: one record a line, names and keywords split at `;`', () => {
    const file = 'tests/fixtures/formats/databases/savedrecs-tab.txt';
    const { records, warnings, errors } = readWosTab(decodeDocument(readFileSync(file), file), file);
    expect(errors).toEqual([]);
    expect(records.map((record) => [record.line, record.item.title])).toEqual([
      [2, 'A nucleation framework for transitions between alternate ecosystem states'],
      [3, 'Label-efficient crop mapping from satellite time series'],
      [6, "WoS: import x from 'y' { <script>alert(1)</script> } export const a = 1"],
    ]);
    expect(records[0]?.item).toMatchObject({
      type: 'article-journal',
      id: 'WOS:000540000000001',
      author: [
        { family: 'Michaels', given: 'Theo K.' },
        { family: 'Eppinga', given: 'Maarten B.' },
        { family: 'Bever', given: 'James D.' },
      ],
      'container-title': 'ECOLOGY',
      issued: { 'date-parts': [[2020, 6]] },
      DOI: '10.1002/ecy.3029',
    });
    expect(records[1]?.item).toMatchObject({ type: 'paper-conference', 'event-title': 'IGARSS 2021', page: '210-213' });
    expect(records[2]?.item.author).toEqual([{ literal: '</a>' }, { family: "O'Brien", given: '<b>Bold</b>' }]);
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:4: this record has 22 cells where the header has 71 tags, so it was skipped; a record is one line with a cell for every tag; export it again if a line break or a tab in a cell broke it`,
      `${file}:5: this line does not start with a publication type (\`J\`, \`B\`, \`S\`, \`C\` or \`P\` under \`PT\`), so it was skipped; a record is one line of tab-separated cells; export it again if its line was broken`,
    ]);
  });

  test('gives the same record as the plain-text reader for the same fields', () => {
    const values: Record<string, string> = {
      PT: 'J', AU: 'Tanaka, K; Rossi, L', AF: 'Tanaka, Kenji; Rossi, Lucia', TI: 'Contrastive pretraining for satellite images', SO: 'REMOTE SENSING OF ENVIRONMENT', LA: 'English', DT: 'Article',
      DE: 'self-supervised learning; remote sensing', ID: 'REPRESENTATION', AB: 'Satellite images are often hidden by clouds.', PD: 'MAR 15', PY: '2022', VL: '270', AR: '112850', DI: '10.1016/j.rse.2022.112850', UT: 'WOS:000750000000001',
    };
    const tab = `\uFEFF${tags.join('\t')}\t\n${tags.map((tag) => values[tag]).join('\t')}\t\n`;
    const plain = `FN Clarivate Analytics Web of Science\nVR 1.0\n${tags.map((tag) => `${tag} ${tag === 'AU' || tag === 'AF' ? (values[tag] as string).split('; ').join('\n   ') : values[tag]}`).join('\n')}\nER\n\nEF\n`;
    expect(readWosTab(tab, 'a.txt').records[0]?.item).toEqual(readWos(plain, 'b.txt').records[0]?.item);
  });

  test('a file of the header alone fails, saying what to export', () => {
    expect(readWosTab(`${tags.join('\t')}\n`, 'empty.txt').errors.map(formatProblem)).toEqual([
      'empty.txt: no record of this Web of Science tab-delimited file can be read; export the records from Web of Science as "Tab delimited file" with the full record, or as "Plain text file"',
    ]);
  });
});
