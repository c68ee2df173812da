import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../data/queries';
import { QueryView, useFormSource } from '../../ui/QueryView';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { PlanForm } from './PlanForm';

/** Plans a new bijeenkomst for a group, or changes the plan of one that has not started (sessionId). */
export default function PlanScreen({ groupId, sessionId }: { groupId?: string; sessionId?: string }) {
  return sessionId ? <ExistingPlan sessionId={sessionId} /> : <Plan groupId={groupId ?? ''} existing={null} />;
}

function ExistingPlan({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const session = useFormSource(apiQuery('sessions.get', { id: sessionId }));
  return (
    <QueryView query={session} loading={t('sessions.loading')}>
      {(s) => <Plan groupId={s.groupId} existing={s} />}
    </QueryView>
  );
}

function Plan({ groupId, existing }: { groupId: string; existing: SessionDetail | null }) {
  const { t } = useTranslation();
  const group = useFormSource(apiQuery('groups.get', { id: groupId }));
  const scripts = useQuery(apiQuery('scripts.list', {}));
  const cases = useQuery(apiQuery('cases.list', {}));
  const all = {
    data: group.data && scripts.data && cases.data ? { group: group.data, scripts: scripts.data, cases: cases.data } : undefined,
    error: group.error ?? scripts.error ?? cases.error,
  };
  return (
    <QueryView query={all} loading={t('groups.loading')}>
      {(d) => <PlanForm {...d} existing={existing} />}
    </QueryView>
  );
}
