import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress, type Running } from '../data/progress';

/** Below this a call is quick enough that a bar would only flicker. */
export const SHOW_AFTER_MS = 400;

/**
 * The progress of long work (a PDF, a back-up, an export or import, an index rebuild): shown at the bottom
 * left, away from the toasts at the right, for a call that has run longer than SHOW_AFTER_MS and has
 * reported at least once. The work itself runs in the backend process, so the window stays usable meanwhile.
 */
export function ProgressBar({ now = () => performance.now() }: { now?: () => number }) {
  const { t } = useTranslation();
  const running = useProgress();
  const [, tick] = useState(0);
  const reported = running.filter((r) => r.done !== undefined);
  // Re-render when the oldest reported call passes the threshold, without a timer per report.
  const oldest = reported.reduce<Running | null>((a, r) => (a === null || r.since < a.since ? r : a), null);
  const waitMs = oldest ? SHOW_AFTER_MS - (now() - oldest.since) : Infinity;
  useEffect(() => {
    if (!Number.isFinite(waitMs) || waitMs <= 0) return;
    const id = window.setTimeout(() => tick((n) => n + 1), waitMs + 10);
    return () => window.clearTimeout(id);
  }, [waitMs]);

  if (!oldest || waitMs > 0) return null;
  const { done = 0, total, stage } = oldest;
  const pct = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  const label = t(`progress.stages.${stage ?? 'working'}`, { defaultValue: t('progress.stages.working') });
  return (
    <div className="progress-toast" role="status">
      <span className="progress-label">
        {label}
        {pct !== null && <span className="muted"> · {pct}%</span>}
      </span>
      <div
        className={pct === null ? 'progress progress-indeterminate' : 'progress'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
      >
        <div className="progress-fill" style={{ width: pct === null ? '30%' : `${pct}%` }} />
      </div>
    </div>
  );
}
