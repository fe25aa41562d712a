import { describe, expect, test } from 'vitest';
import { topicMarkers } from '../../src/utils/map/topic-markers.ts';
import { bundledTaxonomy } from '../helpers/bundled.ts';

describe('topicMarkers', () => {
  test('gives every bundled topic its own colour and shape, and "Other" grey', () => {
    const markers = topicMarkers(bundledTaxonomy.topics.map((topic) => topic.slug));
    const looks = [...markers.values()].map((marker) => `${marker.colour}/${marker.shape}`);
    expect(new Set(looks).size).toBe(bundledTaxonomy.topics.length);
    expect(markers.get('other')).toEqual({ colour: 'map-other', shape: 4 });
  });

  test('varies the shape once the colours run out', () => {
    const markers = topicMarkers(Array.from({ length: 9 }, (_, i) => `t${i}`));
    expect(markers.get('t0')).toEqual({ colour: 'map-c0', shape: 0 });
    expect(markers.get('t7')).toEqual({ colour: 'map-c0', shape: 1 });
  });
});
