import { describe, expect, it } from 'vitest';
import { linePath, seriesPoints, xOf, yOf, type ChartBox } from './chart';

const box: ChartBox = { width: 220, height: 120, left: 20, right: 0, top: 10, bottom: 10 };

describe('the ratings chart', () => {
  it('puts 6 at the top, 1 at the bottom, and rounds evenly from left to right', () => {
    expect(yOf(6, box)).toBe(10);
    expect(yOf(1, box)).toBe(110);
    expect(xOf(0, 3, box)).toBe(20);
    expect(xOf(2, 3, box)).toBe(220);
    expect(xOf(0, 1, box)).toBe(120);
  });

  it('leaves a gap where a round has no rating, and breaks the line there', () => {
    const points = seriesPoints([3, null, 5, 6], box);
    expect(points.map((p) => p.index)).toEqual([0, 2, 3]);
    expect(linePath(points)).toMatch(/^M20\.0,70\.0 M153\.3,30\.0 L220\.0,10\.0$/);
  });
});
