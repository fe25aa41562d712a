import mapJson from '../content/map.json' with { type: 'json' };
import { mapSchema, type MapData } from '../schemas/map.ts';

/** The atlas map from `src/content/map.json` (positions and label anchors), validated once when first imported. */
export const mapData: MapData = mapSchema.parse(mapJson);
