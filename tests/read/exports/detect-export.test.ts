import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeDocument } from '../../../scripts/read/decode-document.ts';
import { detectFormat } from '../../../scripts/read/detect-format.ts';
import { detectExport } from '../../../scripts/read/exports/detect-export.ts';

const fixture = (name: string) => decodeDocument(readFileSync(`tests/fixtures/formats/${name}`), name);

describe('detectExport', () => {
  test('tells each database export by its content', () => {
    expect(detectExport(fixture('databases/scopus/scopus-1.csv'))).toBe('scopus-csv');
    expect(detectExport(fixture('databases/scopus/scopus-2.csv'))).toBe('scopus-csv');
    expect(detectExport(fixture('databases/savedrecs-tab.txt'))).toBe('wos-tab');
    expect(detectExport(fixture('databases/openalex-page.json'))).toBe('openalex');
    expect(detectExport(fixture('databases/openalex-works.jsonl'))).toBe('openalex');
    expect(detectExport(fixture('databases/arxiv-snapshot.json'))).toBe('arxiv-json');
    expect(detectExport(fixture('databases/arxiv-atom.xml'))).toBe('arxiv-atom');
  });

  test('leaves other files to the other rules', () => {
    expect(detectExport(fixture('zotero.json'))).toBeUndefined();
    expect(detectExport(fixture('savedrecs.txt'))).toBeUndefined();
    expect(detectExport(fixture('plain.txt'))).toBeUndefined();
    expect(detectExport('name,value\nx,1\n')).toBeUndefined();
    expect(detectExport('<html><body><entry>not arXiv</entry></body></html>')).toBeUndefined();
  });
});

describe('detectFormat with database exports', () => {
  test('the content decides, whatever the extension says', () => {
    expect(detectFormat('arxiv-metadata.json', fixture('databases/arxiv-snapshot.json'))).toBe('arxiv-json');
    expect(detectFormat('works.json', fixture('databases/openalex-page.json'))).toBe('openalex');
    expect(detectFormat('works.txt', fixture('databases/openalex-works.jsonl'))).toBe('openalex');
    expect(detectFormat('savedrecs.txt', fixture('databases/savedrecs-tab.txt'))).toBe('wos-tab');
    expect(detectFormat('export.txt', fixture('databases/scopus/scopus-1.csv'))).toBe('scopus-csv');
    expect(detectFormat('feed.atom', fixture('databases/arxiv-atom.xml'))).toBe('arxiv-atom');
    expect(detectFormat('library.json', fixture('zotero.json'))).toBe('csl-json');
  });

  test('a file whose content says nothing is read as its extension suggests', () => {
    expect(['a.json', 'a.csv', 'a.xml', 'a.jsonl', 'a.tsv'].map((file) => detectFormat(file, ''))).toEqual(['csl-json', 'scopus-csv', 'arxiv-atom', 'openalex', 'wos-tab']);
  });
});
