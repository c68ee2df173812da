/**
 * Veiligheidscirkels: the network around the child as concentric circles. A pure layout, so the
 * screen's SVG, the beamer and the printed PDF place everyone in the same spot.
 */
import type { CirclePerson } from './types';

export interface CircleLayout {
  size: number;
  center: { x: number; y: number };
  /** Radii of ring 1 (closest) to 3. */
  radii: [number, number, number];
  people: Array<{ id: string; label: string; ring: 1 | 2 | 3; inPlan: boolean; x: number; y: number }>;
}

/**
 * Places each person on the ring of their closeness, spread evenly over it in the order given. Each
 * ring starts at a different angle, so people on neighbouring rings do not line up in one spoke and
 * labels collide less. The rings are equally spaced; the child sits in the middle.
 */
export function layoutCircles(people: ReadonlyArray<Pick<CirclePerson, 'id' | 'label' | 'ring' | 'inPlan'>>, size = 600): CircleLayout {
  const c = size / 2;
  const outer = size / 2 - size * 0.06;
  const radii: [number, number, number] = [outer / 3 + outer * 0.04, (2 * outer) / 3 + outer * 0.02, outer];
  const placed: CircleLayout['people'] = [];
  for (const ring of [1, 2, 3] as const) {
    const on = people.filter((p) => p.ring === ring);
    const r = radii[ring - 1];
    const start = -Math.PI / 2 + ((ring - 1) * Math.PI) / 7;
    on.forEach((p, i) => {
      const a = start + (2 * Math.PI * i) / on.length;
      placed.push({ id: p.id, label: p.label, ring, inPlan: p.inPlan, x: round(c + r * Math.cos(a)), y: round(c + r * Math.sin(a)) });
    });
  }
  return { size, center: { x: c, y: c }, radii, people: placed };
}

const round = (n: number) => Math.round(n * 100) / 100;
