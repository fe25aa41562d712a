import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'astro/zod';
import { otherTopicSlug, taxonomySchema } from '../../src/schemas/taxonomy.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import type { TaxonomySource } from './keep-topics.ts';

/** Problems found in a taxonomy file; `message` lists them all, one `file:line: …` per line. */
export class TaxonomyError extends Error {
  /** Each problem as `file:line: what is wrong; how to fix it`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid taxonomy (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
    this.name = 'TaxonomyError';
    this.problems = problems;
  }
}

/** The topic added when a taxonomy file has none for unmatched papers. */
const defaultOtherTopic = {
  slug: otherTopicSlug,
  name: 'Other',
  description: 'Papers that none of the topics above describes well.',
  aliases: [],
  evidence: [],
} as const;

/**
 * Parses and validates taxonomy text (YAML or JSON). Throws a {@link TaxonomyError}
 * naming `file`, the line of every problem, and how to fix it. Appends an
 * "Other" topic when the file has none.
 */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): string => {
    return `${file}:${lineCounter.linePos(offset).line}`;
  };
  if (document.errors.length > 0) {
    throw new TaxonomyError(
      document.errors.map(
        (error) => `${at(error.pos[0])}: ${firstLine(error.message)}; fix the YAML syntax (indentation, quotes, a missing colon)`,
      ),
    );
  }
  const result = taxonomySchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    throw new TaxonomyError(
      result.error.issues.map((issue) => {
        const path = issue.path.filter((key) => typeof key !== 'symbol');
        const offset = issue.code === 'unrecognized_keys' ? keyOffset(document, path, issue.keys[0]) : offsetOf(document, path);
        return `${at(offset)}: ${formatPath(path)}: ${describe(issue)}`;
      }),
    );
  }
  const taxonomy = result.data;
  if (!taxonomy.topics.some((topic) => topic.slug === otherTopicSlug)) {
    taxonomy.topics.push({ ...defaultOtherTopic, aliases: [], evidence: [] });
  }
  return taxonomy;
}

/** Reads and validates a taxonomy file; see {@link parseTaxonomy}. */
export async function readTaxonomy(path: string): Promise<Taxonomy> {
  return (await readTaxonomySource(path)).taxonomy;
}

/** Reads and validates a taxonomy file, with the file and a hash of its bytes (what made a build's topics). */
export async function readTaxonomySource(path: string): Promise<{ taxonomy: Taxonomy; source: TaxonomySource }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TaxonomyError([`${path}: cannot read the taxonomy file (${reason}); check the path or pass --taxonomy <file>`]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { taxonomy: parseTaxonomy(bytes.toString('utf8'), path), source: { file: path, sha256 } };
}

/** Source offset of the deepest node on `path` that exists (a missing key points at its parent). */
function offsetOf(document: Document, path: ReadonlyArray<string | number>): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** Source offset of an unknown key itself, so the message points at the line to change. */
function keyOffset(document: Document, path: ReadonlyArray<string | number>, key: string | undefined): number {
  const map: unknown = path.length === 0 ? document.contents : document.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return offsetOf(document, path);
}

/** `topics[3].evidence[0].weight`, as a reader would write it. */
function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** What is wrong, and what to write instead. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `missing "${String(issue.path.at(-1))}"; add it (expected ${issue.expected})`
        : `${lowerFirst(issue.message)}; write a ${issue.expected} here`;
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}; remove it or check its spelling`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${lowerFirst(issue.message)}; add at least ${String(issue.minimum)}`
        : issue.origin === 'string'
          ? 'must not be empty; write some text'
          : `${lowerFirst(issue.message)}; use a number ${issue.inclusive ? 'of at least' : 'above'} ${String(issue.minimum)}`;
    case 'too_big':
      return `${lowerFirst(issue.message)}; use at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
