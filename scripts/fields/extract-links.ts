import type { PaperLink } from '../../src/schemas/paper.ts';
import { findUrls } from './find-urls.ts';

/** Hosts whose links point at code, models or data rather than a project page. */
const codeHosts = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co|hf\.co|anonymous\.4open\.science|sourceforge\.net|zenodo\.org|kaggle\.com)$/;

/**
 * Lists the code and project links of an abstract, cleaned and without repeats.
 *
 * `https://github.com/TamashaM/NAPA-VQ.git.` → `https://github.com/TamashaM/NAPA-VQ`
 * (kind `code`); `https://gohyojun15.github.io/ANT_diffusion/{url}.` →
 * `https://gohyojun15.github.io/ANT_diffusion/` (kind `project`).
 */
export function extractLinks(abstract: string): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  for (const { url: found } of findUrls(abstract)) {
    const host = new URL(found).hostname.toLowerCase();
    const kind = codeHosts.test(host) ? 'code' : 'project';
    const url = kind === 'code' ? found.replace(/\.git$/, '') : found;
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, kind, host: host.replace(/^www\./, '') });
  }
  return links;
}
