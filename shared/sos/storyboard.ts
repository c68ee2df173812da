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
