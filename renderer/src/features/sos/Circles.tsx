import { useTranslation } from 'react-i18next';
import { layoutCircles } from '../../../../shared/sos/circles';
import type { CirclePerson } from '../../../../shared/sos/types';

/** The veiligheidscirkels as SVG: the same layout function as the printed PDF. */
export function CirclesSvg({ child, people, size = 560, dark }: { child: string; people: readonly CirclePerson[]; size?: number; dark?: boolean }) {
  const { t } = useTranslation();
  const l = layoutCircles(people, 600);
  const fills = dark ? ['#1f4e4a', '#19423e', '#143733'] : ['#dbeafe', '#e8f1fd', '#f4f8fe'];
  const ink = dark ? '#f7f5f0' : '#1d2a2a';
  return (
    <svg className="sos-circles" viewBox="0 0 600 600" width={size} height={size} role="img" aria-label={`${t('sos.circles.drawing')}: ${people.map((p) => p.label).join(', ')}`}>
      {[2, 1, 0].map((i) => (
        <circle key={i} cx={l.center.x} cy={l.center.y} r={l.radii[i]} fill={fills[i]} stroke={dark ? '#4d7a76' : '#94a3b8'} strokeWidth={1.5} />
      ))}
      <circle cx={l.center.x} cy={l.center.y} r={44} fill="#fde68a" stroke="#b45309" strokeWidth={2} />
      <text x={l.center.x} y={l.center.y + 7} textAnchor="middle" fontSize={20} fontWeight={700} fill="#1d2a2a">
        {child || 'kind'}
      </text>
      {l.people.map((p) => (
        <g key={p.id}>
          <circle cx={p.x} cy={p.y} r={12} fill={p.inPlan ? '#16a34a' : dark ? '#10302e' : '#ffffff'} stroke={ink} strokeWidth={p.inPlan ? 3 : 1.5} />
          <text x={p.x} y={p.y + 34} textAnchor="middle" fontSize={dark ? 26 : 22} fontWeight={p.inPlan ? 700 : 500} fill={ink} paintOrder="stroke" stroke={dark ? '#10302e' : '#ffffff'} strokeWidth={4}>
            {p.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
