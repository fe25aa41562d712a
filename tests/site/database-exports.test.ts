import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { papersExportSchema } from '../../src/schemas/export.ts';
import { databasesDir } from '../helpers/dist.ts';
import { attr, by, findAll, readPage, text } from './dist-html.ts';

const page = (slug: string) => readPage(databasesDir, `papers/${slug}/index.html`);
const rows = (slug: string) =>
  findAll(findAll(page(slug).document, by('dl', 'class', 'source'))[0]!, by('div')).map((row) => [text(findAll(row, by('dt'))[0]!), text(findAll(row, by('a'))[0] ?? findAll(row, by('dd'))[0]!)]);
const keywords = (slug: string) => text(findAll(page(slug).document, by('p', 'class', 'paper-keywords'))[0]!);
const hostile = ['scopus', 'wos', 'openalex', 'arxiv', 'arxiv-api'].map((prefix) => `${prefix}-import-x-from-y-script-alert-1-script-export-const-a-1`);

describe('a site built from database exports (Scopus CSV, Web of Science tab-delimited, OpenAlex, arXiv)', () => {
  const data = papersExportSchema.parse(JSON.parse(readFileSync(join(databasesDir, 'papers.json'), 'utf8')));

  test('every readable record is a page: broken records skipped, a record repeated in one file or across files once', () => {
    // Scopus 4 + 1 (one across the two files), tab-delimited 3, OpenAlex 3 + 1 (one in both files), snapshot 4, Atom 3.
    expect(data.paperCount).toBe(19);
    expect(data.papers.filter((paper) => paper.title.startsWith('Consent management'))).toHaveLength(1);
    expect(data.papers.some((paper) => /cut|broken over|never closes/i.test(paper.title))).toBe(false);
  });

  test('a Scopus record shows its authors, venue, year, DOI, type and author keywords', () => {
    const slug = 'synthetic-patient-data-for-interoperable-hematology-registries';
    expect(findAll(findAll(page(slug).document, by('p', 'class', 'authors'))[0]!, by('a')).map(text)).toEqual(['Waldemar Hahn', 'Najia Ahmadi', 'Markus Wolfien']);
    expect(rows(slug)).toEqual([
      ['Venue', 'Studies in Health Technology and Informatics'],
      ['Published', '2024'],
      ['DOI', '10.3233/SHTI240692'],
      ['URL', 'www.scopus.com'],
      ['Type', 'Conference paper'],
    ]);
    expect(keywords(slug)).toBe('Keywords FHIR · Synthetic patient data · Hematology');
    expect(text(findAll(page(slug).document, by(undefined, 'class', 'abstract'))[0]!)).toMatch(/^Abstract ?Synthetic data lets registries share patient records .* preserves clinical relationships\.$/);
  });

  test('an arXiv paper shows the first version’s month, arXiv as venue, its abs page and its categories', () => {
    const slug = 'sparsity-certifying-graph-decompositions';
    expect(rows(slug)).toEqual([
      ['Venue', 'arXiv'],
      ['Published', 'March 2007'],
      ['URL', 'arxiv.org'],
      ['Type', 'Preprint or article'],
    ]);
    expect(findAll(page(slug).document, by('a', 'href')).map((a) => attr(a, 'href'))).toContain('https://arxiv.org/abs/0704.0002');
    expect(keywords(slug)).toBe('Keywords Combinatorics · Computational geometry');
    expect(text(findAll(page('a-limit-theorem-for-the-schroedinger-equation-and-the-tritronquee-solution').document, by('h1'))[0]!)).toBe('A limit theorem for the Schrödinger equation and the tritronquée solution');
  });

  test('an OpenAlex work shows its authors and the primary location as venue', () => {
    const slug = 'the-state-of-oa-a-large-scale-analysis-of-the-prevalence-and-impact-of-open';
    expect(findAll(findAll(page(slug).document, by('p', 'class', 'authors'))[0]!, by('a')).map(text)).toEqual(['Heather Piwowar', 'Jason Priem', 'Juan Pablo Alperin']);
    expect(rows(slug)[0]).toEqual(['Venue', 'PeerJ']);
  });

  test.each(hostile)('the hostile record %s stays text: no markup, no script, no javascript: link', (slug) => {
    const { html, document } = page(slug);
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(text(findAll(document, by('h1'))[0]!)).toMatch(/^[\w ]+: import x from 'y' \{ <script>alert\(1\)<\/script> \} export const a = 1$/);
    expect(findAll(findAll(document, by('p', 'class', 'authors'))[0]!, by('a')).map(text)[0]).toBe('</a>');
    expect(findAll(document, by('a', 'href')).filter((a) => /^\s*javascript:/i.test(attr(a, 'href') ?? ''))).toEqual([]);
  });
});
