import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useAsync } from '../../ui/useAsync';
import { describeError } from '../../ui/errors';
import { blockSchedule, totalMinutes } from '../../../../shared/scripts/timing';
import { BlockList } from './BlockList';
import { useStartTime } from './startTime';

/** A clean, paper-friendly version of a script: the facilitator's draaiboek for on the table. */
export default function PrintScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  const [state] = useAsync(() => call('scripts.get', { id }), [id]);
  const [start] = useStartTime();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') go({ name: 'script', id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, id]);

  if (state.status === 'loading') return <p className="loading">{t('script.loading')}</p>;
  if (state.status === 'error') return <p role="alert">{describeError(state.error, t).text}</p>;
  const s = state.value;
  return (
    <main className="print-page" aria-labelledby="print-title">
      <div className="print-toolbar no-print">
        <button type="button" className="btn-back" onClick={() => go({ name: 'script', id })}>
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
