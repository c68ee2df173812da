import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryView';
import { paths } from '../../app/paths';
import type { ScriptDetail } from '../../../../shared/scripts/types';
import { blockSchedule, totalMinutes } from '../../../../shared/scripts/timing';
import { BlockList } from './BlockList';
import { useStartTime } from './startTime';

/** A clean, paper-friendly version of a script: the facilitator's draaiboek for on the table. */
export default function PrintScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery(apiQuery('scripts.get', { id }));
  return (
    <QueryView query={query} loading={t('script.loading')}>
      {(s) => <PrintView s={s} />}
    </QueryView>
  );
}

function PrintView({ s }: { s: ScriptDetail }) {
  const { t } = useTranslation();
  const go = useGo();
  const [start] = useStartTime();
  const back = () => go(paths.script(s.id));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') go(paths.script(s.id));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, s.id]);

  return (
    <main className="print-page" aria-labelledby="print-title">
      <div className="print-toolbar no-print">
        <button type="button" className="btn-back" onClick={back}>
          ← {t('print.back')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <header className="print-head">
        <p className="kicker">{t(`formats.${s.format}`)} · {t(`canvas.${s.canvas}`)}</p>
        <h1 id="print-title">{s.title}</h1>
        <p>
          {t('script.startTime')}: {start} · {t('script.total')}: {t('script.minutes', { count: totalMinutes(s.blocks) })} ·{' '}
          {t('script.roles')}: {s.roles.map((r) => t(`roles.${r}`)).join(', ')}
        </p>
        {s.description && <p className="lede">{s.description}</p>}
      </header>
      <BlockList blocks={s.blocks} schedule={blockSchedule(s.blocks, start)} />
      <footer className="print-footer">{t('print.footer', { title: s.title })}</footer>
    </main>
  );
}
