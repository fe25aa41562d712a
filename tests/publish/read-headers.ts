/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do, for tests: rules of a
 * path line followed by indented `Name: value` lines, `#` comments, and a trailing `*`
 * splat that matches the rest of a path. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rule: a path pattern and its headers, in file order. */
export interface ParsedRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers` text; throws with the line number on anything a host would reject. */
export function parseHeaders(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers:${index + 1}: a rule must start with a path beginning with "/", got ${JSON.stringify(line)}`);
      if (line.indexOf('*') !== -1 && line.indexOf('*') !== line.length - 1) throw new Error(`_headers:${index + 1}: "*" only at the end of a path, got ${line}`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

/** Reads and parses `<dir>/_headers`. */
export function readHeaders(dir: string): ParsedRule[] {
  return parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
}

/** Whether a rule's path pattern matches a request path (exact, or a prefix ending in `*`). */
export function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** Every rule that matches a request path. */
export function rulesFor(rules: readonly ParsedRule[], pathname: string): ParsedRule[] {
  return rules.filter((rule) => matches(rule.path, pathname));
}

/**
 * The headers a host sends for a request path: those of every matching rule, values of a
 * header set by several rules joined with ", " (as Cloudflare Pages does).
 */
export function headersFor(rules: readonly ParsedRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rulesFor(rules, pathname)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}
