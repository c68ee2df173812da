import { useTranslation } from 'react-i18next';
import type { YearBucket } from '../../../../shared/portfolio/hours';

import { formatNumber } from '../../ui/dates';

/**
 * Hours per calendar year of the registration period as bars, each year's pro-rata share of the 60 hours
 * as a dashed mark over its bar. Plain SVG: no chart library, readable as a table by a screen reader.
 */
export function HoursChart({ years }: { years: readonly YearBucket[] }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatNumber(n, i18n.language);
  const W = 640;
  const H = 240;
  const pad = { top: 16, right: 12, bottom: 34, left: 40 };
  const innerW = W - pad.left - pad.right;
  const innerH = H - pad.top - pad.bottom;
  const max = Math.max(4, ...years.map((y) => Math.max(y.hours, y.norm))) * 1.15;
  const step = max > 40 ? 10 : max > 16 ? 5 : 2;
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const slot = innerW / Math.max(1, years.length);
  const barW = Math.min(64, slot * 0.56);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  return (
    <figure className="hours-chart">
      <figcaption className="field-label">{t('portfolio.hours.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="hours-chart-desc" width="100%">
        <desc id="hours-chart-desc">
          {t('portfolio.hours.chartDesc')} {years.map((b) => `${b.year}: ${fmt(b.hours)} / ${fmt(b.norm)}`).join('; ')}
        </desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={pad.left - 6} y={y(v) + 4} className="chart-axis" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {years.map((b, i) => {
          const cx = pad.left + slot * i + slot / 2;
          const reached = b.hours >= b.norm;
          return (
            <g key={b.year}>
              <rect x={cx - barW / 2} y={y(b.hours)} width={barW} height={Math.max(0, y(0) - y(b.hours))} rx={3} className={reached ? 'chart-bar chart-bar-ok' : 'chart-bar'} />
              <line x1={cx - barW / 2 - 6} x2={cx + barW / 2 + 6} y1={y(b.norm)} y2={y(b.norm)} className="chart-norm" />
              {b.hours > 0 && (
                <text x={cx} y={y(b.hours) - 5} textAnchor="middle" className="chart-value">
                  {fmt(b.hours)}
                </text>
              )}
              <text x={cx} y={H - pad.bottom + 16} textAnchor="middle" className="chart-axis">
                {b.year}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-legend small">
        <span className="legend-bar" aria-hidden="true" /> {t('portfolio.hours.counted')} <span className="legend-norm" aria-hidden="true" /> {t('portfolio.hours.norm')}
      </p>
    </figure>
  );
}
