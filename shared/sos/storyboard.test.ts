import { describe, expect, it } from 'vitest';
import { addFigure, addPanel, bookletSheets, movePanel, placeFigure, removeFigure, removePanel, setText } from './storyboard';
import { FIGURES_MAX, PANELS_MAX } from './types';
import { distribution, spread } from './map';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('storyboard', () => {
  it('adds, moves, edits and removes panels', () => {
    const [a, b, c] = ids(3) as [string, string, string];
    let p = addPanel(addPanel(addPanel([], a, 'een'), b, 'twee'), c, 'drie');
    p = movePanel(p, c, -1);
    expect(p.map((x) => x.text)).toEqual(['een', 'drie', 'twee']);
    expect(movePanel(p, a, -1).map((x) => x.id)).toEqual(p.map((x) => x.id));
    p = setText(removePanel(p, b), a, 'eerst');
    expect(p.map((x) => x.text)).toEqual(['eerst', 'drie']);
  });

  it('stops at the panel and figure limits', () => {
    let p = ids(PANELS_MAX + 1).reduce((acc, id) => addPanel(acc, id), [] as ReturnType<typeof addPanel>);
    expect(p).toHaveLength(PANELS_MAX);
    const id = p[0]!.id;
    for (let i = 0; i < FIGURES_MAX + 2; i++) p = addFigure(p, id, 'person', 'oma');
    expect(p[0]!.figures).toHaveLength(FIGURES_MAX);
  });

  it('keeps figures inside the panel and removes them by index', () => {
    const [a] = ids(1) as [string];
    let p = addFigure(addFigure(addPanel([], a), a, 'house'), a, 'child', 'K1');
    p = placeFigure(p, a, 1, 140, -20);
    expect(p[0]!.figures[1]).toMatchObject({ kind: 'child', label: 'K1', x: 100, y: 0 });
    p = removeFigure(p, a, 0);
    expect(p[0]!.figures.map((f) => f.kind)).toEqual(['child']);
  });

  it('imposes a booklet so the folded stack reads in order', () => {
    const sheets = bookletSheets(6);
    expect(sheets).toEqual([
      { front: [null, 0], back: [1, null] },
      { front: [5, 2], back: [3, 4] },
    ]);
    // Every page appears exactly once.
    const all = bookletSheets(9).flatMap((s) => [...s.front, ...s.back]).filter((x) => x !== null);
    expect([...all].sort((x, y) => x! - y!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bookletSheets(1)).toHaveLength(1);
  });
});

describe('map scale', () => {
  it('counts scores per point and gives the spread, never an average', () => {
    expect(distribution([3, 3, 7, 10, 0, 11, -1])).toEqual([1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 1]);
    expect(spread([4, 2, 8])).toEqual({ low: 2, high: 8 });
    expect(spread([])).toBeNull();
  });
});
