import { z } from 'astro/zod';
import { areaSchema, type AreaData } from '../../schemas/area.ts';
import { readGeneratedJson } from './read-generated-json.ts';

/**
 * The areas of `src/content/areas.json`, in menu order, validated once when first imported.
 * Not a content collection: most taxonomies have no areas, and Astro warns on every build
 * about an empty collection.
 */
export const areaRecords: AreaData[] = z.array(areaSchema).parse(readGeneratedJson('areas.json')).toSorted((a, b) => a.order - b.order);
