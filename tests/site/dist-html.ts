/**
 * Reading the built site in tests: list its pages, parse them with parse5 (collecting
 * parse errors) and query the trees with a few tiny helpers. Not a test file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes, type ParserError } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
/** A parsed element. */
export type Element = DefaultTreeAdapterTypes.Element;

/** One built HTML page: its path inside dist (`papers/x/index.html`), source, tree and parse errors. */
export interface Page {
  file: string;
  html: string;
  document: DefaultTreeAdapterTypes.Document;
  errors: ParserError[];
}

/** Every file below `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const cache = new Map<string, Page>();

/** Reads and parses one page of a build (cached, since several tests read the same pages). */
export function readPage(dir: string, file: string): Page {
  const key = join(dir, file);
  let page = cache.get(key);
  if (!page) {
    const html = readFileSync(key, 'utf8');
    const errors: ParserError[] = [];
    page = { file, html, document: parse(html, { onParseError: (error) => errors.push(error) }), errors };
    cache.set(key, page);
  }
  return page;
}

/** Every HTML page of a build. */
export function readPages(dir: string): Page[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => readPage(dir, file));
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** All elements below `root` (document order) that match `test`. */
export function findAll(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (isElement(node) && test(node)) found.push(node);
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(root);
  return found;
}

/** The value of an attribute, or undefined when the element lacks it. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Matches elements by tag name and, optionally, an attribute (any value, or an exact one). */
export function by(tagName: string | undefined, attribute?: string, value?: string): (element: Element) => boolean {
  return (element) =>
    (tagName === undefined || element.tagName === tagName) &&
    (attribute === undefined || (value === undefined ? attr(element, attribute) !== undefined : attr(element, attribute) === value));
}

/** The text of an element, whitespace collapsed. */
export function text(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current.nodeName === '#text' && 'value' in current) parts.push(current.value);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The address a page is served at below the base: `papers/x/index.html` → `papers/x/`. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
