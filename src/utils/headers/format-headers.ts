// headers stage: takes the built pages' inline code, gives dist/_headers: hashes, the Content-Security-Policy, cache rules.
import type { HeaderRule } from './header-rules.ts';

/** Serializes header rules as a `_headers` file (Netlify, Cloudflare Pages): a path line, then indented `Name: value` lines. */
export function formatHeaders(rules: readonly HeaderRule[], banner: readonly string[] = []): string {
  const comments = banner.map((line) => `# ${line}`).join('\n');
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${[...(comments ? [comments] : []), ...blocks].join('\n\n')}\n`;
}
