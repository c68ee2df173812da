import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { downloadText } from '../../ui/download';
import { formatDate } from '../../ui/dates';
import { Markdown } from '../../ui/Markdown';
import type { ScriptFormat } from '../../../../shared/scripts/vocabulary';
import { FormatField } from '../../ui/FormatField';
import { CODE_NAME_WORDS, type CaseDetail, type CasePerson, type TimelineItem } from '../../../../shared/cases/types';
import { useTextChecks } from './textChecks';
import { NotesEditor } from './NotesEditor';

export default function CaseScreen({ id, editNotes }: { id: string; editNotes?: boolean }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => call('cases.get', { id }), [id]);
  if (state.status === 'loading') return <p className="loading">{t('cases.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return editNotes ? <NotesEditor detail={state.value} /> : <CaseView initial={state.value} />;
}

interface Draft {
  codeName: string;
  format: ScriptFormat;
  retentionUntil: string;
  people: Array<Omit<CasePerson, 'id'> & { id?: string; key: number }>;
  timeline: Array<TimelineItem & { key: number }>;
}

let keySeq = 1;
const toDraft = (d: CaseDetail): Draft => ({
  codeName: d.codeName,
  format: d.format,
  retentionUntil: d.retentionUntil,
  people: d.people.map((p) => ({ ...p, key: keySeq++ })),
  timeline: d.timeline.map((i) => ({ ...i, key: keySeq++ })),
});

function CaseView({ initial }: { initial: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const { go, setGuard } = useRouter();
  const toasts = useToasts();
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [saving, setSaving] = useState(false);

  const dirty = JSON.stringify(toDraft(detail), (k, v) => (k === 'key' ? undefined : v)) !== JSON.stringify(draft, (k, v) => (k === 'key' ? undefined : v));
  useEffect(() => {
    setGuard(dirty ? () => window.confirm(t('editor.confirmLeave')) : null);
  }, [dirty, setGuard, t]);
  useEffect(() => () => setGuard(null), [setGuard]);

  // The same check the backend makes: a role, period or event must not hold a name, date or address.
  const allowed = useMemo(() => [...draft.people.map((p) => p.pseudonym), ...CODE_NAME_WORDS], [draft.people]);
  const checks = useTextChecks(allowed);
  const problem = (value: string) => checks.identifier(value) ?? undefined;
  const problems = [problem(draft.codeName), ...draft.people.map((p) => problem(p.role)), ...draft.timeline.flatMap((i) => [problem(i.period), problem(i.event)])];
  const blocked = problems.some(Boolean);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('cases.update', {
        id: detail.id,
        codeName: draft.codeName,
        format: draft.format,
        retentionUntil: draft.retentionUntil,
        people: draft.people.map(({ key: _k, ...p }) => p),
        timeline: draft.timeline.map(({ key: _k, ...i }) => i),
      });
      setDetail(saved);
      setDraft(toDraft(saved));
      toasts.show({ kind: 'info', text: t('editor.saved') });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    } finally {
      setSaving(false);
    }
  };

  const exportCase = async () => {
    try {
      const file = await call('cases.export', { id: detail.id });
      downloadText(file.filename, file.content);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    } catch (err) {
      toasts.show({ kind: 'error', text: describeError(err, t).text });
    }
  };

  const remove = async () => {
    if (!window.confirm(t('cases.confirmDelete', { name: detail.codeName }))) return;
    try {
      await call('cases.delete', { id: detail.id });
      setGuard(null);
      toasts.show({ kind: 'info', text: t('cases.deleted', { name: detail.codeName }) });
      go({ name: 'cases' });
    } catch (err) {
      toasts.show({ kind: 'error', text: describeError(err, t).text });
    }
  };

  const setPerson = (key: number, patch: Partial<Draft['people'][number]>) =>
    setDraft((d) => ({ ...d, people: d.people.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
  const setItem = (key: number, patch: Partial<Draft['timeline'][number]>) =>
    setDraft((d) => ({ ...d, timeline: d.timeline.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));

  return (
    <article className="page" aria-labelledby="case-title">
      <button type="button" className="btn-back" onClick={() => go({ name: 'cases' })}>
        ← {t('cases.back')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${detail.format}`}>{t(`formats.${detail.format}`)}</span>
            <span className="tag">{t('cases.keptUntil', { date: formatDate(detail.retentionUntil, i18n.language) })}</span>
            {dirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="case-title">{detail.codeName}</h1>
          <p className="lede">{t('cases.caseIntro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" disabled={!dirty || saving || blocked} onClick={() => void save()}>
            {saving ? t('editor.saving') : t('editor.save')}
          </button>
          <button type="button" className="btn" onClick={() => void exportCase()}>
            {t('cases.export')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            {t('script.delete')}
          </button>
        </div>
      </div>

      <div className="case-grid">
        <section className="panel" aria-labelledby="meta-title">
          <h2 id="meta-title" className="section-title">{t('cases.details')}</h2>
          <div className="edit-row">
            <label className="field field-grow">
              <span className="field-label">{t('cases.codeName')}</span>
              <input value={draft.codeName} maxLength={60} onChange={(e) => setDraft({ ...draft, codeName: e.target.value })} aria-invalid={problems[0] ? true : undefined} />
              {problems[0] && <span className="field-error">{problems[0]}</span>}
            </label>
            <FormatField value={draft.format} onChange={(format) => setDraft({ ...draft, format })} />
            <label className="field">
              <span className="field-label">{t('cases.retention')}</span>
              <input type="date" value={draft.retentionUntil} onChange={(e) => e.target.value && setDraft({ ...draft, retentionUntil: e.target.value })} />
            </label>
          </div>

          <h2 className="section-title" id="roster-title">{t('cases.roster')}</h2>
          <p className="muted small">{t('cases.rosterHint')}</p>
          <table className="table table-edit" aria-labelledby="roster-title">
            <thead>
              <tr>
                <th scope="col">{t('cases.role')}</th>
                <th scope="col">{t('cases.pseudonym')}</th>
                <th scope="col"><span className="visually-hidden">{t('editor.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {draft.people.map((p, i) => (
                <tr key={p.key}>
                  <td>
                    <input aria-label={`${t('cases.role')} ${i + 1}`} value={p.role} maxLength={80} onChange={(e) => setPerson(p.key, { role: e.target.value })} aria-invalid={problems[1 + i] ? true : undefined} />
                    {problems[1 + i] && <span className="field-error">{problems[1 + i]}</span>}
                  </td>
                  <td>
                    <input aria-label={`${t('cases.pseudonym')} ${i + 1}`} value={p.pseudonym} maxLength={40} onChange={(e) => setPerson(p.key, { pseudonym: e.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => setDraft({ ...draft, people: draft.people.filter((x) => x.key !== p.key) })}>
                      {t('editor.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn btn-small" onClick={() => setDraft({ ...draft, people: [...draft.people, { role: '', pseudonym: '', key: keySeq++ }] })}>
            + {t('cases.addPerson')}
          </button>

          <h2 className="section-title" id="timeline-title">{t('cases.timeline')}</h2>
          <p className="muted small">{t('cases.timelineHint')}</p>
          <table className="table table-edit" aria-labelledby="timeline-title">
            <thead>
              <tr>
                <th scope="col">{t('cases.period')}</th>
                <th scope="col">{t('cases.event')}</th>
                <th scope="col"><span className="visually-hidden">{t('editor.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {draft.timeline.map((item, i) => {
                const base = 1 + draft.people.length + 2 * i;
                return (
                  <tr key={item.key}>
                    <td>
                      <input aria-label={`${t('cases.period')} ${i + 1}`} value={item.period} maxLength={60} placeholder={t('cases.periodPlaceholder')} onChange={(e) => setItem(item.key, { period: e.target.value })} aria-invalid={problems[base] ? true : undefined} />
                      {problems[base] && <span className="field-error">{problems[base]}</span>}
                    </td>
                    <td>
                      <input aria-label={`${t('cases.event')} ${i + 1}`} value={item.event} maxLength={500} onChange={(e) => setItem(item.key, { event: e.target.value })} aria-invalid={problems[base + 1] ? true : undefined} />
                      {problems[base + 1] && <span className="field-error">{problems[base + 1]}</span>}
                    </td>
                    <td>
                      <button type="button" className="btn btn-small btn-danger" onClick={() => setDraft({ ...draft, timeline: draft.timeline.filter((x) => x.key !== item.key) })}>
                        {t('editor.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" className="btn btn-small" onClick={() => setDraft({ ...draft, timeline: [...draft.timeline, { period: '', event: '', key: keySeq++ }] })}>
            + {t('cases.addItem')}
          </button>
        </section>

        <section className="panel" aria-labelledby="notes-view-title">
          <div className="panel-head">
            <h2 id="notes-view-title" className="section-title">{t('cases.notes')}</h2>
            <button type="button" className="btn btn-small btn-primary" onClick={() => go({ name: 'caseNotes', id: detail.id })}>
              {detail.notes ? t('cases.editNotes') : t('cases.writeNotes')}
            </button>
          </div>
          {detail.notes ? <Markdown text={detail.notes} /> : <p className="muted">{t('cases.notesEmpty')}</p>}
        </section>
      </div>
    </article>
  );
}
