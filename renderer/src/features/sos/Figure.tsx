import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { toPanelPercent, type Point } from '../../../../shared/sos/storyboard';
import type { Figure, Panel } from '../../../../shared/sos/types';

/** One simple figure of the Woord- en Beeldverhaal, drawn in a 100×60 panel. */
function FigureShape({ f }: { f: Figure }) {
  const x = f.x;
  const y = (f.y / 100) * 60;
  const stroke = { stroke: '#1d2a2a', strokeWidth: 0.8, fill: 'none' } as const;
  let shape;
  if (f.kind === 'person' || f.kind === 'child') {
    const s = f.kind === 'child' ? 13 : 19;
    shape = (
      <g {...stroke} strokeWidth={1.1}>
        <circle cx={x} cy={y - s * 0.75} r={s * 0.22} fill="#fde68a" />
        <line x1={x} y1={y - s * 0.53} x2={x} y2={y + s * 0.1} />
        <line x1={x - s * 0.35} y1={y - s * 0.3} x2={x + s * 0.35} y2={y - s * 0.3} />
        <line x1={x} y1={y + s * 0.1} x2={x - s * 0.25} y2={y + s * 0.55} />
        <line x1={x} y1={y + s * 0.1} x2={x + s * 0.25} y2={y + s * 0.55} />
      </g>
    );
  } else {
    const s = 18;
    shape = (
      <g {...stroke}>
        <rect x={x - s / 2} y={y - s * 0.3} width={s} height={s * 0.8} fill={f.kind === 'school' ? '#dbeafe' : '#fee2e2'} />
        <polyline points={`${x - s * 0.6},${y - s * 0.3} ${x},${y - s * 0.8} ${x + s * 0.6},${y - s * 0.3}`} />
        {f.kind === 'school' && <polyline points={`${x},${y - s * 0.8} ${x},${y - s * 1.1} ${x + s * 0.25},${y - s} ${x},${y - s * 0.9}`} />}
        <rect x={x - s * 0.1} y={y + s * 0.15} width={s * 0.2} height={s * 0.35} />
      </g>
    );
  }
  return (
    <g>
      {shape}
      {f.label && (
        <text x={x} y={y + (f.kind === 'person' ? 15 : f.kind === 'child' ? 11 : 14)} textAnchor="middle" fontSize={4.5} fill="#1d2a2a">
          {f.label}
        </text>
      )}
    </g>
  );
}

/**
 * The drawn panel. With `onDrag` and `onNudge` its figures can be moved: dragged with the pointer
 * (mouse, pen, touch), or focused with Tab and moved with the arrow keys (Shift: further).
 */
export function PanelSvg({
  panel,
  label,
  figureLabel,
  onDrag,
  onNudge,
}: {
  panel: Panel;
  label: string;
  figureLabel?: (f: Figure, i: number) => string;
  onDrag?: (index: number, grab: { figure: Point; pointer: Point }, pointer: Point) => void;
  onNudge?: (index: number, key: string, large: boolean) => boolean;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ index: number; pointerId: number; grab: { figure: Point; pointer: Point } } | null>(null);
  const at = (e: PointerEvent) => toPanelPercent(e.clientX, e.clientY, svg.current!.getBoundingClientRect());
  const movable = onDrag !== undefined && onNudge !== undefined;
  const down = (i: number, f: Figure) => (e: PointerEvent<SVGGElement>) => {
    if (!movable || e.button !== 0) return;
    e.preventDefault();
    (e.currentTarget as SVGGElement).focus();
    svg.current!.setPointerCapture(e.pointerId);
    drag.current = { index: i, pointerId: e.pointerId, grab: { figure: { x: f.x, y: f.y }, pointer: at(e) } };
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d && d.pointerId === e.pointerId) onDrag!(d.index, d.grab, at(e));
  };
  const up = (e: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.pointerId !== e.pointerId) return;
    drag.current = null;
    if (svg.current?.hasPointerCapture(e.pointerId)) svg.current.releasePointerCapture(e.pointerId);
  };
  const key = (i: number) => (e: KeyboardEvent<SVGGElement>) => {
    if (onNudge?.(i, e.key, e.shiftKey)) e.preventDefault();
  };
  return (
    <svg
      ref={svg}
      className={movable ? 'sos-panel-svg movable' : 'sos-panel-svg'}
      viewBox="0 0 100 60"
      role={movable ? 'group' : 'img'}
      aria-label={label}
      onPointerMove={movable ? move : undefined}
      onPointerUp={movable ? up : undefined}
      onPointerCancel={movable ? up : undefined}
    >
      <rect x={0.5} y={0.5} width={99} height={59} rx={2} fill="#fffdf8" stroke="#cbd5e1" strokeWidth={0.6} />
      {panel.figures.map((f, i) =>
        movable ? (
          <g
            key={i}
            className="sos-figure"
            data-figure={i}
            tabIndex={0}
            role="button"
            aria-label={figureLabel?.(f, i) ?? f.kind}
            onPointerDown={down(i, f)}
            onKeyDown={key(i)}
          >
            {/* A larger invisible target than the thin lines, so the figure is easy to pick up. */}
            <rect x={f.x - 10} y={(f.y / 100) * 60 - 16} width={20} height={28} fill="transparent" className="sos-figure-hit" />
            <FigureShape f={f} />
          </g>
        ) : (
          <FigureShape key={i} f={f} />
        ),
      )}
    </svg>
  );
}
