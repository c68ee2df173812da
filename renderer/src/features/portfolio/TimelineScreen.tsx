import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { formatDate } from '../../ui/dates';
import { downloadBase64 } from '../../ui/download';
import {
  filterTimeline,
  REFLECTION_DIMENSIONS,
  TIMELINE_KINDS,
  type Goal,
  type ReflectionDimension,
  type TimelineFilter,
  type TimelineItem,
  type TimelineKind,
} from '../../../../shared/portfolio/types';
import { PortfolioFrame } from './Frame';
import { portfolioQuery } from './data';
import { DateInput } from '../../ui/DateTimeInputs';

const EXPORTABLE: ReadonlySet<TimelineKind> = new Set(['reflectie', 'vrij', 'feedback', 'sos']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything this professional learned, newest first, with filters and a search that stays in memory. */
export default function TimelineScreen() {
  return <PortfolioFrame tab="timeline">{() => <Timeline />}</PortfolioFrame>;
}

function Timeline() {
  const { t } = useTranslation();
  const items = useQuery(portfolioQuery('portfolio.timeline', {}));
  const goals = useQuery(portfolioQuery('portfolio.goals', {}));
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const exportPdf = useApiMutation('portfolio.exportReflections', { invalidate: 'none', onSuccess: (f) => downloadBase64(f.filename, f.content, f.mime) });
  const set = (patch: Partial<TimelineFilter>) => setFilter((f) => ({ ...f, ...patch }));
  // The period fields hold what is typed; the filter takes a date once it is one (or none when empty).
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const periodField = (keep: (v: string) => void, key: 'from' | 'to') => (v: string) => {
    keep(v);
    if (v === '' || ISO_DATE.test(v)) set({ [key]: v || undefined });
  };
  const shown = useMemo(() => filterTimeline(items.data ?? [], filter), [items.data, filter]);
  const toggle = (key: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <>
      <div className="toolbar filters" role="search">
        <div className="field field-search">
          <label className="field-label" htmlFor="tl-filter-1">{t('portfolio.timeline.search')}</label>
          <input id="tl-filter-1" type="search" value={filter.q ?? ''} onChange={(e) => set({ q: e.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-filter-2">{t('portfolio.timeline.kind')}</label>
          <select id="tl-filter-2" value={filter.kinds?.[0] ?? ''} onChange={(e) => set({ kinds: e.target.value ? [e.target.value as TimelineKind] : undefined })}>
            <option value="">{t('portfolio.timeline.allKinds')}</option>
            {TIMELINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`portfolio.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-filter-3">{t('portfolio.timeline.dimension')}</label>
          <select id="tl-filter-3" value={filter.dimension ?? ''} onChange={(e) => set({ dimension: (e.target.value || undefined) as ReflectionDimension | undefined })}>
            <option value="">{t('portfolio.timeline.allDimensions')}</option>
            {REFLECTION_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`portfolio.dimensions.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-filter-4">{t('portfolio.timeline.goal')}</label>
          <select id="tl-filter-4" value={filter.goalId ?? ''} onChange={(e) => set({ goalId: e.target.value || undefined })}>
            <option value="">{t('portfolio.timeline.allGoals')}</option>
            {(goals.data ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-filter-5">{t('portfolio.timeline.from')}</label>
          <DateInput id="tl-filter-5" value={fromText} onValue={periodField(setFromText, 'from')} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-filter-6">{t('portfolio.timeline.to')}</label>
          <DateInput id="tl-filter-6" value={toText} onValue={periodField(setToText, 'to')} />
        </div>
      </div>
      <div className="timeline-bar">
        <p className="count" aria-live="polite">
          {t('portfolio.timeline.count', { count: shown.length })}
        </p>
        <div className="row-actions">
          {chosen.size > 0 && <span className="muted">{t('portfolio.timeline.selectedCount', { count: chosen.size })}</span>}
          <button type="button" className="btn" disabled={chosen.size === 0 || exportPdf.isPending} onClick={() => exportPdf.mutate({ keys: [...chosen], format: 'pdf' })}>
            {t('portfolio.timeline.exportSelected')}
          </button>
        </div>
      </div>
      <QueryView query={items} loading={t('portfolio.loading')}>
        {(all) =>
          all.length === 0 ? (
            <div className="empty">
              <h2>{t('portfolio.timeline.empty')}</h2>
              <p>{t('portfolio.timeline.emptyHint')}</p>
            </div>
          ) : shown.length === 0 ? (
            <p className="empty">{t('portfolio.timeline.noMatch')}</p>
          ) : (
            <ol className="timeline" aria-label={t('portfolio.timeline.title')}>
              {shown.map((item) => (
                <TimelineEntry key={item.key} item={item} goals={goals.data ?? []} chosen={chosen.has(item.key)} onChoose={EXPORTABLE.has(item.kind) ? () => toggle(item.key) : undefined} />
              ))}
            </ol>
          )
        }
      </QueryView>
    </>
  );
}

export function TimelineEntry({ item, goals, chosen, onChoose, onUnlink }: { item: TimelineItem; goals: Goal[]; chosen?: boolean; onChoose?: () => void; onUnlink?: () => void }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const link = useApiMutation('portfolio.linkGoal');
  const linked = goals.filter((g) => item.goalIds.includes(g.id));
  const unlinked = goals.filter((g) => !item.goalIds.includes(g.id));
  const label = (l: string) => t(`portfolio.labels.${l}`, { defaultValue: l });
  const headingId = `tl-${item.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li className={`timeline-item timeline-${item.kind}`} aria-labelledby={headingId}>
      <div className="timeline-date">{formatDate(item.date, i18n.language)}</div>
      <article className="timeline-card">
        <header className="timeline-head">
          <span className={`badge badge-kind-${item.kind}`}>{t(`portfolio.kinds.${item.kind}`)}</span>
          <h3 id={headingId} className="timeline-title">
            {item.title}
          </h3>
          {item.source && <span className="muted small">{item.source}</span>}
          {item.dimensions.map((d) => (
            <span key={d} className="tag">
              {t(`portfolio.dimensions.${d}`)}
            </span>
          ))}
        </header>
        {item.texts.length > 0 && (
          <dl className="timeline-texts">
            {item.texts.map((x, i) => (
              <div key={i}>
                <dt>{item.kind === 'vrij' ? t(`portfolio.fields.${x.label}`, { defaultValue: x.label }) : label(x.label)}</dt>
                <dd>{x.label === 'rol' ? (x.text === 'deelnemer' ? t('portfolio.participant') : t(`roles.${x.text}`, { defaultValue: x.text })) : x.label === 'fase' ? t(`portfolio.phases.${x.text}`, { defaultValue: x.text }) : x.text}</dd>
              </div>
            ))}
          </dl>
        )}
        <footer className="timeline-foot">
          {linked.length > 0 && (
            <span className="small">
              {t('portfolio.timeline.linked')}{' '}
              {linked.map((g) => (
                <button key={g.id} type="button" className="link goal-chip" onClick={() => go(paths.portfolioGoal(g.id))}>
                  {g.title}
                </button>
              ))}
            </span>
          )}
          <span className="timeline-actions">
            {unlinked.length > 0 && (
              <select
                aria-label={t('portfolio.timeline.linkGoal')}
                value=""
                onChange={(e) => e.target.value && link.mutate({ goalId: e.target.value, key: item.key, linked: true })}
              >
                <option value="">{t('portfolio.timeline.linkGoal')}…</option>
                {unlinked.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.title}
                  </option>
                ))}
              </select>
            )}
            {onUnlink && (
              <button type="button" className="btn btn-small" onClick={onUnlink}>
                {t('portfolio.goals.unlink')}
              </button>
            )}
            {item.reflectionId && (
              <button type="button" className="btn btn-small" onClick={() => go(paths.portfolioReflection(item.reflectionId!))}>
                {t('portfolio.timeline.open')}
              </button>
            )}
            {onChoose && (
              <label className="check small">
                <input type="checkbox" checked={chosen} onChange={onChoose} /> {t('portfolio.timeline.select')}
              </label>
            )}
          </span>
        </footer>
      </article>
    </li>
  );
}
