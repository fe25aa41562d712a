/** A node of the element tree satori lays out: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[]; [name: string]: unknown };
}

/** What the site's social preview image says. */
export interface OgCardText {
  /** Site title, e.g. "Paper Atlas". */
  site: string;
  /** Collection name, e.g. "Transfer learning papers". */
  name: string;
  paperCount: number;
  topicCount: number;
}

/** Width and height of the preview image, the size OpenGraph consumers recommend (1.91:1). */
export const ogImageSize = { width: 1200, height: 630 } as const;

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The site's social preview card as an element tree for satori: logo and site title, collection name, counts. */
export function ogCard({ site, name, paperCount, topicCount }: OgCardText): CardNode {
  const logo = {
    type: 'svg',
    props: {
      width: 72,
      height: 72,
      viewBox: '0 0 32 32',
      children: [
        { type: 'rect', props: { width: 32, height: 32, rx: 6, fill: '#ffffff' } },
        { type: 'path', props: { d: 'M9 23V9h8a4.5 4.5 0 0 1 0 9h-4', fill: 'none', stroke: '#0a58a8', 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } },
      ],
    },
  } satisfies CardNode;
  return node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: '100%',
      height: '100%',
      // satori sizes boxes as content-box: without this the padding pushes the last line off the card.
      boxSizing: 'border-box',
      padding: 80,
      background: '#0a58a8',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      node('div', { display: 'flex', alignItems: 'center', gap: 24, fontSize: 40, fontWeight: 700 }, [logo, site]),
      node('div', { display: 'flex', fontSize: name.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }, name),
      node('div', { display: 'flex', fontSize: 36, color: '#e3effc' }, `${paperCount} papers · ${topicCount} topics · searchable`),
    ],
  );
}
