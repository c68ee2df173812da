import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { formatDate } from '../../ui/dates';
import type { SessionSummary } from '../../../../shared/sessions/types';
import type { Group, Member } from '../../../../shared/groups/types';

type DraftMember = Omit<Member, 'id'> & { id?: string; key: number };
let seq = 1;

export default function GroupScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => Promise.all([call('groups.get', { id }), call('sessions.list', { groupId: id })]), [id]);
  if (state.status === 'loading') return <p className="loading">{t('groups.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <GroupView group={state.value[0]} sessions={state.value[1]} />;
}

function GroupView({ group: initial, sessions }: { group: Group; sessions: SessionSummary[] }) {
  const { t, i18n } = useTranslation();
  const { go, setGuard } = useRouter();
  const toasts = useToasts();
  const [group, setGroup] = useState(initial);
  const toDraft = (g: Group) => ({ name: g.name, description: g.description, members: g.members.map((m) => ({ ...m, key: seq++ })) as DraftMember[] });
  const [draft, setDraft] = useState(() => toDraft(initial));
  const strip = (d: ReturnType<typeof toDraft>) => JSON.stringify({ ...d, members: d.members.map(({ key: _k, ...m }) => m) });
  const dirty = strip(draft) !== strip(toDraft(group));

  useEffect(() => {
    setGuard(dirty ? () => window.confirm(t('editor.confirmLeave')) : null);
  }, [dirty, setGuard, t]);
  useEffect(() => () => setGuard(null), [setGuard]);

  const save = async () => {
    try {
      const saved = await call('groups.save', {
        id: group.id,
        name: draft.name,
        description: draft.description,
        members: draft.members.map(({ key: _k, ...m }) => ({ ...m, skjNumber: m.skjNumber?.trim() ? m.skjNumber.trim() : null })),
      });
      setGroup(saved);
      setDraft(toDraft(saved));
      toasts.show({ kind: 'info', text: t('editor.saved') });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    }
  };

  const setMember = (key: number, patch: Partial<DraftMember>) => setDraft((d) => ({ ...d, members: d.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));
  const today = new Date().toISOString().slice(0, 10);
  const coming = sessions.filter((s) => s.date >= today && s.status !== 'finished').sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const past = sessions.filter((s) => !coming.includes(s)).sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime));

  return (
    <article className="page" aria-labelledby="group-title">
      <button type="button" className="btn-back" onClick={() => go({ name: 'groups' })}>
        ← {t('groups.back')}
      </button>
      <div className="page-head">
        <div>
          <h1 id="group-title">{group.name}</h1>
          {group.description && <p className="lede">{group.description}</p>}
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" disabled={group.members.length < 2 || dirty} title={group.members.length < 2 ? t('groups.needMembers') : undefined} onClick={() => go({ name: 'plan', groupId: group.id })}>
            + {t('groups.plan')}
          </button>
        </div>
      </div>

      <div className="case-grid">
        <section className="panel" aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="section-title">{t('groups.coming')}</h2>
          {coming.length === 0 ? <p className="muted">{t('groups.noComing')}</p> : <SessionList sessions={coming} lang={i18n.language} />}
          <h2 className="section-title">{t('groups.past')}</h2>
          {past.length === 0 ? <p className="muted">{t('groups.noPast')}</p> : <SessionList sessions={past} lang={i18n.language} />}
        </section>

        <section className="panel" aria-labelledby="members-title">
          <div className="panel-head">
            <h2 id="members-title" className="section-title">{t('groups.membersTitle')}</h2>
            <button type="button" className="btn btn-small btn-primary" disabled={!dirty} onClick={() => void save()}>
              {t('editor.save')}
            </button>
          </div>
          <p className="muted small">{t('groups.membersHint')}</p>
          <label className="field">
            <span className="field-label">{t('groups.name')}</span>
            <input value={draft.name} maxLength={100} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">{t('groups.description')}</span>
            <input value={draft.description} maxLength={300} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </label>
          <table className="table table-edit">
            <thead>
              <tr>
                <th scope="col">{t('groups.memberName')}</th>
                <th scope="col">{t('groups.function')}</th>
                <th scope="col">{t('groups.organisation')}</th>
                <th scope="col">{t('groups.skj')}</th>
                <th scope="col"><span className="visually-hidden">{t('editor.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {draft.members.map((m, i) => (
                <tr key={m.key}>
                  <td><input aria-label={`${t('groups.memberName')} ${i + 1}`} value={m.name} onChange={(e) => setMember(m.key, { name: e.target.value })} /></td>
                  <td><input aria-label={`${t('groups.function')} ${i + 1}`} value={m.function} onChange={(e) => setMember(m.key, { function: e.target.value })} /></td>
                  <td><input aria-label={`${t('groups.organisation')} ${i + 1}`} value={m.organisation} onChange={(e) => setMember(m.key, { organisation: e.target.value })} /></td>
                  <td><input aria-label={`${t('groups.skj')} ${i + 1}`} value={m.skjNumber ?? ''} inputMode="numeric" onChange={(e) => setMember(m.key, { skjNumber: e.target.value })} /></td>
                  <td>
                    <button type="button" className="btn-icon" aria-label={`${t('editor.remove')}: ${m.name}`} onClick={() => setDraft({ ...draft, members: draft.members.filter((x) => x.key !== m.key) })}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn-small" onClick={() => setDraft({ ...draft, members: [...draft.members, { name: '', function: '', organisation: '', skjNumber: null, key: seq++ }] })}>
            + {t('groups.addMember')}
          </button>
        </section>
      </div>
    </article>
  );
}

function SessionList({ sessions, lang }: { sessions: SessionSummary[]; lang: string }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  return (
    <ul className="session-list">
      {sessions.map((s) => (
        <li key={s.id}>
          <button type="button" className="link" onClick={() => go({ name: 'session', id: s.id })}>
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
