import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { scanBibtex, scanStrings } from '../../../scripts/read/exports/scan-bibtex.ts';

describe('scanBibtex', () => {
  test('expands @string macros of any case, joins `#` parts and keeps bare numbers', () => {
    const text = '@String{dtv = {Deutscher Taschenbuch-Verlag}}\n@STRING{proc = "Proceedings of "}\n@book{k, publisher = dtv # { and Walter de Gruyter}, booktitle = proc # "ICML", date = 2003, edition = 15, month = jan}\n';
    const { entries, warnings } = scanBibtex(text, 'a.bib');
    expect(warnings).toEqual([]);
    expect(entries).toEqual([{ type: 'book', key: 'k', line: 3, fields: { publisher: 'Deutscher Taschenbuch-Verlag and Walter de Gruyter', booktitle: 'Proceedings of ICML', date: '2003', edition: '15', month: '1' } }]);
  });

  test('skips @comment and @preamble, an @ inside a preamble included, and reads entries in parentheses', () => {
    const text = '@preamble{"\\providerobustcmd*{\\addat}{@}"}\n@comment{jabref-meta: grouping:\n0 AllEntriesGroup:;\n}\n@article(k1, title = {One})\n';
    const { entries, warnings } = scanBibtex(text, 'b.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.key, entry.line, entry.fields['title']])).toEqual([['k1', 5, 'One']]);
  });

  test('a macro defined in a companion file resolves; one defined nowhere reads as empty with one warning', () => {
    const strings = scanStrings('@String{j-SIMAX = "SIAM J. Matrix Anal. Appl."}\n');
    expect(strings).toEqual({ 'j-simax': 'SIAM J. Matrix Anal. Appl.' });
    const text = '@article{a, journal = j-SIMAX}\n@article{b, journal = j-SISC}\n@article{c, journal = j-SISC}\n';
    const { entries, warnings } = scanBibtex(text, 'main.bib', strings);
    expect(entries.map((entry) => entry.fields['journal'])).toEqual(['SIAM J. Matrix Anal. Appl.', '', '']);
    expect(warnings.map(formatProblem)).toEqual(['main.bib:2: the macro "j-sisc" is defined nowhere (used 2 times), so it reads as empty; define it with `@string{j-sisc = {…}}`, or build with the file that defines it too (`--source strings.bib main.bib`)']);
  });

  test('an entry whose fields cannot be told apart is skipped with a warning at the line of the mistake', () => {
    const { entries, warnings } = scanBibtex('@article{ok, title = {A}}\n@article{bad,\n  title = Two words}\n@article{ok2, title = {B}}\n', 'c.bib');
    expect(entries.map((entry) => entry.key)).toEqual(['ok', 'ok2']);
    expect(warnings.map(formatProblem)).toEqual([expect.stringMatching(/^c\.bib:3: the @article entry "bad" \(line 2\) cannot be read: expected "," .*, so it was skipped; fix its syntax/)]);
  });
});
