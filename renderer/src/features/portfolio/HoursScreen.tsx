import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { formatDate } from '../../ui/dates';
import { downloadBase64, downloadText } from '../../ui/download';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useToasts } from '../../ui/toasts';
import { manualHoursSaveSchema, type ManualHoursSave } from '../../../../shared/portfolio/types';
import { hoursFields } from '../../../../shared/portfolio/fields';
import { SKJ_NORM_HOURS } from '../../../../shared/portfolio/hours';
import type { FileExport } from '../../../../shared/app/types';
import type { HoursOverview } from '../../../../shared/portfolio/contract';
import { PortfolioFrame } from './Frame';
import { HoursChart } from './HoursChart';
import { useStructuredCheck } from './checks';
import { portfolioQuery } from './data';
import { DateInput, DecimalInput } from '../../ui/DateTimeInputs';

/** Hours counted (quarters: up to two decimals). */
const fmt = (n: number, locale: string) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
/** An estimate (the pace): one decimal, so it does not read more exact than it is. */
const estimate = (n: number, locale: string) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });

export function saveExport(f: FileExport) {
  if (f.encoding === 'base64') downloadBase64(f.filename, f.content, f.mime);
  else downloadText(f.filename, f.content, `${f.mime};charset=utf-8`);
}

/** SKJ hours in the registration period: the chart per year, the pace, every meeting, hours by hand. */
export default function HoursScreen() {
  const { t } = useTranslation();
  return (
    <PortfolioFrame tab="hours">
      {() => {
        return <HoursLoader loading={t('portfolio.loading')} />;
      }}
    </PortfolioFrame>
  );
}

function HoursLoader({ loading }: { loading: string }) {
  const hours = useQuery(portfolioQuery('portfolio.hours', {}));
  return (
    <QueryView query={hours} loading={loading}>
      {(o) => <Hours o={o} />}
    </QueryView>
  );
}

