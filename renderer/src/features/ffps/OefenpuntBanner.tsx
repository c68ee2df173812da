import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { useToasts } from '../../ui/toasts';
import type { OpenOefenpunt } from '../../../../shared/ffps/types';

/** The open oefenpunt of this case: it stays on the gezinsmanager's next note until marked practised. */
export function OefenpuntBanner({ open }: { open: OpenOefenpunt }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const practised = useApiMutation('ffps.markPractised', { onSuccess: () => toasts.show({ kind: 'info', text: t('ffps.oefenpunt.practisedToast') }) });
  return (
    <aside className="oefenpunt-banner" aria-labelledby="oefenpunt-title">
      <div>
        <h2 id="oefenpunt-title" className="oefenpunt-title">{t('ffps.oefenpunt.open')}</h2>
        <p className="oefenpunt-text">{open.oefenpunt}</p>
        <p className="muted small">{t('ffps.oefenpunt.hint')}</p>
      </div>
      <button type="button" className="btn" disabled={practised.isPending} onClick={() => practised.mutate({ id: open.feedbackId })}>
        ✓ {t('ffps.oefenpunt.markPractised')}
      </button>
    </aside>
  );
}
