import { otherTopicSlug } from '../../schemas/taxonomy.ts';

/** How a topic's points look on the map: a colour class and a shape. */
export interface TopicMarker {
  /** CSS class that sets `--map-colour` (see `src/styles/map-palette.css`). */
  colour: string;
  /** 0 circle, 1 square, 2 diamond, 3 triangle; "Other" is 4, a small circle. */
  shape: number;
}

/** Distinct colours of the palette; topics beyond them repeat a colour with the next shape. */
export const paletteSize = 7;

/**
 * Gives each topic, in menu order, a colour and a shape: seven colour-blind-safe colours
 * (Okabe & Ito), then the same colours again as squares, diamonds and triangles, so no two
 * of up to 28 topics look alike and colour is never the only cue. "Other" is grey.
 */
export function topicMarkers(topicIds: readonly string[]): Map<string, TopicMarker> {
  const markers = new Map<string, TopicMarker>();
  let index = 0;
  for (const id of topicIds) {
    if (id === otherTopicSlug) {
      markers.set(id, { colour: 'map-other', shape: 4 });
      continue;
    }
    markers.set(id, { colour: `map-c${index % paletteSize}`, shape: Math.floor(index / paletteSize) % 4 });
    index += 1;
  }
  return markers;
}
