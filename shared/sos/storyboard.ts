/**
 * Woord- en Beeldverhaal: a storyboard of panels, each with text and a few simple figures. Pure edits
 * (so the screen and the tests share them) and the booklet's page order for printing.
 */
import { FIGURES_MAX, PANELS_MAX, type Figure, type FigureKind, type Panel } from './types';

export function addPanel(panels: readonly Panel[], id: string, text = ''): Panel[] {
  if (panels.length >= PANELS_MAX) return [...panels];
  return [...panels, { id, text, figures: [] }];
}

export function removePanel(panels: readonly Panel[], id: string): Panel[] {
  return panels.filter((p) => p.id !== id);
}

/** Moves a panel one place earlier (-1) or later (+1); at either end nothing changes. */
export function movePanel(panels: readonly Panel[], id: string, by: -1 | 1): Panel[] {
  const i = panels.findIndex((p) => p.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= panels.length) return [...panels];
  const next = [...panels];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

export function setText(panels: readonly Panel[], id: string, text: string): Panel[] {
  return panels.map((p) => (p.id === id ? { ...p, text } : p));
}

const clamp = (n: number) => Math.min(100, Math.max(0, Math.round(n)));

/** Adds a figure; a new one goes where there is room, left to right along the panel's lower half. */
export function addFigure(panels: readonly Panel[], id: string, kind: FigureKind, label = ''): Panel[] {
  return panels.map((p) => {
    if (p.id !== id || p.figures.length >= FIGURES_MAX) return p;
    const x = clamp(14 + ((p.figures.length * 24) % 84));
    return { ...p, figures: [...p.figures, { kind, label, x, y: 60 }] };
  });
}

/** Moves a figure to (x, y) in percent of the panel, kept inside it. */
export function placeFigure(panels: readonly Panel[], id: string, index: number, x: number, y: number): Panel[] {
  return panels.map((p) => (p.id === id ? { ...p, figures: p.figures.map((f, i): Figure => (i === index ? { ...f, x: clamp(x), y: clamp(y) } : f)) } : p));
}

export interface Point {
  x: number;
  y: number;
}

/** A pointer position over the drawn panel (client pixels, the panel's box) in percent of the panel, kept inside. */
export function toPanelPercent(clientX: number, clientY: number, box: { left: number; top: number; width: number; height: number }): Point {
  if (box.width <= 0 || box.height <= 0) return { x: 0, y: 0 };
  const pct = (n: number) => Math.min(100, Math.max(0, n));
  return { x: pct(((clientX - box.left) / box.width) * 100), y: pct(((clientY - box.top) / box.height) * 100) };
}

/**
 * A figure being dragged: it moves as far as the pointer moved since it was grabbed, so it does not
 * jump under the pointer when grabbed off-centre. `grab` is where the figure and the pointer were at
 * pointer-down, `pointer` where the pointer is now (both in percent of the panel).
 */
export function dragFigure(panels: readonly Panel[], id: string, index: number, grab: { figure: Point; pointer: Point }, pointer: Point): Panel[] {
  return placeFigure(panels, id, index, grab.figure.x + pointer.x - grab.pointer.x, grab.figure.y + pointer.y - grab.pointer.y);
}

/** The arrow keys move a focused figure: a small step, or a large one with Shift. Other keys: null. */
export const NUDGE_STEP = 2;
export const NUDGE_STEP_LARGE = 10;
export function nudgeFigure(panels: readonly Panel[], id: string, index: number, key: string, large = false): Panel[] | null {
  const d = large ? NUDGE_STEP_LARGE : NUDGE_STEP;
  const by: Record<string, Point> = { ArrowLeft: { x: -d, y: 0 }, ArrowRight: { x: d, y: 0 }, ArrowUp: { x: 0, y: -d }, ArrowDown: { x: 0, y: d } };
  const step = by[key];
  const f = panels.find((p) => p.id === id)?.figures[index];
  if (!step || !f) return null;
  return placeFigure(panels, id, index, f.x + step.x, f.y + step.y);
}

export function removeFigure(panels: readonly Panel[], id: string, index: number): Panel[] {
  return panels.map((p) => (p.id === id ? { ...p, figures: p.figures.filter((_, i) => i !== index) } : p));
}

/**
 * The booklet: a cover and one page per panel, padded with blank pages to a multiple of four, then
 * imposed for saddle-stitch printing: each A4 sheet (landscape) carries two A5 pages per side, so the
 * printed stack, folded in the middle, reads in order. Page numbers are 0-based; null is a blank page.
 */
export function bookletSheets(pageCount: number): Array<{ front: [number | null, number | null]; back: [number | null, number | null] }> {
  const n = Math.max(4, Math.ceil(pageCount / 4) * 4);
  const page = (i: number) => (i < pageCount ? i : null);
  const sheets: Array<{ front: [number | null, number | null]; back: [number | null, number | null] }> = [];
  for (let s = 0; s < n / 4; s++) {
    sheets.push({
      front: [page(n - 1 - 2 * s), page(2 * s)],
      back: [page(2 * s + 1), page(n - 2 - 2 * s)],
    });
  }
  return sheets;
}
