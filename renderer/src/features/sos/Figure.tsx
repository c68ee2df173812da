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

export function PanelSvg({ panel, label }: { panel: Panel; label: string }) {
  return (
    <svg className="sos-panel-svg" viewBox="0 0 100 60" role="img" aria-label={label}>
      <rect x={0.5} y={0.5} width={99} height={59} rx={2} fill="#fffdf8" stroke="#cbd5e1" strokeWidth={0.6} />
      {panel.figures.map((f, i) => (
        <FigureShape key={i} f={f} />
      ))}
    </svg>
  );
}
