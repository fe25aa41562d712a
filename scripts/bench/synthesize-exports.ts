import type { InputFormat } from '../read/detect-format.ts';
import { synthesizeDatabaseExport } from './synthesize-database-exports.ts';

/** A paper the synthetic exports are made from. */
export interface ExportSeed {
  title: string;
  abstract: string;
}

const families = ['M{\\"u}ller', 'Garc{\\\'i}a', 'Smith', 'van der Berg', 'Kowalski', 'Ito', "O'Neil", 'Nguyen', 'Rossi', 'Tanaka'];
const plainFamilies = ['Müller', 'García', 'Smith', 'van der Berg', 'Kowalski', 'Ito', "O'Neil", 'Nguyen', 'Rossi', 'Tanaka'];
const givens = ['J{\\"o}rg', 'Mar{\\\'i}a', 'Anne', 'Piet', 'Anna', 'Hiro', 'Mary-Kate', 'Linh', 'Lucia', 'Kenji'];
const plainGivens = ['Jörg', 'María', 'Anne', 'Piet', 'Anna', 'Hiro', 'Mary-Kate', 'Linh', 'Lucia', 'Kenji'];
const venues = ['Nature Communications', 'Proceedings of ICML', 'Bioinformatics', 'Remote Sensing of Environment', 'Journal of Machine Learning Research'];
const syllables = ['ka', 'to', 'ri', 'mu', 'sen', 'lo', 'ber', 'ga', 'ci', 'ne', 'dra', 'vo'];
/** Made-up surnames (1,728 of them), so a large export has thousands of authors, each on a few papers, as real ones do. */
const surname = (n: number): string => {
  const name = `${syllables[n % 12]}${syllables[Math.floor(n / 12) % 12]}${syllables[Math.floor(n / 144) % 12]}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A synthetic export of `size` records in one format, shaped as Zotero, Scopus, PubMed and Web
 * of Science write them (LaTeX accents and month macros in BibTeX, wrapped lines in MEDLINE and
 * WoS; the database exports by synthesizeDatabaseExport), its titles and abstracts taken from `seeds` in turn (numbered, so every title differs).
 */
export function synthesizeExport(format: Exclude<InputFormat, 'document'>, seeds: readonly ExportSeed[], size: number): string {
  if (format === 'scopus-csv' || format === 'wos-tab' || format === 'openalex' || format === 'arxiv-json' || format === 'arxiv-atom') return synthesizeDatabaseExport(format, seeds, size);
  const parts: string[] = [];
  for (let i = 0; i < size; i++) {
    const seed = seeds[i % seeds.length] as ExportSeed;
    const title = `${seed.title} (${i + 1})`;
    const who = [i % 10, (i * 7 + 3) % 10, (i * 3 + 1) % 10];
    // The first author's surname is one of the ten real-looking ones (accents, particles); the others are made up.
    const family = (k: number, latex: boolean) => (k === 0 ? ((latex ? families : plainFamilies)[who[0] as number] as string) : surname((i * 31 + k * 577) % 1728));
    const year = 1990 + (i % 35);
    const venue = venues[i % venues.length] as string;
    const doi = `10.5555/synthetic.${i + 1}`;
    if (format === 'bibtex') {
      const authors = who.map((n, k) => `${family(k, true)}, ${givens[n]}`).join(' and ');
      parts.push(`@article{key${i + 1},\n\ttitle = {${latex(title)}},\n\tauthor = {${authors}},\n\tjournal = {${venue}},\n\tyear = {${year}},\n\tmonth = ${months[i % 12]},\n\tpages = {${i % 90}--${(i % 90) + 10}},\n\tdoi = {${doi}},\n\tkeywords = {alpha, beta gamma},\n\tabstract = {${latex(seed.abstract)}},\n}\n`);
    } else if (format === 'ris') {
      parts.push(['TY  - JOUR', ...who.map((n, k) => `AU  - ${family(k, false)}, ${plainGivens[n]}`), `TI  - ${title}`, `T2  - ${venue}`, `PY  - ${year}`, `DO  - ${doi}`, `AB  - ${seed.abstract}`, 'KW  - alpha', 'KW  - beta gamma', 'ER  - ', ''].join('\n'));
    } else if (format === 'medline') {
      parts.push([`PMID- ${i + 1}`, `DP  - ${year} ${months[i % 12]}`, `TI  - ${wrap(title, 6)}`, `AB  - ${wrap(seed.abstract, 6)}`, ...who.map((n, k) => `FAU - ${family(k, false)}, ${plainGivens[n]}`), `JT  - ${venue}`, 'MH  - *Humans', `LID - ${doi} [doi]`, ''].join('\n'));
    } else if (format === 'wos') {
      parts.push(['PT J', `AF ${who.map((n, k) => `${family(k, false)}, ${plainGivens[n]}`).join('\n   ')}`, `TI ${wrap(title, 3)}`, `SO ${venue.toUpperCase()}`, 'DE alpha; beta gamma', `AB ${wrap(seed.abstract, 3)}`, `PY ${year}`, `PD ${months[i % 12]?.toUpperCase()}`, `DI ${doi}`, 'ER', ''].join('\n'));
    } else {
      parts.push(JSON.stringify({ id: `item${i + 1}`, type: 'article-journal', title, author: who.map((n, k) => ({ family: family(k, false), given: plainGivens[n] })), 'container-title': venue, issued: { 'date-parts': [[year, (i % 12) + 1]] }, DOI: doi, abstract: seed.abstract }));
    }
  }
  if (format === 'csl-json') return `[\n${parts.join(',\n')}\n]\n`;
  if (format === 'wos') return `FN Clarivate Analytics Web of Science\nVR 1.0\n${parts.join('\n')}\nEF\n`;
  return parts.join('\n');
}

/** Text escaped for BibTeX as Zotero writes it: `\&`, `\{`, `\textbackslash{}` … */
function latex(text: string): string {
  const escapes: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  return text.replace(/[\\{}$&%#_~^]/g, (character) => escapes[character] ?? character);
}

/** Wraps a field's text at about 80 columns, continuation lines indented as the format wants. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length > 74) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}
