import atlasJson from '../../content/atlas.json' with { type: 'json' };
import { atlasSchema, type AtlasData } from '../../schemas/atlas.ts';

/** Collection-wide data from `src/content/atlas.json`, validated once when first imported. */
export const atlas: AtlasData = atlasSchema.parse(atlasJson);
