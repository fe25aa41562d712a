import { z } from 'astro/zod';

/** A link found in a paper's abstract. */
export const paperLinkSchema = z.object({
  /** Cleaned absolute `http(s)` URL, with trailing punctuation and LaTeX junk removed. */
  url: z.url({ protocol: /^https?$/ }),
  /** `code` for source hosts (GitHub, GitLab, Hugging Face, …), `project` otherwise. */
  kind: z.enum(['code', 'project']),
  /** Host name shown to readers, e.g. `github.com`. */
  host: z.string().min(1),
});

/** A person's name in CSL JSON: family and given parts as the export wrote them, or one `literal` string. */
export const cslNameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  /** A particle kept with the family name when sorting (`van der` in `van der Berg`). */
  'non-dropping-particle': z.string().optional(),
  /** A particle dropped when sorting (`de` in some conventions). */
  'dropping-particle': z.string().optional(),
  suffix: z.string().optional(),
  /** A name that is not split (an organisation, or a name the export gives whole). */
  literal: z.string().optional(),
  /** The person's ORCID iD, as a bare iD or its `https://orcid.org/` address (Web of Science `OI`, MEDLINE `AUID`, OpenAlex, CSL JSON). */
  ORCID: z.string().optional(),
  /** The person's Web of Science ResearcherID (`RI`, `A-1234-2010`). */
  ResearcherID: z.string().optional(),
});

/** A CSL JSON date: `date-parts` ([[year, month, day]]) or a `raw` string. */
export const cslDateSchema = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  raw: z.string().optional(),
  literal: z.string().optional(),
});

/**
 * One bibliographic record in CSL JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * the shape every input format is read into: the fields Paper Atlas reads are typed, any other is kept as given.
 */
export const cslItemSchema = z.looseObject({
  /** The entry's type in CSL's vocabulary (`article-journal`, `paper-conference`, `book`, …). */
  type: z.string().min(1),
  /** The record's identifier in its export (a BibTeX key, a PMID), if any. */
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  author: z.array(cslNameSchema).optional(),
  /** The journal, proceedings or book it appeared in. */
  'container-title': z.string().optional(),
  /** Its abbreviation (Web of Science `JI`, `Fish. Res.`): mixed case where the full title may be in capitals. */
  'container-title-short': z.string().optional(),
  /** The event (conference) it was presented at. */
  'event-title': z.string().optional(),
  publisher: z.string().optional(),
  issued: cslDateSchema.optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  /** The authors' keywords, comma- or semicolon-separated as CSL writes them. */
  keyword: z.string().optional(),
  /** Terms a database assigned, kept apart from the authors' keywords: Web of Science Keywords Plus, Scopus index keywords, MeSH; separated like `keyword`. */
  keywordsPlus: z.string().optional(),
  abstract: z.string().optional(),
});

/** An author of a paper as the page shows it. */
export const paperAuthorSchema = z.object({
  /** The name as this paper's record writes it, given name first, suffix last, in reader form (`Jörg Müller`, `J. Müller`, `James W. Cain III`; `SMITH, JOHN` → `John Smith`). */
  name: z.string().min(1),
  /** The surname with its particles (`van der Berg`), what the authors index sorts and groups by; the whole name when unsplit. */
  family: z.string().min(1),
  /** The person's page: `/authors/<slug>/`; variants of one person's name share it (see mergeAuthors). */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The name the person's page shows, when this paper writes them otherwise (`Res Altwegg` for `R. Altwegg`). */
  person: z.string().min(1).optional(),
  /** The person's ORCID iD (`0000-0002-1825-0097`), when some record of the collection gives it. */
  orcid: z.string().regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/).optional(),
});

/** A paper's citation, ready to copy. */
export const paperCitationSchema = z.object({
  /** A BibTeX entry (Citation.js' BibTeX output). */
  bibtex: z.string().min(1),
  /** The reference in APA style, as plain text. */
  apa: z.string().min(1),
});

/** Frontmatter of one generated paper page (`src/content/papers/<slug>.mdx`). */
export const paperSchema = z.object({
  /** The paper's title, exactly as in the source document (whitespace normalized). */
  title: z.string().min(1),
  /** URL-safe, readable ASCII identifier; also the file name and the page address. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The method's short name when the title has one (`LST: Ladder Side-Tuning …` → `LST`). */
  shortName: z.string().min(1).optional(),
  /** 1-based position of the paper in the source document; orders previous/next. */
  order: z.number().int().positive(),
  /** Line of the source document where the paper's title starts. */
  sourceLine: z.number().int().positive(),
  /** The abstract's first sentence, as plain text, for meta descriptions and excerpts. */
  description: z.string(),
  /** Code and project links found in the abstract, in order of appearance. */
  links: z.array(paperLinkSchema),
  /** Words in the abstract. */
  wordCount: z.number().int().nonnegative(),
  /** Minutes to read the abstract at 200 words per minute, at least 1. */
  readingMinutes: z.number().int().positive(),
  /** Topic slugs the taxonomy assigns, main topic first (1–4 on the bundled document). */
  topics: z.array(z.string().min(1)).min(1),
  /** ISO day (`2024-03-14`) of the listing the paper first appeared in; absent when no listing of it has a date. */
  listed: z.iso.date().optional(),
  /** Authors in the export's order; absent when the source does not say (a plain document). */
  authors: z.array(paperAuthorSchema).optional(),
  /** The journal or conference, as the export names it. */
  venue: z.string().min(1).optional(),
  /** Year of publication. */
  year: z.number().int().optional(),
  /** Month of publication (1–12), when the export gives one. */
  month: z.number().int().min(1).max(12).optional(),
  /** The DOI (`10.1000/xyz`), without `https://doi.org/`. */
  doi: z.string().min(1).optional(),
  /** The paper's own address from the export (`http(s)` only). */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The authors' keywords, in order, each once; any in capitals in reader form (lower case but acronyms). */
  keywords: z.array(z.string().min(1)).optional(),
  /** Terms a database assigned (Web of Science Keywords Plus, Scopus index keywords, MeSH), in reader form, each once, none that repeats an author keyword; shown apart as "Index terms". */
  keywordsPlus: z.array(z.string().min(1)).optional(),
  /** The entry's type in CSL's vocabulary (`article-journal`, `paper-conference`, …). */
  entryType: z.string().min(1).optional(),
  /** True when the source gives no abstract: the page says so, and the paper is placed in topics by its title alone. */
  noAbstract: z.literal(true).optional(),
  /** The record as CSL JSON, as read from the source (abstract left out: the page body holds it); exported in papers.json. */
  csl: cslItemSchema,
  /** The paper's citation as BibTeX and APA. */
  cite: paperCitationSchema,
});

/** A paper's frontmatter as the generator writes it and the site reads it. */
export type PaperData = z.infer<typeof paperSchema>;
/** A CSL JSON record. */
export type CslItem = z.infer<typeof cslItemSchema>;
/** A CSL JSON name. */
export type CslName = z.infer<typeof cslNameSchema>;
/** An author as a page shows it. */
export type PaperAuthor = z.infer<typeof paperAuthorSchema>;
/** A link found in an abstract. */
export type PaperLink = z.infer<typeof paperLinkSchema>;
