import { describe, expect, it } from 'vitest';
import { addFigure, addPanel, bookletSheets, dragFigure, movePanel, nudgeFigure, placeFigure, removeFigure, removePanel, setText, toPanelPercent } from './storyboard';
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

  it('turns a pointer over the drawn panel into percent of the panel, kept inside', () => {
    const box = { left: 100, top: 50, width: 400, height: 240 };
    expect(toPanelPercent(300, 170, box)).toEqual({ x: 50, y: 50 });
    expect(toPanelPercent(100, 50, box)).toEqual({ x: 0, y: 0 });
    expect(toPanelPercent(200, 110, box)).toEqual({ x: 25, y: 25 });
    // Dragged past the edge: the figure stays on the panel.
    expect(toPanelPercent(20, 400, box)).toEqual({ x: 0, y: 100 });
    expect(toPanelPercent(10, 10, { left: 0, top: 0, width: 0, height: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('drags a figure by how far the pointer moved, not to the pointer', () => {
    const [a] = ids(1) as [string];
    const p = placeFigure(addFigure(addFigure(addPanel([], a), a, 'house'), a, 'person', 'oma'), a, 1, 40, 60);
    // Grabbed 5 to the right of its centre, moved 20 right and 10 up.
    const grab = { figure: { x: 40, y: 60 }, pointer: { x: 45, y: 62 } };
    const moved = dragFigure(p, a, 1, grab, { x: 65, y: 52 });
    expect(moved[0]!.figures[1]).toMatchObject({ kind: 'person', label: 'oma', x: 60, y: 50 });
    expect(moved[0]!.figures[0]).toEqual(p[0]!.figures[0]); // the other figure stays put
    // Dragged far past the edge: kept inside the panel.
    expect(dragFigure(p, a, 1, grab, { x: 100, y: 0 })[0]!.figures[1]).toMatchObject({ x: 95, y: 0 });
    // No movement: the same place.
    expect(dragFigure(p, a, 1, grab, grab.pointer)[0]!.figures[1]).toMatchObject({ x: 40, y: 60 });
  });

  it('moves a focused figure with the arrow keys, further with Shift, never off the panel', () => {
    const [a] = ids(1) as [string];
    const p = placeFigure(addFigure(addPanel([], a), a, 'child', 'K1'), a, 0, 50, 50);
    expect(nudgeFigure(p, a, 0, 'ArrowRight')![0]!.figures[0]).toMatchObject({ x: 52, y: 50 });
    expect(nudgeFigure(p, a, 0, 'ArrowUp', true)![0]!.figures[0]).toMatchObject({ x: 50, y: 40 });
    expect(nudgeFigure(p, a, 0, 'ArrowDown')![0]!.figures[0]).toMatchObject({ x: 50, y: 52 });
    expect(nudgeFigure(p, a, 0, 'ArrowLeft', true)![0]!.figures[0]).toMatchObject({ x: 40, y: 50 });
    const corner = placeFigure(p, a, 0, 0, 99);
    expect(nudgeFigure(corner, a, 0, 'ArrowLeft', true)![0]!.figures[0]).toMatchObject({ x: 0, y: 99 });
    expect(nudgeFigure(corner, a, 0, 'ArrowDown', true)![0]!.figures[0]).toMatchObject({ x: 0, y: 100 });
    // Other keys and unknown figures are not a move: the screen lets the key do what it does.
    expect(nudgeFigure(p, a, 0, 'Enter')).toBeNull();
    expect(nudgeFigure(p, a, 3, 'ArrowLeft')).toBeNull();
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
