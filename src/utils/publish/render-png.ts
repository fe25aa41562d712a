import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import satori, { type Font } from 'satori';
import type { CardNode } from './og-card.ts';

/** Inter (Latin and Latin Extended, regular and bold) from @fontsource/inter; satori reads WOFF, not WOFF2. */
async function loadFonts(): Promise<Font[]> {
  const files = ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'];
  return Promise.all(
    files.map(async (file) => ({
      name: 'Inter',
      weight: Number(file.slice(-3)) as 400 | 700,
      style: 'normal' as const,
      data: await readFile(fileURLToPath(import.meta.resolve(`@fontsource/inter/files/inter-${file}-normal.woff`))),
    })),
  );
}

/** Lays out an element tree with satori and rasterizes it with resvg: PNG bytes, no browser. */
export async function renderPng(card: CardNode, size: { width: number; height: number }): Promise<Uint8Array<ArrayBuffer>> {
  // satori types its input as a React node; a plain { type, props } tree is what it reads.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size.width } }).render().asPng());
}
