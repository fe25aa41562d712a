import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { ogImageSize } from '../../src/utils/publish/og-card.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { attr, findAll, readPages, type Page } from '../site/dist-html.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, key: string) =>
  findAll(page.document, (element) => element.tagName === 'meta' && (attr(element, 'property') === key || attr(element, 'name') === key)).map((element) => attr(element, 'content'));

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('social previews %s', (_name, dir, prefix) => {
  test('the site image is a 1200×630 PNG', () => {
    expect(pngSize(readFileSync(join(dir, 'og.png')))).toEqual(ogImageSize);
  });

  test('every page names the image by its absolute URL, with its size and a description', () => {
    const image = new URL(`${prefix}og.png`, settings.site).href;
    for (const page of readPages(dir)) {
      expect(meta(page, 'og:image'), page.file).toEqual([image]);
      expect(meta(page, 'twitter:image'), page.file).toEqual([image]);
      expect(meta(page, 'og:image:width'), page.file).toEqual([String(ogImageSize.width)]);
      expect(meta(page, 'og:image:height'), page.file).toEqual([String(ogImageSize.height)]);
      expect(meta(page, 'og:image:alt')[0]?.length, page.file).toBeGreaterThan(10);
    }
  });
});
