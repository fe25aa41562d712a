import { atlasSchema, type AtlasData } from '../../schemas/atlas.ts';
import { readGeneratedJson } from './read-generated-json.ts';

/** Collection-wide data from `src/content/atlas.json`, validated once when first imported. */
export const atlas: AtlasData = atlasSchema.parse(readGeneratedJson('atlas.json'));
