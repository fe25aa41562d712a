import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../scripts/read/problem.ts';
import { readBibtex } from '../../../scripts/read/exports/read-bibtex.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, 'utf8');

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

  test('stops at an entry it cannot read, with its line and what to fix', () => {
    const { errors } = readBibtex(fixture('broken/syntax.bib'), 'syntax.bib');
    expect(errors.map(formatProblem)).toEqual([expect.stringMatching(/^syntax\.bib:1: the @article entry "bad" cannot be read: .*; fix its syntax/)]);
  });

  test('an entry without a title is an error; a file without entries too', () => {
    expect(readBibtex('\n\n@misc{k, year = 2020}\n', 'a.bib').errors.map(formatProblem)).toEqual(['a.bib:3: the @misc entry "k" has no title; add a `title = {…}` field, or remove the entry']);
    expect(readBibtex('% nothing\n', 'b.bib').errors.map((problem) => problem.message)).toEqual(['the BibTeX file has no entries']);
  });

  test('expands @string macros and ignores @comment blocks', () => {
    const { records } = readBibtex('@string{nc = {Nature Communications}}\n@comment{jabref-meta: databaseType:bibtex;}\n@article{a, title = {T}, journal = nc}\n', 'c.bib');
    expect(records).toEqual([{ item: { type: 'article-journal', id: 'a', title: 'T', 'container-title': 'Nature Communications' }, line: 3 }]);
  });

  test('keeps markup in fields as text', () => {
    const [record] = readBibtex(fixture('hostile.bib'), 'hostile.bib').records;
    expect(record?.item.title).toContain('<script>alert(1)</script>');
    expect(record?.item.author?.[0]).toEqual({ family: '</a>' });
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
    const { records, errors } = readBibtex(text, 'many.bib');
    expect(records).toHaveLength(80);
    expect(errors.map((problem) => problem.line)).toEqual([42]);
  });
});
