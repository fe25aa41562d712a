import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { bibtexStrings, readBibtex } from '../../../scripts/read/exports/read-bibtex.ts';
import type { CslItem } from '../../../src/schemas/paper.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');
const style = (name: string) => readFileSync(`tests/fixtures/bibtex/${name}`, 'utf8').replace(/\r\n/g, '\n');
const byId = (records: readonly { item: CslItem }[]) => new Map(records.map((record) => [String(record.item.id), record.item]));
/** TeX left in a title: a command, a brace, or math other than `$…$`. */
const tex = /[\\{}]/;

describe('readBibtex', () => {
  test('decodes a Zotero export: accents, dashes, \\&, protective braces, month macros, each record at its line', () => {
    const { records, warnings, errors } = readBibtex(fixture('zotero.bib'), 'zotero.bib');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([2, 23, 34]);
    const [mobius, attention, survey] = records.map((record) => record.item);
    expect(mobius?.title).toBe('Möbius Transformations for Graph Neural Networks');
    expect(mobius?.author).toEqual([
      { family: 'Müller', given: 'Jörg' },
      { family: 'Smith', given: 'Anne' },
      { family: 'Berg', given: 'Piet', 'non-dropping-particle': 'van der' },
    ]);
    expect(mobius?.issued).toEqual({ 'date-parts': [[2021, 3]] });
    expect(mobius?.abstract).toContain('gains of 3–5 points on node classification & link prediction');
    expect(mobius?.DOI).toBe('10.1038/s41467-021-00001-x');
    expect(mobius?.type).toBe('article-journal');
    expect(attention?.title).toBe('Attention Budgets for Efficient Transformers');
    expect(attention?.type).toBe('paper-conference');
    expect(attention?.author?.[0]).toEqual({ family: 'García', given: 'María' });
    expect(survey?.author?.[1]).toEqual({ family: 'World Health Organization' });
  });

  test('skips an entry with an unclosed brace with a warning that names it, and keeps the others', () => {
    const { records, warnings, errors } = readBibtex(fixture('broken/unclosed.bib'), 'unclosed.bib');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.item.title)).toEqual(['Kept entry', 'Also kept']);
    expect(warnings.map(formatProblem)).toEqual([
      'unclosed.bib:3: the @article entry "unclosed" has an unclosed brace (no matching "}" before line 5), so it was skipped; balance its braces (write a literal brace as \\{ or \\}) and build again to include it',
    ]);
  });

  test('skips an entry it cannot read, with its line and what to fix', () => {
    const { records, warnings, errors } = readBibtex(fixture('broken/syntax.bib'), 'syntax.bib');
    expect(errors).toEqual([]);
    expect(records).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([expect.stringMatching(/^syntax\.bib:1: the @article entry "bad" \(line 1\) cannot be read: .*, so it was skipped; fix its syntax/)]);
  });

  test('an entry without a title is skipped with a warning; a file without entries is an error', () => {
    const { records, warnings } = readBibtex('\n\n@misc{k, year = 2020}\n@misc{t, title = {T}}\n', 'a.bib');
    expect(records.map((record) => record.item.id)).toEqual(['t']);
    expect(warnings.map(formatProblem)).toEqual(['a.bib:3: the @misc entry "k" has no title, so it was skipped; add a `title = {…}` field to include it']);
    expect(readBibtex('% nothing\n', 'b.bib').errors.map((problem) => problem.message)).toEqual(['the BibTeX file has no entries']);
  });

  test('expands @string macros and ignores @comment blocks', () => {
    const { records } = readBibtex('@string{nc = {Nature Communications}}\n@comment{jabref-meta: databaseType:bibtex;}\n@article{a, title = {T}, journal = nc}\n', 'c.bib');
    expect(records).toEqual([{ item: { type: 'article-journal', id: 'a', title: 'T', 'container-title': 'Nature Communications' }, line: 3 }]);
  });

  test('keeps markup in fields as text', () => {
    const [record] = readBibtex(fixture('hostile.bib'), 'hostile.bib').records;
    expect(record?.item.title).toBe("import x from 'y' { <script>alert(1)</script> ` export const a = 1");
    expect(record?.item.author?.[0]).toEqual({ family: '</a>' });
    expect(record?.item['container-title']).toContain('<img src=x onerror=alert(1)>');
  });

  test('reads the abstract braced or quoted, paragraphs kept, and never from inside another field', () => {
    const text = '@article{a, title = {T}, note = {x, abstract = {not this}}, abstract = "One {\\"o}.\n\nTwo \\& three."}\n';
    const [record] = readBibtex(text, 'a.bib').records;
    expect(record?.item.abstract).toBe('One ö.\n\nTwo & three.');
    expect(record?.item['note']).toBe('x, abstract = not this');
  });

  test('one broken entry among many is found, at its own line, and the rest are read', () => {
    const good = (n: number) => `@article{k${n}, title = {Paper ${n}}, year = 2020}\n`;
    const text = [...Array.from({ length: 40 }, (_, n) => good(n)), '@article{bad,\n  title = Two words}\n', ...Array.from({ length: 40 }, (_, n) => good(n + 40))].join('');
    const { records, warnings, errors } = readBibtex(text, 'many.bib');
    expect(errors).toEqual([]);
    expect(records).toHaveLength(80);
    expect(warnings.map((problem) => problem.line)).toEqual([42]);
  });

  test('a field Citation.js cannot decode costs that field, not the entry', () => {
    const { records, warnings } = readBibtex('@article{a, title = {Kept}, note = {the \\enquote*{series} string}, year = 2020}\n', 'a.bib');
    expect(records.map((record) => [record.item.title, record.item.issued])).toEqual([['Kept', { 'date-parts': [[2020]] }]]);
    expect(warnings.map(formatProblem)).toEqual(['a.bib:1: the @article entry "a" has a field Citation.js cannot decode (note), so it was left out; check the TeX of that field (an unknown command, an unbalanced `$`)']);
  });

  test('a list field such as a publisher with "and" in its name stays one text', () => {
    const [record] = readBibtex('@techreport{a, title = {T}, institution = {LLNL}, publisher = "Office of Scientific and Technical Information ({OSTI})"}\n', 'a.bib').records;
    expect(record?.item.publisher).toBe('Office of Scientific and Technical Information (OSTI)');
  });

  test('reads biblatex-examples.bib whole: every entry a record, titles without TeX, accents decoded', () => {
    const { records, warnings, errors } = readBibtex(style('biblatex-examples.bib'), 'biblatex-examples.bib');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(90);
    expect(records.filter((record) => tex.test(record.item.title ?? '')).map((record) => record.item.title)).toEqual([]);
    const items = byId(records);
    expect(items.get('aksin')?.author?.map((name) => name.family)).toEqual(['Aksın', 'Türkmen', 'Artok', 'Çetinkaya', 'Ni', 'Büyükgüngör', 'Özkal']);
    expect(items.get('nietzsche:ksa')?.title).toBe('Sämtliche Werke: Kritische Studienausgabe');
    expect(items.get('nietzsche:ksa')?.publisher).toBe('Deutscher Taschenbuch-Verlag and Walter de Gruyter');
    expect(items.get('reese')?.issued).toEqual({ 'date-parts': [[1958]] });
    // A crossref: the chapter takes its book's title as its container and the book's date.
    expect(items.get('westfahl:space')?.['container-title']).toContain('Space and Beyond');
    expect(items.get('westfahl:space')?.issued).toEqual({ 'date-parts': [[2000]] });
  });

  test('reads Better BibLaTeX: date, journaltitle, double braces, an all-digit key', () => {
    const { records, warnings } = readBibtex(style('better-biblatex.bib'), 'better.bib');
    expect(warnings).toEqual([]);
    const items = byId(records);
    expect(items.get('Ai2019')).toMatchObject({ title: 'Microfluidic Mixing of Droplets in a T-Junction', 'container-title': 'Lab on a Chip', issued: { 'date-parts': [[2019, 6, 14]] }, publisher: 'Royal Society of Chemistry', DOI: '10.1039/C9LC00001A' });
    expect(items.get('Ai2019')?.abstract).toBe('We mix droplets of 10\u00a0µL in a T-junction at $Re < 1$.');
    expect(items.get('Smith2020')).toMatchObject({ title: 'OpenFlow: An Open Microfluidics Toolkit', issued: { 'date-parts': [[2020, 6]] }, URL: 'https://example.org/openflow' });
    expect(items.get('2011')?.title).toBe('Flows in Elsevier B.V. Journals');
  });

  test('reads DBLP: @preamble with an @, \\hyphen, \\(…\\) math, \\addat, crossref to the proceedings', () => {
    const { records, warnings } = readBibtex(style('dblp.bib'), 'dblp.bib');
    expect(warnings).toEqual([]);
    const items = byId(records);
    expect(records).toHaveLength(5);
    expect(items.get('DBLP:conf/flops/AltenkirchU04')).toMatchObject({ title: 'Normalization by Evaluation for lambda${}^{\\mbox{-2}}$', issued: { 'date-parts': [[2004]] }, publisher: 'Springer', DOI: '10.1007/978-3-540-24754-8_19' });
    expect(items.get('DBLP:journals/corr/Scott14')?.title).toBe('Stochastic $\\lambda$-calculi: An extended abstract');
    expect(items.get('DBLP:journals/corr/Scott14')?.author?.map((name) => `${name.given} ${name.family}`)).toEqual(['Dana S. Scott', 'Martín Escardó', 'Pierre-Louis Curien']);
    expect(items.get('DBLP:conf/sp/KainL87')?.title).toBe('On Access Checking in Capability-Based Systems');
    // Letters Citation.js does not know, and the commands DBLP's preamble defines, are text too.
    expect(items.get('DBLP:conf/icfp/KagstromL18')?.author?.map((name) => name.family)).toEqual(['Kågström', 'Åslund']);
    expect(items.get('DBLP:conf/icfp/KagstromL18')?.['container-title']).toBe('Proceedings of the 3rd ACM SIGPLAN Workshop on Type-Driven Development, TyDe@ICFP 2018');
  });

  test('reads JabRef: @String of any case, # concatenation, bare numbers, multi-line @Comment', () => {
    const { records, warnings } = readBibtex(style('jabref.bib'), 'jabref.bib');
    expect(warnings).toEqual([]);
    const items = byId(records);
    expect(items.get('Kowalski2019')).toMatchObject({ 'container-title': 'Journal of Machine Learning Research', issued: { 'date-parts': [[2019, 2]] }, volume: '20', edition: '15' });
    expect(items.get('Rossi2020')).toMatchObject({ title: 'Ladder Side-Tuning', 'container-title': 'Proceedings of the International Conference on Machine Learning' });
  });

  test('reads Google Scholar: no spaces around =, an entry without a year', () => {
    const { records, warnings } = readBibtex(style('google-scholar.bib'), 'scholar.bib');
    expect(warnings).toEqual([]);
    const items = byId(records);
    expect(items.get('calero2018acceptance')?.title).toBe('Acceptance of AI and Innovationsfähigkeit');
    expect(items.get('ali2023multi')?.author?.[1]).toEqual({ family: 'Alagöz', given: 'Barış' });
    expect(items.get('valdez1seminr')?.issued).toBeUndefined();
  });

  test('reads the ACL Anthology: quoted values, braced capitals, month macros, an editor', () => {
    const { records, warnings } = readBibtex(style('acl-anthology.bib'), 'acl.bib');
    expect(warnings).toEqual([]);
    expect(records[0]?.item).toMatchObject({
      title: 'Sparse Experts for Protein Folding: A Study of Mixture-of-Experts Routing',
      'container-title': 'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics',
      issued: { 'date-parts': [[2019, 6]] },
      DOI: '10.18653/v1/N19-9999',
      abstract: 'We route each residue to a few experts. On CASP14, routing cuts the cost by 40% at equal accuracy.',
    });
    expect(records[0]?.item.author?.map((name) => name.family)).toEqual(['Kowalski', 'Nguyen', 'Müller']);
  });

  test('resolves macros defined in a companion file, and keeps $…$ math in a title', () => {
    const strings = bibtexStrings(style('higham-strings.bib'));
    const { records, warnings } = readBibtex(style('higham.bib'), 'higham.bib', { strings });
    expect(warnings).toEqual([]);
    const items = byId(records);
    expect(items.get('high98')).toMatchObject({ title: 'Computing the $p$th Root of a Matrix', 'container-title': 'SIAM J. Matrix Anal. Appl.', issued: { 'date-parts': [[1998, 1]] } });
    expect(items.get('high02')?.publisher).toBe('Springer-Verlag, Berlin');
    // Alone, the file still builds: the macros read as empty, with a warning each.
    const alone = readBibtex(style('higham.bib'), 'higham.bib');
    expect(alone.records).toHaveLength(2);
    expect(alone.warnings.map((problem) => problem.message)).toEqual([
      'the macro "j-simax" is defined nowhere (used once), so it reads as empty',
      'the macro "pub-springer" is defined nowhere (used once), so it reads as empty',
      'the macro "pub-springer:adr-b" is defined nowhere (used once), so it reads as empty',
    ]);
  });

  test('takes the fields of the @xdata entries an entry names, and skips @set and @xdata entries', () => {
    const text = '@xdata{pub, publisher = {Springer}, location = {Berlin}}\n@book{b, title = {B}, xdata = {pub}, year = 2001}\n@set{s, entryset = {b}}\n';
    const { records, warnings } = readBibtex(text, 'x.bib');
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.item.id, record.item.publisher])).toEqual([['b', 'Springer']]);
  });
});