function Hours({ o }: { o: HoursOverview }) {
  const { t, i18n } = useTranslation();
  const toasts = useToasts();
  const check = useStructuredCheck();
  const s = o.summary;
  const lang = i18n.language;
  const exportHours = useApiMutation('portfolio.exportHours', { invalidate: 'none', onSuccess: saveExport });
  const exportAttendance = useApiMutation('portfolio.exportAttendance', { invalidate: 'none', onSuccess: saveExport });
  const remove = useApiMutation('portfolio.deleteHours');
  const form = useForm<ManualHoursSave>({
    defaultValues: { date: o.today, hours: 1.5, note: '' },
    resolver: schemaResolver(manualHoursSaveSchema, { checks: (v) => hoursFields(v).map((f) => ({ path: f.path, message: check(f.text) })) }),
  });
  const server = useServerErrors(form, { shown: ['date', 'hours'] });
  const add = useApiMutation('portfolio.saveHours', {
    ...server.mutation,
    onSuccess: () => {
      form.reset({ date: o.today, hours: 1.5, note: '' });
      toasts.show({ kind: 'info', text: t('portfolio.hours.added') });
    },
  });
  const warn = s.status === 'behind' || s.status === 'not-reached';
  const pct = Math.min(100, (s.total / SKJ_NORM_HOURS) * 100);
  return (
    <>
      <p className="lede">{t('portfolio.hours.intro')}</p>
      <div className="hours-top">
        <div className="panel hours-total">
          <p className="muted">{t('portfolio.hours.period', { from: formatDate(s.period.start, lang), to: formatDate(s.period.end, lang) })}</p>
          <p className="hours-big">{t('portfolio.hours.total', { total: fmt(s.total, lang) })}</p>
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={SKJ_NORM_HOURS} aria-valuenow={s.total} aria-label={t('portfolio.hours.title')}>
            <div className="progress-fill" style={{ width: `${pct}%` }} />
          </div>
          <p className={warn ? 'pace pace-warn' : s.status === 'reached' || s.status === 'on-track' ? 'pace pace-ok' : 'pace'} role={warn ? 'alert' : undefined}>
            {t(`portfolio.hours.status.${s.status}`, {
              projected: estimate(s.projected ?? 0, lang),
              end: formatDate(s.period.end, lang),
              remaining: fmt(s.remaining, lang),
              perYear: estimate(s.neededPerYear ?? 0, lang),
            })}
          </p>
          <div className="row-actions">
            <button type="button" className="btn btn-small" disabled={exportHours.isPending} onClick={() => exportHours.mutate({ format: 'pdf' })}>
              {t('portfolio.hours.exportPdf')}
            </button>
            <button type="button" className="btn btn-small" disabled={exportHours.isPending} onClick={() => exportHours.mutate({ format: 'csv' })}>
              {t('portfolio.hours.exportCsv')}
            </button>
          </div>
        </div>
        <div className="panel">
          <HoursChart years={s.years} />
        </div>
      </div>

      <h2 className="section-title">{t('portfolio.hours.lines')}</h2>
      {o.lines.length === 0 ? (
        <p className="empty">{t('portfolio.hours.none')}</p>
      ) : (
        <table className="table hours-table">
          <thead>
            <tr>
              <th scope="col">{t('portfolio.hours.date')}</th>
              <th scope="col">{t('portfolio.hours.kind')}</th>
              <th scope="col">{t('portfolio.hours.what')}</th>
              <th scope="col">{t('portfolio.hours.time')}</th>
              <th scope="col" className="num">{t('portfolio.hours.contact')}</th>
              <th scope="col" className="num">{t('portfolio.hours.countsFor')}</th>
              <th scope="col"><span className="visually-hidden">{t('portfolio.timeline.attendance')}</span></th>
            </tr>
          </thead>
          <tbody>
            {o.lines.map((l) => (
              <tr key={l.key} className={l.date < s.period.start || l.date > s.period.end ? 'out-of-period' : undefined}>
                <td className="nowrap">{formatDate(l.date, lang)}</td>
                <td>{l.kind === 'handmatig' ? t('portfolio.hours.manualKind') : t(`formatsShort.${l.kind}`)}</td>
                <td>{l.title}</td>
                <td className="nowrap">{l.startTime ? `${l.startTime}–${l.endTime}` : ''}</td>
                <td className="num">{fmt(l.contactHours, lang)}</td>
                <td className="num">
                  {fmt(l.counted, lang)}
                  {l.counted === 0 && l.contactHours > 0 && <span className="muted small"> ({t('portfolio.hours.underMinimum')})</span>}
                </td>
                <td className="row-actions-cell">
                  {l.sessionId && (
                    <>
                      <button type="button" className="btn btn-small" onClick={() => exportAttendance.mutate({ sessionId: l.sessionId!, format: 'pdf' })}>
                        {t('portfolio.hours.attendancePdf')}
                      </button>{' '}
                      <button type="button" className="btn btn-small" aria-label={`${t('portfolio.timeline.attendance')} csv`} onClick={() => exportAttendance.mutate({ sessionId: l.sessionId!, format: 'csv' })}>
                        {t('portfolio.hours.attendanceCsv')}
                      </button>
                    </>
                  )}
                  {l.manualId && (
                    <button type="button" className="btn btn-small btn-danger" onClick={() => remove.mutate({ id: l.manualId! })}>
                      {t('portfolio.hours.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <form className="panel hours-add" onSubmit={(e) => void form.handleSubmit((v) => add.mutate(v))(e)} aria-labelledby="hours-add-title" aria-describedby="hours-add-hint">
        <h2 id="hours-add-title" className="section-title">
          {t('portfolio.hours.addTitle')}
        </h2>
        <p className="muted small" id="hours-add-hint">
          {t('portfolio.hours.addHint')}
        </p>
        <div className="edit-row">
          <label className="field">
            <span className="field-label">{t('portfolio.hours.date')}</span>
            <DateInput value={form.watch('date')} onValue={(v) => form.setValue('date', v, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })} {...invalidProps(form.formState.errors, 'date')} />
            <FieldError errors={form.formState.errors} name="date" />
          </label>
          <label className="field field-narrow">
            <span className="field-label">{t('portfolio.hours.hoursField')}</span>
            <DecimalInput size={5} value={form.watch('hours')} onValue={(n) => form.setValue('hours', n, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })} {...invalidProps(form.formState.errors, 'hours')} />
            <FieldError errors={form.formState.errors} name="hours" />
          </label>
          <label className="field field-grow">
            <span className="field-label">{t('portfolio.hours.note')}</span>
            <input maxLength={300} {...form.register('note')} {...invalidProps(form.formState.errors, 'note')} />
            <FieldError errors={form.formState.errors} name="note" />
          </label>
          <div className="field">
            <span className="field-label" aria-hidden="true">&nbsp;</span>
            <button type="submit" className="btn btn-primary" disabled={add.isPending}>
              {t('portfolio.hours.add')}
            </button>
          </div>
        </div>
        <FormNotice notice={server.notice} onClose={server.clear} />
      </form>
    </>
  );
}
