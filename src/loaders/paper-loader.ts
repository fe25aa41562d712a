import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { mathRenderer } from '../utils/math/render-math.ts';
import { renderMathInHtml } from '../utils/math/render-math-in-html.ts';

/**
 * The papers collection: one entry per generated `<slug>.mdx`, its abstract rendered to HTML
 * here, once, with Astro's own Markdown processor (`renderMarkdown`, the site's Markdown
 * settings) and kept in the content layer's store with the file's digest. An unchanged file is
 * not read into a new entry nor rendered again on the next build.
 *
 * Why not `glob()` with @astrojs/mdx: every MDX entry becomes a JavaScript module that Vite
 * bundles on every build, a cost (and memory) that grows with the collection and that no page
 * cache avoids: at 50,000 papers the bundling alone went past 20 GB. The bodies `npm run generate`
 * writes hold no MDX code by construction (no `import`, `export`, `{expressions}` or JSX: the MDX
 * serializer escapes every `{` and `<` in the source text, see scripts/write/serialize-mdx.ts),
 * so they are plain Markdown with backslash escapes, and CommonMark renders those escapes as the
 * characters themselves: the same HTML as MDX, with no code to compile, let alone to run.
 *
 * Formulas come as code spans holding their TeX (`` `$x^2$` ``, see src/utils/math/math-code.ts),
 * which Markdown leaves alone; they are turned into MathML here, once, after Markdown, so the HTML
 * kept (and each paper page's cacheKey, which holds it) is the page's final abstract.
 */
/** Bump when the HTML this loader makes for the same file changes. */
const loaderVersion = 2;

export function paperLoader({ base }: { base: string }): Loader {
  return {
    name: 'paper-atlas:papers',
    load: async ({ config, store, meta, parseData, renderMarkdown, generateDigest }) => {
      // Entries rendered by another version of this loader or other Markdown settings are rendered again.
      const renderer = generateDigest(JSON.stringify({ loader: loaderVersion, markdown: config.markdown, math: mathRenderer }));
      if (meta.get('renderer') !== renderer) {
        store.clear();
        meta.set('renderer', renderer);
      }
      const dir = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const files = await readdir(dir).then(
        (names) => names.filter((name) => name.endsWith('.mdx')).sort(),
        // No generated content yet (`astro dev` before `npm run generate`): an empty collection.
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)),
      );
      const ids = new Set<string>();
      for (const name of files) {
        const id = name.slice(0, -'.mdx'.length);
        ids.add(id);
        const fileUrl = new URL(name, dir);
        const contents = await readFile(fileUrl, 'utf8');
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) continue;
        const filePath = fileURLToPath(fileUrl);
        const { frontmatter, body } = splitFrontmatter(contents, filePath);
        const data = await parseData({ id, data: frontmatter, filePath });
        const rendered = await renderMarkdown(body);
        // Without the processor's final newline, the page's bytes are those MDX gave.
        const html = renderMathInHtml(rendered.html.trimEnd());
        store.set({ id, data, body, filePath: relativeTo(config.root, fileUrl), digest, rendered: { ...rendered, html } });
      }
      // Papers no longer in the collection.
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

/** The YAML frontmatter between the opening and closing `---` lines, parsed, and the body after it. */
function splitFrontmatter(contents: string, filePath: string): { frontmatter: Record<string, unknown>; body: string } {
  const end = contents.startsWith('---\n') ? contents.indexOf('\n---\n', 3) : -1;
  if (end === -1) throw new Error(`${filePath}:1: no frontmatter; files in src/content/papers/ are written by \`npm run generate\`: run it again instead of editing them`);
  const frontmatter: unknown = parseYaml(contents.slice(4, end));
  if (typeof frontmatter !== 'object' || frontmatter === null) throw new Error(`${filePath}:2: the frontmatter is not a mapping; run \`npm run generate\` again`);
  return { frontmatter: frontmatter as Record<string, unknown>, body: contents.slice(end + '\n---\n'.length) };
}

function relativeTo(root: URL, file: URL): string {
  return fileURLToPath(file).slice(fileURLToPath(root).length);
}
