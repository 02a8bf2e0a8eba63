/** A small stacked bar of suppliers per risk band (counts from the API), with the counts as its accessible name. */
import { svg } from '../dom.js';

export interface BandCounts {
  low: number;
  medium: number;
  high: number;
  severe: number;
}

const BANDS = ['low', 'medium', 'high', 'severe'] as const;
const WIDTH = 120;
const HEIGHT = 14;

export function bandBar(counts: BandCounts): SVGSVGElement {
  const total = BANDS.reduce((sum, band) => sum + counts[band], 0);
  const label = BANDS.map((band) => `${band} ${counts[band]}`).join(', ');
  let offset = 0;
  const rects = BANDS.flatMap((band) => {
    if (total === 0 || counts[band] === 0) return [];
    const width = (counts[band] / total) * WIDTH;
    const rect = svg('rect', {
      x: offset,
      y: 0,
      width: Math.max(width, 1),
      height: HEIGHT,
      class: `band band-${band}`,
    });
    offset += width;
    return [rect];
  });
  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      class: 'band-bar',
      role: 'img',
      'aria-label': `Suppliers per band: ${label}`,
    },
    svg('title', {}, `Suppliers per band: ${label}`),
    ...rects,
  );
}
