/** The ratings chart's geometry, kept free of React so it can be tested: rounds in time order on x, 1–6 on y. */
export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

export const RATING_MIN = 1;
export const RATING_MAX = 6;

export function xOf(index: number, count: number, box: ChartBox): number {
  const span = box.width - box.left - box.right;
  return count <= 1 ? box.left + span / 2 : box.left + (span * index) / (count - 1);
}

export function yOf(value: number, box: ChartBox): number {
  const span = box.height - box.top - box.bottom;
  return box.top + span * (1 - (value - RATING_MIN) / (RATING_MAX - RATING_MIN));
}

/** The points of one series; a round without this rating leaves a gap (no point, and the line breaks). */
export function seriesPoints(values: ReadonlyArray<number | null>, box: ChartBox): ChartPoint[] {
  return values.flatMap((value, index) => (value === null ? [] : [{ index, x: xOf(index, values.length, box), y: yOf(value, box), value }]));
}

/** SVG path data: consecutive rounds joined, a missing rating starts a new segment. */
export function linePath(points: readonly ChartPoint[]): string {
  return points.map((p, i) => `${i > 0 && points[i - 1].index === p.index - 1 ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
