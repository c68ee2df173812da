import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../data/queries';
import { useApiMutation } from '../data/mutations';

/** Notices from the backend (for instance what the retention purge removed), shown until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const { data: notices = [] } = useQuery(apiQuery('notices.list', {}));
  const dismiss = useApiMutation('notices.dismiss');
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('app.notices')}>
      {notices.map((n) => (
        <div key={n.id} className="notice notice-info">
          <p>{n.message}</p>
          <button type="button" className="btn btn-small" disabled={dismiss.isPending} onClick={() => dismiss.mutate({ id: n.id })}>
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
