import { useForm } from 'react-hook-form';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { schemaResolver } from '../../ui/form';
import { formatDate, todayIso } from '../../ui/dates';
import { paths } from '../../app/paths';
import { useLeaveGuard } from '../../app/guard';
import type { SessionSummary } from '../../../../shared/sessions/types';
import { groupSaveSchema, type Group } from '../../../../shared/groups/types';
import { GroupForm, toForm } from './GroupForm';

export default function GroupScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const group = useFormSource(apiQuery('groups.get', { id }));
  const sessions = useQuery(apiQuery('sessions.list', { groupId: id }));
  const both = { data: group.data && sessions.data ? { group: group.data, sessions: sessions.data } : undefined, error: group.error ?? sessions.error };
  return (
    <QueryView query={both} loading={t('groups.loading')}>
      {(d) => <GroupView {...d} />}
    </QueryView>
  );
}

function GroupView({ group, sessions }: { group: Group; sessions: SessionSummary[] }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const form = useForm({ mode: 'onChange', resolver: schemaResolver(groupSaveSchema), defaultValues: toForm(group) });
  const dirty = form.formState.isDirty;
  const planWhy = group.members.length < 2 ? t('groups.needMembers') : dirty ? t('why.saveGroupFirst') : null;
  useLeaveGuard(dirty, t('editor.confirmLeave'));
  const today = todayIso();
  const coming = sessions.filter((s) => s.date >= today && s.status !== 'finished').sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const past = sessions.filter((s) => !coming.includes(s)).sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime));

  return (
    <article className="page" aria-labelledby="group-title">
      <button type="button" className="btn-back" onClick={() => go(paths.groups())}>
        ← {t('groups.back')}
      </button>
      <div className="page-head">
        <div>
          <h1 id="group-title">{group.name}</h1>
          {group.description && <p className="lede">{group.description}</p>}
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" disabled={planWhy !== null} {...whyProps('plan-why', planWhy)} onClick={() => go(paths.plan(group.id))}>
            + {t('groups.plan')}
          </button>
          <DisabledReason id="plan-why" reason={planWhy} />
        </div>
      </div>

      <div className="case-grid group-grid">
        <section className="panel" aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="section-title">{t('groups.coming')}</h2>
          {coming.length === 0 ? <p className="muted">{t('groups.noComing')}</p> : <SessionList sessions={coming} lang={i18n.language} />}
          <h2 className="section-title">{t('groups.past')}</h2>
          {past.length === 0 ? <p className="muted">{t('groups.noPast')}</p> : <SessionList sessions={past} lang={i18n.language} />}
        </section>
        <GroupForm form={form} />
      </div>
    </article>
  );
}

function SessionList({ sessions, lang }: { sessions: SessionSummary[]; lang: string }) {
  const { t } = useTranslation();
  const go = useGo();
  return (
    <ul className="session-list">
      {sessions.map((s) => (
        <li key={s.id}>
          <button type="button" className="link" onClick={() => go(paths.session(s.id))}>
            {formatDate(s.date, lang)}, {s.startTime}–{s.endTime}
          </button>
          <span className={`tag status-${s.status}`}>{t(`sessions.status.${s.status}`)}</span>
          <span className="muted small">{s.scriptTitle}</span>
          {s.leervraag && <span className="session-question">“{s.leervraag}”</span>}
        </li>
      ))}
    </ul>
  );
}
