// map stage: takes map.json, gives the map as drawn: frame, marker shapes and colours, placed and wrapped labels, preview dots.
import mapJson from '../../content/map.json' with { type: 'json' };
import { mapSchema, type MapData } from '../../schemas/map.ts';

/** The atlas map from `src/content/map.json` (positions and label anchors), validated once when first imported. */
export const mapData: MapData = mapSchema.parse(mapJson);
