import areasJson from '../../content/areas.json' with { type: 'json' };
import { z } from 'astro/zod';
import { areaSchema, type AreaData } from '../../schemas/area.ts';

/**
 * The areas of `src/content/areas.json`, in menu order, validated once when first imported.
 * Not a content collection: most taxonomies have no areas, and Astro warns on every build
 * about an empty collection.
 */
export const areaRecords: AreaData[] = z.array(areaSchema).parse(areasJson).toSorted((a, b) => a.order - b.order);
