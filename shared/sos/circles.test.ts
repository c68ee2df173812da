import { describe, expect, it } from 'vitest';
import { layoutCircles } from './circles';

const person = (id: string, ring: 1 | 2 | 3) => ({ id, label: id, ring, inPlan: false });

describe('layoutCircles', () => {
  it('puts everyone on the radius of their ring', () => {
    const l = layoutCircles([person('a', 1), person('b', 2), person('c', 3), person('d', 3)], 600);
    for (const p of l.people) {
      const r = Math.hypot(p.x - l.center.x, p.y - l.center.y);
      expect(r).toBeCloseTo(l.radii[p.ring - 1], 1);
    }
    expect(l.radii[0]).toBeLessThan(l.radii[1]);
    expect(l.radii[1]).toBeLessThan(l.radii[2]);
    expect(l.radii[2]).toBeLessThan(300);
  });

  it('spreads people on one ring evenly, so nobody overlaps', () => {
    const l = layoutCircles(Array.from({ length: 8 }, (_, i) => person(`p${i}`, 2)), 600);
    const d = (i: number, j: number) => Math.hypot(l.people[i]!.x - l.people[j]!.x, l.people[i]!.y - l.people[j]!.y);
    const first = d(0, 1);
    for (let i = 0; i < 8; i++) expect(d(i, (i + 1) % 8)).toBeCloseTo(first, 1);
    expect(first).toBeGreaterThan(60);
  });

  it('the first on each ring do not line up in one spoke, and the order is kept', () => {
    const l = layoutCircles([person('a', 1), person('b', 2), person('c', 3)], 600);
    const angle = (p: { x: number; y: number }) => Math.atan2(p.y - 300, p.x - 300);
    expect(new Set(l.people.map((p) => angle(p).toFixed(2))).size).toBe(3);
    expect(l.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('is deterministic and handles nobody', () => {
    const input = [person('a', 1), person('b', 1)];
    expect(layoutCircles(input)).toEqual(layoutCircles(input));
    expect(layoutCircles([]).people).toEqual([]);
  });
});
