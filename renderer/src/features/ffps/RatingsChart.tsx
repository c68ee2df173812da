import { useTranslation } from 'react-i18next';
import type { FeedbackHistory } from '../../../../shared/ffps/types';
import { formatDate } from '../../ui/dates';
import { linePath, seriesPoints, yOf, type ChartBox } from './chart';

const BOX: ChartBox = { width: 640, height: 240, left: 44, right: 24, top: 16, bottom: 44 };

/** Adherence and competence per feedback round, 1–6, as an SVG line chart (with a table for screen readers). */
export function RatingsChart({ rounds }: { rounds: FeedbackHistory['rounds'] }) {
  const { t, i18n } = useTranslation();
  const adherence = seriesPoints(rounds.map((r) => r.adherence), BOX);
  const competence = seriesPoints(rounds.map((r) => r.competence), BOX);
  const xs = rounds.map((_, i) => adherence.find((p) => p.index === i)?.x ?? competence.find((p) => p.index === i)?.x ?? null);
  const xAt = (i: number) => xs[i] ?? BOX.left + ((BOX.width - BOX.left - BOX.right) * (rounds.length <= 1 ? 0.5 : i / (rounds.length - 1)));
  return (
    <figure className="ratings-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby="chart-caption">
        {[1, 2, 3, 4, 5, 6].map((v) => (
          <g key={v}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={yOf(v, BOX)} y2={yOf(v, BOX)} className="grid" />
            <text x={BOX.left - 10} y={yOf(v, BOX) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {rounds.map((r, i) => (
          <text key={r.feedbackId} x={xAt(i)} y={BOX.height - BOX.bottom + 20} textAnchor="middle" className="axis">
            {formatDate(r.givenAt, i18n.language).replace(/\s\d{4}$/, '')}
          </text>
        ))}
        <path d={linePath(adherence)} className="series series-adherence" />
        <path d={linePath(competence)} className="series series-competence" />
        {adherence.map((p) => (
          <circle key={`a${p.index}`} cx={p.x} cy={p.y} r={5} className="dot dot-adherence" />
        ))}
        {competence.map((p) => (
          <rect key={`c${p.index}`} x={p.x - 4.5} y={p.y - 4.5} width={9} height={9} className="dot dot-competence" />
        ))}
      </svg>
      <figcaption id="chart-caption">
        <span className="legend legend-adherence">● {t('ffps.feedback.adherence')}</span>
        <span className="legend legend-competence">■ {t('ffps.feedback.competence')}</span>
        <span className="muted small">{t('ffps.history.scale')}</span>
      </figcaption>
    </figure>
  );
}
