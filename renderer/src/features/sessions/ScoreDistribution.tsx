import { useTranslation } from 'react-i18next';

/**
 * Silent scaling: the scores stay hidden until everyone present has scored; then the group sees the
 * spread, never an average that would read like an outcome.
 */
export function ScoreDistribution({ scores, expected, large }: { scores: number[]; expected: number; large?: boolean }) {
  const { t } = useTranslation();
  if (scores.length < expected || expected === 0) {
    return (
      <p className={large ? 'scaling-wait large' : 'scaling-wait'} role="status">
        {t('venster.weging.waiting', { done: scores.length, total: expected })}
      </p>
    );
  }
  const counts = Array.from({ length: 11 }, (_, i) => scores.filter((s) => s === i).length);
  const max = Math.max(...counts, 1);
  return (
    <figure className={large ? 'distribution large' : 'distribution'} aria-label={t('venster.weging.distribution')}>
      <div className="bars">
        {counts.map((c, i) => (
          <div key={i} className="bar-col">
            <div className="bar" style={{ height: `${(c / max) * 100}%` }} aria-label={`${i}: ${c}`} />
            <span className="bar-count">{c > 0 ? c : ''}</span>
            <span className="bar-label">{i}</span>
          </div>
        ))}
      </div>
      <figcaption>{t('venster.weging.distributionCaption', { count: scores.length })}</figcaption>
    </figure>
  );
}
