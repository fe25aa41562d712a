import { z } from 'astro/zod';

/** A position on the map: `[x, y]` in the unit square, x to the right and y down, rounded to 4 decimals. */
export const mapPointSchema = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);

/** The atlas map the generator lays out (`src/content/map.json`). */
export const mapSchema = z.object({
  /** Position of every paper by slug, in document order; similar papers sit close together. */
  points: z.record(z.string(), mapPointSchema),
  /** Where each topic's label belongs: the heart of the cluster of papers whose main topic it is. */
  anchors: z.record(z.string(), mapPointSchema),
});

/** The map's data as the generator writes it and the site reads it. */
export type MapData = z.infer<typeof mapSchema>;
/** One position on the map. */
export type MapPoint = z.infer<typeof mapPointSchema>;
