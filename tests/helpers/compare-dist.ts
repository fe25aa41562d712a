import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, relative to it, sorted. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** The files of two sites that differ in bytes, or exist in one only. */
export function differences(a: string, b: string): string[] {
  const files = [...new Set([...filesOf(a), ...filesOf(b)])].sort();
  return files.filter((file) => {
    try {
      return !readFileSync(join(a, file)).equals(readFileSync(join(b, file)));
    } catch {
      return true;
    }
  });
}

/** Slugs of the paper pages whose bytes differ between two sites (or that one of them lacks). */
export function changedPapers(a: string, b: string): Set<string> {
  return new Set(
    differences(a, b)
      .map((file) => /^papers\/([^/]+)\/index\.html$/.exec(file)?.[1])
      .filter((slug): slug is string => slug !== undefined && !/^\d+$/.test(slug)),
  );
}

/** Slugs of the paper pages of a site (not the numbered pages of the paper list). */
export function paperSlugs(dist: string): string[] {
  return readdirSync(join(dist, 'papers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** The `/_astro/…` paths (bundled stylesheets, scripts, images) an HTML page points to, with any base path cut off. */
export function astroLinks(html: string): string[] {
  return [...new Set([...html.matchAll(/\/_astro\/[\w.@~-]+/g)].map((match) => match[0].slice(1)))].sort();
}

/** The `/_astro/` paths HTML files of `dist` point to that `dist` does not have, as `page → path`. */
export function missingAstroFiles(dist: string): string[] {
  const missing: string[] = [];
  for (const file of filesOf(dist).filter((name) => name.endsWith('.html'))) {
    for (const link of astroLinks(readFileSync(join(dist, file), 'utf8'))) {
      try {
        statSync(join(dist, link));
      } catch {
        missing.push(`${file} → ${link}`);
      }
    }
  }
  return missing;
}
